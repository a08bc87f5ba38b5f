"""Cities and towns with their country and coordinates: GeoNames' cities of 15,000 people
or more, every capital (``data/geonames/places.tsv``, CC BY 4.0) and the venues of
``data/places.json``.

The GeoNames table is shipped already folded and sorted by lookup key, one line
per key and place, so a lookup is a binary search over its bytes: nothing is
built, split or decoded when a process starts. ``tools/build_places.py`` rebuilds it from a named
GeoNames release.

:func:`coordinates` is the one place where a name becomes a latitude, a longitude
and a GeoNames id.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import NamedTuple

import attrs

from dipevents.models import Place
from dipevents.normalize._data import read_bytes, read_json, read_text
from dipevents.normalize._fold import fold


class PlaceRecord(NamedTuple):
    """One place as the knowledge holds it; venues and places users add have no GeoNames id."""

    name: str
    country: str
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None

    def place(self) -> Place:
        return Place(
            name=self.name,
            country=self.country,
            latitude=self.latitude,
            longitude=self.longitude,
            geonames_id=self.geonameid,
        )


_extra: dict[str, list[PlaceRecord]] = defaultdict(list)


@cache
def _table() -> tuple[bytes, int]:
    """places.tsv as bytes, and where its first data line starts (after the ``#`` header).

    The bytes are searched as they are: nothing is split or decoded before a lookup.
    """
    data = read_bytes("geonames/places.tsv")
    start = 0
    while data.startswith(b"#", start):
        start = data.index(b"\n", start) + 1
    return data, start


def _first_line(data: bytes, start: int, probe: bytes) -> int:
    """Where the first line not below ``probe`` starts: a binary search over the lines."""
    low, high = start, len(data)
    while low < high:
        middle = (low + high) // 2
        line = data.rfind(b"\n", low, middle) + 1 or low
        end = data.find(b"\n", line)
        end = len(data) if end < 0 else end
        if data[line:end] < probe:
            low = end + 1
        else:
            high = line
    return low


def _cities(key: str) -> list[PlaceRecord]:
    """GeoNames places under a folded key, most populous first."""
    data, start = _table()
    # Every line of a key starts with the probe, and the lines are sorted by key (UTF-8
    # keeps the order of the code points, and a tab sorts before any character of a key).
    probe = key.encode("utf-8") + b"\t"
    found: list[PlaceRecord] = []
    at = _first_line(data, start, probe)
    while data.startswith(probe, at):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        line = data[at:end].decode("utf-8")
        _, geonameid, name, country, population, latitude, longitude = line.split("\t")
        found.append(
            PlaceRecord(
                name, country, int(population), float(latitude), float(longitude), int(geonameid)
            )
        )
        at = end + 1
    return found


def _coordinate(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@cache
def _venues() -> dict[str, list[PlaceRecord]]:
    """The venues of places.json by folded name and alias; they win over same-named cities."""
    index: dict[str, list[PlaceRecord]] = defaultdict(list)
    for item in read_json("places.json")["places"]:
        record = PlaceRecord(
            item["name"],
            item["country"],
            latitude=_coordinate(item.get("lat")),
            longitude=_coordinate(item.get("lon")),
            geonameid=item.get("geonames_id"),
        )
        for alias in (item["name"], *item.get("aliases", [])):
            index[fold(alias)].append(record)
    return dict(index)


@cache
def _venue_cities() -> dict[str, str]:
    """The folded name and aliases of each venue of places.json -> the city it is in."""
    index: dict[str, str] = {}
    for item in read_json("places.json")["places"]:
        if item.get("city"):
            for alias in (item["name"], *item.get("aliases", [])):
                index[fold(alias)] = item["city"]
    return index


def venue_city(name: str) -> str | None:
    """The city a venue of the knowledge is in, or None for any other name.

    >>> venue_city("Merdeka Palace"), venue_city("Jakarta")
    ('Jakarta', None)
    """
    return _venue_cities().get(fold(name))


@cache
def _capital_rows() -> tuple[tuple[str, str, str], ...]:
    rows = []
    for line in read_text("geonames/capitals.tsv").splitlines():
        if line and not line.startswith("#"):
            country, capital, geonameid = line.split("\t")
            rows.append((country, capital, geonameid))
    return tuple(rows)


@cache
def capitals() -> frozenset[str]:
    """The folded name of every capital GeoNames lists (of former states too: Belgrade for
    Serbia and Montenegro), as the matcher compares them.

    >>> "tokyo" in capitals(), "osaka" in capitals()
    (True, False)
    """
    return frozenset(fold(capital) for _, capital, _ in _capital_rows())


@cache
def capital_index() -> dict[str, str]:
    """Folded capital name -> the ISO 3166-1 alpha-3 code of the state it is the capital of."""
    from dipevents.models._codes import is_state

    return {fold(capital): code for code, capital, _ in _capital_rows() if is_state(code)}


def capital_of(code: str) -> str | None:
    """The capital of a state, by the name the place table gives its city (GeoNames'
    country list may keep a former name: Nur-Sultan for Astana).

    >>> capital_of("KAZ"), capital_of("JPN")
    ('Astana', 'Tokyo')
    """
    for country, capital, geonameid in _capital_rows():
        if country == code:
            for record in place_records(capital, code):
                if str(record.geonameid) == geonameid:
                    return record.name
            return capital
    return None


def place_records(name: str, country: str | None = None) -> list[PlaceRecord]:
    """Every place a name may be, the likeliest first: places users added, then venues,
    then cities by population; only those of ``country`` when it is given.

    >>> place_records("Vladivostok")[0].geonameid
    2013348
    """
    if not isinstance(name, str):
        return []
    key = fold(name)
    if not key:
        return []
    found = [*_extra.get(key, ()), *_venues().get(key, ()), *_cities(key)]
    if country is not None:
        found = [record for record in found if record.country == country]
    return found


def place(name: str, country: str | None = None) -> Place | None:
    """A city or town by name, with its country and, where known, its coordinates and
    GeoNames id; the most populous unless ``country`` says.

    >>> found = place("Vladivostok")
    >>> found.name, found.country, found.geonames_id
    ('Vladivostok', 'RUS', 2013348)
    >>> place("Shima", country="JPN").country
    'JPN'
    """
    found = place_records(name, country)
    return found[0].place() if found else None


def coordinates(name: str, country: str | None = None) -> tuple[float, float, int | None] | None:
    """``(latitude, longitude, geonames_id)`` of a place by name, or None where unknown.

    >>> coordinates("Helsinki", "FIN")[2]
    658225
    """
    found = place_records(name, country)
    if not found or found[0].latitude is None or found[0].longitude is None:
        return None
    return (found[0].latitude, found[0].longitude, found[0].geonameid)


def locate(where: Place) -> Place:
    """The place with the coordinates and GeoNames id of the city or venue it names.

    A place already located, or one the gazetteer does not know, comes back as it
    is; so does a country ("Mexico" is not Mexico City).

    >>> locate(Place(name="Osaka", country="JPN")).geonames_id
    1853909
    >>> locate(Place(name="Japan", country="JPN")).coordinates is None
    True
    """
    if where.latitude is not None:
        return where
    records = place_records(where.name, where.country)
    found = records[0] if records else None
    if found is None or found.latitude is None or found.longitude is None:
        return where
    from dipevents.normalize.countries import country as country_code

    if country_code(where.name) is not None and fold(found.name) != fold(where.name):
        return where  # the name of a country (or a capital's other name): not this city
    return attrs.evolve(
        where,
        latitude=found.latitude,
        longitude=found.longitude,
        geonames_id=found.geonameid,
    )


def add_place(
    name: str,
    country: str,
    aliases: tuple[str, ...] | list[str] = (),
    *,
    latitude: float | None = None,
    longitude: float | None = None,
    geonames_id: int | None = None,
) -> None:
    """Add a place (a venue, a resort) that the gazetteer lacks; it wins over same-named cities.

    ``latitude`` and ``longitude`` (decimal degrees) and ``geonames_id`` are optional.
    """
    from dipevents.models._codes import is_state

    if not is_state(country):
        raise ValueError(f"add_place needs an ISO 3166-1 alpha-3 country, got {country!r}")
    # Validated as a Place is, so that a bad coordinate fails here and not at extraction.
    Place(
        name=name, country=country, latitude=latitude, longitude=longitude, geonames_id=geonames_id
    )
    record = PlaceRecord(name, country, None, latitude, longitude, geonames_id)
    for alias in (name, *aliases):
        _extra[fold(alias)].insert(0, record)
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()
