"""Many articles at once: inputs from files, folders, JSON Lines and standard input,
parsed on every core, in input order, with failures as values.

How many processes: a number asked for is used (but a handful of inputs is
parsed in this process). Left to choose (``workers=None``, the command's
default), the batch starts in this process and moves to every core only once
it has shown that the rest of it will take long enough to repay starting them;
and when the workers, given a trial, turn out no faster than this process (a
machine busy with other work), the rest is parsed here again. The default is
then never slower than one worker by more than that trial's share.

>>> from dipevents.batch import extract_many, Failure
>>> results = list(extract_many(["Summit in Helsinki\\n\\nPutin met Trump on 16 July 2018.", ""]))
>>> results[0].events[0].TYPE, isinstance(results[1], Failure)
('summit', True)
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

import attrs

from dipevents.models import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Files larger than this are refused (a dump or a binary, not an article), unless raised.
DEFAULT_MAX_BYTES = 5_000_000
#: What a directory is searched for, recursively, unless another glob is given.
DEFAULT_GLOB = "*.txt"


@attrs.frozen
class Failure:
    """An input that could not be made into an article: where it came from and why.

    ``kind`` is one of ``unreadable``, ``undecodable``, ``empty``, ``too-large``,
    ``bad-record`` (a JSON Lines record without text) or ``parse-error``.
    """

    source: str
    reason: str
    kind: str

    def to_dict(self) -> dict[str, str]:
        """The JSON Lines record of ``--errors``."""
        return {"source": self.source, "kind": self.kind, "reason": self.reason}


@attrs.frozen
class Item:
    """One input: a file to read (``path``) or a text already in hand (``text``)."""

    source: str
    path: str | None = None
    text: str | None = None


Result = Article | Failure


def _fail(source: str, kind: str, reason: str) -> Failure:
    return Failure(source=source, reason=reason, kind=kind)


def _records(lines: Iterable[str], name: str) -> Iterator[Item | Failure]:
    """Items of a JSON Lines stream of ``{"text": ..., "source": ...}`` records."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _fail(where, "bad-record", f"not valid JSON at column {exc.colno}: {exc.msg}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield _fail(where, "bad-record", 'expected a JSON object with a "text" string')
            continue
        source = record.get("source")
        yield Item(
            source=source if isinstance(source, str) and source else where, text=record["text"]
        )


def _stdin(stdin: TextIO) -> Iterator[Item | Failure]:
    """Standard input: JSON Lines records when it starts with ``{``, else one article."""
    first = stdin.readline()
    while first and not first.strip():
        first = stdin.readline()
    if first.lstrip().startswith("{"):
        yield from _records(itertools.chain([first], stdin), "<stdin>")
    else:
        yield Item(source="<stdin>", text=first + stdin.read())


def iter_items(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    glob: str = DEFAULT_GLOB,
    stdin: TextIO | None = None,
) -> Iterator[Item | Failure]:
    """Expand command-line inputs lazily, in order.

    A file is one article, or JSON Lines records when it ends in ``.jsonl``; a
    directory is searched recursively for ``glob`` (sorted); ``-`` is standard
    input. A path that does not exist becomes a :class:`Failure`.
    """
    for raw in inputs:
        name = os.fspath(raw)
        if name == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob(glob) if p.is_file())
            if not files:
                yield _fail(name, "empty", f"a directory with no files matching {glob}")
            for found in files:
                yield Item(source=str(found), path=str(found))
        elif name.endswith(".jsonl") and path.is_file():
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    yield from _records(handle, name)
            except (OSError, UnicodeDecodeError) as exc:
                yield _fail(name, "unreadable", f"cannot read JSON Lines: {exc}")
        elif path.exists():
            yield Item(source=name, path=name)
        else:
            yield _fail(name, "unreadable", "cannot read: No such file or directory")


def _is_file(value: str) -> bool:
    if "\n" in value or len(value) > 4096:
        return False
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


def _texts(inputs: Iterable[str | os.PathLike[str] | Item]) -> Iterator[Item | Failure]:
    """extract_many's inputs: texts, paths, or items already made."""
    for position, value in enumerate(inputs):
        if isinstance(value, Item):
            yield value
        elif isinstance(value, os.PathLike) or (isinstance(value, str) and _is_file(value)):
            name = os.fspath(value)
            yield Item(source=name, path=name)
        elif isinstance(value, str):
            yield Item(source=f"<text {position}>", text=value)
        else:
            yield _fail(
                f"<input {position}>",
                "bad-record",
                f"expected a path or a text, got {type(value).__name__}",
            )


def process(item: Item, *, format: str | None, max_bytes: int) -> Result:
    """Read, decode, check and parse one item; every failure is returned, never raised."""
    from dipevents._pipeline import decode, parse
    from dipevents.errors import DecodeError, DipeventsError

    text = item.text
    if text is None:
        assert item.path is not None
        try:
            size = os.path.getsize(item.path)
            if size > max_bytes:
                return _fail(
                    item.source, "too-large", f"{size:,} bytes, over the limit of {max_bytes:,}"
                )
            with open(item.path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            return _fail(item.source, "unreadable", f"cannot read: {exc.strerror or exc}")
        try:
            text = decode(data, item.source)
        except DecodeError as exc:
            return _fail(item.source, "undecodable", str(exc).removeprefix(f"{item.source}: "))
    elif len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return _fail(item.source, "too-large", f"over the limit of {max_bytes:,} bytes")
    if not text.strip():
        return _fail(item.source, "empty", "no text")
    try:
        return parse(text, format=format, source=item.source)
    except DipeventsError as exc:
        return _fail(item.source, "parse-error", str(exc).removeprefix(f"{item.source}: "))
    except Exception as exc:  # a bug in a parser must not stop the batch: report it
        return _fail(item.source, "parse-error", f"{type(exc).__name__}: {exc}")


Output = Literal["article", "json"]


def _work(chunk: list[Item], format: str | None, max_bytes: int, output: Output) -> list[Any]:
    from dipevents.io import article_record

    results: list[Any] = []
    for item in chunk:
        result = process(item, format=format, max_bytes=max_bytes)
        if output == "json" and isinstance(result, Article):
            results.append(json.dumps(article_record(result), ensure_ascii=False))
        else:
            results.append(result)
    return results


def _warm_up() -> None:
    """Load the gazetteers and compile the patterns once, before workers fork."""
    from dipevents._pipeline import parse

    parse("Warm-up\n\nThe leaders of Japan and Russia met in Tokyo on 1 May 2018.")


def _start_worker(gazetteer: bytes | None) -> None:
    """A worker's start: the parent's gazetteer instead of building one (forked workers
    already have it), then whatever else the first parse loads."""
    from dipevents.normalize import _gazetteer

    _gazetteer.install(gazetteer)
    _warm_up()


def _chunks(items: Iterable[Item | Failure], size: int) -> Iterator[list[Item | Failure]]:
    chunk: list[Item | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_workers() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


#: Time a batch left to choose its workers runs in this process before it is judged.
PROBE_SECONDS = 0.5
#: Work (in seconds of this process) the rest of such a batch must hold to start workers.
POOL_WORTH_SECONDS = 1.5
#: How long such workers run before their rate is compared with this process's.
TRIAL_SECONDS = 1.0
#: The speed-up they must show to be kept.
MIN_GAIN = 1.15


def _size(item: Item | Failure) -> int:
    """Bytes of input an item holds, as an estimate of the work it is."""
    if isinstance(item, Failure):
        return 0
    if item.text is not None:
        return len(item.text)
    try:
        return os.path.getsize(item.path or "")
    except OSError:
        return 0


@attrs.frozen
class _Job:
    """What to do with each item, wherever it runs."""

    format: str | None
    max_bytes: int
    output: Output
    chunk_size: int

    def in_process(self, items: Iterable[Item | Failure]) -> Iterator[Any]:
        for item in items:
            if isinstance(item, Failure):
                yield item
            else:
                yield from _work([item], self.format, self.max_bytes, self.output)

    def pooled(
        self, items: Iterable[Item | Failure], workers: int, *, against: float | None = None
    ) -> Iterator[Any]:
        """Parse on ``workers`` processes. With ``against`` (bytes per second in this
        process), the workers are given a trial: when they turn out no faster, on a
        machine busy with other work, the rest is parsed in this process."""
        from concurrent.futures import ProcessPoolExecutor

        from dipevents.normalize import _gazetteer

        stream = iter(items)
        # A bounded window of chunks in flight: memory stays flat however long the input,
        # and results come back in input order.
        window = workers * 3
        pending: deque[tuple[list[Item | Failure], Future[list[Any]] | None]] = deque()
        gave_up = False
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_start_worker, initargs=(_gazetteer.snapshot(),)
        ) as pool:
            began = time.perf_counter()
            done = 0
            for chunk in _chunks(stream, self.chunk_size):
                todo = [i for i in chunk if isinstance(i, Item)]
                future = (
                    pool.submit(_work, todo, self.format, self.max_bytes, self.output)
                    if todo
                    else None
                )
                pending.append((chunk, future))
                while len(pending) >= window:
                    finished = pending.popleft()
                    yield from _collect(*finished)
                    done += sum(_size(item) for item in finished[0])
                    elapsed = time.perf_counter() - began
                    if against is not None and elapsed >= TRIAL_SECONDS:
                        gave_up = done / elapsed < against * MIN_GAIN
                        against = None
                if gave_up:
                    break
            while pending:
                yield from _collect(*pending.popleft())
        if gave_up:
            yield from self.in_process(stream)

    def chosen(self, stream: Iterator[Item | Failure]) -> Iterator[Any]:
        """In this process first; on every core once the rest is known to be worth it."""
        cores = default_workers()
        # The first item also pays for what every first parse loads: the rate is
        # measured on the items after it.
        yield from self.in_process(itertools.islice(stream, 1))
        began = time.perf_counter()
        done = 0
        for item in stream:
            yield from self.in_process([item])
            done += _size(item)
            if cores > 1 and done and time.perf_counter() - began >= PROBE_SECONDS:
                break
        else:
            return  # all of it in less time than workers would take to pay for themselves
        rate = done / (time.perf_counter() - began)
        # Read ahead until the rest is sure to be worth the workers, or the input ends.
        ahead: list[Item | Failure] = []
        waiting = 0
        for item in stream:
            ahead.append(item)
            waiting += _size(item)
            if waiting / rate >= POOL_WORTH_SECONDS:
                break
        else:
            yield from self.in_process(ahead)
            return
        yield from self.pooled(itertools.chain(ahead, stream), cores, against=rate)


def _run(
    items: Iterable[Item | Failure],
    *,
    workers: int | None,
    format: str | None,
    max_bytes: int,
    output: Output,
    chunk_size: int,
) -> Iterator[Any]:
    job = _Job(format=format, max_bytes=max_bytes, output=output, chunk_size=chunk_size)
    stream = iter(items)
    if workers is None:
        yield from job.chosen(stream)
        return
    head = list(itertools.islice(stream, chunk_size + 1))
    if len(head) <= chunk_size:
        workers = 1  # a handful of inputs: starting processes would cost more than it saves
    if workers <= 1:
        yield from job.in_process(itertools.chain(head, stream))
        return
    _warm_up()
    yield from job.pooled(itertools.chain(head, stream), workers)


def _collect(chunk: list[Item | Failure], future: Future[list[Any]] | None) -> Iterator[Any]:
    done = iter(future.result() if future is not None else ())
    for entry in chunk:
        yield entry if isinstance(entry, Failure) else next(done)


def extract_many(
    inputs: Iterable[str | os.PathLike[str] | Item],
    *,
    workers: int | None = 1,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 8,
) -> Iterator[Result]:
    """Parse many articles, yielding each :class:`~dipevents.Article` as it is ready,
    in input order; an input that fails is yielded as a :class:`Failure` and the
    iteration goes on.

    ``inputs`` are paths (``str`` or ``Path``) or article texts: a string is taken
    as a path when it names an existing file. ``1`` (the default) parses in this
    process; ``workers=None`` chooses from the batch: this process, or every core
    once the batch shows it is large enough to gain from them.
    """
    yield from _run(
        _texts(inputs),
        workers=workers,
        format=format,
        max_bytes=max_bytes,
        output="article",
        chunk_size=chunk_size,
    )


def extract_json_lines(
    items: Iterable[Item | Failure],
    *,
    workers: int | None,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 8,
) -> Iterator[str | Failure]:
    """As :func:`extract_many`, but each article already as its JSON line (made in the
    worker, so that serialising is parallel too): what ``dipevents extract`` writes."""
    yield from _run(
        items,
        workers=workers,
        format=format,
        max_bytes=max_bytes,
        output="json",
        chunk_size=chunk_size,
    )
