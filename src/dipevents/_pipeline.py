"""From text or a file to an Article with its events: formats, then extraction."""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Any

import attrs

from dipevents.errors import DecodeError, ModelError, ParseError
from dipevents.formats import detect, get_format
from dipevents.models import Article
from dipevents.models._validate import unwritable

_BOM = b"\xef\xbb\xbf"


def _as_date(value: date | str | None) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise TypeError(f"published needs a date or an ISO date string (YYYY-MM-DD), got {value!r}")


def parse(
    text: str,
    *,
    format: str | None = None,
    source: str | None = None,
    extract: bool = True,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> Article:
    """Parse the text of an article as saved from the web into an :class:`Article`.

    The format is detected (each registered format scores the text; the best
    above the threshold wins, else ``generic``) unless ``format`` names one.
    ``Article.text`` is ``text`` unchanged, so every offset indexes it. With
    ``extract`` (the default) the events of the body are found and normalised.

    >>> article = parse("Summit in Helsinki\\n\\nThe leaders met on 16 July 2018.")
    >>> (article.format, article.title)
    ('generic', 'Summit in Helsinki')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs the article as str, got {type(text).__name__}")
    bad_source = unwritable(source) if isinstance(source, str) else None
    if bad_source is not None:
        raise ModelError(
            "Article", "source", source, f"text without NUL or lone surrogates ({bad_source})"
        )
    bad_text = unwritable(text)
    if bad_text is not None:
        raise ParseError(f"the text holds {bad_text}, which no article text may hold", source)
    fmt = get_format(format) if format is not None else detect(text)[0]
    try:
        article = fmt.parse(text, source=source)
    except Exception as exc:
        if fmt.name == "generic" or format is not None:
            raise ParseError(f"the {fmt.name} parser failed: {exc}", source) from exc
        # A layout that fit but could not be parsed is read as plain text instead.
        article = get_format("generic").parse(text, source=source)
    known: dict[str, Any] = {
        "published": _as_date(published),
        "title": title,
        "author": author,
    }
    known = {key: value for key, value in known.items() if value is not None}
    if known:
        article = attrs.evolve(article, **known)
    if not extract:
        return article
    from dipevents.extract.engine import extract as extract_events

    return extract_events(article)


def decode(data: bytes, source: str | None = None) -> str:
    """UTF-8 bytes (with or without a BOM) to text; refuses binary and undecodable data."""
    offset = len(_BOM) if data.startswith(_BOM) else 0
    nul = data.find(b"\x00")
    try:
        text = data[offset : nul if nul >= 0 else len(data)].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(source, offset + exc.start, exc.reason) from None
    if nul >= 0:
        raise DecodeError(source, nul, "a NUL byte: binary data, not text")
    return text


def source_name(path: str | os.PathLike[str]) -> str:
    r"""A path as a source name: bytes of the name that are not UTF-8 (which the OS hands
    over as surrogate escapes, and no UTF-8 output can hold) shown as ``\xNN``.

    >>> source_name("caf\udce9.txt")
    'caf\\xe9.txt'
    """
    name = os.fspath(path)
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate no file system gave
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a file, decoded as :func:`decode` does; errors name the file."""
    source = source_name(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", source) from exc
    return decode(data, source)


def parse_file(
    path: str | os.PathLike[str], *, format: str | None = None, extract: bool = True
) -> Article:
    """Read and parse one article file; ``Article.source`` is its path.

    Accepts UTF-8 with or without a byte-order mark and any line endings;
    refuses undecodable input with :class:`DecodeError` naming the file and
    the byte offset.
    """
    return parse(read_text(path), format=format, source=source_name(path), extract=extract)
