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

import errno
import functools
import itertools
import json
import os
import stat
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path, PurePath
from typing import IO, Any, Literal

import attrs

from dipevents._known import UNKNOWN, Known
from dipevents._known import known as check_known
from dipevents.models import Article
from dipevents.models._validate import unwritable

#: Files larger than this are refused (a dump or a binary, not an article), unless raised.
DEFAULT_MAX_BYTES = 5_000_000
#: What a directory is searched for, recursively, unless another glob is given.
DEFAULT_GLOB = "*.txt"
#: Seconds ``dipevents extract`` gives one input before reporting it as ``timeout``.
DEFAULT_TIMEOUT = 300.0
#: Seconds allowed to fetch one URL (connecting and downloading).
DEFAULT_FETCH_TIMEOUT = 30.0


@attrs.frozen
class Failure:
    """An input that could not be made into an article: where it came from and why.

    ``kind`` is one of ``unreadable``, ``undecodable``, ``empty``, ``too-large``,
    ``bad-record`` (a JSON Lines record that cannot be read, has no text, or has
    metadata that cannot be read), ``fetch-error`` (a URL that could not be
    fetched), ``needs-extra`` (an HTML page, without the ``html`` extra installed),
    ``parse-error``, ``timeout`` (over the time limit) or ``crashed`` (the worker
    process parsing it died, e.g. killed for using too much memory).
    """

    source: str
    reason: str
    kind: str

    def to_dict(self) -> dict[str, str]:
        """The JSON Lines record of ``--errors``."""
        return {"source": self.source, "kind": self.kind, "reason": self.reason}


@attrs.frozen
class Item:
    """One input: a file to read (``path``) or a text already in hand (``text``), with
    the metadata its record carried (``known``)."""

    source: str
    path: str | None = None
    text: str | None = None
    known: Known = UNKNOWN
    html: bool = False  # ``text`` is an HTML page (a record's "html")
    fetch: str | None = None  # a URL to fetch


Result = Article | Failure


def _fail(source: str, kind: str, reason: str) -> Failure:
    return Failure(source=source, reason=reason, kind=kind)


def _record(record: Any, where: str) -> Item | Failure:
    """The item of one JSON Lines record: ``{"text": ..., "source": ...}`` with the
    metadata it carries (``title``, ``published`` or ``date``, ``author``, ``url``), or
    the shapes crawlers write (see :mod:`dipevents.io.records`)."""
    from dipevents.io.records import RecordError, read_record

    if not isinstance(record, dict):
        return _fail(where, "bad-record", 'expected a JSON object with a "text" string')
    try:
        found = read_record(record)
    except RecordError as exc:
        return _fail(where, "bad-record", str(exc))
    source = found.source or where
    given = found.known
    for field, value in (
        ("html" if found.html else "text", found.text),
        ("source", source),
        ("title", given.title),
        ("author", given.author),
        ("url", given.url),
        ("publisher", given.publisher),
    ):
        bad = unwritable(value) if value is not None else None
        if bad is not None:  # no article, and no output line, can hold it
            return _fail(where, "bad-record", f'the "{field}" holds {bad}')
    return Item(source=source, text=found.text, known=given, html=found.html)


def _records(lines: Iterable[bytes], name: str, first: int = 1) -> Iterator[Item | Failure]:
    """Items of a JSON Lines stream (bytes) of records, as :func:`_record` reads them; a
    line that cannot be read (not UTF-8, not JSON, nested too deeply, a number too long)
    is a failure naming the file and line, and the other lines go on."""
    from dipevents.io._json import Problem
    from dipevents.io.jsonl import read_lines

    for number, record in read_lines(lines, first):
        where = f"{name}:{number}"
        if isinstance(record, Problem):
            yield _fail(where, "undecodable" if record.in_bytes else "bad-record", record.in_line())
        else:
            yield _record(record, where)


def _stdin(stdin: IO[Any]) -> Iterator[Item | Failure]:
    """Standard input: JSON Lines records when it starts with ``{``, else one article.

    Read as bytes, so that bytes that are not UTF-8 become a failure with their
    offset, as in a file."""
    from dipevents._pipeline import decode
    from dipevents.errors import DecodeError
    from dipevents.io.jsonl import byte_lines

    lines = byte_lines(stdin)
    number, first = 1, next(lines, b"")
    while first and not first.strip():
        number, first = number + 1, next(lines, b"")
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        yield from _records(itertools.chain([first], lines), "<stdin>", number)
        return
    try:
        yield Item(source="<stdin>", text=decode(first + b"".join(lines), "<stdin>"))
    except DecodeError as exc:
        yield _fail("<stdin>", "undecodable", str(exc).removeprefix("<stdin>: "))


def _why(path: str, exc: OSError) -> str:
    """What is wrong with a path that cannot be read, said plainly."""
    if exc.errno == errno.ELOOP:
        return "cannot read: a symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"cannot read: a broken symbolic link (to {os.readlink(path)})"
    return f"cannot read: {exc.strerror or exc}"


def _walk(top: str, globs: Sequence[str]) -> Iterator[Item | Failure]:
    """The files under ``top`` matching any of ``globs``, sorted, as ``Path.rglob`` finds
    them (symbolic links to directories are not followed); a subdirectory that cannot be
    read, or a matching link that leads nowhere, is a failure rather than a silence."""
    from dipevents._pipeline import source_name

    patterns = []
    for pattern in globs:
        while pattern.startswith("**/"):  # rglob's implied prefix
            pattern = pattern[3:]
        patterns.append(pattern)
    found: list[tuple[Path, Item | Failure]] = []
    folders = [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as scan:
                entries = list(scan)
        except OSError as exc:
            reason = f"cannot read the directory: {exc.strerror or exc}"
            found.append((Path(folder), _fail(source_name(Path(folder)), "unreadable", reason)))
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_link = entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            if is_dir:
                folders.append(entry.path)
                continue
            path = Path(entry.path)
            relative = PurePath(os.path.relpath(entry.path, top))
            if not any(relative.match(pattern) for pattern in patterns):
                continue
            name = source_name(path)
            try:
                mode = os.stat(entry.path).st_mode if is_link else entry.stat().st_mode
            except OSError as exc:
                found.append((path, _fail(name, "unreadable", _why(entry.path, exc))))
                continue
            if stat.S_ISREG(mode):
                found.append((path, Item(source=name, path=str(path))))
    if not found:
        matching = " or ".join(globs)
        yield _fail(top, "empty", f"a directory with no files matching {matching}")
    for _, item in sorted(found, key=lambda pair: pair[0]):
        yield item


def iter_items(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    glob: str | Sequence[str] = DEFAULT_GLOB,
    stdin: IO[Any] | None = None,
) -> Iterator[Item | Failure]:
    """Expand command-line inputs lazily, in order.

    A file is one article (text or a saved HTML page), or JSON Lines records when
    it ends in ``.jsonl``; a directory is searched recursively for ``glob`` (one
    pattern or several; the files sorted); ``-`` is standard input; an
    ``http(s)://`` address is a page to fetch. A path that cannot be read (missing,
    a symbolic link loop, a directory that cannot be listed) becomes a
    :class:`Failure`, and the others go on.
    """
    from dipevents._fetch import is_url
    from dipevents._pipeline import source_name

    globs = [glob] if isinstance(glob, str) else list(glob)
    for raw in inputs:
        name = os.fspath(raw)
        if name == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin)
            continue
        if is_url(name):
            yield Item(source=name.strip(), fetch=name.strip())
            continue
        shown = source_name(name)
        try:
            mode = os.stat(name).st_mode
        except OSError as exc:
            yield _fail(shown, "unreadable", _why(name, exc))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(name, globs)
        elif name.endswith(".jsonl"):
            try:
                with open(name, "rb") as handle:
                    yield from _records(handle, shown)
            except OSError as exc:
                yield _fail(shown, "unreadable", f"cannot read JSON Lines: {exc.strerror or exc}")
        else:
            yield Item(source=shown, path=name)


def _is_file(value: str) -> bool:
    if "\n" in value or len(value) > 4096:
        return False
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


def _texts(
    inputs: Iterable[str | os.PathLike[str] | Mapping[str, Any] | Item],
) -> Iterator[Item | Failure]:
    """extract_many's inputs: texts, paths, URLs, records, or items already made."""
    from dipevents._fetch import is_url
    from dipevents._pipeline import source_name

    for position, value in enumerate(inputs):
        if isinstance(value, (Item, Failure)):
            yield value
        elif isinstance(value, Mapping):
            yield _record(dict(value), f"<record {position}>")
        elif isinstance(value, str) and is_url(value):
            yield Item(source=value.strip(), fetch=value.strip())
        elif isinstance(value, os.PathLike) or (isinstance(value, str) and _is_file(value)):
            name = os.fspath(value)
            yield Item(source=source_name(name), path=name)
        elif isinstance(value, str):
            yield Item(source=f"<text {position}>", text=value)
        else:
            yield _fail(
                f"<input {position}>",
                "bad-record",
                f"expected a path or a text, got {type(value).__name__}",
            )


@attrs.frozen
class Options:
    """How every item of a batch is read: what ``extract_many`` and the CLI were given."""

    format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    known: Known = UNKNOWN
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT


def _read(item: Item, options: Options) -> tuple[str, bool] | Result:
    """The item's text and whether it is an HTML page, or the failure to get them."""
    from dipevents._pipeline import decode, is_page
    from dipevents.errors import DecodeError
    from dipevents.formats.html import NAME as HTML
    from dipevents.formats.html import decode_html, looks_like_html

    max_bytes = options.max_bytes
    if item.text is not None:
        if len(item.text.encode("utf-8", "surrogatepass")) > max_bytes:
            return _fail(item.source, "too-large", f"over the limit of {max_bytes:,} bytes")
        forced = options.format == HTML
        page = item.html or forced or (options.format is None and looks_like_html(item.text))
        return item.text, page
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
        return _fail(item.source, "unreadable", _why(item.path, exc))
    page = options.format == HTML or (options.format is None and is_page(data, item.path))
    try:
        text = decode_html(data, source=item.source) if page else decode(data, item.source)
    except DecodeError as exc:
        return _fail(item.source, "undecodable", str(exc).removeprefix(f"{item.source}: "))
    return text, page


def process(item: Item, *, options: Options = Options()) -> Result:
    """Read (or fetch), decode, check and parse one item; every failure is returned,
    never raised.

    The item's own metadata (its record's) wins over ``options.known``, the batch's.
    """
    from dipevents._pipeline import _parse_page, _parse_response, parse
    from dipevents.errors import DipeventsError, FetchError, MissingExtraError

    given = item.known.over(options.known)
    try:
        if item.fetch is not None:
            from dipevents._fetch import fetch

            try:
                response = fetch(
                    item.fetch, timeout=options.fetch_timeout, max_bytes=options.max_bytes
                )
            except FetchError as exc:
                return _fail(item.source, "fetch-error", exc.reason)
            article = _parse_response(response, source=item.source, extract=True, given=given)
            return given.apply(article)
        found = _read(item, options)
        if not isinstance(found, tuple):
            return found
        text, page = found
        if not text.strip():
            return _fail(item.source, "empty", "no text")
        if page:
            return _parse_page(text, source=item.source, extract=True, given=given)
        fmt = options.format
        return given.apply(parse(text, format=fmt, source=item.source, **_keywords(given)))
    except MissingExtraError as exc:
        return _fail(item.source, "needs-extra", str(exc))
    except DipeventsError as exc:
        return _fail(item.source, "parse-error", str(exc).removeprefix(f"{item.source}: "))
    except Exception as exc:  # a bug in a parser must not stop the batch: report it
        return _fail(item.source, "parse-error", f"{type(exc).__name__}: {exc}")


def _keywords(given: Known) -> dict[str, Any]:
    return {
        "published": given.published,
        "title": given.title,
        "author": given.author,
        "url": given.url,
    }


Output = Literal["article", "json"]


def _work(item: Item, options: Options, output: Output) -> Any:
    """One input's result, as ``output`` asks: the Article, or already its JSON line."""
    from dipevents.io import article_record

    result = process(item, options=options)
    if output == "json" and isinstance(result, Article):
        return json.dumps(article_record(result), ensure_ascii=False)
    return result


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


def _failed(item: Item, kind: str, reason: str) -> Failure:
    return _fail(item.source, kind, reason)


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
    """What to do with each item, wherever it runs: the worker-count trial decides where
    (:meth:`chosen`), the pool of :mod:`dipevents._pool` runs the workers."""

    options: Options
    output: Output
    chunk_size: int
    timeout: float | None = None

    def _map(self, items: Iterable[Item | Failure], workers: int) -> Iterator[Any]:
        """``items`` on ``workers`` processes, or in this process for 0."""
        from dipevents._pool import ordered_map
        from dipevents.normalize import _gazetteer

        pooled = workers > 0
        return ordered_map(
            functools.partial(_work, options=self.options, output=self.output),
            items,
            workers=max(1, workers),
            failed=_failed,
            skip=lambda item: isinstance(item, Failure),
            chunk_size=self.chunk_size,
            timeout=self.timeout,
            initializer=functools.partial(_start_worker, _gazetteer.snapshot()) if pooled else None,
            in_process=not pooled,
        )

    def in_process(self, items: Iterable[Item | Failure]) -> Iterator[Any]:
        yield from self._map(items, 0)

    def pooled(
        self, items: Iterable[Item | Failure], workers: int, *, against: float | None = None
    ) -> Iterator[Any]:
        """Parse on ``workers`` processes. With ``against`` (bytes per second in this
        process), the workers are given a trial: when they turn out no faster, on a
        machine busy with other work, they are given no more inputs, and the rest is
        parsed in this process."""
        stream = iter(items)
        sizes: deque[int] = deque()  # of the inputs given to the pool, in order
        gave_up = False

        def given() -> Iterator[Item | Failure]:
            while not gave_up:  # the inputs not taken yet stay in ``stream``
                try:
                    item = next(stream)
                except StopIteration:
                    return
                sizes.append(_size(item))
                yield item

        began = time.perf_counter()
        done = 0
        for result in self._map(given(), workers):  # one result per input, in order
            yield result
            done += sizes.popleft()
            elapsed = time.perf_counter() - began
            if against is not None and elapsed >= TRIAL_SECONDS:
                gave_up = done / elapsed < against * MIN_GAIN
                against = None
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
        try:
            for item in stream:
                ahead.append(item)
                waiting += _size(item)
                if waiting / rate >= POOL_WORTH_SECONDS:
                    break
            else:
                yield from self.in_process(ahead)
                return
        except Exception:  # the caller's input broke: parse what came before, then raise
            yield from self.in_process(ahead)
            raise
        yield from self.pooled(itertools.chain(ahead, stream), cores, against=rate)


def _run(
    items: Iterable[Item | Failure],
    *,
    workers: int | None,
    options: Options,
    output: Output,
    chunk_size: int,
    timeout: float | None = None,
) -> Iterator[Any]:
    from dipevents._pool import can_time_here

    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout needs a number of seconds > 0 or None, got {timeout!r}")
    job = _Job(options=options, output=output, chunk_size=chunk_size, timeout=timeout)
    stream = iter(items)
    # SIGALRM bounds an input's time in this process only on the main thread.
    timed_here = timeout is None or can_time_here()
    if workers is None and timed_here:
        if timeout is not None:
            _warm_up()  # so that no time limit interrupts the loading of the gazetteers
        yield from job.chosen(stream)
        return
    if workers is None:  # off the main thread, only a worker process can be stopped
        workers = default_workers()
    head: list[Item | Failure] = []
    broken: Exception | None = None
    try:
        head.extend(itertools.islice(stream, chunk_size + 1))
    except Exception as exc:  # the caller's input broke: parse what came before, then raise
        broken = exc
    # A handful of inputs is parsed here: starting processes would cost more than it saves.
    here = broken is not None or len(head) <= chunk_size or workers <= 1
    if here and not timed_here:
        here, workers = False, max(1, min(workers, len(head)))  # only a process can be stopped
    if not here or timeout is not None:
        _warm_up()  # before workers fork, or so that no time limit interrupts the loading
    rest = head if broken is not None else itertools.chain(head, stream)
    yield from job.in_process(rest) if here else job.pooled(rest, workers)
    if broken is not None:
        raise broken


def extract_many(
    inputs: Iterable[str | os.PathLike[str] | Mapping[str, Any] | Item],
    *,
    workers: int | None = 1,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 8,
    timeout: float | None = None,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> Iterator[Result]:
    """Parse many articles, yielding each :class:`~dipevents.Article` as it is ready,
    in input order; an input that fails is yielded as a :class:`Failure` and the
    iteration goes on.

    ``inputs`` are paths (``str`` or ``Path``) of texts or saved HTML pages, article
    texts (or pages' HTML), ``http(s)://`` addresses to fetch (within
    ``fetch_timeout`` seconds each), or records (dicts such as ``{"text": ...,
    "title": ..., "date": ..., "url": ...}``, in any of the shapes JSON Lines inputs
    may take): a string is taken as a path when it names an existing file.
    ``1`` (the default) parses in this process; ``workers=None`` chooses from the
    batch: this process, or every core once the batch shows it is large enough to
    gain from them.

    An input that takes over ``timeout`` seconds is a ``timeout`` failure (in this
    process the limit uses ``SIGALRM``, so off the main thread a worker process is
    started for it); an input whose worker process dies is a ``crashed`` failure.
    If ``inputs`` raises, the results of the inputs before it are yielded first.

    ``published``, ``title``, ``author`` and ``url`` apply to every input, as for
    :func:`~dipevents.parse`; a record's own metadata wins over them. Invalid
    values raise ``TypeError`` or ``ValueError`` at once.
    """
    given = check_known(published=published, title=title, author=author, url=url)
    options = Options(format=format, max_bytes=max_bytes, known=given, fetch_timeout=fetch_timeout)
    yield from _run(
        _texts(inputs),
        workers=workers,
        options=options,
        output="article",
        chunk_size=chunk_size,
        timeout=timeout,
    )


def extract_json_lines(
    items: Iterable[Item | Failure],
    *,
    workers: int | None,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 8,
    timeout: float | None = None,
    known: Known = UNKNOWN,
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> Generator[str | Failure, None, None]:
    """As :func:`extract_many`, but each article already as its JSON line (made in the
    worker, so that serialising is parallel too): what ``dipevents extract`` writes.
    ``known`` is the metadata given for every input (a record's own wins)."""
    options = Options(format=format, max_bytes=max_bytes, known=known, fetch_timeout=fetch_timeout)
    yield from _run(
        items,
        workers=workers,
        options=options,
        output="json",
        chunk_size=chunk_size,
        timeout=timeout,
    )
