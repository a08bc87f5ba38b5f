"""What dipevents knows about the world, for users and for the extraction engine.

Plain functions that return ``None`` for what is unknown and never raise on
any string (pycountry's ``get`` style)::

    >>> from datetime import date
    >>> from dipevents import knowledge
    >>> knowledge.country("DPRK")
    'PRK'
    >>> knowledge.person("Shoygu", on=date(2017, 3, 20)).office
    'Minister of Defence'
    >>> knowledge.summit("APEC", 2017).city
    'Da Nang'
    >>> knowledge.territory("Northern Territories").held_by
    'RUS'
    >>> knowledge.place("Vladivostok").country
    'RUS'

The data are files in the package (``dipevents/normalize/data``), each naming
its sources and the date of its last review. Extend them with the ``add_*``
functions or with :func:`load`, which reads a JSON file of the same shape::

    {"people": [{"name": "...", "country": "JPN", "office": "prime minister",
                 "start": "2030-01-01", "end": null, "aliases": ["..."]}],
     "aliases": {"Nippon-koku": "JPN"},
     "territories": [{"name": "...", "claimants": ["..."], "held_by": "...",
                      "aliases": [], "features": [], "part_of": null}],
     "summits": [{"series": "G7", "name": "...", "city": "...", "country": "...",
                  "start": "2030-06-01", "end": "2030-06-03"}],
     "places": [{"name": "...", "country": "...", "aliases": []}]}
"""

from __future__ import annotations

import json
import os
from datetime import date
from typing import Any

from dipevents.errors import SerializationError
from dipevents.normalize.countries import add_country_alias, country
from dipevents.normalize.coverage import coverage
from dipevents.normalize.people import Role, Tenure, add_person, holder, person
from dipevents.normalize.places import add_place, place
from dipevents.normalize.summits import SummitEdition, add_summit, editions, summit
from dipevents.normalize.territories import (
    Territory,
    add_territory,
    all_territories,
    territory,
)

__all__ = [
    "Role",
    "SummitEdition",
    "Tenure",
    "Territory",
    "add_country_alias",
    "add_person",
    "add_place",
    "add_summit",
    "add_territory",
    "all_territories",
    "country",
    "coverage",
    "editions",
    "holder",
    "load",
    "person",
    "place",
    "summit",
    "territory",
]


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise SerializationError(
            f"{where}: expected an ISO date (YYYY-MM-DD), got {value!r}"
        ) from None


def _required_date(value: Any, where: str) -> date:
    found = _date(value, where)
    if found is None:
        raise SerializationError(f"{where}: start is required")
    return found


def load(path: str | os.PathLike[str]) -> dict[str, int]:
    """Add the people, aliases, territories, summits and places of a JSON file.

    Returns how many of each were added. Errors name the file and the entry.
    """
    source = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, json.JSONDecodeError) as exc:
        raise SerializationError(f"{source}: cannot read knowledge: {exc}") from exc
    if not isinstance(data, dict):
        raise SerializationError(f"{source}: expected a JSON object at the top")
    counts = {"people": 0, "aliases": 0, "territories": 0, "summits": 0, "places": 0}
    try:
        for number, item in enumerate(data.get("people", [])):
            where = f"{source}: $.people[{number}]"
            start = _required_date(item.get("start"), where)
            add_person(
                item["name"],
                country=item["country"],
                office=item["office"],
                start=start,
                end=_date(item.get("end"), where),
                title=item.get("title"),
                aliases=item.get("aliases", []),
            )
            counts["people"] += 1
        for alias, code in data.get("aliases", {}).items():
            add_country_alias(alias, code)
            counts["aliases"] += 1
        for item in data.get("territories", []):
            add_territory(
                item["name"],
                claimants=item.get("claimants", []),
                held_by=item.get("held_by"),
                aliases=item.get("aliases", []),
                features=item.get("features", []),
                part_of=item.get("part_of"),
                descriptions=item.get("descriptions", []),
            )
            counts["territories"] += 1
        for number, item in enumerate(data.get("summits", [])):
            where = f"{source}: $.summits[{number}]"
            start = _required_date(item.get("start"), where)
            add_summit(
                item["series"],
                name=item["name"],
                city=item["city"],
                country=item["country"],
                start=start,
                end=_date(item.get("end"), where),
                edition=item.get("edition"),
                aliases=item.get("aliases", []),
            )
            counts["summits"] += 1
        for item in data.get("places", []):
            add_place(
                item["name"],
                item["country"],
                item.get("aliases", []),
                latitude=item.get("lat"),
                longitude=item.get("lon"),
                geonames_id=item.get("geonames_id"),
            )
            counts["places"] += 1
    except KeyError as exc:
        raise SerializationError(f"{source}: an entry lacks the key {exc}") from exc
    except (TypeError, ValueError) as exc:
        if isinstance(exc, SerializationError):
            raise
        raise SerializationError(f"{source}: {exc}") from exc
    return counts
