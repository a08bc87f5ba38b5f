"""Outputs that keep their files intact (issue 15): ``-o`` and ``--errors`` checked
before any work, write errors and signals that end cleanly, the time limit."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dipevents.batch
import dipevents.io.jsonl
from dipevents.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
TEXT = "Summit in Helsinki\n\nPutin met Trump in Helsinki on 16 July 2018."
posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and file modes")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Records every input parsed, so that a test can say none was."""
    parsed: list[object] = []
    real = dipevents.batch.process

    def counting(item: object, **kwargs: object) -> object:
        parsed.append(item)
        return real(item, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dipevents.batch, "process", counting)
    return parsed


@pytest.mark.parametrize(
    ("option", "where", "why"),
    [
        ("-o", "missing/out.jsonl", "the directory {dir}/missing does not exist"),
        ("--errors", "missing/errors.jsonl", "the directory {dir}/missing does not exist"),
        ("-o", "", "it is a directory"),
    ],
)
def test_an_output_that_cannot_be_made_is_a_usage_error_before_any_work(
    tmp_path: Path, no_work: list[object], option: str, where: str, why: str
) -> None:
    """Issue 15: a traceback, for --errors only after all the work."""
    out = tmp_path / "out.jsonl"
    out.write_text("the previous run\n", encoding="utf-8")
    target = f"{tmp_path}/{where}" if where else str(tmp_path)
    other = ["--errors", str(tmp_path / "e.jsonl")] if option == "-o" else ["-o", str(out)]
    code, _, stderr = run("extract", *map(str, EXAMPLES), "-w", "1", option, target, *other)
    assert code == 2
    assert (
        stderr == f"dipevents extract: cannot write {option} {target}: {why.format(dir=tmp_path)}\n"
    )
    assert no_work == []
    assert out.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_directory_that_refuses_writing_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_work: list[object]
) -> None:
    def refusing(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(dipevents.io.jsonl.tempfile, "mkstemp", refusing)
    code, _, stderr = run("extract", str(EXAMPLES[0]), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2
    assert stderr == (
        f"dipevents extract: cannot write -o {tmp_path}/out.jsonl: "
        f"the directory {tmp_path} is not writable (Permission denied)\n"
    )
    assert no_work == []


@posix
@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only directory")
def test_a_read_only_directory_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, stderr = run("extract", str(EXAMPLES[0]), "-o", str(folder / "out.jsonl"))
    finally:
        folder.chmod(0o755)
    assert code == 2
    assert "is not writable (Permission denied)" in stderr


def test_a_full_disk_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: a full disk ended with a traceback."""
    out = tmp_path / "out.jsonl"
    out.write_text("the previous run\n", encoding="utf-8")
    real_open = open

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def opening(path: object, mode: str = "r", **kwargs: object) -> object:
        if "w" in mode and ".out.jsonl." in str(path):
            real_open(path, mode, **kwargs).close()  # type: ignore[call-overload]
            return Full()
        return real_open(path, mode, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(dipevents.io.jsonl, "open", opening, raising=False)
    code, _, stderr = run("extract", *map(str, EXAMPLES), "-w", "1", "-o", str(out))
    assert code == 1
    assert stderr == f"dipevents: cannot write {out}: No space left on device\n"
    assert out.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def _cli(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dipevents", *argv],
        capture_output="stdout" not in kwargs,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_standard_output_on_a_full_disk() -> None:
    with open("/dev/full", "w") as full:
        done = _cli("extract", str(EXAMPLES[0]), "-w", "1", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr == "dipevents: cannot write to standard output: No space left on device\n"


@posix
def test_a_closed_standard_output() -> None:
    """Issue 15: `dipevents extract x >&-` ended with an AttributeError traceback."""
    done = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m dipevents "$@" >&-',
            sys.executable,
            "extract",
            str(EXAMPLES[0]),
        ],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr == "dipevents: cannot write to standard output: it is closed\n"


@posix
def test_a_closed_standard_output_does_not_matter_with_o(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m dipevents "$@" >&-',
            sys.executable,
            "extract",
            str(EXAMPLES[0]),
            "-o",
            str(out),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(EXAMPLES[0])


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
@pytest.mark.parametrize("output", ["/dev/stdout", "/dev/fd/1"])
def test_o_standard_output_into_a_pipe(output: str) -> None:
    """-o /dev/stdout of a pipe was refused: its realpath, pipe:[N], names no file."""
    done = subprocess.run(
        [sys.executable, "-m", "dipevents", "extract", str(EXAMPLES[0]), "-o", output],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == str(EXAMPLES[0])


@posix
def test_o_keeps_the_mode_and_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    """Issue 15: -o left a 0644 file 0600 and replaced a symbolic link by a file."""
    real = tmp_path / "real.jsonl"
    real.write_text("the previous run\n", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run("extract", str(EXAMPLES[0]), "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["source"] == str(EXAMPLES[0])
    assert oct(real.stat().st_mode & 0o777) == "0o644"


# The CLI with a patched process(): an input holding SLOW sleeps a minute.
SLOW_CLI = """
import sys, time
import dipevents.batch as batch
real = batch.process
def slow(item, **kwargs):
    text = item.text if item.text is not None else open(item.path, encoding="utf-8").read()
    if "SLOW" in text:
        time.sleep(60)
    return real(item, **kwargs)
batch.process = slow
from dipevents.cli import console
console()
"""


def _slow_inputs(tmp_path: Path, n: int, slow: set[int]) -> Path:
    records = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"text": f"{TEXT} {'SLOW' if i in slow else ''}", "source": f"r{i}"})
        for i in range(n)
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return records


@pytest.mark.parametrize("workers", ["1", "2"])
def test_timeout_reports_the_input_and_goes_on(tmp_path: Path, workers: str) -> None:
    records = _slow_inputs(tmp_path, 12, {3})
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", SLOW_CLI, "extract", str(records), "-w", workers,
         "--timeout", "5", "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == "dipevents: r3: over the time limit of 5 s\n"
    written = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == [f"r{i}" for i in range(12) if i != 3]


def test_timeout_must_not_be_negative() -> None:
    code, _, stderr = run("extract", str(EXAMPLES[0]), "--timeout", "-1")
    assert code == 2
    assert "--timeout needs a number of seconds" in stderr


@posix
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_signals_remove_the_temporary_file_and_end_the_workers(
    tmp_path: Path, stop: signal.Signals, workers: str
) -> None:
    """Issue 15: SIGTERM and SIGHUP left a 1-1.6 MB temporary file behind."""
    records = _slow_inputs(tmp_path, 20, set(range(20)))
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "out.jsonl").write_text("the previous run\n", encoding="utf-8")
    command = [sys.executable, "-c", SLOW_CLI, "extract", str(records), "-w", workers]
    with subprocess.Popen(
        [*command, "-o", str(folder / "out.jsonl")], stderr=subprocess.PIPE, text=True
    ) as cli:
        deadline = time.monotonic() + 60
        started = False
        while not started and time.monotonic() < deadline:
            time.sleep(0.2)
            temporary = len(list(folder.iterdir())) == 2
            started = temporary and (workers == "1" or len(_children(cli.pid)) >= 2)
        assert started  # the temporary file is there, and the workers
        time.sleep(0.5)  # into the parsing
        children = _children(cli.pid)
        cli.send_signal(stop)
        assert cli.wait(30) == 128 + stop
        assert cli.stderr is not None
        assert cli.stderr.read() == f"dipevents: stopped by {stop.name}\n"
    assert sorted(p.name for p in folder.iterdir()) == ["out.jsonl"]
    assert (folder / "out.jsonl").read_text(encoding="utf-8") == "the previous run\n"
    assert [pid for pid in children if _alive(pid)] == []


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
