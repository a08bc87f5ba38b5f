#!/usr/bin/env python3
"""Write tests/extract/table/known_misses.tsv from today's extraction: one line per case
that fails, with what is wrong. Run after a change to the rules, then read the diff: a
case that leaves the file was fixed; one that enters it is a regression to look at.

Usage: python tools/table_misses.py [--check]   (--check: exit 1 if the file would change)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extract.table_cases import KNOWN_MISSES, cases, judge  # noqa: E402


def main() -> int:
    lines = ["# Cases of the table that fail today, with what is wrong (tools/table_misses.py)."]
    passed = total = 0
    for case in cases():
        total += 1
        problems = judge(case)
        if problems:
            reason = "; ".join(problems).replace("\t", " ")
            lines.append(f"{case['id']}\t{reason[:300]}")
        else:
            passed += 1
    text = "\n".join(lines) + "\n"
    old = KNOWN_MISSES.read_text(encoding="utf-8") if KNOWN_MISSES.exists() else ""
    print(f"{passed} of {total} cases right; {total - passed} known misses")
    if "--check" in sys.argv:
        return 0 if old == text else 1
    KNOWN_MISSES.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
