"""JSON Lines: one JSON object per line, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from dipevents.io._json import BadJSON, Problem, loads


def article_record(article: Any) -> dict[str, Any]:
    """The JSON object written per article: GUIDELINES §6 plus ``format`` and ``source``."""
    from dipevents.io._converter import to_dict

    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author,
        "format": article.format,
        "source": article.source,
        "events": [to_dict(event) for event in article.events],
    }


_BOM = b"\xef\xbb\xbf"


def read_lines(handle: BinaryIO) -> Iterator[tuple[int, Any]]:
    """``(line_number, value)`` for each non-blank line of a JSON Lines stream of bytes,
    the value a :class:`~dipevents.io._json.Problem` where the line cannot be read
    (not UTF-8, not JSON, too deep, a number too long): one bad line spoils no other."""
    for number, raw in enumerate(handle, 1):
        line = raw[len(_BOM) :] if number == 1 and raw.startswith(_BOM) else raw
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = f"0x{line[exc.start]:02x}, " if exc.start < len(line) else ""
            yield (
                number,
                Problem("not valid UTF-8", exc.start, detail=f"{byte}{exc.reason}", in_bytes=True),
            )
            continue
        try:
            yield number, loads(text)
        except BadJSON as exc:
            yield number, exc.problem


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSON Lines file.

    A line that cannot be read (not UTF-8, not JSON) raises ``SerializationError``
    naming the file and line.
    """
    from dipevents.errors import SerializationError

    with open(path, "rb") as handle:
        for number, value in read_lines(handle):
            if isinstance(value, Problem):
                raise SerializationError(f"{os.fspath(path)}:{number}: {value.in_line()}")
            yield number, value


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
