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


def test_extract_named_layout() -> None:
    code, out, _ = run("extract", "--layout", "generic", str(EXAMPLES[0]))
    assert code == 0
    assert json.loads(out)["format"] == "generic"
    # --format used to name the layout: still understood, with a warning.
    code, out, err = run("extract", "--format", "generic", str(EXAMPLES[0]))
    assert code == 0
    assert json.loads(out)["format"] == "generic"
    assert "use --layout generic" in err
    code, _, err = run("extract", "--format", "xml", str(EXAMPLES[0]))
    assert code == 2
    assert "--format needs one of table, jsonl, csv, tsv" in err
    code, _, err = run("extract", "--layout", "nosuchlayout", str(EXAMPLES[0]))
    assert code == 2


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
    assert lines[0].split() == ["ID", "DATE", "TYPE", "STATUS", "WHO", "WHERE", "SOURCES"]
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


def test_extract_piped_into_query_from_standard_input(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run("extract", *map(str, EXAMPLES))
    monkeypatch.setattr(sys, "stdin", io.StringIO(out))
    code, piped, err = run("query", "-", "--type", "summit", "--merge")
    assert code == 0, err
    summits = [json.loads(line) for line in piped.splitlines()]
    assert summits
    assert {e["type"] for e in summits} == {"summit"}
    assert all(len(e["id"]) == 20 for e in summits)
    monkeypatch.setattr(sys, "stdin", io.StringIO("{oops\n"))
    code, _, err = run("query", "-")
    assert code == 1
    assert err.startswith("dipevents: <stdin>:1: not valid JSON")


def test_extract_and_query_pipe_through_real_processes() -> None:
    extract = subprocess.run(
        [sys.executable, "-m", "dipevents", "extract", *map(str, EXAMPLES[:2])],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    query = subprocess.run(
        [sys.executable, "-m", "dipevents", "query", "-", "--format", "jsonl"],
        input=extract.stdout, capture_output=True, text=True,
    )  # fmt: skip
    assert query.returncode == 0, query.stderr
    total = sum(len(json.loads(line)["events"]) for line in extract.stdout.splitlines())
    assert len(query.stdout.splitlines()) == total


def test_query_output_file_by_its_ending(tmp_path: Path) -> None:
    import csv

    path = _events_file(tmp_path)
    code, out, _ = run("query", str(path), "-o", str(tmp_path / "out.jsonl"))
    assert code == 0
    assert out == ""
    assert len((tmp_path / "out.jsonl").read_text("utf-8").splitlines()) == 4
    run("query", str(path), "-o", str(tmp_path / "out.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text("utf-8"))))
    assert len(rows) == 4
    assert rows[0]["id"]
    run("query", str(path), "-o", str(tmp_path / "out.txt"), "--format", "tsv")
    lines = (tmp_path / "out.txt").read_text("utf-8").splitlines()
    assert lines[0].split("\t")[:3] == ["id", "type", "status"]
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)


def test_tsv_keeps_one_row_per_line() -> None:
    from dipevents.cli import _RowWriter

    out = io.StringIO()
    _RowWriter(out, ["a", "b"], "tsv").write([{"a": "one\ttwo\nthree", "b": ["x", "y"]}])
    assert out.getvalue() == "a\tb\none\\ttwo\\nthree\tx;y\n"


def test_extract_rows_name_their_article() -> None:
    import csv

    code, out, err = run("extract", "--format", "csv", str(EXAMPLES[0]))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert {r["source"] for r in rows} == {str(EXAMPLES[0])}
    assert all(r["title"] and r["id"] for r in rows)
    code, out, _ = run("extract", "--format", "tsv", str(EXAMPLES[0]))
    assert out.splitlines()[0].startswith("id\ttype\tstatus")
    code, out, _ = run("extract", "--format", "table", str(EXAMPLES[0]))
    assert out.splitlines()[0].split()[:2] == ["ID", "DATE"]


def test_extract_into_sqlite_and_query_it_back(tmp_path: Path) -> None:
    import sqlite3

    database = tmp_path / "events.db"
    code, out, err = run("extract", *map(str, EXAMPLES), "-o", str(database))
    assert code == 0, err
    assert out == ""
    with sqlite3.connect(database) as connection:
        (articles,) = connection.execute("SELECT count(*) FROM articles").fetchone()
        (events,) = connection.execute("SELECT count(*) FROM events").fetchone()
    assert articles == len(EXAMPLES)
    code, _, err = run("extract", *map(str, EXAMPLES), "-o", str(database))  # again: upserted
    assert code == 0, err
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM events").fetchone() == (events,)
    code, out, err = run("query", str(database), "--format", "jsonl")
    assert code == 0, err
    assert len(out.splitlines()) == events
    code, _, err = run("extract", str(EXAMPLES[0]), "-o", str(database), "--format", "csv")
    assert code == 2
    assert "SQLite" in err
    merged = tmp_path / "merged.sqlite"
    code, _, err = run("query", str(database), "--merge", "-o", str(merged))
    assert code == 0, err
    with sqlite3.connect(merged) as connection:
        (count,) = connection.execute("SELECT count(*) FROM events").fetchone()
    assert 0 < count < events


def test_query_dyads(tmp_path: Path) -> None:
    import csv

    path = _events_file(tmp_path)
    code, out, err = run("query", str(path), "--dyads", "--format", "jsonl")
    assert code == 0, err
    dyads = [json.loads(line) for line in out.splitlines()]
    assert {(d["source_actor"], d["target_actor"], d["directed"]) for d in dyads} == {
        ("RUS", "JPN", True),  # the 2+2s in Tokyo: Russia visits Japan
        ("JPN", "USA", False),
        ("JPN", "RUS", True),  # the sanction
    }
    assert {d["start"] for d in dyads if d["type"] == "sanction"} == {"2014-01-01"}
    code, out, _ = run("query", str(path), "--dyads", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(dyads)
    assert rows[0]["event_id"]
    code, out, _ = run("query", str(path), "--dyads", "--format", "table")
    assert "RUS -> JPN" in out
    assert out.splitlines()[-1] == f"({len(dyads)} dyads)"


def test_every_command_has_a_description() -> None:
    from dipevents.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, parser in commands.items():
        assert parser.description, f"dipevents {name} has no description"
        assert "GUIDELINES" not in parser.format_help()
