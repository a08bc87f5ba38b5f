"""The language of extraction, read from data files: words, phrases and their meanings.

The extraction rules (meetings, sanctions, claims, times) are code; the words they
look for are lists in the TOML files of ``dipevents/extract/lexicon/``, each file
naming its sources and the date it was last reviewed, as dateutil keeps its word
lists and PETRARCH its dictionaries. A list is a table::

    [RECALL_ENVOY]
    doc = "Recalling an envoy: a diplomatic measure (codebook §7)."
    words = ["recall(?:s|ed|ing)?", "withdr(?:ew|aw|awn|aws)"]
    examples = ["France recalled its ambassadors from Canberra."]

``words`` are regular-expression fragments without unbounded repetition of groups
(``\\s+`` and ``\\w+`` are allowed). ``{NAME}`` inside a fragment stands for the
fragment ``NAME`` of the file's ``[pieces]`` table or for a whole other list.
A list is matched case-insensitively on word boundaries unless it says
``case = true`` or ``bound = false``. Other keys of a table (``status``,
``kind``, ...) are data for the rules that read the list.

Users extend the language without touching code::

    >>> from dipevents.extract import lexicon
    >>> lexicon.add("MEASURE_TRADE", r"anti-subsidy\\s+duties")
    >>> bool(lexicon.pattern("MEASURE_TRADE").search("It imposed anti-subsidy duties."))
    True

or with :func:`load`, which reads a TOML file of the same shape (its lists extend
the built-in lists of the same name, or add new ones), or with the environment
variable ``DIPEVENTS_LEXICON`` naming such files (``os.pathsep``-separated).
Every pattern is compiled once, at first use.
"""

from __future__ import annotations

import copy
import os
import re
import sys
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from dipevents import _cache
from dipevents.errors import SerializationError
from dipevents.extract import _gate as _gate_module
from dipevents.extract._gate import Alternation

__all__ = [
    "LexiconList",
    "add",
    "entries",
    "examples",
    "load",
    "names",
    "pattern",
    "source",
    "version",
    "words",
]

_PIECE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# A group or a word-class repeated without bound invites catastrophic backtracking.
_UNSAFE = re.compile(r"\)[*+]|\](?:[*+])(?!\?)|\.[*+]")


class LexiconList:
    """One named list: its fragments, its compiled pattern and the data that goes with it."""

    __slots__ = ("data", "file", "name", "words")

    def __init__(self, name: str, data: dict[str, Any], file: str) -> None:
        self.name = name
        self.file = file
        self.data = data
        self.words: list[str] = list(data.get("words", []))

    def __repr__(self) -> str:
        return f"<LexiconList {self.name} ({len(self.words)} words) from {self.file}>"

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


class _Lexicon:
    def __init__(self) -> None:
        self.lists: dict[str, LexiconList] = {}
        self.pieces: dict[str, dict[str, str]] = {}
        self.about: dict[str, dict[str, Any]] = {}
        self.version = 0
        #: The lists as compiled by an earlier process (see :func:`_lexicon`), valid while
        #: the version is the one they were read at.
        self.stored: dict[str, Any] = {}
        self.stored_version = -1

    def read(self, text: str, file: str, *, extend: bool, check: bool = True) -> int:
        return self.take(parse_toml(text, file), file, extend=extend, check=check)

    def take(self, data: dict[str, Any], file: str, *, extend: bool, check: bool = True) -> int:
        """Add the lists of one parsed file (``data`` is changed)."""
        about = data.pop("about", {})
        if not extend and not (about.get("sources") and about.get("reviewed")):
            raise SerializationError(f"{file}: [about] needs sources and reviewed")
        self.about[file] = about
        self.pieces[file] = {k: str(v) for k, v in data.pop("pieces", {}).items()}
        added = 0
        for name, table in data.items():
            where = f"{file}: [{name}]"
            if not isinstance(table, dict):
                raise SerializationError(f"{where}: expected a table")
            found = table.get("words", [])
            if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
                raise SerializationError(f"{where}: words must be a list of strings")
            if check:  # (unchecked only when an earlier process checked the same file)
                for word in found:
                    _check_fragment(word, where)
            if name in self.lists:
                if not extend:
                    raise SerializationError(f"{where}: the list {name} is defined twice")
                self.lists[name].words.extend(found)
            else:
                self.lists[name] = LexiconList(name, dict(table), file)
            added += len(found)
        self.version += 1
        return added

    def expand(self, fragment: str, file: str, seen: tuple[str, ...] = ()) -> str:
        def piece(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in seen:
                raise SerializationError(f"{file}: {{{key}}} refers to itself")
            local = self.pieces.get(file, {})
            if key in local:
                return "(?:" + self.expand(local[key], file, (*seen, key)) + ")"
            for pieces in self.pieces.values():
                if key in pieces:
                    return "(?:" + self.expand(pieces[key], file, (*seen, key)) + ")"
            if key in self.lists:
                inner = self.lists[key]
                body = "|".join(self.expand(w, inner.file, (*seen, key)) for w in inner.words)
                return "(?:" + body + ")"
            raise SerializationError(f"{file}: unknown piece {{{key}}} in {fragment!r}")

        return _PIECE.sub(piece, fragment)


def parse_toml(text: str, file: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SerializationError(f"{file}: not valid TOML: {exc}") from exc
    return data


def _check_fragment(word: str, where: str) -> None:
    bare = re.sub(r"\\.", "e", word)  # an escape is one character
    bare = re.sub(r"\[[^\]]*\]", "C", bare)  # a character class is one character
    if _UNSAFE.search(bare):
        raise SerializationError(
            f"{where}: {word!r} repeats a group or a wildcard without bound; use {{0,N}}"
        )
    try:
        re.compile(_PIECE.sub("x", word))
    except re.error as exc:
        raise SerializationError(f"{where}: {word!r} is not a regular expression: {exc}") from exc


_state: _Lexicon | None = None


def _builtin_files() -> Iterator[tuple[str, str]]:
    folder = resources.files("dipevents.extract").joinpath("lexicon")
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.endswith(".toml"):
            yield f"lexicon/{item.name}", item.read_text(encoding="utf-8")


def _lexicon() -> _Lexicon:
    global _state
    if _state is None:
        builtin = list(_builtin_files())
        users = [
            (path, _read_user(path))
            for path in filter(None, os.environ.get("DIPEVENTS_LEXICON", "").split(os.pathsep))
        ]
        # The compiled lists and their gates, kept on disk by what they were made from (the
        # files, the code that reads them, the versions): a fresh process loads them in a
        # few milliseconds instead of compiling for most of a second.
        key = _cache.digest(
            [Path(__file__), Path(_gate_module.__file__)],
            *(f"{file}\0{text}" for file, text in (*builtin, *users)),
        )
        stored = _cache.load("lexicon", key)
        known = stored if isinstance(stored, dict) else None
        # (the files as parsed, when an earlier process could keep them: parsing is most
        # of what reading them costs)
        kept = known.pop(_PARSED, None) if known is not None else None
        files = [*builtin, *users]
        if not (isinstance(kept, list) and len(kept) == len(files)):
            kept = [parse_toml(text, file) for file, text in files]
            parsed = None if known is not None else copy.deepcopy(kept)
        else:
            parsed = None
        state = _Lexicon()
        for number, ((file, _text), data) in enumerate(zip(files, kept, strict=True)):
            state.take(data, file, extend=number >= len(builtin), check=known is None)
        state.stored = known or {}
        state.stored_version = state.version
        _state = state
        if known is None:
            _store(state, key, parsed)
    return _state


#: The entry of the lexicon's cache that holds the files as parsed.
_PARSED = "\0parsed"


def _store(state: _Lexicon, key: str, parsed: list[dict[str, Any]] | None) -> None:
    """Compile every list once and keep the result for the processes to come."""
    entries: dict[str, Any] = {}
    if parsed is not None and _cache.keepable(parsed):
        entries[_PARSED] = parsed  # (not a file with values marshal cannot hold, dates)
    for name in state.lists:
        compiled = _alternation(name, state.version)
        parts = _cache.code_of(compiled.full.pattern, compiled.flags)
        if parts is None:
            return  # this Python compiles another way: nothing worth keeping
        entries[name] = {"code": parts, "gates": compiled.gates}
    _cache.store("lexicon", key, entries)


def _read_user(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise SerializationError(f"{path}: cannot read the lexicon: {exc.strerror}") from exc


def _get(name: str) -> LexiconList:
    found = _lexicon().lists.get(name)
    if found is None:
        raise KeyError(f"no lexicon list named {name!r}")
    return found


@cache
def _alternation(name: str, version: int) -> Alternation:
    state = _lexicon()
    item = _get(name)
    words = [state.expand(w, item.file) for w in item.words]
    if item.get("bound", True):
        head, tail = (r"(?<![\w-])", r"(?![\w-])") if item.get("hyphen") else (r"\b", r"\b")
    else:
        head = tail = ""
    flags = 0 if item.get("case", False) else int(re.IGNORECASE)  # an int: kept on disk
    stored = state.stored.get(name) if version == state.stored_version else None
    if stored is not None:
        alternation = Alternation(
            head,
            words,
            tail,
            flags,
            compiled=lambda text, flags: _cache.compile_code(stored["code"], text, flags),
            gates=stored["gates"],
        )
    else:
        alternation = Alternation(head, words, tail, flags)
    _BY_PATTERN[id(alternation.full)] = (alternation.full, alternation)
    return alternation


#: The word list each compiled list pattern was made from (see :func:`alternation`), by the
#: pattern's id (hashing a pattern hashes its whole code); the pattern is kept alive with it.
_BY_PATTERN: dict[int, tuple[re.Pattern[str], Alternation]] = {}


def alternation(pattern: re.Pattern[str]) -> Alternation | None:
    """The word list behind a pattern made by :func:`pattern`, for scans that run only the
    words a text can hold; None for any other pattern."""
    entry = _BY_PATTERN.get(id(pattern))
    return entry[1] if entry is not None and entry[0] is pattern else None


def version() -> int:
    """A number that changes whenever the lexicon does (for caches of derived patterns)."""
    return _lexicon().version


def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of the list ``name`` (compiled at first use, again after :func:`add`)."""
    version = _lexicon().version
    known = _LATEST.get(name)
    if known is not None and known[0] == version:
        return known[1]
    compiled = _alternation(name, version).full
    _LATEST[name] = (version, compiled)
    return compiled


#: The pattern of each list at the lexicon's current version (pattern() is called often).
_LATEST: dict[str, tuple[int, re.Pattern[str]]] = {}


def search(name: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern(name).search(text, pos, endpos)``, scanning only for the words of the list
    that the stretch can hold (the same match, found faster)."""
    return _alternation(name, _lexicon().version).search(text, pos, endpos)


def finditer(name: str, text: str) -> list[re.Match[str]]:
    """``list(pattern(name).finditer(text))``, scanning only for the words the text can hold."""
    return _alternation(name, _lexicon().version).finditer(text)


def fragment(name: str) -> str:
    """The list ``name`` as one regular-expression group, for rules that build on it."""
    state = _lexicon()
    item = _get(name)
    return "(?:" + "|".join(state.expand(w, item.file) for w in item.words) + ")"


def entries(name: str) -> LexiconList:
    """The list ``name`` itself: its words and the data that goes with it."""
    return _get(name)


def words(name: str) -> list[str]:
    """The fragments of the list ``name``."""
    return list(_get(name).words)


def examples(name: str) -> list[str]:
    """The example sentences of the list ``name`` (each must hold a match)."""
    return list(_get(name).get("examples", []))


def names() -> list[str]:
    """The names of every list, sorted."""
    return sorted(_lexicon().lists)


def source(file: str) -> dict[str, Any]:
    """The ``[about]`` table of a lexicon file: its sources and review date."""
    return dict(_lexicon().about.get(file, {}))


def add(name: str, *fragments: str) -> None:
    """Add regular-expression fragments to a list (a new list if ``name`` is new)."""
    state = _lexicon()
    for word in fragments:
        if not isinstance(word, str) or not word:
            raise ValueError(f"lexicon.add needs non-empty strings, got {word!r}")
        _check_fragment(word, f"add({name!r})")
    if name in state.lists:
        state.lists[name].words.extend(fragments)
    else:
        state.lists[name] = LexiconList(name, {"words": list(fragments)}, "added")
    state.version += 1


def load(path: str | os.PathLike[str]) -> int:
    """Read a TOML file of lists into the lexicon; returns how many words it added."""
    source_path = os.fspath(path)
    return _lexicon().read(_read_user(source_path), source_path, extend=True)


def reset() -> None:
    """Forget what :func:`add` and :func:`load` added (for tests)."""
    global _state
    _state = None
    _alternation.cache_clear()
    _LATEST.clear()
    _BY_PATTERN.clear()


def __getattr__(name: str) -> re.Pattern[str]:
    # ``lexicon.MEETING``: the compiled pattern of a list, as a module attribute.
    if name.isupper():
        try:
            return pattern(name)
        except KeyError:
            pass
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
