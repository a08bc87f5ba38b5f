"""Recurring summit series and their editions: where and when the leaders met."""

from __future__ import annotations

from datetime import date
from functools import cache

import attrs

from dipevents.normalize._data import read_csv, read_csv_dir, split_list
from dipevents.normalize._fold import fold


@attrs.frozen
class SummitEdition:
    """One leaders' meeting of a series: ``start``..``end`` inclusive."""

    series: str
    name: str
    city: str
    country: str
    start: date
    end: date
    edition: int | None = None
    note: str = ""
    #: Other names the press uses for this edition ("the Bali summit").
    aliases: tuple[str, ...] = ()

    @property
    def cancelled(self) -> bool:
        return "cancelled" in self.note


@attrs.frozen
class Series:
    """A summit series: its key, the names it goes by, its kind and its member states."""

    key: str
    kind: str
    members: tuple[str, ...]
    aliases: tuple[str, ...]
    #: The display name of a summit of the series ("BRICS Summit").
    name: str = ""
    #: The group code of the organisation behind the series, if it has one ("AU").
    org: str = ""

    @property
    def display_name(self) -> str:
        return self.name or f"{self.key} Summit"


_extra_editions: list[SummitEdition] = []
_extra_series: list[Series] = []


@cache
def _builtin_series() -> tuple[Series, ...]:
    return tuple(
        Series(
            key=row["series"],
            kind=row["kind"],
            members=tuple(split_list(row["members"])),
            aliases=tuple(split_list(row["aliases"])),
            name=row.get("name", "") or "",
            org=row.get("org", "") or "",
        )
        for row in read_csv("series.csv")
    )


@cache
def _builtin_editions() -> tuple[SummitEdition, ...]:
    return tuple(
        SummitEdition(
            series=row["series"],
            name=row["name"],
            city=row["city"],
            country=row["country"],
            start=date.fromisoformat(row["start"]),
            end=date.fromisoformat(row["end"]),
            edition=int(row["edition"]) if row["edition"] else None,
            note=row.get("note", "") or "",
            aliases=tuple(split_list(row.get("aliases"))),
        )
        for row in read_csv_dir("summits")
    )


def all_series() -> tuple[Series, ...]:
    return (*_builtin_series(), *_extra_series)


def series_index() -> dict[str, Series]:
    """Folded alias -> series (built once per extension of the calendars)."""
    return _series_index_cached(len(_extra_series))


@cache
def _series_index_cached(extra_count: int) -> dict[str, Series]:
    del extra_count  # the cache key: the index is built again after add_summit
    index: dict[str, Series] = {}
    for series in all_series():
        index[fold(series.key)] = series
        for alias in series.aliases:
            index[fold(alias)] = series
    return index


def find_series(name: str) -> Series | None:
    """The series a name refers to ("G-20", "East Asia Summit", "China-Japan-ROK")."""
    if not isinstance(name, str):
        return None
    key = fold(name)
    index = series_index()
    if key in index:
        return index[key]
    trimmed = key.removesuffix(" summit").removesuffix(" summits").removeprefix("the ").strip()
    return index.get(trimmed)


@cache
def _edition_names() -> dict[str, str]:
    """Folded name or alias of each built-in edition -> its series key."""
    out: dict[str, str] = {}
    for edition in _builtin_editions():
        for name in (edition.name, *edition.aliases):
            out.setdefault(fold(name), edition.series)
    return out


def series_named(name: str) -> Series | None:
    """The series a summit's name belongs to: a series' own name ("G-20 summit") or the
    name of one of its editions ("G20 Osaka Summit"); None for any other name.

    >>> series_named("G20 Osaka Summit").key
    'G20'
    """
    found = find_series(name)
    if found is not None or not isinstance(name, str):
        return found
    key = fold(name)
    extra = {fold(n): e.series for e in _extra_editions for n in (e.name, *e.aliases)}
    series = extra.get(key) or _edition_names().get(key)
    return find_series(series) if series else None


def editions(series: str, year: int | None = None) -> list[SummitEdition]:
    """Every known edition of a series (in a year), in date order."""
    found = find_series(series)
    if found is None:
        return []
    out = [e for e in (*_builtin_editions(), *_extra_editions) if e.series == found.key]
    if year is not None:
        out = [e for e in out if e.start.year == year or e.end.year == year]
    return sorted(out, key=lambda e: e.start)


def summit(series: str, year: int, month: int | None = None) -> SummitEdition | None:
    """The leaders' meeting of a series in a year (and month, where a series meets twice).

    >>> summit("G7", 2016).city, summit("G7", 2016).start.isoformat()
    ('Ise-Shima', '2016-05-26')
    """
    if not isinstance(year, int):
        return None
    found = editions(series, year)
    if month is not None:
        found = [e for e in found if e.start.month <= month <= e.end.month]
    # A series that meets twice a year (ASEAN; the G20 in 2010): without a month, the first.
    return found[0] if found else None


def add_summit(
    series: str,
    *,
    name: str,
    city: str,
    country: str,
    start: date,
    end: date | None = None,
    edition: int | None = None,
    aliases: tuple[str, ...] | list[str] = (),
    kind: str = "multilateral",
    members: tuple[str, ...] | list[str] = (),
) -> None:
    """Add an edition (and the series, if new) to the calendars the extraction uses."""
    from dipevents.models._codes import is_state

    if not is_state(country):
        raise ValueError(f"add_summit needs an ISO 3166-1 alpha-3 country, got {country!r}")
    if end is not None and end < start:
        raise ValueError(f"add_summit needs end on or after start, got {start} .. {end}")
    known = find_series(series)
    key = known.key if known else series
    if known is None or aliases:
        _extra_series.append(Series(key, kind, tuple(members), (series, *aliases)))
    _extra_editions.append(SummitEdition(key, name, city, country, start, end or start, edition))
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()
