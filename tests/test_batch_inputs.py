"""Every bad record isolated (issue 15): a JSON Lines line, a standard input, a
subdirectory or a link that cannot be read is one failure naming it, and every
other input is still parsed and written."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from dipevents import to_json
from dipevents.batch import Failure, Item, extract_many, iter_items
from dipevents.cli import main

TEXT = "Summit in Helsinki\n\nPutin met Trump in Helsinki on 16 July 2018."
GOOD = json.dumps({"text": TEXT}).encode()


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


BAD_LINES = [
    (b'{"text": "x", "n": ' + b"1" * 5000 + b"}", "bad-record", "a number of more than 4,300 digits at column 20"),
    (b"[" * 100_000 + b"]" * 100_000, "bad-record", "arrays and objects nested 100,000 levels deep at column 100000"),
    (b'{"text": "Putin met Abe \\ud800 in Tokyo."}', "bad-record", 'the "text" holds a lone surrogate (U+D800) at offset 14'),
    (b'{"text": "x", "source": "a\\udcff.txt"}', "bad-record", 'the "source" holds a lone surrogate (U+DCFF) at offset 1'),
    (b'{"text": "Tok\\u0000yo"}', "bad-record", 'the "text" holds a NUL character at offset 3'),
    (b'{"text": "caf\xe9 summit"}', "undecodable", "not valid UTF-8 at byte offset 13 (0xe9, invalid continuation byte)"),
    (b"{oops", "bad-record", "not valid JSON at column 2: Expecting property name enclosed in double quotes"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "kind", "reason"), BAD_LINES, ids=[k for _, _, k in BAD_LINES])
def test_a_bad_json_lines_record_is_one_failure_with_file_and_line(
    tmp_path: Path, line: bytes, kind: str, reason: str
) -> None:
    """Issue 15: a long number or deep nesting crashed the run and lost every result, a
    lone surrogate crashed at writing, one invalid UTF-8 byte lost the whole file."""
    before = tmp_path / "before.txt"
    before.write_text(TEXT, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_bytes(b"\n".join([GOOD, line, GOOD, GOOD]) + b"\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, _, stderr = run(
        "extract", str(before), str(records), "-w", "1", "-o", str(out), "--errors", str(errors)
    )
    assert code == 1
    written = [json.loads(line)["source"] for line in out.read_text("utf-8").splitlines()]
    assert written == [str(before), f"{records}:1", f"{records}:3", f"{records}:4"]
    assert stderr == f"dipevents: {records}:2: {reason}\n"
    (failure,) = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert failure == {"source": f"{records}:2", "kind": kind, "reason": reason}


def test_standard_input_is_read_as_bytes() -> None:
    class Stdin(io.TextIOWrapper):
        pass

    article = Stdin(io.BytesIO(b"Title\n\nCaf\xe9 summit.\n"), encoding="utf-8")
    (failure,) = iter_items(["-"], stdin=article)
    assert failure == Failure(
        source="<stdin>",
        reason="not valid UTF-8 at byte offset 10 (invalid continuation byte)",
        kind="undecodable",
    )
    lines = Stdin(io.BytesIO(b"\n" + GOOD + b"\n" + b'{"text": "caf\xe9"}\n' + GOOD + b"\n"))
    found = list(iter_items(["-"], stdin=lines))
    assert [type(i).__name__ for i in found] == ["Item", "Failure", "Item"]
    assert [i.source for i in found] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]


def test_an_unreadable_subdirectory_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: a chmod-000 subdirectory was skipped silently and the run exited 0.
    (Made unreadable by os.scandir here: root reads a chmod-000 directory.)"""
    (tmp_path / "corpus" / "locked").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "locked" / "b.txt").write_text(TEXT, encoding="utf-8")
    locked = str(tmp_path / "corpus" / "locked")
    scandir = os.scandir

    def refusing(path: str) -> object:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    code, out, stderr = run("extract", str(tmp_path / "corpus"), "-w", "1")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert stderr == f"dipevents: {locked}: cannot read the directory: Permission denied\n"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads a chmod-000 directory"
)
def test_a_chmod_000_subdirectory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "corpus" / "locked").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "locked" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "locked").chmod(0)
    try:
        found = list(iter_items([tmp_path / "corpus"]))
    finally:
        (tmp_path / "corpus" / "locked").chmod(0o755)
    assert [type(i).__name__ for i in found] == ["Item", "Failure"]
    assert found[1].reason == "cannot read the directory: Permission denied"  # type: ignore[union-attr]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_symbolic_link_loops_and_broken_links_say_what_they_are(tmp_path: Path) -> None:
    """Issue 15: a symlink loop was reported as 'No such file or directory'."""
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").symlink_to(tmp_path / "corpus" / "b.txt")
    (tmp_path / "corpus" / "c.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "corpus" / "d.txt").symlink_to(tmp_path / "corpus" / "a.txt")
    (tmp_path / "corpus" / "up").symlink_to(tmp_path)  # a link to a directory: not followed
    found = list(iter_items([loop, tmp_path / "corpus", tmp_path / "missing.txt"]))
    assert [(Path(i.source).name, getattr(i, "reason", "item")) for i in found] == [
        ("loop.txt", "cannot read: a symbolic link loop (too many levels of symbolic links)"),
        ("a.txt", "item"),
        ("b.txt", "cannot read: a symbolic link loop (too many levels of symbolic links)"),
        ("c.txt", f"cannot read: a broken symbolic link (to {tmp_path / 'gone.txt'})"),
        ("d.txt", "item"),
        ("missing.txt", "cannot read: No such file or directory"),
    ]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="names must be UTF-8 there")
def test_a_file_name_that_is_not_utf8_is_a_source_written_with_escapes(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (item,) = iter_items([folder])
    assert item == Item(source=f"{tmp_path}/caf\\xe9/a.txt", path=str(folder / "a.txt"))
    (article,) = extract_many([item])
    to_json(article).encode("utf-8")
