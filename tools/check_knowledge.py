#!/usr/bin/env python3
"""Check every knowledge data file of the package: shape, codes, dates, overlaps.

Usage: python tools/check_knowledge.py [DATA_DIR]

Prints one line per problem (file, line or entry, what is wrong) and exits 1 when
there is any. The test suite runs the same checks (tests/knowledge/test_data_files.py).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "dipevents" / "normalize" / "data"

OFFICE_COLUMNS = ["country", "role", "name", "start", "end", "title", "aliases"]
SUMMIT_COLUMNS = ["series", "edition", "name", "city", "country", "start", "end", "note", "aliases"]
SERIES_COLUMNS = ["series", "name", "kind", "org", "members", "aliases"]
FORMAT_COLUMNS = ["pair", "name", "aliases", "note"]
MEETING_COLUMNS = ["pair", "edition", "city", "country", "start", "end", "note"]
ROLES = {"hos", "hog", "fm", "dm"}
KINDS = {"multilateral", "trilateral", "bilateral"}
EARLIEST = date(1940, 1, 1)


def _codes() -> tuple[frozenset[str], frozenset[str]]:
    sys.path.insert(0, str(DATA.parent.parent.parent))
    from dipevents.models._codes import GROUP_CODES, iso_alpha3

    return iso_alpha3(), GROUP_CODES


def _rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[str]]:
    """Header, (line number, row) pairs and header-comment lines of a CSV with # comments."""
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    comments: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            comments.append(line)
            continue
        values = next(csv.reader(io.StringIO(line)))
        if not header:
            header = values
            continue
        row = dict(zip(header, values, strict=False))
        if len(values) != len(header):
            row["__width__"] = f"{len(values)} fields, expected {len(header)}"
        rows.append((number, row))
    return header, rows, comments


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class Checker:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.problems: list[str] = []
        self.iso, self.groups = _codes()

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def actor(self, code: str) -> bool:
        return code in self.iso or code in self.groups

    def header(
        self, path: Path, header: list[str], expected: list[str], comments: list[str]
    ) -> None:
        where = str(path.relative_to(self.data))
        if header != expected:
            self.problem(where, f"columns {header}, expected {expected}")
        text = "\n".join(comments).lower()
        if "source" not in text:
            self.problem(where, "the header comments name no source")
        if "reviewed" not in text:
            self.problem(where, "the header comments give no review date")

    # -- offices ---------------------------------------------------------------------
    def offices(self) -> None:
        tenures: dict[tuple[str, str], list[tuple[date, date, str, str]]] = defaultdict(list)
        for path in sorted((self.data / "offices").glob("*.csv")):
            header, rows, comments = _rows(path)
            self.header(path, header, OFFICE_COLUMNS, comments)
            for number, row in rows:
                where = f"{path.relative_to(self.data)}:{number}"
                if "__width__" in row:
                    self.problem(where, row["__width__"])
                    continue
                if not self.actor(row["country"]):
                    self.problem(where, f"unknown country code {row['country']!r}")
                if row["role"] not in ROLES:
                    self.problem(where, f"unknown role {row['role']!r}")
                if not row["name"].strip() or row["name"] != row["name"].strip():
                    self.problem(where, f"bad name {row['name']!r}")
                if not row["title"].strip():
                    self.problem(where, "no title")
                start = _date(row["start"])
                end = _date(row["end"]) if row["end"] else date.max
                if start is None or start < EARLIEST:
                    self.problem(where, f"bad start {row['start']!r}")
                    continue
                if end is None or end <= start:
                    self.problem(where, f"bad end {row['end']!r} (must be after start)")
                    continue
                if any(
                    a != a.strip() or not a for a in row["aliases"].split("|") if row["aliases"]
                ):
                    self.problem(where, f"bad aliases {row['aliases']!r}")
                tenures[(row["country"], row["role"])].append((start, end, row["name"], where))
        for (country, role), spans in tenures.items():
            spans.sort()
            for (_s1, e1, n1, w1), (s2, _e2, n2, w2) in itertools.pairwise(spans):
                if s2 < e1:
                    self.problem(
                        w2, f"{country} {role}: {n2} from {s2} overlaps {n1} ({w1}) until {e1}"
                    )

    # -- summits -----------------------------------------------------------------------
    def series(self) -> set[str]:
        path = self.data / "series.csv"
        header, rows, comments = _rows(path)
        self.header(path, header, SERIES_COLUMNS, comments)
        keys: set[str] = set()
        for number, row in rows:
            where = f"series.csv:{number}"
            if "__width__" in row:
                self.problem(where, row["__width__"])
                continue
            if row["series"] in keys:
                self.problem(where, f"series {row['series']!r} twice")
            keys.add(row["series"])
            if row["kind"] not in KINDS:
                self.problem(where, f"unknown kind {row['kind']!r}")
            if row["org"] and row["org"] not in self.groups:
                self.problem(where, f"org {row['org']!r} is not a group code of models/_codes.py")
            for code in filter(None, row["members"].split("|")):
                if not self.actor(code):
                    self.problem(where, f"unknown member code {code!r}")
            if not row["name"]:
                self.problem(where, "no display name")
        return keys

    def summits(self, keys: set[str]) -> None:
        editions: dict[str, list[tuple[date, date, int | None, str]]] = defaultdict(list)
        for path in sorted((self.data / "summits").glob("*.csv")):
            header, rows, comments = _rows(path)
            self.header(path, header, SUMMIT_COLUMNS, comments)
            for number, row in rows:
                where = f"{path.relative_to(self.data)}:{number}"
                if "__width__" in row:
                    self.problem(where, row["__width__"])
                    continue
                if row["series"] not in keys:
                    self.problem(where, f"series {row['series']!r} is not in series.csv")
                if row["country"] not in self.iso:
                    self.problem(where, f"unknown country {row['country']!r}")
                if not row["city"] or not row["name"]:
                    self.problem(where, "no city or no name")
                start, end = _date(row["start"]), _date(row["end"])
                if start is None or end is None or end < start:
                    self.problem(where, f"bad dates {row['start']!r}..{row['end']!r}")
                    continue
                if (end - start).days > 31:
                    self.problem(where, f"a summit of {(end - start).days + 1} days")
                edition = None
                if row["edition"]:
                    if not row["edition"].isdigit():
                        self.problem(where, f"edition {row['edition']!r} is not a number")
                    else:
                        edition = int(row["edition"])
                editions[row["series"]].append((start, end, edition, where))
        for series, found in editions.items():
            found.sort(key=lambda item: (item[0], item[1], item[3]))
            for (_s1, e1, n1, w1), (s2, _e2, n2, w2) in itertools.pairwise(found):
                if s2 <= e1:
                    self.problem(w2, f"{series}: overlaps the edition at {w1}")
                if n1 is not None and n2 is not None and n2 <= n1:
                    self.problem(w2, f"{series}: edition {n2} after edition {n1} ({w1})")

    # -- 2+2 formats -------------------------------------------------------------------
    def pair(self, value: str, where: str) -> None:
        codes = value.split("|")
        if len(codes) != 2 or codes != sorted(codes) or codes[0] == codes[1]:
            self.problem(where, f"pair {value!r} must be two distinct codes, sorted")
        for code in codes:
            if code not in self.iso:
                self.problem(where, f"unknown state {code!r}")

    def formats(self) -> None:
        path = self.data / "two_plus_two.csv"
        if path.exists():
            header, rows, comments = _rows(path)
            self.header(path, header, FORMAT_COLUMNS, comments)
            for number, row in rows:
                self.pair(row.get("pair", ""), f"two_plus_two.csv:{number}")
        path = self.data / "two_plus_two_meetings.csv"
        if path.exists():
            header, rows, comments = _rows(path)
            self.header(path, header, MEETING_COLUMNS, comments)
            for number, row in rows:
                where = f"two_plus_two_meetings.csv:{number}"
                self.pair(row.get("pair", ""), where)
                start, end = _date(row.get("start", "")), _date(row.get("end", ""))
                if start is None or end is None or end < start:
                    self.problem(where, "bad dates")
                if row.get("country") and row["country"] not in self.iso:
                    self.problem(where, f"unknown country {row['country']!r}")

    # -- territories and places --------------------------------------------------------------
    def territories(self) -> None:
        data = json.loads((self.data / "territories.json").read_text(encoding="utf-8"))
        if not data.get("_source") or not data.get("_reviewed"):
            self.problem("territories.json", "no _source or _reviewed")
        names: dict[str, str] = {}
        for number, item in enumerate(data["territories"]):
            where = f"territories.json: $.territories[{number}] ({item.get('name')})"
            for code in item.get("claimants", []):
                if code not in self.iso:
                    self.problem(where, f"unknown claimant {code!r}")
            held = item.get("held_by")
            if held is not None and held not in self.iso:
                self.problem(where, f"unknown holder {held!r}")
            if held in item.get("claimants", []):
                self.problem(where, "the holder is also a claimant")
            status = item.get("status", "active")
            if status not in ("active", "resolved"):
                self.problem(where, f"unknown status {status!r}")
            if status == "resolved" and not isinstance(item.get("resolved"), int):
                self.problem(where, "a resolved territory needs the year it was resolved")
            if item.get("kind", "land") not in ("land", "maritime"):
                self.problem(where, f"unknown kind {item.get('kind')!r}")
            side = item.get("side_names", {})
            for code in side:
                if code not in self.iso:
                    self.problem(where, f"side_names for unknown state {code!r}")
            every = [item["name"], *item.get("aliases", []), *item.get("features", [])]
            every += [n for values in side.values() for n in values]
            for name in every:
                key = name.casefold()
                if key in names and names[key] != item["name"]:
                    self.problem(where, f"name {name!r} also belongs to {names[key]}")
                names[key] = item["name"]

    def places(self) -> None:
        data = json.loads((self.data / "places.json").read_text(encoding="utf-8"))
        if not data.get("_source") or not data.get("_reviewed"):
            self.problem("places.json", "no _source or _reviewed")
        for number, item in enumerate(data["places"]):
            where = f"places.json: $.places[{number}] ({item.get('name')})"
            if item.get("country") not in self.iso:
                self.problem(where, f"unknown country {item.get('country')!r}")
            lat, lon = item.get("lat"), item.get("lon")
            if (lat is None) != (lon is None):
                self.problem(where, "lat and lon go together")
            if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                self.problem(where, "lat/lon out of range")

    def run(self) -> list[str]:
        self.offices()
        keys = self.series()
        self.summits(keys)
        self.formats()
        self.territories()
        self.places()
        return self.problems


def check(data: Path = DATA) -> list[str]:
    """Every problem found in the data files under ``data``."""
    return Checker(data).run()


if __name__ == "__main__":
    found = check(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
    for line in found:
        print(line)
    print(f"{len(found)} problems", file=sys.stderr)
    sys.exit(1 if found else 0)
