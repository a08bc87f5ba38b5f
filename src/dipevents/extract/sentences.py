"""Sentences of the body with their offsets into the article text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from dipevents import _rx
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
_BOUNDARY = _rx.compile(r"(?P<end>[.!?…]+[\"”’')\]]*)(?:\s+(?=[\"“‘(\[]?[A-Z0-9])|(?=[A-Z][a-z]))")
_WORD_BEFORE = _rx.compile(r"([\w.]+)$")
_NAME_WORD = _rx.compile(r"\b(?P<title>[A-Z][a-z]{1,5})\.\s+[A-Z][a-z]+\.$")
_INITIAL_NEXT = _rx.compile(r"[A-Z]\.\s+[A-Z][a-z]")


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


#: Sentences longer than this are cut at a clause break (or a space) so that the work per
#: sentence stays bounded however long a text without full stops is.
MAX_SENTENCE = 1200
# A line that ends without punctuation and is short is a heading or a list item: the
# next line, starting with a capital, is a new sentence ("Economic sanctions\nIn July …").
_HEADING_BREAK = _rx.compile(r"(?<=[^\s.!?…:;,\-–—(])\n(?=[\"“‘(\[]?[A-Z0-9])")
_CONNECTIVE = _rx.compile(
    r"\b(?:and|or|of|the|a|an|to|in|on|for|with|by|at|from|that|which)$", re.I
)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut at short heading lines and, past MAX_SENTENCE, at clause breaks."""
    for match in _HEADING_BREAK.finditer(text, start, end):
        line_start = text.rfind("\n", start, match.start()) + 1
        line = text[max(start, line_start) : match.start()]
        if len(line) <= 80 and not _CONNECTIVE.search(line):
            if text[start : match.start()].strip():
                yield from _bounded(text, start, match.start())
            start = match.end()
    if text[start:end].strip():
        yield from _bounded(text, start, end)


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" — "))
        if cut < MAX_SENTENCE // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE
        piece_end = start + cut + (1 if text[start + cut : start + cut + 1] in ";," else 0)
        yield start, piece_end
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def split_block(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, shifted by ``offset``.

    Linear in the text: each boundary looks at a bounded stretch before it.
    """
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end("end")
        glued = match.end() == end  # no white space: "Korea.The"
        before_end = text[max(0, end - 30) : end]
        abbreviation = _is_abbreviation(before_end.rstrip("\"”’')]").rstrip(".!?…") + ".")
        if abbreviation and text[match.start("end")] == ".":
            continue
        if (
            text[match.start("end")] == "."
            and (name := _NAME_WORD.search(before_end))
            and name.group("title").lower() in ABBREVIATIONS
            and _INITIAL_NEXT.match(text, match.end())
        ):
            continue  # "Hon. Defin. N. Lorenzana": a title, a name cut short, an initial
        if glued:
            before = text[max(0, match.start() - 4) : match.start()]
            if not (len(before) == 4 and before.isalpha() and before.islower()):
                continue
        if text[start:end].strip():
            for piece_start, piece_end in _pieces(text, start, end):
                yield offset + piece_start, offset + piece_end
        start = match.end()
    if text[start:].strip():
        tail = text[start:].rstrip()
        for piece_start, piece_end in _pieces(text, start, start + len(tail)):
            yield offset + piece_start, offset + piece_end


def sentences(text: str, blocks: Iterable[Block]) -> list[Sentence]:
    """Every sentence of the given blocks of ``text``, in order."""
    out: list[Sentence] = []
    for number, blk in enumerate(blocks):
        for start, end in split_block(blk.text, blk.start):
            out.append(Sentence(start, end, text[start:end], number, len(out)))
    return out
