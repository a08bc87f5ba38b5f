"""Folding text for lookups: case-, accent- and punctuation-insensitive keys."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from dipevents import _rx

# Letters that Unicode does not decompose into a base letter and an accent.
_SPECIAL = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "Þ": "Th", "Ð": "D", "Æ": "Ae", "Œ": "Oe",
     "æ": "ae", "œ": "oe", "ß": "ss", "’": "'", "‘": "'", "ʼ": "'", "`": "'"}
)  # fmt: skip
_SEPARATORS = _rx.compile(r"[\s\-‐‑‒–—_/]+")
_DROP = _rx.compile(r"[^\w ]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A lookup key: accents, case, dots and apostrophes removed, dashes as spaces.

    >>> fold("Kōno Tarō"), fold("U.S."), fold("Kim Jong-un"), fold("People's Republic")
    ('kono taro', 'us', 'kim jong un', 'peoples republic')
    """
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SEPARATORS.sub(" ", text)
    text = _DROP.sub("", text)
    return " ".join(text.split())


def _fold_char(char: str) -> str:
    if char in "’‘ʼ`":
        return "'"
    if char in "-‐‑‒–—_/" or char.isspace():
        return " "
    base = unicodedata.normalize("NFKD", char.translate(_SPECIAL))[:1] or char
    low = base.lower()
    return low if len(low) == 1 else char.lower()[:1] or " "


_CHAR_TABLE: dict[int, str] = {}


def fold_chars(text: str) -> str:
    """A same-length fold of ``text`` for matching: offsets in the result index ``text``.

    Each character becomes one character: lower case without its accent, dashes
    and white space as a space, curly apostrophes as ``'``.
    """
    missing = {ord(c) for c in set(text)} - _CHAR_TABLE.keys()
    for code in missing:
        _CHAR_TABLE[code] = _fold_char(chr(code))
    return text.translate(_CHAR_TABLE)
