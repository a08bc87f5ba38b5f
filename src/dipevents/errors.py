"""The exceptions dipevents raises.

Every error is a :class:`DipeventsError`; each leaf also subclasses the builtin
that a caller would naturally catch::

    DipeventsError
    ├── ModelError(DipeventsError, ValueError)        an invalid field value
    ├── SerializationError(DipeventsError, ValueError) malformed JSON or data, with the path
    ├── ParseError(DipeventsError, ValueError)         an article that cannot be parsed
    │   └── DecodeError(ParseError, UnicodeError)       bytes that are not UTF-8
    ├── UnknownFormatError(DipeventsError, LookupError) a format name nobody registered
    ├── MissingExtraError(DipeventsError, ImportError)  an optional dependency not installed
    └── FetchError(DipeventsError, OSError)             a URL that could not be fetched

Messages say what was wrong, where (class and field, JSON path, file and byte
offset) and what was expected.
"""

from __future__ import annotations

import reprlib

_SHORT = reprlib.Repr()
_SHORT.maxlevel = 4
_SHORT.maxstring = _SHORT.maxother = 120
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 12


def shown(value: object) -> str:
    """``repr(value)`` cut short, so that a huge or deeply nested value makes a readable
    message (and no ``RecursionError``).

    >>> shown([[[[[[1]]]]]])
    '[[[[[...]]]]]'
    """
    return _SHORT.repr(value)


class DipeventsError(Exception):
    """Base of every error raised by dipevents."""


class ModelError(DipeventsError, ValueError):
    """A model was given a value it cannot hold.

    >>> str(ModelError("TwoPlusTwo", "countries", ("JPN",), "two distinct states"))
    "TwoPlusTwo.countries needs two distinct states, got ('JPN',)"
    """

    def __init__(self, cls: str, field: str, value: object, expected: str) -> None:
        self.cls = cls
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{cls}.{field} needs {expected}, got {shown(value)}")


class SerializationError(DipeventsError, ValueError):
    """Data could not be turned into a model; ``errors`` lists each problem with its path."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        self.errors = list(errors or [])
        super().__init__(message)


class ParseError(DipeventsError, ValueError):
    """An article could not be read or parsed; ``source`` names it."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class DecodeError(ParseError, UnicodeError):
    """The bytes of an article are not valid UTF-8; ``offset`` is the first bad byte."""

    def __init__(self, source: str | None, offset: int, reason: str) -> None:
        self.offset = offset
        self.reason = reason
        super().__init__(f"not valid UTF-8 at byte offset {offset} ({reason})", source)


class UnknownFormatError(DipeventsError, LookupError):
    """No article format is registered under that name."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"unknown article format {name!r}; known formats: {', '.join(known)}")


class MissingExtraError(DipeventsError, ImportError):
    """A feature needs an optional dependency that is not installed; ``extra`` names
    the extra that brings it.

    >>> str(MissingExtraError("html", "reading HTML", "trafilatura"))
    "reading HTML needs trafilatura, which is not installed: pip install 'dipevents[html]'"
    """

    def __init__(self, extra: str, feature: str, package: str) -> None:
        self.extra = extra
        self.feature = feature
        self.package = package
        super().__init__(
            f"{feature} needs {package}, which is not installed: pip install 'dipevents[{extra}]'"
        )


class FetchError(DipeventsError, OSError):
    """A URL could not be fetched: ``url``, the HTTP ``status`` if one came back, and why.

    >>> str(FetchError("https://example.org/a", "HTTP 404 Not Found", status=404))
    'https://example.org/a: HTTP 404 Not Found'
    """

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        self.url = url
        self.reason = reason
        self.status = status
        super().__init__(f"{url}: {reason}")
