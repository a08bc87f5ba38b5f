"""JSON Lines: one JSON object per line, written atomically."""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, TextIO

from dipevents.io._json import BadJSON, Problem, loads


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


_BOM = b"\xef\xbb\xbf"


def read_lines(lines: Iterable[bytes], first: int = 1) -> Iterator[tuple[int, Any]]:
    """``(line_number, value)`` for each non-blank line of a JSON Lines stream of bytes,
    the value a :class:`~dipevents.io._json.Problem` where the line cannot be read
    (not UTF-8, not JSON, too deep, a number too long): one bad line spoils no other."""
    for number, raw in enumerate(lines, first):
        line = raw[len(_BOM) :] if number == first and raw.startswith(_BOM) else raw
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


def byte_lines(stream: IO[Any]) -> Iterator[bytes]:
    """The lines of an open stream as bytes: a text stream's buffer where it has one,
    else its text back to bytes (keeping lone surrogates, for the reader to refuse)."""
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        return iter(binary.readline, b"")
    return (line.encode("utf-8", "surrogatepass") for line in iter(stream.readline, ""))


def iter_jsonl(path: str | os.PathLike[str] | TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSON Lines file, or
    of an open text stream (standard input).

    A line that cannot be read (not UTF-8, not JSON) raises ``SerializationError``
    naming the file and line.
    """
    if isinstance(path, (str, os.PathLike)):
        with open(path, "rb") as handle:
            yield from _lines(handle, os.fspath(path))
    else:
        yield from _lines(byte_lines(path), stream_name(path))


def stream_name(stream: TextIO) -> str:
    """How messages name a stream: its file name, or ``<stdin>``."""
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) else "<stdin>"


def _lines(lines: Iterable[bytes], name: str) -> Iterator[tuple[int, Any]]:
    from dipevents.errors import SerializationError

    for number, value in read_lines(lines):
        if isinstance(value, Problem):
            raise SerializationError(f"{name}:{number}: {value.in_line()}")
        yield number, value


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it
    os.umask(mask)
    return mask


def _fsync(path: str | os.PathLike[str], *, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:  # a directory cannot be opened on some systems (Windows)
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:  # some file systems cannot sync a directory: nothing to do
            raise
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it when the ``with`` block ends
    normally and removed otherwise: an interrupted write never leaves half a file
    (and keeps an older file whole).

    The file keeps the mode of the one it replaces (a new one gets the umask's), a
    symbolic link is written through (the file it names is replaced, the link stays),
    and the data and the rename are synced to disk. A device or a pipe
    (``/dev/null``, ``/dev/stdout``) is written to directly: it cannot be replaced.
    """
    try:  # the path itself, not its realpath: /dev/stdout of a pipe resolves to no file
        existing: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        yield Path(path)
        return
    target = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # The mode only now: the file may be read-only, and is private while written.
        os.chmod(tmp, stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_umask())
        if existing is not None and hasattr(os, "chown"):
            with suppress(OSError):  # the owner and group too, where we may set them
                os.chown(tmp, existing.st_uid, existing.st_gid)
        _fsync(tmp)  # the data on disk before the name points to it
        os.replace(tmp, target)
        _fsync(target.parent, directory=True)  # and the new name too
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A UTF-8 text file that appears at ``path`` only when the ``with`` block ends
    normally (see :func:`atomic_path`)."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        yield handle


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
