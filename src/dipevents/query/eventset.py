"""EventSet: an immutable, typed sequence of events with chainable filters."""

from __future__ import annotations

import calendar
import os
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TextIO, overload

import attrs

from dipevents.models import (
    EVENT_TYPES,
    Article,
    ClaimStatus,
    Event,
    MeetingStatus,
    Person,
    Report,
    Sanction,
    SanctionStatus,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.normalize._fold import fold
from dipevents.query.merge import merge, merge_cluster, occurrences

if TYPE_CHECKING:
    import pandas
    import pyarrow

DateLike = date | str
GroupKey = str | Callable[[Event], Any]

_STATUSES: dict[str, Any] = {
    s.value: s for kind in (MeetingStatus, SanctionStatus, ClaimStatus) for s in kind
}


def _bound(value: DateLike | None, *, end: bool, name: str) -> date | None:
    """A day from a date or from "2017", "2017-03" or "2017-03-20" (first or last day)."""
    if value is None or (isinstance(value, date) and not isinstance(value, str)):
        return value
    if not isinstance(value, str):
        raise TypeError(f"between() needs {name} as a date or a string, got {value!r}")
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1 and len(parts[0]) == 4:
            return date(numbers[0], 12, 31) if end else date(numbers[0], 1, 1)
        if len(numbers) == 2:
            year, month = numbers
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last if end else 1)
        if len(numbers) == 3:
            return date(*numbers)
    except ValueError:
        pass
    raise ValueError(f'between() needs {name} as "YYYY", "YYYY-MM" or "YYYY-MM-DD", got {value!r}')


def _actors(event: Event) -> tuple[str, ...]:
    # Tuples, not Event.actors() frozensets: a million events are filtered in this loop.
    kind = type(event)
    if kind is Summit or kind is TwoPlusTwo:
        return event.countries  # type: ignore[attr-defined, no-any-return]
    if kind is Sanction:
        return event.imposers + event.targets  # type: ignore[attr-defined, no-any-return]
    if kind is TerritorialClaim:
        claim: TerritorialClaim = event  # type: ignore[assignment]
        return claim.claimants + ((claim.held_by,) if claim.held_by else ())
    return tuple(event.actors())


def _code(value: str) -> str:
    from dipevents.normalize.countries import country

    found = country(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"involving() needs country or group codes or names, got {value!r}")
    return found


def _classes(kinds: Iterable[type[Event] | str]) -> tuple[type[Event], ...]:
    out = []
    for kind in kinds:
        if isinstance(kind, str):
            if kind not in EVENT_TYPES:
                raise ValueError(
                    f"of_type() needs an event class or one of {', '.join(EVENT_TYPES)}, "
                    f"got {kind!r}"
                )
            out.append(EVENT_TYPES[kind])
        elif isinstance(kind, type) and issubclass(kind, Event):
            out.append(kind)
        else:
            raise TypeError(f"of_type() needs event classes or type tags, got {kind!r}")
    return tuple(out)


def _status(value: Any) -> Any:
    if isinstance(value, (MeetingStatus, SanctionStatus, ClaimStatus)):
        return value
    if isinstance(value, str) and value.lower() in _STATUSES:
        return _STATUSES[value.lower()]
    raise ValueError(f"with_status() needs a status such as 'held', got {value!r}")


def _year(event: Event) -> int | None:
    return event.date.start.year if event.date else None


_KEYS: dict[str, Callable[[Event], Any]] = {
    "type": lambda e: e.TYPE,
    "year": _year,
    "status": lambda e: e.status.value,  # type: ignore[attr-defined]
    "location": lambda e: e.location.name if e.location else None,
    "source": lambda e: e.sources[0] if e.sources else None,
}


def _sort_key(event: Event) -> tuple[bool, date, date]:
    if event.date is None:
        return (True, date.max, date.max)
    return (False, event.date.start, event.date.end)


class EventSet(Sequence[Event]):
    """An immutable sequence of events; every filter returns a new ``EventSet``.

    >>> from dipevents import TwoPlusTwo, DateSpan
    >>> from datetime import date
    >>> events = EventSet([
    ...     TwoPlusTwo(status="held", countries=["JPN", "RUS"], date=DateSpan.day(date(2017, 3, 20))),
    ...     TwoPlusTwo(status="held", countries=["JPN", "USA"], date=DateSpan.day(date(2017, 8, 17))),
    ... ])
    >>> len(events.involving("JPN", "RUS").between("2017", "2018"))
    1
    """

    __slots__ = ("_events",)
    _events: tuple[Event, ...]

    def __init__(self, events: Iterable[Event] = ()) -> None:
        items = tuple(events)
        for index, event in enumerate(items):
            if not isinstance(event, Event):
                raise TypeError(
                    f"EventSet needs events, got {type(event).__name__} at index {index}"
                )
        object.__setattr__(self, "_events", items)

    @classmethod
    def _of(cls, events: tuple[Event, ...]) -> EventSet:
        new = cls.__new__(cls)
        object.__setattr__(new, "_events", events)
        return new

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"EventSet is immutable: cannot set {name!r}")

    def __reduce__(self) -> tuple[type[EventSet], tuple[tuple[Event, ...]]]:
        return (type(self), (self._events,))

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"EventSet is immutable: cannot delete {name!r}")

    # -- building -------------------------------------------------------------

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> EventSet:
        """The events of articles, each with the :class:`~dipevents.Report` of its article
        (its source, publication date and title) and its evidence stamped with the source.

        An article without a source is named by its title (or its position), so
        that merged events still count their sources.
        """
        out: list[Event] = []
        for position, article in enumerate(articles):
            name = article.source or article.title or f"<article {position}>"
            out.extend(
                _from_article(event, name, article.published, article.title)
                for event in article.events
            )
        return cls._of(tuple(out))

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str] | TextIO) -> EventSet:
        """Read events from JSON Lines: one event per line (as :meth:`to_jsonl` writes) or
        one article per line with its ``"events"`` (as ``dipevents extract`` writes).

        ``path`` is a file's path or an open text stream (``sys.stdin``). Errors name
        the file (or ``<stdin>``) and the line.
        """
        from dipevents.errors import SerializationError, shown
        from dipevents.io import from_dict, iter_jsonl
        from dipevents.io.jsonl import stream_name

        name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else stream_name(path)
        out: list[Event] = []
        for number, record in iter_jsonl(path):
            where = f"{name}:{number}"
            if not isinstance(record, dict):
                raise SerializationError(f"{where}: expected a JSON object, got {shown(record)}")
            try:
                if "type" in record:
                    out.append(from_dict(record, Event))
                    continue
                if not isinstance(record.get("events"), list):
                    raise SerializationError(
                        f'{where}: expected an event (with "type") or an article (with "events")'
                    )
                out.extend(events_of_record(record, where))
            except SerializationError as exc:
                if str(exc).startswith(where):
                    raise
                raise SerializationError(f"{where}: {exc}", exc.errors) from exc
        return cls._of(tuple(out))

    @classmethod
    def from_sqlite(cls, path: str | os.PathLike[str]) -> EventSet:
        """Read the events of an SQLite database that :meth:`to_sqlite` or
        ``dipevents extract -o events.db`` wrote (from its ``events.json`` column).

        A file that is not such a database raises ``SerializationError`` naming it.
        """
        from dipevents.io.sqlite import read_events

        return cls._of(tuple(read_events(path)))

    @classmethod
    def from_pandas(cls, frame: pandas.DataFrame) -> EventSet:
        """Read back a DataFrame that :meth:`to_pandas` made (from its ``json`` column)."""
        from dipevents.errors import SerializationError
        from dipevents.io.frames import from_json_column

        if "json" not in frame.columns:
            raise SerializationError(
                "from_pandas() needs the 'json' column that to_pandas() writes"
            )
        return cls._of(tuple(from_json_column(frame["json"], "DataFrame")))

    @classmethod
    def from_arrow(cls, table: pyarrow.Table) -> EventSet:
        """Read back an Arrow table (or a Parquet file read with pyarrow) that
        :meth:`to_arrow` made (from its ``json`` column)."""
        from dipevents.errors import SerializationError
        from dipevents.io.frames import from_json_column

        if "json" not in table.column_names:
            raise SerializationError("from_arrow() needs the 'json' column that to_arrow() writes")
        return cls._of(tuple(from_json_column(table.column("json").to_pylist(), "table")))

    # -- the sequence ---------------------------------------------------------

    def __len__(self) -> int:
        return len(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> EventSet: ...

    def __getitem__(self, index: int | slice) -> Event | EventSet:
        if isinstance(index, slice):
            return self._of(self._events[index])
        return self._events[index]

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in sorted(self.counts("type").items()))
        return f"<EventSet of {len(self)} events{': ' if counts else ''}{counts}>"

    def __eq__(self, other: object) -> bool:
        """Equal when both hold the same events, whatever their order."""
        if not isinstance(other, EventSet):
            return NotImplemented
        return Counter(self._events) == Counter(other._events)

    def __hash__(self) -> int:
        return hash(frozenset(Counter(self._events).items()))

    def __add__(self, other: Iterable[Event]) -> EventSet:
        """Both sets' events, one after the other (nothing merged)."""
        return self._of(self._events + tuple(EventSet(other)))

    # -- filters ----------------------------------------------------------------

    def where(self, predicate: Callable[[Event], bool]) -> EventSet:
        """The events for which ``predicate`` is true."""
        return self._of(tuple(e for e in self._events if predicate(e)))

    def of_type(self, *kinds: type[Event] | str) -> EventSet:
        """Events of these classes, or type tags (``"summit"``, ``"two_plus_two"``, ...)."""
        classes = _classes(kinds)
        return self._of(tuple(e for e in self._events if isinstance(e, classes)))

    def involving(self, *codes: str, all: bool = True) -> EventSet:
        """Events in which these states or groups take part, in the role each type has.

        Summit and 2+2 countries, sanction imposers and targets, claimants and the
        holder. With ``all=False`` one of the codes is enough. Names are accepted
        ("Japan") and turned into codes.
        """
        wanted = tuple(dict.fromkeys(_code(c) for c in codes))
        if not wanted:
            return self
        if len(wanted) == 1:
            code = wanted[0]
            return self._of(tuple(e for e in self._events if code in _actors(e)))
        wanted_set = frozenset(wanted)
        if all:
            return self.where(lambda e: wanted_set.issubset(_actors(e)))
        return self.where(lambda e: not wanted_set.isdisjoint(_actors(e)))

    def between(self, start: DateLike | None = None, end: DateLike | None = None) -> EventSet:
        """Dated events whose span overlaps ``start``..``end`` (both included; None is open).

        ``"2017"`` as ``end`` means the end of 2017. Undated events are excluded.
        """
        first = _bound(start, end=False, name="start") or date.min
        last = _bound(end, end=True, name="end") or date.max
        if last < first:
            raise ValueError(f"between() needs start <= end, got {start!r} and {end!r}")
        return self._of(
            tuple(
                e
                for e in self._events
                if (span := e.date) is not None and span.start <= last and first <= span.end
            )
        )

    def with_status(self, *statuses: Any) -> EventSet:
        """Events with one of these statuses (enum members or their values, e.g. ``"held"``)."""
        wanted = frozenset(_status(s) for s in statuses)
        return self._of(tuple(e for e in self._events if getattr(e, "status", None) in wanted))

    def at(self, place: str) -> EventSet:
        """Events located in a country (its code, e.g. ``"FIN"``, or its name) or at a place.

        A name the gazetteer knows as a city ("Helsinki", "Singapore") matches the
        place; other names are tried as countries ("Finland").
        """
        from dipevents.normalize.countries import country
        from dipevents.normalize.places import place as known_place

        if not isinstance(place, str) or not place.strip():
            raise ValueError(f"at() needs a place name or a country code, got {place!r}")
        known = None if (len(place) == 3 and place.isupper()) else known_place(place)
        code = country(place) if known is None else None
        if code is not None:
            return self._of(
                tuple(e for e in self._events if e.location and e.location.country == code)
            )
        names = {fold(place)} | ({fold(known.name)} if known else set())
        return self._of(
            tuple(e for e in self._events if e.location and fold(e.location.name) in names)
        )

    def featuring(self, person: str | Person) -> EventSet:
        """Events a person took part in: as a 2+2 minister, or through the office they held.

        A summit features the head of state or government of one of its states on
        its date; a 2+2 its foreign and defence ministers. ``person`` is any
        spelling the knowledge base knows ("Abe", "Shinzo Abe").
        """
        from dipevents.normalize.people import Role, lookup

        name = person.name if isinstance(person, Person) else person
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"featuring() needs a person's name, got {person!r}")
        record = lookup(name)
        names = {fold(name)} | ({fold(record.name)} if record else set())
        tenures = record.tenures if record else ()
        leaders = [t for t in tenures if t.role in (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)]
        ministers = [t for t in tenures if t.role in (Role.FOREIGN_MINISTER, Role.DEFENCE_MINISTER)]

        def held(chosen: list[Any], event: Event) -> bool:
            span = event.date
            if span is None:
                return False
            countries = event.countries  # type: ignore[attr-defined]
            return any(
                t.country in countries
                and t.start <= span.end
                and (t.end is None or span.start < t.end)
                for t in chosen
            )

        def features(event: Event) -> bool:
            if isinstance(event, TwoPlusTwo):
                if any(fold(m.name) in names for m in event.ministers):
                    return True
                return held(ministers, event)
            if isinstance(event, Summit):
                return held(leaders, event)
            return False

        return self.where(features)

    # -- order and groups ---------------------------------------------------------

    def sorted(self) -> EventSet:
        """By date (start, then end); undated events last, in their present order."""
        dated = [e for e in self._events if e.date is not None]
        # Two stable single-key sorts: faster than one sort on (start, end) tuples.
        dated.sort(key=attrgetter("date.end"))
        dated.sort(key=attrgetter("date.start"))
        return self._of((*dated, *(e for e in self._events if e.date is None)))

    def timeline(self) -> EventSet:
        """The dated events in the order they happened."""
        return self._of(tuple(e for e in self.sorted() if e.date is not None))

    def group_by(self, key: GroupKey) -> dict[Any, EventSet]:
        """Events by ``"type"``, ``"year"``, ``"status"``, ``"country"``, ``"location"``,
        ``"source"`` or any callable; with ``"country"`` an event is in each of its
        actors' groups. Groups come in order of first appearance.
        """
        groups: dict[Hashable, list[Event]] = {}
        if key == "country":
            for event in self._events:
                for code in sorted(set(_actors(event))):
                    groups.setdefault(code, []).append(event)
        else:
            function = _key_function(key)
            for event in self._events:
                groups.setdefault(function(event), []).append(event)
        return {k: self._of(tuple(v)) for k, v in groups.items()}

    def counts(self, key: GroupKey = "type") -> dict[Any, int]:
        """How many events per group (see :meth:`group_by`), largest first."""
        counted = Counter({k: len(v) for k, v in self.group_by(key).items()})
        return dict(counted.most_common())

    # -- merging and set operations ----------------------------------------------

    def merged(self) -> EventSet:
        """One event per real-world occurrence, with every source's evidence.

        See :mod:`dipevents.query.merge` for what counts as the same occurrence.
        The result is in date order and does not depend on the input's order.
        """
        return self._of(_canonical_order(merge(self._events)))

    def _sides(self, other: Iterable[Event]) -> list[tuple[list[Event], set[int]]]:
        mine = list(self._events)
        theirs = list(EventSet(other))
        everything = mine + theirs
        return [
            ([everything[i] for i in group], {0 if i < len(mine) else 1 for i in group})
            for group in occurrences(everything)
        ]

    def union(self, other: Iterable[Event]) -> EventSet:
        """Every occurrence in either set, merged (``a | b``)."""
        return (self + other).merged()

    def intersection(self, other: Iterable[Event]) -> EventSet:
        """Occurrences reported in both sets, merged (``a & b``)."""
        kept = [merge_cluster(members) for members, sides in self._sides(other) if sides == {0, 1}]
        return self._of(_canonical_order(kept))

    def difference(self, other: Iterable[Event]) -> EventSet:
        """Occurrences of this set that the other does not report (``a - b``)."""
        kept = [merge_cluster(members) for members, sides in self._sides(other) if sides == {0}]
        return self._of(_canonical_order(kept))

    __or__ = union
    __and__ = intersection
    __sub__ = difference

    # -- export -----------------------------------------------------------------

    def to_dicts(self) -> list[dict[str, Any]]:
        """Each event in its JSON form (codebook §7)."""
        from dipevents.io import to_dict

        return [to_dict(e) for e in self._events]

    def to_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Write one event per line, atomically (a temporary file renamed at the end).

        Returns the number of events written.
        """
        from dipevents.io import to_dict, write_jsonl_atomic

        return write_jsonl_atomic(path, (to_dict(e) for e in self._events))

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per event, as the data-frame exports have them."""
        from dipevents.io.frames import records

        return records(self._events)

    def to_dyads(self) -> list[dict[str, Any]]:
        """One flat dict per pair of actors of each event, as CAMEO-style data has them:
        directed where the type has a direction (sanction imposer → target, claimant →
        holder, a visit's guest → host), undirected for other meetings; each with the
        event's id, type, date, status and CAMEO/PLOVER codes
        (columns: :data:`dipevents.io.dyads.DYAD_COLUMNS`).

        >>> from dipevents import Sanction
        >>> rows = EventSet([Sanction(status="imposed", imposers=["JPN"], targets=["RUS"])]).to_dyads()
        >>> row = rows[0]
        >>> row["source_actor"], row["target_actor"], row["directed"], row["plover"]
        ('JPN', 'RUS', True, 'SANCTION')
        """
        from dipevents.io.dyads import all_dyads

        return all_dyads(self._events)

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas DataFrame, one row per event (needs ``dipevents[pandas]``)."""
        from dipevents.io.frames import to_pandas

        return to_pandas(self._events)

    def to_arrow(self) -> pyarrow.Table:
        """A pyarrow Table, one row per event (needs ``dipevents[arrow]``)."""
        from dipevents.io.frames import to_arrow

        return to_arrow(self._events)

    def to_sqlite(self, path: str | os.PathLike[str]) -> int:
        """Write the events into an SQLite database (created if need be), with tables for
        articles, events, actors, evidence and reports, keyed by the ids
        (see :mod:`dipevents.io.sqlite`).

        Writing into an existing database upserts by id; the whole write is one
        transaction. Returns the number of events written.
        """
        from dipevents.io.sqlite import write_events

        return write_events(path, self._events)

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write a Parquet file, one row per event (needs ``dipevents[arrow]``)."""
        from dipevents.io.frames import to_parquet

        to_parquet(self._events, path)


def _key_function(key: GroupKey) -> Callable[[Event], Any]:
    if callable(key):
        return key
    if key in _KEYS:
        return _KEYS[key]
    raise ValueError(
        f"group_by() needs a callable or one of {', '.join([*_KEYS, 'country'])}, got {key!r}"
    )


def _canonical_order(events: list[Event]) -> tuple[Event, ...]:
    """Date order, ties broken by the JSON text (computed for the ties only)."""
    from itertools import groupby

    from dipevents.io import to_json

    def cheap(event: Event) -> tuple[Any, ...]:
        return (*_sort_key(event), event.TYPE)

    out: list[Event] = []
    for _, run in groupby(sorted(events, key=cheap), key=cheap):
        tied = list(run)
        out.extend(sorted(tied, key=to_json) if len(tied) > 1 else tied)
    return tuple(out)


def events_of_record(record: dict[str, Any], where: str) -> list[Event]:
    """The events of an article record (as ``dipevents extract`` writes it), each with its
    article's report; errors say ``where``."""
    from dipevents.io import from_dict

    source, published, title = _article_fields(record, where)
    return [_from_article(from_dict(e, Event), source, published, title) for e in record["events"]]


def _article_fields(
    record: dict[str, Any], where: str
) -> tuple[str | None, date | None, str | None]:
    """The source, publication date and title of an article record, checked."""
    from dipevents.errors import SerializationError

    source, published, title = (record.get(k) for k in ("source", "published", "title"))
    if source is not None and not isinstance(source, str):
        raise SerializationError(f'{where}: expected "source" to be a string, got {source!r}')
    if title is not None and not isinstance(title, str):
        raise SerializationError(f'{where}: expected "title" to be a string, got {title!r}')
    if published is not None:
        try:
            published = date.fromisoformat(published)
        except (TypeError, ValueError):
            raise SerializationError(
                f'{where}: expected "published" to be an ISO date (YYYY-MM-DD), got {published!r}'
            ) from None
    return source or None, published, title or None


def _from_article(
    event: Event, source: str | None, published: date | None, title: str | None
) -> Event:
    """The event with its article's report, and its evidence stamped with the source."""
    changes: dict[str, Any] = {}
    if source and not all(e.source for e in event.evidence):
        changes["evidence"] = tuple(
            e if e.source else attrs.evolve(e, source=source) for e in event.evidence
        )
    if not event.reports and (source or published or title):
        changes["reports"] = (Report(id=event.id, source=source, published=published, title=title),)
    return event.with_changes(**changes) if changes else event
