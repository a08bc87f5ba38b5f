"""The SQLite writer and reader, checked with SQL through the real sqlite3 module."""

from __future__ import annotations

import doctest
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dipevents import (
    Article,
    DateSpan,
    EventSet,
    Evidence,
    Place,
    Sanction,
    SerializationError,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.io import sqlite as database
from dipevents.io.jsonl import article_record

TEXT = "They met in Tokyo. Japan imposed sanctions. The islands are Japan's."


def _cite(sentence: str, source: str | None = None) -> list[Evidence]:
    start = TEXT.index(sentence)
    return [Evidence(start=start, end=start + len(sentence), text=sentence, source=source)]


MEETING = TwoPlusTwo(
    status="held",
    countries=["JPN", "RUS"],
    date=DateSpan.day(date(2017, 3, 20)),
    location=Place(name="Tokyo", country="JPN", latitude=35.6895, longitude=139.69171,
                   geonames_id=1850147),
    evidence=_cite("They met in Tokyo."),
)  # fmt: skip
SANCTION = Sanction(
    status="imposed", imposers=["JPN"], targets=["RUS"], date=DateSpan.year(2014),
    evidence=_cite("Japan imposed sanctions."),
)  # fmt: skip
CLAIM = TerritorialClaim(
    status="active", territory="Southern Kuril Islands", claimants=["JPN"], held_by="RUS",
    evidence=_cite("The islands are Japan's."),
)  # fmt: skip


def _article(source: str, events: list[object], title: str = "Talks") -> Article:
    return Article(
        text=TEXT, source=source, title=title, published=date(2017, 3, 21),
        events=events,  # type: ignore[arg-type]
    )  # fmt: skip


def _rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, params).fetchall()


def test_tables_keys_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    events = EventSet.from_articles([_article("a.txt", [MEETING, SANCTION, CLAIM])])
    assert events.to_sqlite(path) == 3
    tables = {name for (name,) in _rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "events", "actors", "evidence", "reports", "dipevents_meta"} <= tables
    indexes = {name for (name,) in _rows(path, "SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"events_type", "events_dates", "events_location_country", "actors_code"} <= indexes
    assert _rows(path, "SELECT id, type FROM events ORDER BY type") == sorted(
        [(e.id, e.TYPE) for e in events], key=lambda r: r[1]
    )
    assert _rows(path, "SELECT source, title, published FROM articles") == [
        ("a.txt", "Talks", "2017-03-21")
    ]
    # The events of an article, and who took part in what role, by plain SQL joins.
    assert _rows(
        path,
        "SELECT e.type, a.role FROM events e JOIN actors a ON a.event_id = e.id "
        "WHERE a.code = 'RUS' ORDER BY e.type",
    ) == [("sanction", "target"), ("territorial_claim", "holder"), ("two_plus_two", "participant")]
    assert _rows(
        path, "SELECT start_date, end_date, latitude, geonames_id FROM events WHERE type = ?",
        "two_plus_two",
    ) == [("2017-03-20", "2017-03-20", 35.6895, 1850147)]  # fmt: skip
    assert _rows(path, "SELECT count(*) FROM event_articles WHERE source = 'a.txt'") == [(3,)]
    assert _rows(
        path, 'SELECT text, start, "end" FROM evidence WHERE event_id = ?', MEETING.id
    ) == [("They met in Tokyo.", 0, 18)]
    plan = " ".join(
        str(r[-1]) for r in _rows(path, "EXPLAIN QUERY PLAN SELECT id FROM events WHERE type = 'x'")
    )
    assert "events_type" in plan


def test_read_back_is_lossless(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    events = EventSet.from_articles([_article("a.txt", [MEETING, SANCTION, CLAIM])])
    events.to_sqlite(path)
    back = EventSet.from_sqlite(path)
    assert back == events
    assert [e.id for e in back] == [e.id for e in events]


def test_writing_again_upserts_by_id(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    EventSet([MEETING, SANCTION]).to_sqlite(path)
    EventSet([MEETING, SANCTION]).to_sqlite(path)
    assert _rows(path, "SELECT count(*) FROM events") == [(2,)]
    assert _rows(path, "SELECT count(*) FROM actors") == [(4,)]
    corrected = MEETING.with_changes(status="cancelled")  # same key: same id, updated row
    assert corrected.id == MEETING.id
    EventSet([corrected, CLAIM]).to_sqlite(path)
    assert _rows(path, "SELECT status FROM events WHERE id = ?", MEETING.id) == [("cancelled",)]
    assert _rows(path, "SELECT count(*) FROM events") == [(3,)]


def test_an_article_written_again_replaces_its_events(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    first = article_record(_article("a.txt", [MEETING, SANCTION]))
    other = article_record(_article("b.txt", [CLAIM], title="Islands"))
    with database.writer(path) as handle:
        handle.add_article(first)
        handle.add_article(other)
    moved = MEETING.with_changes(date=DateSpan.day(date(2017, 3, 21)))  # a better reading
    with database.writer(path) as handle:
        handle.add_article(article_record(_article("a.txt", [moved], title="Talks, updated")))
    ids = {i for (i,) in _rows(path, "SELECT id FROM events")}
    assert ids == {moved.id, CLAIM.id}  # a.txt's old events are gone, b.txt's are kept
    assert _rows(path, "SELECT title FROM articles WHERE source = 'a.txt'") == [("Talks, updated",)]
    assert _rows(path, "SELECT count(*) FROM actors WHERE event_id = ?", MEETING.id) == [(0,)]


def test_merged_events_keep_their_reports(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    a = _article("a.txt", [MEETING])
    b = _article("b.txt", [MEETING.with_changes(date=DateSpan.month(2017, 3))], title="Other")
    (merged,) = EventSet.from_articles([a, b]).merged()
    EventSet([merged]).to_sqlite(path)
    assert _rows(path, "SELECT count(*) FROM articles") == [(2,)]
    reports = _rows(
        path,
        "SELECT r.report_id, a.source FROM reports r JOIN articles a ON a.id = r.article_id "
        "ORDER BY a.source",
    )
    assert reports == [(r.id, r.source) for r in merged.reports]
    assert len(reports) == 2


def test_a_failed_write_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    EventSet([MEETING]).to_sqlite(path)

    def events() -> object:
        yield SANCTION
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), database.writer(path) as handle:
        handle.add_events(events())  # type: ignore[arg-type]
    assert _rows(path, "SELECT id FROM events") == [(MEETING.id,)]


def test_databases_that_are_not_ours_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE events (x)")
    with pytest.raises(SerializationError, match="did not write"):
        EventSet.from_sqlite(other)
    with pytest.raises(SerializationError, match="did not write"):
        EventSet([MEETING]).to_sqlite(other)
    text = tmp_path / "text.db"
    text.write_text("not a database at all, but long enough to have a header.\n" * 3)
    with pytest.raises(SerializationError, match="not an SQLite database"):
        EventSet.from_sqlite(text)
    newer = tmp_path / "newer.db"
    EventSet([MEETING]).to_sqlite(newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE dipevents_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SerializationError, match="upgrade dipevents"):
        EventSet.from_sqlite(newer)
    with pytest.raises(FileNotFoundError):
        EventSet.from_sqlite(tmp_path / "missing.db")


def test_is_sqlite_by_header_or_ending(tmp_path: Path) -> None:
    path = tmp_path / "events.bin"
    EventSet([MEETING]).to_sqlite(path)
    assert database.is_sqlite(path)
    assert database.is_sqlite(tmp_path / "new.sqlite3")
    assert not database.is_sqlite(tmp_path / "new.jsonl")


def test_events_without_reports_or_evidence(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    bare = Summit(status="held", countries=["RUS", "USA"])
    EventSet([bare]).to_sqlite(path)
    assert _rows(path, "SELECT article_id, n_sources FROM events") == [(None, 0)]
    assert EventSet.from_sqlite(path) == EventSet([bare])


def test_module_examples_run() -> None:
    from dipevents.io import dyads

    for module in (database, dyads):
        failed, tried = doctest.testmod(module)
        assert tried
        assert not failed
