"""``re.compile`` with the compiled code kept across processes.

The rules compile a few hundred regular expressions, most of them when their
module is imported and the rest at their first use; in a fresh process that is
a third of a second before the first article is parsed. :func:`compile` gives
what ``re.compile`` gives, and keeps the engine's code of each expression in
the cache directory (see :mod:`dipevents._cache`, an entry keyed by the
versions of dipevents and of Python), so that the next process builds the
pattern from it without parsing it again. New expressions are added when a
process ends; a cache that cannot be read or written only makes the start
slower.
"""

from __future__ import annotations

import atexit
import re
from typing import Any

from dipevents import _cache

#: At most this many expressions kept (the rules compile a few hundred, a user's lexicon
#: adds few; this bounds the file, and the time to load it, whatever the inputs).
LIMIT = 2000

_compiled: dict[tuple[str, int], re.Pattern[str]] = {}
_known: dict[tuple[str, int], Any] | None = None
_new: dict[tuple[str, int], Any] = {}
_key = ""


def _load() -> dict[tuple[str, int], Any]:
    global _known, _key
    _key = _cache.digest([], "regex")
    stored = _cache.load("regex", _key)
    _known = stored if isinstance(stored, dict) else {}
    atexit.register(save)
    return _known


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the kept code when there is some."""
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is not None:
        return found
    known = _known if _known is not None else _load()
    parts = known.get(key)
    if parts is None:
        parts = _cache.code_of(pattern, key[1])
        if parts is not None and len(known) + len(_new) < LIMIT:
            _new[key] = parts
    found = _compiled[key] = _cache.compile_code(parts, pattern, key[1])
    return found


def save() -> bool:
    """Write the expressions compiled since the entry was read (at exit, or when asked)."""
    if not _new or _known is None:
        return False
    merged = {**_known, **_new}
    if not _cache.store("regex", _key, merged):
        return False
    _known.update(_new)
    _new.clear()
    return True
