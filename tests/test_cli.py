"""The command line, run as a user would: through main() and as a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import jsonschema

from dipevents import Event, json_schema
from dipevents.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_extract_prints_one_json_object_per_article() -> None:
    code, out, err = run("extract", *map(str, EXAMPLES))
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(EXAMPLES)
    schema = json_schema()
    for record, path in zip(records, EXAMPLES, strict=True):
        assert set(record) == {
            "title", "published", "author", "url", "publisher", "language", "format", "source",
            "events",
        }  # fmt: skip
        assert record["source"] == str(path)
        jsonschema.validate(record, schema)
    assert {r["format"] for r in records} == {
        "blogger", "focusosa", "generic", "moderndiplomacy", "penzanews", "valdai",
    }  # fmt: skip


def test_bad_files_are_reported_and_others_still_printed(tmp_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    missing = tmp_path / "missing.txt"
    code, out, err = run("extract", str(binary), str(EXAMPLES[0]), str(missing))
    assert code == 1
    assert len(out.splitlines()) == 1
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"dipevents: {binary}: not valid UTF-8 at byte offset 0")
    assert lines[1].startswith(f"dipevents: {missing}: cannot read")
    assert "Traceback" not in err


def test_formats_lists_one_line_each() -> None:
    code, out, _ = run("formats")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names == [
        "blogger", "focusosa", "generic", "html", "moderndiplomacy", "penzanews", "valdai",
    ]  # fmt: skip


def test_schema_command() -> None:
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out) == json_schema()
    code, out, _ = run("schema", "--event")
    assert json.loads(out)["title"] == "dipevents Event"


def test_usage_error_exit_status() -> None:
    code, _, _ = run("extract")
    assert code == 2
    code, _, _ = run("nosuchcommand")
    assert code == 2


def test_extract_named_format() -> None:
    code, out, _ = run("extract", "--format", "generic", str(EXAMPLES[0]))
    assert code == 0
    assert json.loads(out)["format"] == "generic"


def test_python_dash_m_matches_script(tmp_path: Path) -> None:
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)))
    run_m = subprocess.run(
        [sys.executable, "-m", "dipevents", "extract", str(EXAMPLES[0]), str(binary)],
        capture_output=True,
        text=True,
    )
    assert run_m.returncode == 1
    assert json.loads(run_m.stdout)["source"] == str(EXAMPLES[0])
    assert "Traceback" not in run_m.stderr
    assert str(binary) in run_m.stderr


def _events_file(tmp_path: Path) -> Path:
    from dipevents import DateSpan, EventSet, Evidence, Place, Sanction, TwoPlusTwo

    def told(source: str) -> list[Evidence]:
        return [Evidence(start=0, end=9, text="They met.", source=source)]

    tokyo = Place(name="Tokyo", country="JPN")
    events = EventSet(
        [
            TwoPlusTwo(status="held", countries=["JPN", "RUS"], location=tokyo,
                       date=DateSpan.month(2017, 3), evidence=told("a.txt")),
            TwoPlusTwo(status="held", countries=["JPN", "RUS"], location=tokyo,
                       date=DateSpan.days(date(2017, 3, 20), date(2017, 3, 20)), evidence=told("b.txt")),
            TwoPlusTwo(status="held", countries=["JPN", "USA"],
                       date=DateSpan.year(2019), evidence=told("a.txt")),
            Sanction(status="imposed", imposers=["JPN"], targets=["RUS"],
                     date=DateSpan.year(2014), evidence=told("a.txt")),
        ]
    )  # fmt: skip
    path = tmp_path / "events.jsonl"
    events.to_jsonl(path)
    return path


def test_query_filters_and_merges_events(tmp_path: Path) -> None:
    path = _events_file(tmp_path)
    code, out, err = run(
        "query", str(path), "--country", "JPN", "--country", "RUS", "--since", "2015"
    )
    assert code == 0, err
    assert [json.loads(line)["date"]["precision"] for line in out.splitlines()] == ["month", "day"]
    code, out, _ = run(
        "query", str(path), "--country", "Japan", "--country", "RUS", "--since", "2015", "--merge"
    )
    (merged,) = [json.loads(line) for line in out.splitlines()]
    assert merged["date"]["start"] == "2017-03-20"
    assert {e["source"] for e in merged["evidence"]} == {"a.txt", "b.txt"}
    jsonschema.validate(merged, json_schema(Event))
    code, out, _ = run("query", str(path), "--type", "sanction", "--until", "2014-06")
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["sanction"]


def test_query_reads_what_extract_writes(tmp_path: Path) -> None:
    extracted = tmp_path / "articles.jsonl"
    _, out, _ = run("extract", *map(str, EXAMPLES))
    extracted.write_text(out, encoding="utf-8")
    code, table, err = run("query", str(extracted), "--format", "table")
    assert code == 0, err
    lines = table.splitlines()
    assert lines[0].split() == ["DATE", "TYPE", "STATUS", "WHO", "WHERE", "SOURCES"]
    total = sum(len(json.loads(line)["events"]) for line in out.splitlines())
    assert lines[-1] == f"({total} events)"
    code, csv_text, _ = run("query", str(extracted), "--format", "csv")
    import csv

    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert len(rows) == total
    assert all(row["sources"].endswith(".txt") for row in rows)


def test_query_reports_bad_input(tmp_path: Path) -> None:
    good = _events_file(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "summit", "status": "held"}\n{oops\n', encoding="utf-8")
    code, out, err = run("query", str(bad), str(good))
    assert code == 1
    assert len(out.splitlines()) == 4  # the good file's events are still printed
    assert err.startswith(f"dipevents: {bad}:2: not valid JSON")
    code, _, err = run("query", str(good), "--since", "March")
    assert code == 2
    assert "got 'March'" in err
