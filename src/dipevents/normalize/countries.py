"""Country and group names to codes: ISO 3166-1 (the iso3166 package and the names of
``data/country_names.json``), with aliases and GeoNames' capitals added."""

from __future__ import annotations

from functools import cache

from dipevents.models._codes import group_codes, iso_alpha3
from dipevents.normalize._data import read_json
from dipevents.normalize._fold import fold

_extra: dict[str, str] = {}


@cache
def iso_names() -> tuple[tuple[str, str], ...]:
    """Every English name ISO 3166-1 gives a state, with its alpha-3 code: the short name
    (as iso3166 spells it and without politics), the full and the common names.

    >>> ("French Republic", "FRA") in iso_names()
    True
    """
    import iso3166

    codes = iso_alpha3()
    names: list[tuple[str, str]] = []
    for state in iso3166.countries:
        if state.alpha3 in codes:
            names.append((state.name, state.alpha3))
            if state.apolitical_name != state.name:
                names.append((state.apolitical_name, state.alpha3))
    for code, more in read_json("country_names.json")["names"].items():
        names.extend((name, code) for name in more)
    return tuple(names)


@cache
def _builtin_index() -> dict[str, str]:
    """The index of the shipped knowledge: from the cache when it is there."""
    from dipevents import _cache
    from dipevents.normalize._data import knowledge_key

    key = knowledge_key()
    cached = _cache.load("countries", key) if key is not None else None
    if isinstance(cached, dict):
        return cached
    index = _build_index()
    if key is not None:
        _cache.store("countries", key, index)
    return index


def _build_index() -> dict[str, str]:
    from dipevents.normalize.places import capital_index

    # Capitals first, so that names and aliases win over a capital of the same name.
    index: dict[str, str] = dict(capital_index())
    for name, code in iso_names():
        index[fold(name)] = code
    for code in iso_alpha3():
        index[fold(code)] = code
    for code, aliases in read_json("countries.json")["aliases"].items():
        for alias in aliases:
            index[fold(alias)] = code
            if alias.lower().startswith("the "):
                index[fold(alias[4:])] = code
    return index


def country_index() -> dict[str, str]:
    """Folded name -> code, with aliases users added."""
    if not _extra:
        return _builtin_index()
    return {**_builtin_index(), **_extra}


def add_country_alias(alias: str, code: str) -> None:
    """Teach :func:`country` another name for a state or group code."""
    if code not in iso_alpha3() and code not in group_codes():
        raise ValueError(
            f"add_country_alias needs an ISO 3166-1 alpha-3 or group code, got {code!r}"
        )
    key = fold(alias)
    if not key:
        raise ValueError(f"add_country_alias needs a non-empty alias, got {alias!r}")
    _extra[key] = code
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()


def country(text: str) -> str | None:
    """The ISO 3166-1 alpha-3 (or group) code for a name, demonym, capital or abbreviation.

    >>> country("DPRK"), country("Russian Federation"), country("the Kremlin"), country("Japanese")
    ('PRK', 'RUS', 'RUS', 'JPN')
    >>> country("Atlantis") is None
    True
    """
    if not isinstance(text, str):
        return None
    key = fold(text)
    if not key:
        return None
    index = country_index()
    found = index.get(key)
    if found is None and key.startswith("the "):
        found = index.get(key[4:])
    return found
