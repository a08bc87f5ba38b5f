"""Events in an SQLite database: articles, events, actors, evidence and reports, keyed by ids.

One database holds any number of runs: writing again upserts by id, so that the
same event extracted twice is one row (updated), and an article written again
replaces the events it had. Every write is one transaction: an interrupted or
failed write leaves the database as it was.

| table | one row per | columns |
|---|---|---|
| articles | article | ``id`` (a hash of the source), ``source``, ``title``, ``published``, ``author``, ``format`` |
| events | event | ``id``, ``type``, ``status``, ``start_date``, ``end_date``, ``precision``, ``date_basis``, ``name``, ``kind``, ``territory``, ``held_by``, ``host``, ``edition``, ``reason``, ``location``, ``location_country``, ``latitude``, ``longitude``, ``geonames_id``, ``cameo``, ``plover``, ``plover_mode``, ``n_sources``, ``article_id`` (the earliest report's article), ``json`` (the whole event) |
| actors | event and actor | ``event_id``, ``code``, ``role`` (``participant``, ``host``, ``imposer``, ``target``, ``claimant``, ``holder``) |
| evidence | sentence | ``event_id``, ``position``, ``start``, ``end``, ``text``, ``source`` |
| reports | report behind an event | ``event_id``, ``report_id``, ``article_id`` |

The view ``event_articles`` is ``events`` with its article's ``source``,
``published`` and ``title``. Dates are ISO text (``YYYY-MM-DD``), so SQLite's
date functions and string comparison work on them; indexes cover the type, the
dates, the place's country and the actor codes.

>>> import sqlite3, tempfile, os
>>> from dipevents import EventSet, Sanction
>>> path = os.path.join(tempfile.mkdtemp(), "events.db")
>>> EventSet([Sanction(status="imposed", imposers=["EU"], targets=["RUS"])]).to_sqlite(path)
1
>>> with sqlite3.connect(path) as database:
...     for code, role in database.execute("SELECT code, role FROM actors ORDER BY role"):
...         print(code, role)
EU imposer
RUS target
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from dipevents.models import Event, Sanction, Summit, TerritorialClaim, TwoPlusTwo

#: The layout of the tables; a database of a later layout is refused, not misread.
SCHEMA_VERSION = 1
#: File name endings taken for SQLite databases (``-o events.db``).
SUFFIXES = (".db", ".sqlite", ".sqlite3")
_MAGIC = b"SQLite format 3\x00"

_DDL = """
CREATE TABLE IF NOT EXISTS dipevents_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    author TEXT,
    format TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    precision TEXT,
    date_basis TEXT,
    name TEXT,
    kind TEXT,
    territory TEXT,
    held_by TEXT,
    host TEXT,
    edition INTEGER,
    reason TEXT,
    location TEXT,
    location_country TEXT,
    latitude REAL,
    longitude REAL,
    geonames_id INTEGER,
    cameo TEXT,
    plover TEXT,
    plover_mode TEXT,
    n_sources INTEGER NOT NULL,
    article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, role, code)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS evidence (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reports (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    report_id TEXT NOT NULL,
    article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
    PRIMARY KEY (event_id, report_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_type ON events (type);
CREATE INDEX IF NOT EXISTS events_dates ON events (start_date, end_date);
CREATE INDEX IF NOT EXISTS events_location_country ON events (location_country);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS actors_code ON actors (code, role);
CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id);
CREATE VIEW IF NOT EXISTS event_articles AS
    SELECT events.*, articles.source, articles.published, articles.title
    FROM events LEFT JOIN articles ON articles.id = events.article_id;
"""

# The columns of ``events`` and the flat record (io.frames) field each comes from.
_EVENT_COLUMNS: dict[str, str] = {
    "id": "id",
    "type": "type",
    "status": "status",
    "start_date": "start",
    "end_date": "end",
    "precision": "precision",
    "date_basis": "date_basis",
    "name": "name",
    "kind": "kind",
    "territory": "territory",
    "held_by": "held_by",
    "host": "host",
    "edition": "edition",
    "reason": "reason",
    "location": "location",
    "location_country": "location_country",
    "latitude": "latitude",
    "longitude": "longitude",
    "geonames_id": "geonames_id",
    "cameo": "cameo",
    "plover": "plover",
    "plover_mode": "plover_mode",
    "n_sources": "n_sources",
    "article_id": "article_id",
    "json": "json",
}
_UPSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _EVENT_COLUMNS if c != "id")
)


def article_id(source: str) -> str:
    """The id of an article in the database: 20 hex digits of a SHA-256 of its source."""
    return hashlib.sha256(f"dipevents-article/1\x00{source}".encode()).hexdigest()[:20]


def is_sqlite(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is an SQLite database file (by its header), or names a new one
    by its ending (``.db``, ``.sqlite``, ``.sqlite3``). Only a regular file is read: a
    pipe or a device (``-o /dev/stdout``) is not, which could block."""
    try:
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                return handle.read(len(_MAGIC)) == _MAGIC
    except OSError:
        pass
    return os.fspath(path).lower().endswith(SUFFIXES)


def _fail(path: str | os.PathLike[str], reason: str) -> Exception:
    from dipevents.errors import SerializationError

    return SerializationError(f"{os.fspath(path)}: {reason}")


def _connect(path: str | os.PathLike[str], *, create: bool) -> sqlite3.Connection:
    if not create and not os.path.isfile(path):
        raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
    try:
        connection = sqlite3.connect(os.fspath(path), isolation_level=None)
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as exc:
        raise _fail(path, f"not an SQLite database ({exc})") from exc
    if tables and "dipevents_meta" not in tables:
        connection.close()
        raise _fail(path, "an SQLite database that dipevents did not write (no dipevents_meta)")
    if tables:
        row = connection.execute(
            "SELECT value FROM dipevents_meta WHERE key = 'schema_version'"
        ).fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            connection.close()
            raise _fail(
                path,
                f"written with tables of version {version}; this dipevents reads up to "
                f"{SCHEMA_VERSION}: upgrade dipevents",
            )
    elif not create:
        connection.close()
        raise _fail(path, "an empty SQLite database, with no events")
    connection.execute("PRAGMA foreign_keys = ON")
    # A write of many events touches many pages: 64 MiB of cache keeps them in memory.
    connection.execute("PRAGMA cache_size = -65536")
    return connection


class Writer:
    """Articles and events added to an open database, inside one transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.events = 0
        self.articles = 0

    def _articles(self, rows: dict[str, list[Any]], *, replace: bool) -> None:
        """Upsert articles: ``rows`` maps each source to its column values."""
        if replace:  # the article as read now: what it says wins
            update = (
                "title = excluded.title, published = excluded.published, "
                "author = excluded.author, format = excluded.format"
            )
        else:  # known from an event's report: fill in, never erase
            update = (
                "title = coalesce(excluded.title, title), "
                "published = coalesce(excluded.published, published)"
            )
        self.connection.executemany(
            "INSERT INTO articles (id, source, title, published, author, format) "
            f"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET {update}",
            list(rows.values()),
        )

    def add_events(self, events: Iterable[Event]) -> None:
        """Upsert events by id, with their actors, evidence, reports and articles."""
        from dipevents.io.frames import record

        rows: list[list[Any]] = []
        actors: list[tuple[str, str, str]] = []
        evidence: list[tuple[str, int, int, int, str, str | None]] = []
        reports: list[tuple[str, str, str | None]] = []
        articles: dict[str, list[Any]] = {}
        for event in events:
            row = record(event)
            behind = []
            for report in event.reports:
                found = None
                if report.source is not None:
                    found = article_id(report.source)
                    published = report.published.isoformat() if report.published else None
                    known = articles.get(report.source)
                    if known is None:
                        articles[report.source] = [
                            found,
                            report.source,
                            report.title,
                            published,
                            None,
                            None,
                        ]
                    else:  # several events of one article: what any of them knows
                        known[2] = known[2] or report.title
                        known[3] = known[3] or published
                behind.append((event.id, report.id, found))
            reports.extend(behind)
            # Reports come earliest first: the event's article is its first report's.
            row["article_id"] = next((found for _, _, found in behind if found), None)
            rows.append([_sql(row[field]) for field in _EVENT_COLUMNS.values()])
            actors.extend((event.id, code, role) for code, role in _roles(event))
            evidence.extend(
                (event.id, n, e.start, e.end, e.text, e.source)
                for n, e in enumerate(event.evidence)
            )
        self._articles(articles, replace=False)
        execute = self.connection.executemany
        execute(_UPSERT_EVENT, rows)
        # The rows of events written before are replaced: found through a temporary
        # table of the ids, one statement per table.
        self.connection.execute("DELETE FROM temp.written")
        execute("INSERT OR IGNORE INTO temp.written (id) VALUES (?)", ((r[0],) for r in rows))
        for table in ("actors", "evidence", "reports"):
            self.connection.execute(
                f"DELETE FROM {table} WHERE event_id IN (SELECT id FROM temp.written)"
            )
        execute("INSERT OR IGNORE INTO actors (event_id, code, role) VALUES (?, ?, ?)", actors)
        execute(
            'INSERT INTO evidence (event_id, position, start, "end", text, source) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            evidence,
        )
        execute(
            "INSERT OR IGNORE INTO reports (event_id, report_id, article_id) VALUES (?, ?, ?)",
            reports,
        )
        self.events += len(rows)

    def add_article(self, record: dict[str, Any]) -> None:
        """Upsert one article as ``dipevents extract`` writes it (title, published, author,
        format, source, events), replacing the events it had that it no longer gives."""
        from dipevents.io._converter import from_dict
        from dipevents.models import Report

        source = record.get("source")
        published = record.get("published")
        events = [from_dict(e, Event) for e in record.get("events", [])]
        if isinstance(source, str) and source:
            when = date.fromisoformat(published) if isinstance(published, str) else None
            events = [
                e
                if e.reports
                else e.with_changes(
                    reports=[
                        Report(id=e.id, source=source, published=when, title=record.get("title"))
                    ]
                )
                for e in events
            ]
            found = article_id(source)
            fields = [record.get(k) for k in ("title", "published", "author", "format")]
            self._articles({source: [found, source, *fields]}, replace=True)
            kept = [e.id for e in events]
            # Events this article alone gave before, and does not give now, are gone.
            self.connection.execute(
                "DELETE FROM events WHERE article_id = ? AND id NOT IN "
                f"({', '.join('?' for _ in kept)}) "
                "AND (SELECT count(*) FROM reports WHERE reports.event_id = events.id) <= 1",
                [found, *kept],
            )
        self.add_events(events)
        self.articles += 1


def _sql(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _roles(event: Event) -> Iterator[tuple[str, str]]:
    if isinstance(event, (Summit, TwoPlusTwo)):
        yield from ((code, "participant") for code in event.countries)
        if isinstance(event, Summit) and event.host:
            yield (event.host, "host")
    elif isinstance(event, Sanction):
        yield from ((code, "imposer") for code in event.imposers)
        yield from ((code, "target") for code in event.targets)
    elif isinstance(event, TerritorialClaim):
        yield from ((code, "claimant") for code in event.claimants)
        if event.held_by:
            yield (event.held_by, "holder")


@contextmanager
def writer(path: str | os.PathLike[str]) -> Iterator[Writer]:
    """An open database (created if need be) to add articles and events to; committed
    when the ``with`` block ends normally, rolled back otherwise."""
    from dipevents import __version__

    connection = _connect(path, create=True)
    try:
        connection.execute("BEGIN IMMEDIATE")
        for statement in _DDL.split(";"):
            if statement.strip():
                connection.execute(statement)
        connection.executemany(
            "INSERT INTO dipevents_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [("schema_version", str(SCHEMA_VERSION)), ("written_by", f"dipevents {__version__}")],
        )
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS written (id TEXT PRIMARY KEY)")
        handle = Writer(connection)
        yield handle
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()


def write_events(path: str | os.PathLike[str], events: Iterable[Event]) -> int:
    """Upsert events into the database at ``path`` (created if need be); returns the count."""
    with writer(path) as handle:
        handle.add_events(events)
        return handle.events


def read_events(path: str | os.PathLike[str]) -> list[Event]:
    """Every event of a database that dipevents wrote, in the order they were first written."""
    from dipevents.io.frames import from_json_column

    connection = _connect(path, create=False)
    try:
        values = [row[0] for row in connection.execute("SELECT json FROM events ORDER BY rowid")]
    except sqlite3.DatabaseError as exc:
        raise _fail(path, f"cannot read the events: {exc}") from exc
    finally:
        connection.close()
    return from_json_column(values, os.fspath(path))
