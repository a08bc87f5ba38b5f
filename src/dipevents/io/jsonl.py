"""JSON Lines: one JSON object per line, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO


def article_record(article: Any) -> dict[str, Any]:
    """The JSON object written per article (codebook §9): title, published, author, and
    where it came from (``url``, ``publisher``, ``language``, ``format``, ``source``),
    with its events."""
    from dipevents.io._converter import to_dict

    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author,
        "url": article.url,
        "publisher": article.publisher,
        "language": article.language,
        "format": article.format,
        "source": article.source,
        "events": [to_dict(event) for event in article.events],
    }


def iter_jsonl(path: str | os.PathLike[str] | TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSON Lines file, or
    of an open text stream (standard input).

    A line that is not JSON raises ``SerializationError`` naming the file and line.
    """
    if isinstance(path, (str, os.PathLike)):
        with open(path, encoding="utf-8-sig") as handle:
            yield from _lines(handle, os.fspath(path))
    else:
        yield from _lines(path, stream_name(path))


def stream_name(stream: TextIO) -> str:
    """How messages name a stream: its file name, or ``<stdin>``."""
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) else "<stdin>"


def _lines(handle: Iterable[str], name: str) -> Iterator[tuple[int, Any]]:
    from dipevents.errors import SerializationError

    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line.lstrip("\ufeff") if number == 1 else line)
        except json.JSONDecodeError as exc:
            raise SerializationError(
                f"{name}:{number}: not valid JSON at column {exc.colno}: {exc.msg}"
            ) from exc


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it when the ``with`` block ends
    normally and removed otherwise: an interrupted write never leaves half a file
    (and keeps an older file whole)."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A UTF-8 text file that appears at ``path`` only when the ``with`` block ends
    normally (see :func:`atomic_path`)."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def write_jsonl_atomic(path: str | os.PathLike[str], records: Iterable[Any]) -> int:
    """Write JSON-ready records to ``path``, one per line, through :func:`atomic_text`.

    Returns the count.
    """
    count = 0
    with atomic_text(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count
