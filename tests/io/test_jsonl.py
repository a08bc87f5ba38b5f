from __future__ import annotations

import os
import stat
import sys
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


posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and links")


@posix
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o444])
def test_the_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    """Issue 15: an 0644 file was left 0600 (the temporary file's mode)."""
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(mode)
    write_jsonl_atomic(path, [{"new": 1}])
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert path.read_text(encoding="utf-8") == '{"new": 1}\n'


@posix
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        write_jsonl_atomic(tmp_path / "new.jsonl", [{"new": 1}])
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == mode


@posix
def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "events.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    write_jsonl_atomic(link, [{"new": 1}])
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == '{"new": 1}\n'
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["events.jsonl"]


def test_file_and_directory_are_synced_around_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the data and the rename were not both made durable."""
    done: list[str] = []
    fsync, replace = os.fsync, os.replace

    def syncing(fd: int) -> None:
        done.append("fsync directory" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        fsync(fd)

    def replacing(source: str, target: object) -> None:
        done.append("rename")
        replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", syncing)
    monkeypatch.setattr(os, "replace", replacing)
    write_jsonl_atomic(tmp_path / "out.jsonl", [{"a": 1}])
    directory = ["fsync directory"] if sys.platform != "win32" else []
    assert done == ["fsync file", "rename", *directory]


@posix
def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_jsonl_atomic(fifo, [{"a": 1}])
        assert os.read(reader, 100) == b'{"a": 1}\n'
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]


@posix
def test_parquet_and_event_sets_keep_the_mode(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from dipevents import EventSet, parse

    events = EventSet(parse("Summit\n\nPutin met Trump in Helsinki on 16 July 2018.").events)
    for name, write in [("e.jsonl", events.to_jsonl), ("e.parquet", events.to_parquet)]:
        path = tmp_path / name
        path.write_bytes(b"")
        path.chmod(0o644)
        write(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, name
