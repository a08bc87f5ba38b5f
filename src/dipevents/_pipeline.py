"""From text or a file to an Article with its events: formats, then extraction."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import attrs

from dipevents._known import Known, known
from dipevents.errors import DecodeError, ModelError, ParseError
from dipevents.formats import detect, get_format
from dipevents.formats.html import NAME as HTML
from dipevents.formats.html import decode_html, looks_like_html
from dipevents.models import Article
from dipevents.models._validate import unwritable

#: File names that say "HTML page" (the content decides when it does not start with a tag).
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_BOM = b"\xef\xbb\xbf"


def parse(
    text: str,
    *,
    format: str | None = None,
    source: str | None = None,
    extract: bool = True,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> Article:
    """Parse the text of an article as saved from the web into an :class:`Article`.

    The format is detected (each registered format scores the text; the best
    above the threshold wins, else ``generic``) unless ``format`` names one.
    ``Article.text`` is ``text`` unchanged, so every offset indexes it. With
    ``extract`` (the default) the events of the body are found and normalised.

    A text that is an HTML page (by its content), or any text with
    ``format="html"``, is read as :func:`parse_html` reads it.

    ``published``, ``title``, ``author`` and ``url`` are what you already know
    of the article (from a crawler, a database, the page it came from): they
    win over what the text suggests, and relative dates ("on Monday", "last
    December") are resolved against ``published``. ``published`` may be a
    ``date``, a ``datetime`` or an ISO date string; an invalid value raises
    ``TypeError`` or ``ValueError`` before any parsing.

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
    given = known(published=published, title=title, author=author, url=url)
    if format == HTML or (format is None and looks_like_html(text)):
        return _parse_page(text, source=source, extract=extract, given=given)
    fmt = get_format(format) if format is not None else detect(text)[0]
    try:
        article = fmt.parse(text, source=source)
    except Exception as exc:
        if fmt.name == "generic" or format is not None:
            raise ParseError(f"the {fmt.name} parser failed: {exc}", source) from exc
        # A layout that fit but could not be parsed is read as plain text instead.
        article = get_format("generic").parse(text, source=source)
    article = given.apply(article)
    if not extract:
        return article
    from dipevents.extract.engine import extract as extract_events

    return _located(extract_events(article))


def _located(article: Article) -> Article:
    """The article with each event's place given its coordinates, where the gazetteer
    knows them (extraction names places; coordinates are looked up once, here)."""
    from dipevents.normalize.places import locate

    events = []
    for event in article.events:
        where = event.location
        found = locate(where) if where is not None else None
        events.append(event if found is where else event.with_changes(location=found))
    if all(a is b for a, b in zip(events, article.events, strict=True)):
        return article
    return attrs.evolve(article, events=events)


def _parse_page(
    html: str, *, source: str | None, extract: bool, given: Known, base: str | None = None
) -> Article:
    from dipevents.formats.html import read_html

    article = given.apply(read_html(html, url=given.url or base, source=source))
    if not extract:
        return article
    from dipevents.extract.engine import extract as extract_events

    return _located(extract_events(article))


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    extract: bool = True,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> Article:
    """Parse a web page (its HTML, as ``str`` or as the bytes of a saved file) into an
    :class:`Article` of ``format="html"``.

    The page is read with trafilatura, which the ``html`` extra installs
    (``pip install 'dipevents[html]'``); without it, :class:`MissingExtraError` is
    raised. ``Article.text`` is the page's main text, headings and paragraphs
    separated by blank lines: every offset (blocks, evidence) indexes it. The
    title is the headline, the publication date the page's own (its metadata, else
    a date line near the headline), the author the byline's person; ``publisher``
    is the site's name, ``url`` the page's canonical address (else ``url``),
    ``language`` its language tag. ``url`` is also what you know of the page's
    address; it and ``published``, ``title`` and ``author`` win over the page's
    own, as for :func:`parse`. Bytes are decoded as a browser would (BOM, ``<meta
    charset>``, UTF-8, else windows-1252).

    >>> page = "<html><body><article><h1>Talks in Oslo</h1><p>The talks began.</p></article></body></html>"
    >>> parse_html(page, extract=False).title  # doctest: +SKIP
    'Talks in Oslo'
    """
    given = known(published=published, title=title, author=author, url=url)
    if isinstance(html, bytes):
        html = decode_html(html, source=source)
    elif not isinstance(html, str):
        raise TypeError(f"parse_html() needs the page as str or bytes, got {type(html).__name__}")
    return _parse_page(html, source=source, extract=extract, given=given)


def is_page(data: bytes, name: str | None = None) -> bool:
    """Whether a file's bytes are an HTML page: by content, or by a page's file name
    when the content starts with a tag."""
    if looks_like_html(data):
        return True
    return bool(name and name.lower().endswith(HTML_SUFFIXES) and data.lstrip()[:1] == b"<")


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


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file; errors name the file."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}", source_name(path)) from exc


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a file, decoded as :func:`decode` does; errors name the file."""
    return decode(read_bytes(path), source_name(path))


def parse_file(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    extract: bool = True,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> Article:
    """Read and parse one article file; ``Article.source`` is its path.

    Accepts UTF-8 with or without a byte-order mark and any line endings;
    refuses undecodable input with :class:`DecodeError` naming the file and
    the byte offset. A saved web page (HTML, told by its content) is read as
    :func:`parse_html` reads it. ``published``, ``title``, ``author`` and
    ``url`` are as for :func:`parse`.
    """
    given = known(published=published, title=title, author=author, url=url)
    source = source_name(path)
    data = read_bytes(path)
    if format == HTML or (format is None and is_page(data, source)):
        page = decode_html(data, source=source)
        return _parse_page(page, source=source, extract=extract, given=given)
    return parse(
        decode(data, source),
        format=format,
        source=source,
        extract=extract,
        published=given.published,
        title=given.title,
        author=given.author,
        url=given.url,
    )


def parse_url(
    url: str,
    *,
    timeout: float = 30.0,
    max_bytes: int = 5_000_000,
    extract: bool = True,
    published: date | str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> Article:
    """Fetch a page on your own network and parse it: an HTML page as :func:`parse_html`
    reads it (which needs the ``html`` extra), a plain-text one as :func:`parse` does.

    One GET, with a ``timeout`` in seconds (connecting and downloading), a size
    cap of ``max_bytes`` and a User-Agent naming dipevents; redirects are followed
    to http(s) addresses only. ``Article.source`` is ``url``; ``Article.url`` the
    page's canonical address, else the address it was served from after redirects.
    A fetch that fails raises :class:`FetchError` (an ``OSError``) naming the URL
    and why: the HTTP status, a refused connection, a timeout, a page too large.
    A document that is neither a page nor text (a PDF, an image) raises
    :class:`ParseError`.
    """
    from dipevents._fetch import fetch

    given = known(published=published, title=title, author=author)
    response = fetch(url, timeout=timeout, max_bytes=max_bytes)
    return _parse_response(response, source=url, extract=extract, given=given)


def _parse_response(response: Any, *, source: str, extract: bool, given: Known) -> Article:
    data = response.data
    if response.is_html or (response.media_type in _SNIFFED and looks_like_html(data)):
        page = decode_html(data, response.charset, source=source)
        return _parse_page(page, source=source, extract=extract, given=given, base=response.url)
    if response.media_type in _SNIFFED:
        from dipevents.formats.html import _codec

        charset = _codec(response.charset)
        text = data.decode(charset, "replace") if charset else decode(data, source)
        return parse(
            text,
            source=source,
            extract=extract,
            published=given.published,
            title=given.title,
            author=given.author,
            url=given.url or response.url,
        )
    raise ParseError(f"the server sent {response.media_type}, not a web page or text", source)


# Media types whose content decides: text, and what servers send when they do not know.
_SNIFFED = ("text/plain", "application/octet-stream", "text/markdown", "text/x-markdown")
