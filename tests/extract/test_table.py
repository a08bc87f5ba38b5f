"""The blind table of sentences: every case right, or a known miss (strict xfail)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.extract.table_cases import cases, judge, known_misses

CASES = cases()
MISSES = known_misses()


def test_the_table_is_large_and_mixed() -> None:
    assert len(CASES) >= 150
    empty = [c for c in CASES if not c["events"]]
    assert 0.2 <= len(empty) / len(CASES) <= 0.4
    types = {e["type"] for c in CASES for e in c["events"]}
    assert types == {"summit", "two_plus_two", "sanction", "territorial_claim"}
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_every_known_miss_is_a_case() -> None:
    ids = {c["id"] for c in CASES}
    assert set(MISSES) <= ids, set(MISSES) - ids


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(strict=True, reason=MISSES[case["id"]])]
            if case["id"] in MISSES
            else [],
        )
        for case in CASES
    ],
)
def test_case(case: dict[str, Any]) -> None:
    problems = judge(case)
    assert not problems, f"{case['where']}: {case['text'][:120]!r}: " + "; ".join(problems)
