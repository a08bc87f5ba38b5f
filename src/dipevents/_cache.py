"""Built once, kept on disk: what a fresh process would otherwise spend most of its start on.

The compiled gazetteer (every name the knowledge holds, in one regular
expression) takes about a second to build and compile; loaded from here it
takes a few milliseconds. Entries live in one directory:

- ``$DIPEVENTS_CACHE_DIR`` when set (``off`` or an empty value: no cache),
- else ``$XDG_CACHE_HOME/dipevents``, else ``~/.cache/dipevents``.

Each entry is a file named by what it is and a digest of everything it was
built from (the data files, the code that reads them, the versions of
dipevents and of Python), so a change to any of them makes a new entry and an
entry is never stale; the four newest entries of each kind are kept. Files are written whole (a temporary file, then a
rename) in :mod:`marshal` format, which holds plain values only and cannot run
code. A cache that cannot be read or written is skipped: everything still
works, only the first use of each process is slower.

The compiled code of a regular expression is kept through the interpreter's
own ``_sre.compile``, the step ``re.compile`` ends with; the digest names the
exact Python build, and :func:`compile_code` falls back to ``re.compile``
wherever that step is missing or differs.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: Bumped when the layout of an entry changes.
FORMAT = 1
#: Entries of one name kept (the newest), so that a few installs can share a directory.
KEPT = 4


def directory() -> Path | None:
    """The cache directory in force, or None when caching is off."""
    chosen = os.environ.get("DIPEVENTS_CACHE_DIR")
    if chosen is not None:
        if chosen.strip() in ("", "off"):
            return None
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dipevents"


def _internals() -> tuple[Any, Any, Any]:
    """The interpreter's regular-expression engine, parser and compiler (``re`` internals)."""
    sre = importlib.import_module("_sre")
    try:
        return sre, importlib.import_module("re._parser"), importlib.import_module("re._compiler")
    except ImportError:  # Python 3.10
        return sre, importlib.import_module("sre_parse"), importlib.import_module("sre_compile")


def digest(files: Iterable[Path], *extra: str) -> str:
    """A digest of the contents of ``files`` (in the order given), ``extra`` and the runtime."""
    from dipevents._version import __version__

    _sre = importlib.import_module("_sre")
    hasher = hashlib.sha256()
    for part in (
        str(FORMAT),
        __version__,
        sys.version,
        sys.implementation.cache_tag or "",
        str(getattr(_sre, "MAGIC", "")),
        *extra,
    ):
        hasher.update(part.encode() + b"\0")
    for path in files:
        hasher.update(path.name.encode() + b"\0")
        hasher.update(path.read_bytes())
    return hasher.hexdigest()[:24]


def load(name: str, key: str) -> Any:
    """The entry ``name`` made from ``key``, or None when there is none (or it is unreadable)."""
    folder = directory()
    if folder is None:
        return None
    try:
        with open(folder / f"{name}-{key}.marshal", "rb") as handle:
            data = handle.read()  # marshal.load() of a file reads it piecemeal: 6 times slower
        return marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def keepable(value: Any) -> bool:
    """Whether :func:`store` can keep ``value`` (plain values only)."""
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


def store(name: str, key: str, value: Any) -> bool:
    """Write an entry whole; False (and nothing written) when the cache is off or unwritable."""
    folder = directory()
    if folder is None:
        return False
    try:
        data = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, folder / f"{name}-{key}.marshal")
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        return False
    # Entries of older data or code are of little further use; a few are kept, for
    # installs of other versions that share the directory.
    with contextlib.suppress(OSError):
        entries = sorted(
            folder.glob(f"{name}-*.marshal"), key=lambda path: path.stat().st_mtime, reverse=True
        )
        for old in entries[KEPT:]:
            old.unlink()
    return True


def code_of(pattern: str, flags: int = 0) -> dict[str, Any] | None:
    """What ``re.compile(pattern, flags)`` compiles, as plain values :func:`compile_code` takes;
    None where this Python does not compile that way."""
    try:
        _sre, _parser, _compiler = _internals()
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        packed = array.array("I", code)
        if packed.itemsize != _sre.CODESIZE:
            return None
        return {
            "pattern": pattern,
            "requested": flags,
            "flags": flags | parsed.state.flags,
            "code": packed.tobytes(),
            "groups": parsed.state.groups - 1,
            "groupindex": groupindex,
            "indexgroup": tuple(indexgroup),
        }
    except Exception:
        return None


def compile_code(parts: dict[str, Any] | None, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The compiled expression from :func:`code_of`'s values, or ``re.compile`` when they are
    missing, are not of ``pattern`` or are refused."""
    if parts is not None and parts.get("pattern") == pattern and parts.get("requested") == flags:
        try:
            _sre = _internals()[0]
            code = array.array("I")
            code.frombytes(parts["code"])
            compiled: re.Pattern[str] = _sre.compile(
                pattern,
                parts["flags"],
                code.tolist(),
                parts["groups"],
                parts["groupindex"],
                parts["indexgroup"],
            )
            return compiled
        except Exception:  # another interpreter's code: compile it here instead
            pass
    return re.compile(pattern, flags)
