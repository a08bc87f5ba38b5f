"""JSON Lines: one JSON object per line, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSON Lines file.

    A line that is not JSON raises ``SerializationError`` naming the file and line.
    """
    from dipevents.errors import SerializationError

    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise SerializationError(
                    f"{os.fspath(path)}:{number}: not valid JSON at column {exc.colno}: {exc.msg}"
                ) from exc


def write_jsonl_atomic(path: str | os.PathLike[str], records: Iterable[Any]) -> int:
    """Write JSON-ready records to ``path``, one per line, through a temporary file.

    The temporary file sits beside the target and is renamed over it at the
    end, so an interrupted write never leaves half a file. Returns the count.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False))
                handle.write("\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
