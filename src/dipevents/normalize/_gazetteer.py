"""Every name the knowledge holds, compiled once into one regular expression.

The expression is a trie of the folded names (so matching costs what the text
costs, not the number of names), run over a same-length fold of the text so
that match offsets index the original. It is rebuilt lazily after the
knowledge is extended.

Building and compiling it takes about a second, so the built-in gazetteer (the
knowledge as shipped, before any ``add_*``) is kept in the cache directory of
:mod:`dipevents._cache`, keyed by a digest of the data and code it is made
from: a fresh process loads it in milliseconds. Worker processes are handed it
(:func:`snapshot`, :func:`install`) rather than building it again.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs

from dipevents import _cache
from dipevents.normalize._data import knowledge_key
from dipevents.normalize._fold import fold_chars

Kind = Literal[
    "country", "person", "surname", "territory", "series", "geography", "format", "group"
]


@attrs.frozen
class Entry:
    kind: Kind
    value: str
    #: Written in capitals in the data (US, ROK): matches only in capitals in the text.
    acronym: bool


@attrs.frozen
class Mention:
    """A name found in a text: ``text[start:end]`` and what it may refer to."""

    start: int
    end: int
    surface: str
    entries: tuple[Entry, ...]

    def of(self, kind: Kind) -> list[str]:
        return [e.value for e in self.entries if e.kind == kind]


def _key(name: str) -> str:
    return " ".join(fold_chars(name).split())


def trie_pattern(keys: Iterable[str]) -> str:
    """A regular expression matching any of ``keys``, built as a trie (longest match first)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(root)


def expression(names: Iterable[str]) -> str:
    """The regular expression of a gazetteer of these folded names."""
    return r"(?<![\w'])(?:" + trie_pattern(sorted(names)) + r")(?![\w])"


class Gazetteer:
    """Names of countries, groups, people, territories and summit series, matched in one pass."""

    def __init__(
        self, names: dict[str, list[Entry]], *, regex: re.Pattern[str] | None = None
    ) -> None:
        self.names = names
        if regex is None and names:
            regex = re.compile(expression(names))
        self.regex = regex if names else None

    def mentions(self, text: str) -> Iterator[Mention]:
        """Every name in ``text``, longest first, left to right, not overlapping."""
        if self.regex is None:
            return
        folded = fold_chars(text)
        for match in self.regex.finditer(folded):
            surface = text[match.start() : match.end()]
            key = " ".join(match.group().split())
            entries = tuple(e for e in self.names.get(key, []) if _case_fits(e, surface))
            if entries:
                yield Mention(match.start(), match.end(), surface, entries)


_BOUNDARY_WORDS = frozenset(("maritime", "boundary", "boundaries", "border", "borders"))


def _case_fits(entry: Entry, surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return True
    if entry.acronym:
        return all(c.isupper() for c in letters)
    if entry.kind in ("series", "geography", "format") and " " in surface.strip():
        return True  # "the trilateral summit", "the Eastern Economic Forum"
    if entry.kind == "country" and " " in surface.strip() and surface.split()[-1][:1].isupper():
        return True  # "mainland China": a qualifier in lower case before the name
    if (
        entry.kind == "territory"
        and surface.split()[0].lower() in _BOUNDARY_WORDS
        and surface.split()[-1][:1].isupper()
    ):
        return True  # "the maritime boundary in the Timor Sea": a boundary told by its sea
    return surface[0].isupper() or surface[0].isdigit()


# Surnames that are also ordinary English words are matched only through full names.
COMMON_WORDS = frozenset(
    {"may", "hunt", "fox", "brown", "young", "rice", "gates", "bishop", "miller", "smith", "blair",
     "carter", "wallace", "moon", "costa", "wagner", "king", "long", "cameron", "johnson",
     "english", "key", "little", "mark", "hill", "moore", "nelson", "collins", "ban", "song", "dan",
     "martin", "pavel", "gabriel", "white", "green", "black", "rich", "power", "best", "law",
     "hope", "love", "grant", "chance", "said"}
)  # fmt: skip
#: Of those, the ones that are names, not English words: a text that names the person in
#: full may call them by it even at the head of a sentence ("Johnson then met Zelensky").
NAME_WORDS = frozenset(
    {"smith", "blair", "carter", "wallace", "costa", "wagner", "cameron", "johnson", "moore",
     "nelson", "collins", "martin", "pavel", "gabriel", "miller"}
)  # fmt: skip
#: And the ones never taken for a surname, even after the full name (the month, the verb).
NEVER_SURNAMES = frozenset({"may", "said"})


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in name.strip()


def _names() -> dict[str, list[Entry]]:
    """Every name of the knowledge in force (with what users added), by folded key."""
    from dipevents.normalize import countries, people, summits, territories

    names: dict[str, list[Entry]] = {}

    def add(name: str, kind: Kind, value: str) -> None:
        stripped = name.strip()
        if stripped.lower().startswith("the "):
            stripped = stripped[4:]
        key = _key(stripped)
        if len(key) < 2:
            return
        entry = Entry(kind, value, _is_acronym(stripped))
        bucket = names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    from dipevents.normalize._data import read_json

    for name, code in countries.iso_names():
        add(name, "country", code)

    for code, aliases in read_json("countries.json")["aliases"].items():
        for alias in aliases:
            add(alias, "country", code)
    for alias, code in countries._extra.items():
        add(alias, "country", code)
    for record in people.records().values():
        if " " not in record.name.strip():
            continue  # "Philippe", "Henri": one-word names are reached through their titles
        for variant in people._variants(record):
            add(variant, "person", record.name)
        surname = record.surname()
        if len(surname) >= 3 and surname.lower() not in COMMON_WORDS:
            add(surname, "surname", record.name)
    for disputed in territories.all_territories():
        for name in disputed.names():
            add(name, "territory", disputed.name)
    for name in read_json("geography.json")["names"]:
        add(name, "geography", name)
    for group in read_json("groups.json")["groups"]:
        for alias in (group["name"], *group["aliases"]):
            add(alias, "group", "|".join(group["members"]))
    for series in summits.all_series():
        for alias in (series.key, *series.aliases):
            add(alias, "series", series.key)
    from dipevents.normalize import formats

    for known in formats.formats():
        for alias in (known.name, *known.aliases):
            add(alias, "format", "|".join(known.pair))
    return names


def _build() -> tuple[Gazetteer, dict[str, Any]]:
    """The gazetteer of the knowledge in force, and its state as plain values."""
    names = _names()
    pattern = expression(names)
    parts = _cache.code_of(pattern)
    regex = _cache.compile_code(parts, pattern) if names else None
    # One Entry object per distinct entry: the state is smaller and loads faster.
    entries: dict[Entry, int] = {}
    keyed = {
        key: tuple(entries.setdefault(e, len(entries)) for e in bucket)
        for key, bucket in names.items()
    }
    state = {
        "entries": [(e.kind, e.value, e.acronym) for e in entries],
        "names": keyed,
        "regex": parts,
    }
    return Gazetteer(names, regex=regex), state


def _restore(state: dict[str, Any]) -> Gazetteer:
    entries = [Entry(kind, value, acronym) for kind, value, acronym in state["entries"]]
    names = {key: [entries[i] for i in indexes] for key, indexes in state["names"].items()}
    pattern = expression(names) if state["regex"] is None else state["regex"]["pattern"]
    return Gazetteer(names, regex=_cache.compile_code(state["regex"], pattern) if names else None)


def _extended() -> bool:
    """Whether users have added to the knowledge the gazetteer is made from."""
    from dipevents.normalize import countries, people, summits, territories

    return bool(
        countries._extra or people._extra_rows or territories._extra or summits._extra_series
    )


def _built_in() -> tuple[Gazetteer, dict[str, Any]]:
    """The built-in gazetteer from the cache, or built (and cached) when it is not there."""
    key = knowledge_key()
    if key is None:
        return _build()
    state = _cache.load("gazetteer", key)
    if isinstance(state, dict):
        try:
            return _restore(state), state
        except (KeyError, TypeError, ValueError, IndexError):
            pass  # an entry of another layout: build it again
    built, state = _build()
    _cache.store("gazetteer", key, state)
    return built, state


_current: Gazetteer | None = None
_state: dict[str, Any] | None = None


def gazetteer() -> Gazetteer:
    """The compiled gazetteer, loaded or built on first use and after each extension of the
    knowledge."""
    global _current, _state
    if _current is None:
        _current, _state = _build() if _extended() else _built_in()
    return _current


def snapshot() -> bytes | None:
    """The built-in gazetteer as bytes for :func:`install` in another process (None once the
    knowledge has been extended: a worker would not have the extensions anyway)."""
    gazetteer()
    if _state is None or _extended():
        return None
    return marshal.dumps(_state)


def install(data: bytes | None) -> None:
    """Use the gazetteer of :func:`snapshot` unless this process already has one."""
    global _current, _state
    if _current is not None or data is None or _extended():
        return
    state = marshal.loads(data)
    _current, _state = _restore(state), state


def invalidate() -> None:
    global _current, _state
    _current = _state = None
