"""A cheap test that tells when a regular expression cannot match a text.

The word lists of the lexicon are long case-insensitive alternations, and Python's
engine tries every alternative at every position of a sentence: most of the time a
sentence holds none of them. From the parsed pattern this module works out a set of
literal strings such that every match contains one of them ("sanction", "embargo",
"re-impos", "reimpos", …). When none occurs in the text (plain substring tests on the
lower-cased text, which are many times faster than the scan), the pattern cannot match
and the scan is skipped. The test is a necessary condition only: where it passes, the
pattern runs as before, so what is found never changes.

A pattern the analysis cannot bound (a wildcard or a large character class at every
place) has no gate and always runs.
"""

from __future__ import annotations

import atexit
import importlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from dipevents import _rx

try:  # Python 3.11 and later
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _c = importlib.import_module("sre_constants")
    _p = importlib.import_module("sre_parse")

#: At most this many strings spelled out from one stretch of a pattern, and in a gate.
_LIMIT = 48
_GATE_LIMIT = 240
#: A gate whose shortest string is shorter than this rules out too little to be worth it.
_SHORTEST = 2

_REPEATS = {
    getattr(_c, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_c, name)
}
_EMPTY_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

Strings = frozenset[str]
#: What :func:`needs_all` returns: the sets of strings, and whether case is ignored.
Gate = tuple[tuple[tuple[str, ...], ...], bool]


class _Walk:
    def __init__(self, flags: int) -> None:
        self.icase_used = bool(flags & re.IGNORECASE)

    # -- the strings a node matches in full ---------------------------------------------
    def exact(self, op: Any, av: Any, icase: bool) -> Strings | None:
        if op is _c.LITERAL:
            char = chr(av)
            if icase and not char.isascii():
                return None  # a non-ASCII letter folds in ways lower() does not tell
            return frozenset({char.lower()})
        if op is _c.IN:
            chars: set[str] = set()
            for item_op, item_av in av:
                if item_op is _c.LITERAL:
                    chars.add(chr(item_av))
                elif item_op is _c.RANGE and item_av[1] - item_av[0] < 8:
                    chars.update(chr(n) for n in range(item_av[0], item_av[1] + 1))
                else:
                    return None
            if icase and not all(ch.isascii() for ch in chars):
                return None
            lowered = frozenset(ch.lower() for ch in chars)
            return lowered if len(lowered) <= 8 else None
        if op in _EMPTY_WIDTH:
            return frozenset({""})
        nested, found = self._nested(op, av, icase, self.sequence_exact, _LIMIT)
        if nested:
            return found
        if op in _REPEATS:
            low, high, sub = av
            if high > 1:
                return None
            found = self.sequence_exact(sub, icase)
            if found is None:
                return None
            return found | {""} if low == 0 else found
        return None

    def sequence_exact(self, items: Any, icase: bool) -> Strings | None:
        run: Strings = frozenset({""})
        for op, av in items:
            found = self.exact(op, av, icase)
            if found is None or len(run) * len(found) > _LIMIT:
                return None
            run = frozenset(a + b for a in run for b in found)
        return run

    # -- strings one of which every match contains --------------------------------------
    def need(self, op: Any, av: Any, icase: bool) -> Strings | None:
        nested, found = self._nested(op, av, icase, self.sequence_need, _GATE_LIMIT)
        if nested:
            return found
        if op in _REPEATS:
            low, _high, sub = av
            return self.sequence_need(sub, icase) if low >= 1 else None
        found = self.exact(op, av, icase)
        return found if found is not None and _shortest(found) > 0 else None

    def sequence_need(self, items: Any, icase: bool) -> Strings | None:
        options = self.sequence_options(items, icase)
        if not options:
            return None
        return max(options, key=lambda s: (_shortest(s), -len(s)))

    def sequence_options(self, items: Any, icase: bool) -> list[Strings]:
        """Sets of strings of which every match holds one each (all of them apply)."""
        options: list[Strings] = []
        run: Strings = frozenset({""})
        for op, av in items:
            found = self.exact(op, av, icase)
            if found is not None and len(run) * len(found) <= _LIMIT:
                run = frozenset(a + b for a in run for b in found)
                continue
            if _shortest(run) > 0:
                options.append(run)
            run = found if found is not None else frozenset({""})
            if found is None:
                inner = self.need(op, av, icase)
                if inner is not None:
                    options.append(inner)
        if _shortest(run) > 0:
            options.append(run)
        return options

    def _nested(
        self,
        op: Any,
        av: Any,
        icase: bool,
        sequence: Callable[[Any, bool], Strings | None],
        limit: int,
    ) -> tuple[bool, Strings | None]:
        """A group or an alternation, analysed by ``sequence`` inside: (whether it was one,
        what the analysis gives)."""
        group = self._group(op, av, icase)
        if group is not None:
            return True, sequence(*group)
        if op is _c.BRANCH:
            return True, _union(av[1], lambda alternative: sequence(alternative, icase), limit)
        return False, None

    def _group(self, op: Any, av: Any, icase: bool) -> tuple[Any, bool] | None:
        """The items of a group (``(?:…)``, ``(?i:…)``, atomic) and the case rule inside it."""
        if op is _c.SUBPATTERN:
            _number, add, remove, sub = av
            return sub, self._flags(icase, add, remove)
        if _ATOMIC is not None and op is _ATOMIC:
            return av, icase
        return None

    def _flags(self, icase: bool, add: int, remove: int) -> bool:
        if add & re.IGNORECASE:
            self.icase_used = True
            return True
        if remove & re.IGNORECASE:
            return False
        return icase


def _union(alternatives: Any, each: Callable[[Any], Strings | None], limit: int) -> Strings | None:
    """The strings of every alternative together; None when one has none or there are too many."""
    out: set[str] = set()
    for alternative in alternatives:
        found = each(alternative)
        if found is None:
            return None
        out |= found
        if len(out) > limit:
            return None
    return frozenset(out)


def _shortest(strings: Strings) -> int:
    return min(map(len, strings)) if strings else 0


@cache
def needs(pattern: str, flags: int) -> tuple[tuple[str, ...], bool] | None:
    """Strings one of which every match of the pattern contains (lower-cased), and whether
    the pattern matches case-insensitively anywhere; None when no such set is worth testing."""
    options, icase = needs_all(pattern, flags)
    if not options or min(map(len, options[0])) < _SHORTEST:
        return None
    return options[0], icase


#: The gates worked out by earlier processes, and those worked out since (kept at exit in
#: the cache directory, :mod:`dipevents._cache`, keyed by this module's code: parsing the
#: rules' expressions is a good part of a fresh process's first article).
_kept: dict[tuple[str, int], Gate] | None = None
_new: dict[tuple[str, int], Gate] = {}
_KEPT_LIMIT = 4000


def _kept_gates() -> dict[tuple[str, int], Gate]:
    global _kept
    if _kept is None:
        from pathlib import Path

        from dipevents import _cache

        stored = _cache.load("gates", _cache.digest([Path(__file__)], "gates"))
        _kept = stored if isinstance(stored, dict) else {}
        atexit.register(save)
    return _kept


def save() -> bool:
    """Keep the gates worked out since the entry was read (at exit, or when asked)."""
    from pathlib import Path

    from dipevents import _cache

    if not _new or _kept is None:
        return False
    merged = {**_kept, **_new}
    if not _cache.store("gates", _cache.digest([Path(__file__)], "gates"), merged):
        return False
    _kept.update(_new)
    _new.clear()
    return True


@cache
def needs_all(pattern: str, flags: int) -> Gate:
    """Every set of strings of which each match of the pattern holds one (lower-cased),
    best first, and whether the pattern matches case-insensitively anywhere; no sets
    when the analysis finds none."""
    key = (pattern, int(flags))
    kept = _kept_gates()
    found = kept.get(key)
    if not (isinstance(found, tuple) and len(found) == 2):  # (none, or not one of ours)
        found = _needs_all(pattern, flags)
        if len(kept) + len(_new) < _KEPT_LIMIT:
            _new[key] = found
    return found


def _needs_all(pattern: str, flags: int) -> Gate:
    try:
        tree = _p.parse(pattern, flags)
        walk = _Walk(flags)
        options = walk.sequence_options(list(tree), bool(flags & re.IGNORECASE))
    except Exception:
        return (), False
    ranked = sorted(options, key=lambda s: (-_shortest(s), len(s)))
    return tuple(_minimal(option) for option in ranked), walk.icase_used


def _minimal(strings: Strings) -> tuple[str, ...]:
    """The strings without those that hold another (the shorter is found wherever they are)."""
    minimal: list[str] = []
    for text in sorted(strings, key=len):
        if not any(shorter in text for shorter in minimal):
            minimal.append(text)
    return tuple(minimal)


def lowered(text: str) -> str | None:
    """The text as the gate tests it: lower-cased, or None when it holds a letter outside
    ASCII (case-insensitive matching folds some of them onto ASCII letters)."""
    if not text.isascii() and any(ch.isalpha() for ch in set(text) if ord(ch) > 127):
        return None
    return text.lower()


def can_match(pattern: re.Pattern[str], text: str, low: str | None) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text`` (``low`` is
    :func:`lowered` of it)."""
    gate = needs(pattern.pattern, pattern.flags)
    if gate is None:
        return True
    strings, icase = gate
    if icase:
        if low is None:
            return True
        return any(s in low for s in strings)
    low_text = low if low is not None else text.lower()
    return any(s in low_text for s in strings)


class Alternation:
    """A word list compiled as ``head (?: w1 | w2 | … ) tail``, run with only the words
    that can match the text at hand.

    At a given position the engine takes the first word that matches; a word that
    cannot match anywhere in the text never wins anywhere, so leaving it out finds the
    very same matches, and a scan over the two or three words a sentence can hold is
    many times cheaper than one over the whole list.
    """

    def __init__(
        self,
        head: str,
        words: list[str],
        tail: str,
        flags: int,
        *,
        compiled: Callable[[str, int], re.Pattern[str]] = _rx.compile,
        gates: list[Gate] | None = None,
    ) -> None:
        self.head = head
        self.words = words
        self.tail = tail
        self.flags = flags
        self.full = compiled(self.text(words), flags)
        #: For each word, the sets of strings it needs (all of them), best first.
        self.gates: list[Gate] = (
            gates if gates is not None else [needs_all(word, flags) for word in words]
        )
        #: Each string of a word's best set, with the words whose best set holds it; the
        #: words whose best set is too weak to index (checked by their other sets only).
        by_string: dict[str, list[int]] = {}
        self.always: list[int] = []
        for number, (options, _icase) in enumerate(self.gates):
            if not options or min(map(len, options[0])) < _SHORTEST:
                self.always.append(number)
                continue
            for string in options[0]:
                by_string.setdefault(string, []).append(number)
        self.strings = tuple(by_string)
        self.by_string = by_string
        self.icase = any(icase for _options, icase in self.gates)
        self._reduced: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def text(self, words: list[str]) -> str:
        """The pattern of these words, in the list's head and tail."""
        return self.head + "(?:" + ("|".join(words) or r"(?!x)x") + ")" + self.tail

    def for_text(self, text: str, low: str | None) -> re.Pattern[str] | None:
        """The pattern to run on ``text`` (``low`` is :func:`lowered` of it); None when no
        word can match."""
        if low is None:
            if self.icase:
                return self.full
            low = text.lower()
        kept = set(self.always)
        for string in self.strings:
            if string in low:
                kept.update(self.by_string[string])
        # A word whose best set is in the text may still lack another of its sets.
        key = tuple(
            n for n in sorted(kept) if all(any(s in low for s in o) for o in self.gates[n][0][1:])
        )
        if not key:
            return None
        if len(key) == len(self.words):
            return self.full
        found = self._reduced.get(key)
        if found is None:
            if len(self._reduced) > 4096:
                self._reduced.clear()  # bounded: a long run over many texts stays small
            # (compiled here, not kept on disk: the subsets a corpus meets are many)
            found = self._reduced[key] = re.compile(
                self.text([self.words[n] for n in key]), self.flags
            )
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``full.search(text, pos, endpos)``, with only the words the stretch can hold."""
        stop = len(text) if endpos is None else min(endpos, len(text))
        stretch = text[pos:stop] if pos or stop < len(text) else text
        chosen = self.for_text(stretch, lowered(stretch))
        return chosen.search(text, pos, stop) if chosen is not None else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        """``list(full.finditer(text))``, with only the words the text can hold."""
        chosen = self.for_text(text, lowered(text))
        return list(chosen.finditer(text)) if chosen is not None else []
