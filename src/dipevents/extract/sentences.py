"""Sentences of the body with their offsets into the article text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from dipevents.models import Block

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "hon",
        "rt",
        "amb",
        "adm",
        "excl",
        "messrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sen",
        "rep",
        "gov",
        "jr",
        "sr",
        "st",
        "mt",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "ref",
        "vol",
        "ed",
        "eds",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)

# A sentence ends at . ! ? (with closing quotes or brackets) before white space and a
# capital, a digit or an opening quote; or at a full stop glued to the next sentence's
# capital ("South Korea.The head"), as happens in pages saved from the web.
_BOUNDARY = re.compile(r"(?P<end>[.!?…]+[\"”’')\]]*)(?:\s+(?=[\"“‘(\[]?[A-Z0-9])|(?=[A-Z][a-z]))")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@attrs.frozen
class Sentence:
    """One sentence: ``text`` is ``article.text[start:end]``; ``block`` its paragraph's index."""

    start: int
    end: int
    text: str
    block: int
    index: int


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before[-20:])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Initials: "S. Jaishankar", "J. Smith", "U.S."
    return (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_block(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, shifted by ``offset``."""
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end("end")
        glued = match.end() == end  # no white space: "Korea.The"
        abbreviation = _is_abbreviation(text[:end].rstrip("\"”’')]").rstrip(".!?…") + ".")
        if abbreviation and text[match.start("end")] == ".":
            continue
        if glued:
            before = text[max(0, match.start() - 4) : match.start()]
            if not (len(before) == 4 and before.isalpha() and before.islower()):
                continue
        if text[start:end].strip():
            yield offset + start, offset + end
        start = match.end()
    if text[start:].strip():
        tail = text[start:].rstrip()
        yield offset + start, offset + start + len(tail)


def sentences(text: str, blocks: Iterable[Block]) -> list[Sentence]:
    """Every sentence of the given blocks of ``text``, in order."""
    out: list[Sentence] = []
    for number, blk in enumerate(blocks):
        for start, end in split_block(blk.text, blk.start):
            out.append(Sentence(start, end, text[start:end], number, len(out)))
    return out
