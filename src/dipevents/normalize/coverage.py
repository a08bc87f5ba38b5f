"""What the knowledge covers: office-holders per region, summit series, territories, venues.

``dipevents knowledge`` prints it and the documentation's knowledge page is generated
from it, so the figures there are always today's data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from importlib import resources
from typing import Any

from dipevents.normalize._data import read_csv, read_json

_REGIONS = {
    "europe_eu": "Europe: EU member states",
    "europe_eurasia": "Europe and Eurasia: the rest",
    "asia_pacific": "Asia and the Pacific",
    "middle_east": "Middle East",
    "africa": "Africa",
    "americas": "The Americas",
    "organisations": "International organisations",
}
_ROLES = ("hos", "hog", "fm", "dm")


def _office_files() -> list[str]:
    folder = resources.files("dipevents.normalize").joinpath("data").joinpath("offices")
    return sorted(item.name[:-4] for item in folder.iterdir() if item.name.endswith(".csv"))


def coverage() -> dict[str, Any]:
    """Counts of what the packaged knowledge holds, by kind (and offices by region)."""
    regions: list[dict[str, Any]] = []
    all_states: set[str] = set()
    people: set[str] = set()
    tenures = 0
    for stem in _office_files():
        rows = read_csv(f"offices/{stem}.csv")
        states = {r["country"] for r in rows}
        roles = Counter(r["role"] for r in rows)
        offices = {(r["country"], r["role"]) for r in rows}
        regions.append(
            {
                "region": _REGIONS.get(stem, stem),
                "file": f"offices/{stem}.csv",
                "states": len(states),
                "offices": len(offices),
                "tenures": len(rows),
                **{role: roles.get(role, 0) for role in _ROLES},
            }
        )
        if stem != "organisations":
            all_states |= states
        people |= {r["name"] for r in rows}
        tenures += len(rows)
    from dipevents.normalize.summits import _builtin_editions, _builtin_series

    editions: dict[str, int] = defaultdict(int)
    for edition in _builtin_editions():
        editions[edition.series] += 1
    series = [
        {"series": s.key, "name": s.display_name, "editions": editions.get(s.key, 0)}
        for s in _builtin_series()
    ]
    territories = read_json("territories.json")["territories"]
    status = Counter(t.get("status", "active") for t in territories)
    places = read_json("places.json")["places"]
    formats = read_csv("two_plus_two.csv")
    meetings = read_csv("two_plus_two_meetings.csv")
    return {
        "offices": {
            "states": len(all_states),
            "people": len(people),
            "tenures": tenures,
            "regions": regions,
        },
        "summits": {
            "series": len(series),
            "editions": sum(editions.values()),
            "by_series": series,
        },
        "territories": {
            "total": len(territories),
            "active": status.get("active", 0),
            "resolved": status.get("resolved", 0),
            "with_each_sides_names": sum(1 for t in territories if t.get("side_names")),
        },
        "venues": len(places),
        "two_plus_two": {"formats": len(formats), "meetings": len(meetings)},
    }


def coverage_markdown() -> str:
    """The coverage as Markdown tables (for the documentation and ``--format markdown``)."""
    data = coverage()
    offices = data["offices"]
    organisations = sum(
        r["states"] for r in offices["regions"] if r["file"].endswith("organisations.csv")
    )
    lines = [
        f"**Office-holders:** {offices['states']} states and {organisations} organisations; "
        f"{offices['people']} people in {offices['tenures']} terms since 2000.",
        "",
        "| region | states | offices | terms | heads of state | heads of government "
        "| foreign ministers | defence ministers |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for region in offices["regions"]:
        lines.append(
            f"| {region['region']} | {region['states']} | {region['offices']} | "
            f"{region['tenures']} | {region['hos']} | {region['hog']} | {region['fm']} | "
            f"{region['dm']} |"
        )
    summits = data["summits"]
    lines += [
        "",
        f"**Summit series:** {summits['series']} series, {summits['editions']} editions.",
        "",
        "| series | name | editions |",
        "|---|---|---:|",
    ]
    for item in summits["by_series"]:
        lines.append(f"| {item['series']} | {item['name']} | {item['editions']} |")
    territories = data["territories"]
    formats = data["two_plus_two"]
    lines += [
        "",
        f"**Territories:** {territories['total']} disputed or once-disputed "
        f"({territories['active']} active, {territories['resolved']} resolved; "
        f"{territories['with_each_sides_names']} with the names each side uses).",
        "",
        f"**Venues:** {data['venues']} places where summits meet that are not cities.",
        "",
        f"**2+2 formats:** {formats['formats']} named formats, {formats['meetings']} meetings.",
    ]
    return "\n".join(lines) + "\n"
