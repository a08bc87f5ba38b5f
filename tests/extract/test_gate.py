"""The scan gate: skipping a pattern, or the words of a list, must never change a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipevents.extract import _gate, lexicon


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bre-?impos(?:e|ed)\b", re.I, {"reimpose", "re-impose"}),
        (r"\b(?:sanctions?|embargo(?:es)?)\b", re.I, {"sanction", "embargo"}),
        (r"(?:the\s+)?Security\s+Council", re.I, {"security"}),  # the longer of two words
        (r"go\s+to", re.I, {"go"}),
        (r"[A-Z]\w+\s+[A-Z]\w+", 0, None),  # nothing literal to require
        (r"(?:\w+\s+){0,3}talks", re.I, {"talks"}),
        (r"(?i:summit)s?", 0, {"summit"}),
    ],
)
def test_needs(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = _gate.needs(pattern, flags)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert set(found[0]) == expected


def test_a_letter_outside_ascii_turns_the_gate_off() -> None:
    # "ſ" matches "s" case-insensitively; lower() does not say so.
    pattern = re.compile(r"\bsanctions\b", re.I)
    text = "The ſanctions were lifted."
    assert pattern.search(text)
    assert _gate.lowered(text) is None
    assert _gate.can_match(pattern, text, _gate.lowered(text))
    words = lexicon.alternation(lexicon.pattern("MEASURE_GENERIC"))
    assert words is not None
    assert _spans(words.for_text(text, None), text) == _spans(words.full, text)


def test_a_curly_quote_keeps_the_gate_on() -> None:
    assert _gate.lowered("The EU’s “sanctions” — again.") == "the eu’s “sanctions” — again."


def test_only_the_words_the_text_can_hold_are_run() -> None:
    words = lexicon.alternation(lexicon.pattern("MEASURE_TRADE"))
    assert words is not None
    text = "Washington imposed punitive tariffs on Chinese steel."
    chosen = words.for_text(text, _gate.lowered(text))
    assert chosen is not None
    assert chosen is not words.full
    assert len(chosen.pattern) < len(words.full.pattern) / 3
    assert _spans(chosen, text) == _spans(words.full, text) != []
    assert words.for_text("They met in Paris.", "they met in paris.") is None


def _corpus_words() -> list[str]:
    pieces: list[str] = []
    for name in lexicon.names():
        for example in lexicon.examples(name):
            pieces.extend(example.split())
    return sorted(set(pieces))


_WORDS = _corpus_words()
_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC-’'., 0123456789+", max_size=8),
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, name=st.sampled_from(lexicon.names()))
def test_the_gated_scan_finds_what_the_full_scan_finds(text: str, name: str) -> None:
    pattern = lexicon.pattern(name)
    words = lexicon.alternation(pattern)
    assert words is not None
    low = _gate.lowered(text)
    assert _spans(words.for_text(text, low), text) == _spans(pattern, text)
    if not _gate.can_match(pattern, text, low):
        assert pattern.search(text) is None


@pytest.mark.parametrize("name", lexicon.names())
def test_every_example_passes_its_gate(name: str) -> None:
    pattern = lexicon.pattern(name)
    words = lexicon.alternation(pattern)
    assert words is not None
    for example in lexicon.examples(name):
        low = _gate.lowered(example)
        assert _spans(words.for_text(example, low), example) == _spans(pattern, example)
