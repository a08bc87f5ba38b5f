"""The table of sentences and passages in ``tests/extract/table/*.jsonl``, and how a case is judged.

Each case is a text (with the publication date where relative expressions need one) and
the complete list of events a correct extractor returns, coded to the codebook. The
cases were written by a developer who did not read the extraction rules, to measure
how they generalise. A case passes when every event it expects is found with every
attribute it gives right, and nothing else is found. Matching follows the corpus scorer:
the type, compatible dates and the key (a summit's name or two shared countries; a 2+2's
pair; a sanction's imposers and targets; a claim's territory and claimants).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import dipevents
from dipevents import knowledge

TABLE = Path(__file__).parent / "table"
KNOWN_MISSES = TABLE / "known_misses.tsv"


def cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in sorted(TABLE.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                case["where"] = f"{path.name}:{number}"
                out.append(case)
    return out


def known_misses() -> dict[str, str]:
    """Case id -> why it fails today (each is an ``xfail(strict=True)``)."""
    if not KNOWN_MISSES.exists():
        return {}
    out: dict[str, str] = {}
    for line in KNOWN_MISSES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            case_id, _, reason = line.partition("\t")
            out[case_id.strip()] = reason.strip() or "known miss"
    return out


def _norm(value: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value or "").lower().replace("saint", "st"))


def _span(value: Any) -> tuple[date, date] | None:
    if not isinstance(value, dict):
        return None
    return date.fromisoformat(value["start"]), date.fromisoformat(value["end"])


def _codes(value: Any) -> set[str]:
    return set(value or [])


def _territory(name: Any) -> str:
    found = knowledge.territory(str(name or ""))
    return found.name if found is not None else _norm(name)


def _key(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    kind = expected["type"]
    if kind == "summit":
        name = _norm(got.get("name"))
        wanted = str(expected.get("name") or "").split()
        if name and wanted and _norm(wanted[0]) in name:
            return True
        countries = _codes(expected.get("countries"))
        if not wanted and len(countries) == 1:
            # a summit the text gives one state and no name of ("a regional summit" Lula
            # hosted): the same single state, no name
            return not name and _codes(got.get("countries")) == countries
        return len(countries & _codes(got.get("countries"))) >= 2
    if kind == "two_plus_two":
        return _codes(expected.get("countries")) == _codes(got.get("countries"))
    if kind == "sanction":
        imposers = _codes(expected.get("imposers"))
        return (not imposers or bool(imposers & _codes(got.get("imposers")))) and bool(
            _codes(expected.get("targets")) & _codes(got.get("targets"))
        )
    claimants = _codes(expected.get("claimants"))
    return _territory(expected.get("territory")) == _territory(got.get("territory")) and (
        not claimants or bool(claimants & _codes(got.get("claimants")))
    )


def _compatible(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    if expected["type"] != got.get("type"):
        return False
    wanted, found = _span(expected.get("date")), _span(got.get("date"))
    if wanted and found and (found[1] < wanted[0] or found[0] > wanted[1]):
        return False
    return _key(expected, got)


def _wrong(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The attributes ``expected`` gives that ``got`` has wrong."""
    wrong: list[str] = []
    if "date" in expected:
        wanted, found = _span(expected["date"]), _span(got.get("date"))
        if wanted is None:
            ok = found is None
        elif found is None:
            ok = False
        elif expected["date"]["precision"] == "day":
            ok = wanted == found
        else:
            ok = wanted[0] <= found[0] <= found[1] <= wanted[1]
        if not ok:
            wrong.append(f"date {got.get('date')}")
    if "location" in expected:
        want, have = expected["location"], got.get("location")
        if want is None:
            ok = have is None
        else:
            ok = have is not None and _norm(want["name"]) == _norm(have.get("name"))
        if not ok:
            wrong.append(f"location {have}")
    for field in ("status", "kind", "edition", "held_by"):
        if field in expected:
            allowed = expected[field] if isinstance(expected[field], list) else [expected[field]]
            if got.get(field) not in allowed:
                wrong.append(f"{field} {got.get(field)}")
    for field in ("countries", "imposers", "targets", "claimants"):
        if field in expected and _codes(expected[field]) != _codes(got.get(field)):
            wrong.append(f"{field} {got.get(field)}")
    return wrong


def judge(case: dict[str, Any]) -> list[str]:
    """What is wrong with the extraction of one case (empty: right)."""
    article = dipevents.parse(case["text"], published=case.get("published"))
    got = [dipevents.to_dict(event) for event in article.events]
    expected = case["events"]
    pairs = []
    for i, want in enumerate(expected):
        for j, have in enumerate(got):
            if _compatible(want, have):
                pairs.append((not want.get("optional"), -len(_wrong(want, have)), -i, -j, i, j))
    pairs.sort(reverse=True)
    used_e: set[int] = set()
    used_g: set[int] = set()
    problems: list[str] = []
    for *_, i, j in pairs:
        if i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        if not expected[i].get("optional"):
            for wrong in _wrong(expected[i], got[j]):
                problems.append(f"{expected[i]['type']} #{i}: {wrong}")
    for i, want in enumerate(expected):
        if i not in used_e and not want.get("optional"):
            problems.append(f"missed {_brief(want)}")
    for j, have in enumerate(got):
        if j not in used_g:
            problems.append(f"extra {_brief(have)}")
    return problems


def _brief(event: dict[str, Any]) -> str:
    keys = ("type", "name", "countries", "imposers", "targets", "territory", "status")
    parts = [f"{k}={event[k]}" for k in keys if event.get(k) not in (None, [], "")]
    if isinstance(event.get("date"), dict):
        parts.append(f"date={event['date']['start']}..{event['date']['end']}")
    return " ".join(parts)
