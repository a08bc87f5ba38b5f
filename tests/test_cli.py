"""The command line, run as a user would: through main() and as a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from dipevents import json_schema
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
        assert set(record) == {"title", "published", "author", "format", "source", "events"}
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
    assert names == ["blogger", "focusosa", "generic", "moderndiplomacy", "penzanews", "valdai"]


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
