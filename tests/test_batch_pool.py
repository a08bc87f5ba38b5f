"""The worker processes of batch parsing (issue 15): time limits, a worker killed
mid-run, an input that raises, workers that outlive their parent. Behaviour is
forced with markers in the texts, which a patched ``process`` turns into a long
sleep or a SIGKILL."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import dipevents.batch
from dipevents import Article, Failure, extract_many
from dipevents.batch import Item

TEXT = "Summit in Helsinki\n\nPutin met Trump in Helsinki on 16 July 2018."
MAIN = os.getpid()

forking = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the patched process() reaches workers only when they are forked",
)


def _patched(item: Item, **kwargs: object) -> object:
    """process(), except that SLOW sleeps and KILL kills the worker parsing it."""
    text = item.text or ""
    if "SLOW" in text:
        time.sleep(60)
    if "KILL" in text and os.getpid() != MAIN:
        os.kill(os.getpid(), signal.SIGKILL)
    return _real(item, **kwargs)  # type: ignore[arg-type]


_real = dipevents.batch.process


@pytest.fixture
def markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dipevents.batch, "process", _patched)


def texts(n: int, **special: str) -> list[str]:
    """``n`` article texts; ``special`` maps a position (``at7``) to a marker."""
    marked = {int(k.removeprefix("at")): v for k, v in special.items()}
    return [f"{TEXT} {marked.get(i, '')}".strip() for i in range(n)]


def kinds(results: list[object]) -> list[str]:
    return ["article" if isinstance(r, Article) else r.kind for r in results]  # type: ignore[attr-defined]


@pytest.mark.usefixtures("markers")
def test_an_input_over_the_time_limit_in_this_process() -> None:
    results = list(extract_many(texts(3, at1="SLOW"), workers=1, timeout=0.5))
    assert kinds(results) == ["article", "timeout", "article"]
    assert results[1] == Failure(
        source="<text 1>", reason="over the time limit of 0.5 s", kind="timeout"
    )


@forking
@pytest.mark.usefixtures("markers")
def test_an_input_over_the_time_limit_in_a_worker() -> None:
    """Its worker is killed and replaced; the other inputs, even of its chunk, go on."""
    results = list(extract_many(texts(30, at5="SLOW", at6="SLOW"), workers=2, timeout=0.5))
    assert kinds(results) == ["article"] * 5 + ["timeout"] * 2 + ["article"] * 23
    assert [r.source for r in results if isinstance(r, Failure)] == ["<text 5>", "<text 6>"]


@forking
@pytest.mark.usefixtures("markers")
def test_a_worker_killed_mid_run_is_replaced_and_its_input_reported() -> None:
    """Issue 15: BrokenProcessPool and a traceback; 112 of 600 results were written."""
    results = list(extract_many(texts(40, at10="KILL", at31="KILL"), workers=2, chunk_size=4))
    assert (
        kinds(results)
        == ["article"] * 10 + ["crashed"] + ["article"] * 20 + ["crashed"] + ["article"] * 8
    )
    (first, _) = [r for r in results if isinstance(r, Failure)]
    assert first == Failure(
        source="<text 10>",
        reason="the worker parsing it died: killed by SIGKILL (out of memory?)",
        kind="crashed",
    )


def _broken(n: int, at: int) -> Iterator[str]:
    for number, text in enumerate(texts(n)):
        if number == at:
            raise RuntimeError(f"input {at} broke")
        yield text


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("at", [3, 20])
def test_an_input_that_raises_comes_after_the_results_before_it(workers: int, at: int) -> None:
    """Issue 15: with the iterator raising at item 20, the finished results were lost."""
    results: list[object] = []
    with pytest.raises(RuntimeError, match=f"input {at} broke"):
        results.extend(extract_many(_broken(40, at), workers=workers, chunk_size=2))
    assert kinds(results) == ["article"] * at


def test_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="timeout needs a number of seconds > 0"):
        list(extract_many([TEXT], timeout=0))


CHILD = """
import os, sys, time
import dipevents.batch as batch
real = batch.process
def slow(item, **kwargs):
    time.sleep(60)
    return real(item, **kwargs)
batch.process = slow
print(os.getpid(), flush=True)
from dipevents import extract_many
list(extract_many([f"text {i}" for i in range(20)], workers=2))
"""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_exit_when_their_parent_is_killed() -> None:
    """Issue 15: SIGKILL of the main process left both workers running."""
    parent = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    assert parent.stdout is not None
    assert int(parent.stdout.readline()) == parent.pid
    deadline = time.monotonic() + 60
    while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2
    parent.kill()
    parent.wait()
    parent.stdout.close()
    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
