"""Many articles at once: inputs from files, folders, JSON Lines and standard input,
parsed on every core, in input order, with failures as values.

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
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, Literal, TextIO

import attrs

from dipevents._known import UNKNOWN, Known
from dipevents._known import known as check_known
from dipevents.models import Article

#: Files larger than this are refused (a dump or a binary, not an article), unless raised.
DEFAULT_MAX_BYTES = 5_000_000
#: What a directory is searched for, recursively, unless another glob is given.
DEFAULT_GLOB = "*.txt"
#: Seconds allowed to fetch one URL (connecting and downloading).
DEFAULT_TIMEOUT = 30.0


@attrs.frozen
class Failure:
    """An input that could not be made into an article: where it came from and why.

    ``kind`` is one of ``unreadable``, ``undecodable``, ``empty``, ``too-large``,
    ``bad-record`` (a JSON Lines record without text, or with metadata that cannot be
    read), ``fetch-error`` (a URL that could not be fetched), ``needs-extra`` (an HTML
    page, without the ``html`` extra installed) or ``parse-error``.
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


def _record_item(record: object, where: str) -> Item | Failure:
    from dipevents.io.records import RecordError, read_record

    if not isinstance(record, dict):
        return _fail(where, "bad-record", 'expected a JSON object with a "text" string')
    try:
        found = read_record(record)
    except RecordError as exc:
        return _fail(where, "bad-record", str(exc))
    return Item(source=found.source or where, text=found.text, known=found.known, html=found.html)


def _records(lines: Iterable[str], name: str) -> Iterator[Item | Failure]:
    """Items of a JSON Lines stream of records: ``{"text": ..., "source": ...}`` with the
    metadata they carry (``title``, ``published`` or ``date``, ``author``, ``url``), or
    the shapes crawlers write (see :mod:`dipevents.io.records`)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _fail(where, "bad-record", f"not valid JSON at column {exc.colno}: {exc.msg}")
            continue
        yield _record_item(record, where)


def _stdin(stdin: TextIO) -> Iterator[Item | Failure]:
    """Standard input: JSON Lines records when it starts with ``{``, else one article."""
    first = stdin.readline()
    while first and not first.strip():
        first = stdin.readline()
    if first.lstrip().startswith("{"):
        yield from _records(itertools.chain([first], stdin), "<stdin>")
    else:
        yield Item(source="<stdin>", text=first + stdin.read())


def _find(folder: Path, globs: Sequence[str]) -> list[Path]:
    found = {p for pattern in globs for p in folder.rglob(pattern) if p.is_file()}
    return sorted(found)


def iter_items(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    glob: str | Sequence[str] = DEFAULT_GLOB,
    stdin: TextIO | None = None,
) -> Iterator[Item | Failure]:
    """Expand command-line inputs lazily, in order.

    A file is one article (text or a saved HTML page), or JSON Lines records when
    it ends in ``.jsonl``; a directory is searched recursively for ``glob`` (one
    pattern or several; the files sorted); ``-`` is standard input; an
    ``http(s)://`` address is a page to fetch. A path that does not exist becomes
    a :class:`Failure`.
    """
    globs = [glob] if isinstance(glob, str) else list(glob)
    from dipevents._fetch import is_url

    for raw in inputs:
        name = os.fspath(raw)
        if name == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin)
            continue
        if is_url(name):
            yield Item(source=name.strip(), fetch=name.strip())
            continue
        path = Path(name)
        if path.is_dir():
            files = _find(path, globs)
            if not files:
                patterns = " or ".join(globs)
                yield _fail(name, "empty", f"a directory with no files matching {patterns}")
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


def _texts(
    inputs: Iterable[str | os.PathLike[str] | Mapping[str, Any] | Item],
) -> Iterator[Item | Failure]:
    """extract_many's inputs: texts, paths, URLs, records, or items already made."""
    from dipevents._fetch import is_url

    for position, value in enumerate(inputs):
        if isinstance(value, Item):
            yield value
        elif isinstance(value, Mapping):
            yield _record_item(dict(value), f"<record {position}>")
        elif isinstance(value, str) and is_url(value):
            yield Item(source=value.strip(), fetch=value.strip())
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


@attrs.frozen
class Options:
    """How every item of a batch is read: what ``extract_many`` and the CLI were given."""

    format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    known: Known = UNKNOWN
    timeout: float = DEFAULT_TIMEOUT


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
        return _fail(item.source, "unreadable", f"cannot read: {exc.strerror or exc}")
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
                response = fetch(item.fetch, timeout=options.timeout, max_bytes=options.max_bytes)
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


def _work(chunk: list[Item], options: Options, output: Output) -> list[Any]:
    from dipevents.io import article_record

    results: list[Any] = []
    for item in chunk:
        result = process(item, options=options)
        if output == "json" and isinstance(result, Article):
            results.append(json.dumps(article_record(result), ensure_ascii=False))
        else:
            results.append(result)
    return results


def _warm_up() -> None:
    """Compile the gazetteers once, before workers fork (or in each worker otherwise)."""
    from dipevents._pipeline import parse

    parse("Warm-up\n\nThe leaders of Japan and Russia met in Tokyo on 1 May 2018.")


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


def _run(
    items: Iterable[Item | Failure],
    *,
    workers: int,
    options: Options,
    output: Output,
    chunk_size: int,
) -> Iterator[Any]:
    stream = iter(items)
    head = list(itertools.islice(stream, chunk_size + 1))
    if len(head) <= chunk_size:
        workers = 1  # a handful of inputs: starting processes would cost more than it saves
    items = itertools.chain(head, stream)
    if workers <= 1:
        for item in items:
            if isinstance(item, Failure):
                yield item
            else:
                yield from _work([item], options, output)
        return
    _warm_up()
    # A bounded window of chunks in flight: memory stays flat however long the input,
    # and results come back in input order.
    window = workers * 3
    pending: deque[tuple[list[Item | Failure], Future[list[Any]] | None]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up) as pool:
        for chunk in _chunks(items, chunk_size):
            todo = [i for i in chunk if isinstance(i, Item)]
            future = pool.submit(_work, todo, options, output) if todo else None
            pending.append((chunk, future))
            while len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _collect(chunk: list[Item | Failure], future: Future[list[Any]] | None) -> Iterator[Any]:
    done = iter(future.result() if future is not None else ())
    for entry in chunk:
        yield entry if isinstance(entry, Failure) else next(done)


def extract_many(
    inputs: Iterable[str | os.PathLike[str] | Mapping[str, Any] | Item],
    *,
    workers: int | None = 1,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 8,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Result]:
    """Parse many articles, yielding each :class:`~dipevents.Article` as it is ready,
    in input order; an input that fails is yielded as a :class:`Failure` and the
    iteration goes on.

    ``inputs`` are paths (``str`` or ``Path``) of texts or saved HTML pages, article
    texts (or pages' HTML), ``http(s)://`` addresses to fetch (within ``timeout``
    seconds each), or records (dicts such as ``{"text": ..., "title": ..., "date":
    ..., "url": ...}``, in any of the shapes JSON Lines inputs may take): a string
    is taken as a path when it names an existing file. ``workers=None`` uses every
    core; ``1`` (the default) parses in this process.

    ``published``, ``title``, ``author`` and ``url`` apply to every input, as for
    :func:`~dipevents.parse`; a record's own metadata wins over them. Invalid
    values raise ``TypeError`` or ``ValueError`` at once.
    """
    given = check_known(published=published, title=title, author=author, url=url)
    count = default_workers() if workers is None else workers
    options = Options(format=format, max_bytes=max_bytes, known=given, timeout=timeout)
    yield from _run(
        _texts(inputs), workers=count, options=options, output="article", chunk_size=chunk_size
    )


def extract_json_lines(
    items: Iterable[Item | Failure],
    *,
    workers: int,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 8,
    known: Known = UNKNOWN,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[str | Failure]:
    """As :func:`extract_many`, but each article already as its JSON line (made in the
    worker, so that serialising is parallel too): what ``dipevents extract`` writes."""
    options = Options(format=format, max_bytes=max_bytes, known=known, timeout=timeout)
    yield from _run(items, workers=workers, options=options, output="json", chunk_size=chunk_size)
