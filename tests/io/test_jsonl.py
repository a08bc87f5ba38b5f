from __future__ import annotations

from pathlib import Path

import pytest

from dipevents import SerializationError
from dipevents.io import iter_jsonl, write_jsonl_atomic


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    records = [{"a": 1}, {"b": "ü"}]
    assert write_jsonl_atomic(path, records) == 2
    assert [r for _, r in iter_jsonl(path)] == records
    assert not list(tmp_path.glob(".out.jsonl.*"))


def test_interrupted_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text('{"old": true}\n', encoding="utf-8")

    def records():  # type: ignore[no-untyped-def]
        yield {"new": 1}
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_jsonl_atomic(path, records())
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert not list(tmp_path.glob(".out.jsonl.*"))


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"ok": 1}\n\n{oops\n', encoding="utf-8")
    lines = iter_jsonl(path)
    assert next(lines) == (1, {"ok": 1})
    with pytest.raises(SerializationError, match=r"bad\.jsonl:3: not valid JSON"):
        next(lines)


def test_bad_lines_are_refused_whatever_their_fault(tmp_path: Path) -> None:
    """Issue 15: invalid UTF-8 raised UnicodeDecodeError, a long number ValueError."""
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"ok": 1}\n{"caf\xe9": 2}\n')
    lines = iter_jsonl(path)
    assert next(lines) == (1, {"ok": 1})
    with pytest.raises(SerializationError, match=r"bad\.jsonl:2: not valid UTF-8 at byte offset 5"):
        next(lines)
    path.write_bytes(b'{"n": ' + b"9" * 4301 + b"}\n")
    with pytest.raises(
        SerializationError, match=r"bad\.jsonl:1: a number of more than 4,300 digits"
    ):
        list(iter_jsonl(path))
