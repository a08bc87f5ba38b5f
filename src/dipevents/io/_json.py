"""JSON text to Python values, with every way that can fail made one error that says
where: not JSON, not UTF-8, a number too long for Python, nesting too deep."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import attrs

#: How many digits Python turns into an int (``sys.set_int_max_str_digits``; 0: no limit).
_DIGITS = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300


@attrs.frozen
class Problem:
    """Why a JSON text could not be read, and where.

    ``char`` is an offset in characters, or in bytes when ``in_bytes`` (text that is
    not UTF-8); ``line`` and ``column`` count from 1.
    """

    what: str
    char: int
    line: int = 1
    column: int = 1
    detail: str | None = None
    in_bytes: bool = False

    def _tail(self) -> str:
        if not self.detail:
            return ""
        return f" ({self.detail})" if self.in_bytes else f": {self.detail}"

    def __str__(self) -> str:
        if self.in_bytes:
            return f"{self.what} at byte offset {self.char}{self._tail()}"
        return f"{self.what} at line {self.line}, column {self.column} (char {self.char}){self._tail()}"

    def in_line(self) -> str:
        """The problem of a text of one line (a JSON Lines record): the column only."""
        if self.in_bytes:
            return str(self)
        return f"{self.what} at column {self.column}{self._tail()}"


class BadJSON(ValueError):
    """Raised by :func:`loads`; the :class:`Problem` is its ``problem``."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def _at(text: str, char: int, what: str) -> Problem:
    line = text.count("\n", 0, char) + 1
    column = char - (text.rfind("\n", 0, char) + 1) + 1
    return Problem(what, char, line, column)


def _deepest(text: str) -> tuple[int, int]:
    """The greatest nesting of arrays and objects, and where it is first reached."""
    depth = deepest = where = 0
    in_string = escaped = False
    for position, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, position
        elif char in "]}":
            depth -= 1
    return deepest, where


def decode(data: bytes | bytearray) -> str:
    """The text of JSON bytes (UTF-8, with or without a BOM, or UTF-16/32 with one)."""
    encoding = json.detect_encoding(data)
    try:
        return bytes(data).decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding.startswith("utf-8") else encoding.upper()
        byte = f"0x{data[exc.start]:02x}, " if exc.start < len(data) else ""
        raise BadJSON(
            Problem(f"not valid {name}", exc.start, detail=f"{byte}{exc.reason}", in_bytes=True)
        ) from None


def loads(data: str | bytes | bytearray) -> Any:
    """``json.loads``, raising :class:`BadJSON` for whatever makes it fail.

    >>> loads('{"a": [1, 2]}')
    {'a': [1, 2]}
    >>> loads('{"a": ]')
    Traceback (most recent call last):
    ...
    dipevents.io._json.BadJSON: not valid JSON at line 1, column 7 (char 6): Expecting value
    """
    text = decode(data) if isinstance(data, (bytes, bytearray)) else data
    if not isinstance(text, str):
        raise TypeError(f"expected JSON text (str or bytes), got {type(text).__name__}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Problem("not valid JSON", exc.pos, exc.lineno, exc.colno, exc.msg)
        raise BadJSON(problem) from None
    except ValueError:  # int() refusing a number of more digits than Python allows
        found = re.search(rf"-?\d{{{_DIGITS + 1},}}", text) if _DIGITS else None
        what = f"a number of more than {_DIGITS:,} digits"
        raise BadJSON(_at(text, found.start() if found else 0, what)) from None
    except RecursionError:
        deepest, char = _deepest(text)
        raise BadJSON(
            _at(text, char, f"arrays and objects nested {deepest:,} levels deep")
        ) from None
