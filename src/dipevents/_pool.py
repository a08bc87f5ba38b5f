"""Worker processes for batch parsing.

Results come back in input order from a bounded window of inputs in flight. An
input over the time limit has its worker killed and is reported; a worker that
dies (killed for memory, a crash in C code) is replaced and the input it was
working on reported; the others go on. Workers ignore ^C (the parent ends them)
and exit by themselves when their parent dies, even by SIGKILL.

>>> list(ordered_map(abs, [-1, 2, -3], workers=1, failed=print))
[1, 2, 3]
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: Seconds between a worker's looks at whether its parent is still alive.
WATCH_INTERVAL = 0.5
#: Workers in a row that may die before they are ready, before the pool gives up.
_START_ATTEMPTS = 3
_READY = "ready"

#: ``failed(item, kind, reason)`` makes the result of an input that got none.
Failed = Callable[[Any, str, str], Any]


class _TimeUp(BaseException):
    """Raised by the alarm of :func:`_time_limit` (a BaseException: no ``except
    Exception`` in a parser may swallow it)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    if seconds is None:
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def can_time_here() -> bool:
    """Whether this thread can bound a call's time itself (with SIGALRM)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def over_time(timeout: float) -> str:
    return f"over the time limit of {timeout:g} s"


def _watch_parent() -> None:
    """In a worker: exit as soon as the parent is gone (its pid changes, or the
    sentinel multiprocessing keeps to it closes)."""
    import multiprocessing
    from multiprocessing.connection import wait

    first = os.getppid()
    parent = multiprocessing.parent_process()
    sentinel = parent.sentinel if parent is not None else None
    while True:
        if sentinel is not None:
            try:
                if wait([sentinel], timeout=WATCH_INTERVAL):
                    os._exit(1)
            except (OSError, ValueError):
                sentinel = None
        else:
            time.sleep(WATCH_INTERVAL)
        if os.getppid() != first:
            os._exit(1)


def _serve(
    conn: Connection, work: Callable[[Any], Any], initializer: Callable[[], None] | None
) -> None:
    """A worker's life: get chunks of ``(seq, item)``, send back ``(seq, result, error)``
    one item at a time, so that the parent knows which item is being worked on."""
    # The parent ends its workers; ^C on a terminal reaches the whole process group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):  # handlers inherited from a forking parent
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    threading.Thread(target=_watch_parent, name="watch-parent", daemon=True).start()
    if initializer is not None:
        initializer()
    conn.send(_READY)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for seq, item in chunk:
            answer: tuple[int, Any, str | None]
            try:
                answer = (seq, work(item), None)
            except BaseException as exc:  # work() returns failures; anything else is a bug
                answer = (seq, None, f"{type(exc).__name__}: {exc}")
            try:
                conn.send(answer)
            except Exception as exc:  # a result that cannot be pickled
                conn.send((seq, None, f"cannot send the result back: {type(exc).__name__}: {exc}"))


def _death(exitcode: int | None) -> str:
    if exitcode is None:
        return "it stopped answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"killed by {name}{hint}"
    return f"exited with status {exitcode}"


class _Worker:
    __slots__ = ("conn", "process", "ready", "since", "tasks")

    def __init__(
        self,
        context: Any,
        work: Callable[[Any], Any],
        initializer: Callable[[], None] | None,
    ) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, work, initializer), daemon=True, name="dipevents-worker"
        )
        self.process.start()
        child.close()  # so that the parent sees EOF when the worker dies
        self.tasks: deque[tuple[int, Any]] = deque()
        self.ready = False
        self.since = time.monotonic()

    def give(self, chunk: list[tuple[int, Any]]) -> None:
        self.tasks.extend(chunk)
        self.since = time.monotonic()
        self.conn.send(chunk)

    def end(self, *, kill: bool) -> None:
        if kill:
            with contextlib.suppress(OSError):
                self.process.kill()
        self.process.join(5)
        if self.process.is_alive():  # pragma: no cover - a worker that ignores its end
            self.process.kill()
            self.process.join()
        self.conn.close()


def ordered_map(
    work: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    workers: int,
    failed: Failed,
    skip: Callable[[Any], bool] = lambda item: False,
    chunk_size: int = 8,
    timeout: float | None = None,
    initializer: Callable[[], None] | None = None,
    in_process: bool = False,
) -> Iterator[Any]:
    """``work(item)`` for each item, in order, on ``workers`` processes (or in this
    process when ``in_process``); items for which ``skip`` holds are yielded as they are.

    An item whose work takes over ``timeout`` seconds yields ``failed(item,
    "timeout", reason)``; one whose worker died, ``failed(item, "crashed", reason)``.
    If ``items`` raises, the results of the items before are yielded first.
    """
    if in_process:
        yield from _here(work, items, skip=skip, failed=failed, timeout=timeout)
    else:
        yield from _pool(
            work,
            items,
            workers=workers,
            skip=skip,
            failed=failed,
            chunk_size=chunk_size,
            timeout=timeout,
            initializer=initializer,
        )


def _here(
    work: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    skip: Callable[[Any], bool],
    failed: Failed,
    timeout: float | None,
) -> Iterator[Any]:
    for item in items:
        if skip(item):
            yield item
            continue
        try:
            with _time_limit(timeout):
                result = work(item)
        except _TimeUp:
            assert timeout is not None
            result = failed(item, "timeout", over_time(timeout))
        yield result


def _pool(
    work: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    workers: int,
    skip: Callable[[Any], bool],
    failed: Failed,
    chunk_size: int,
    timeout: float | None,
    initializer: Callable[[], None] | None,
) -> Iterator[Any]:
    # (imported here: a run in this process needs none of it)
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context()
    stream = iter(items)
    window = workers * chunk_size * 3  # memory stays flat however long the input
    pending: deque[tuple[int, Any]] = deque()  # taken from the input, not yet given out
    results: dict[int, Any] = {}
    taken = given_back = 0
    input_error: Exception | None = None
    exhausted = finished = False
    pool: list[_Worker] = []
    starts_failed = 0

    def replace(worker: _Worker, kind: str, reason: str) -> None:
        """End a worker: the task it was on gets ``kind``, the others go back in line."""
        nonlocal starts_failed
        worker.end(kill=True)
        pool.remove(worker)
        if worker.ready:
            starts_failed = 0
            if worker.tasks:
                seq, item = worker.tasks.popleft()
                results[seq] = failed(item, kind, reason)
        else:
            starts_failed += 1
            if starts_failed >= _START_ATTEMPTS:
                raise RuntimeError(f"dipevents worker processes die as they start: {reason}")
        pending.extendleft(reversed(worker.tasks))
        pool.append(_Worker(context, work, initializer))

    def receive(worker: _Worker) -> bool:
        """Take in what a worker sent; False once it is gone."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                worker.since = time.monotonic()
                if message == _READY:
                    worker.ready = True
                    continue
                seq, result, error = message
                expected, item = worker.tasks.popleft()
                assert seq == expected, (seq, expected)
                if error is not None:
                    result = failed(item, "parse-error", error)
                results[seq] = result
        except (EOFError, OSError):
            return False
        return True

    try:
        pool.extend(_Worker(context, work, initializer) for _ in range(workers))
        while True:
            while not exhausted and taken - given_back < window:
                try:
                    item = next(stream)
                except StopIteration:
                    exhausted = True
                except Exception as exc:  # the caller's input broke: finish what is taken
                    input_error, exhausted = exc, True
                else:
                    if skip(item):
                        results[taken] = item
                    else:
                        pending.append((taken, item))
                    taken += 1
            for worker in pool:
                if pending and not worker.tasks:
                    worker.give([pending.popleft() for _ in range(min(chunk_size, len(pending)))])
            while given_back in results:
                yield results.pop(given_back)
                given_back += 1
            if exhausted and given_back == taken:
                break
            timed = [w for w in pool if w.ready and w.tasks]
            delay = None
            if timeout is not None and timed:
                delay = max(0.0, min(w.since for w in timed) + timeout - time.monotonic())
            ready = wait([*(w.conn for w in pool), *(w.process.sentinel for w in pool)], delay)
            for worker in list(pool):
                if worker.conn in ready or worker.process.sentinel in ready:
                    alive = receive(worker)
                    if not alive or worker.process.sentinel in ready:
                        worker.process.join(1)
                        how = _death(worker.process.exitcode)
                        replace(worker, "crashed", f"the worker parsing it died: {how}")
            if timeout is not None:
                now = time.monotonic()
                for worker in list(pool):
                    if worker.ready and worker.tasks and now - worker.since > timeout:
                        replace(worker, "timeout", over_time(timeout))
        finished = True
    finally:
        for worker in pool:
            if finished:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            worker.end(kill=not finished)
    if input_error is not None:
        raise input_error
