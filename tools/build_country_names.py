#!/usr/bin/env python3
"""Rebuild data/country_names.json: the English names of ISO 3166-1 states that the
iso3166 package (dipevents' source of the codes) does not give.

Usage: python tools/build_country_names.py

iso3166 gives each code one short name. Debian's iso-codes, as packaged by
pycountry, also gives the full (official) name ("French Republic") and a common
name ("Bolivia", "Tanzania"), and spells a few short names as they are written
in English ("Nauru", "United Kingdom"). This script, run where pycountry is
installed (it is not a dependency of dipevents), writes those names, for the
codes both packages hold, into the data file with the versions it read. No
network is used.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dipevents" / "normalize" / "data" / "country_names.json"


def main() -> None:
    import iso3166
    import pycountry

    sys.path.insert(0, str(ROOT / "src"))
    from dipevents.models._codes import iso_alpha3
    from dipevents.normalize._fold import fold

    codes = iso_alpha3()
    names: dict[str, list[str]] = {}
    for state in sorted(pycountry.countries, key=lambda s: s.alpha_3):
        if state.alpha_3 not in codes:
            continue
        short = iso3166.countries_by_alpha3[state.alpha_3]
        known = {fold(short.name), fold(short.apolitical_name)}
        for attr in ("name", "official_name", "common_name"):
            value = getattr(state, attr, None)
            if value and fold(value) not in known:
                names.setdefault(state.alpha_3, []).append(value)
                known.add(fold(value))
    versions = {
        package: importlib.metadata.version(package) for package in ("pycountry", "iso3166")
    }
    document = {
        "_source": (
            "English names of ISO 3166-1 states beyond the short name the iso3166 package "
            "gives: the full (official) names, the common names and a few short names as "
            "English writes them, from Debian's iso-codes (which follows the ISO 3166 "
            f"Maintenance Agency) as packaged in pycountry {versions['pycountry']}, "
            f"compared with iso3166 {versions['iso3166']}. Built by tools/build_country_names.py."
        ),
        "_reviewed": "2026-12-01",
        "names": names,
    }
    lines = [
        "{",
        f'  "_source": {json.dumps(document["_source"], ensure_ascii=False)},',
        f'  "_reviewed": {json.dumps(document["_reviewed"])},',
        '  "names": {',
    ]
    items = [f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in names.items()]
    lines.append(",\n".join(items))
    lines += ["  }", "}"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"names of {len(names)} states in {OUT}")


if __name__ == "__main__":
    main()
