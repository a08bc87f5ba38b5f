"""HTML pages: the main text and the metadata of a saved or fetched web page.

The page is read with trafilatura (the ``html`` extra: ``pip install 'dipevents[html]'``):
its main text becomes ``Article.text`` (headings, paragraphs and list items as blocks,
separated by blank lines), so every offset indexes the extracted text, not the HTML.
The title is the headline (JSON-LD, OpenGraph, the page's single ``<h1>``), never the
``<title>`` with the site's name after it; the publication date comes from the page's
structured metadata (read by htmldate), else from a date line near the headline; the
author is the byline's person, not an organisation. The page's furniture that
trafilatura lets through (section labels, sharing links, notices, "Related" lists)
is labelled as the generic format labels it.

Detecting HTML, decoding its bytes and the error without the extra need nothing
beyond the standard library.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import attrs

from dipevents._known import as_date, known, language_tag
from dipevents.errors import DecodeError, MissingExtraError, ParseError
from dipevents.formats import _furniture as web
from dipevents.formats._layout import (
    BODY,
    HEADING,
    byline_author,
    clean_title,
    find_date,
    finish,
    is_date_line,
    nonblank,
    split_lines,
)
from dipevents.formats.generic import (
    body_dateline,
    label_body,
    labelled_date,
    read_header,
    release_date,
)
from dipevents.models import Article

NAME = "html"
DESCRIPTION = "HTML pages, read with trafilatura (pip install 'dipevents[html]')."

_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)",
    re.I | re.S,
)
_TAG = re.compile(rb"<(?:html|head|body|meta|title|div|p|article)[\s>]", re.I)


def looks_like_html(data: str | bytes) -> bool:
    """Whether a text (or its bytes) is an HTML page, by its content, not its name:
    it starts with a doctype or an ``<html>``/``<head>``/``<body>`` tag, or with a tag
    and has several of the tags of a page near its start.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Summit <b>news</b>")
    False
    """
    head = data[:4096]
    raw = head.encode("utf-8", "replace") if isinstance(head, str) else head
    if _START.match(raw):
        return True
    stripped = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped.startswith(b"<") and len(_TAG.findall(raw)) >= 3


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<name>[\w.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        found = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
    return "cp1252" if found in ("latin-1", "iso8859-1", "ascii") else found


def decode_html(data: bytes, charset: str | None = None, source: str | None = None) -> str:
    """The text of an HTML page's bytes, decoded as a browser would: a byte-order mark,
    else ``charset`` (from the HTTP header), else the page's ``<meta charset>``, else
    UTF-8, else windows-1252. Refuses binary data (a NUL byte) with :class:`DecodeError`."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(source, nul, "a NUL byte: binary data, not an HTML page")
    declared = _codec(charset)
    if declared is None:
        match = _META_CHARSET.search(data[:8192])
        declared = _codec(match.group("name").decode("ascii", "replace")) if match else None
    if declared is not None and declared != "utf-8":
        return data.decode(declared, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8" if declared == "utf-8" else "cp1252", "replace")


# -- trafilatura --------------------------------------------------------------------


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        missing = getattr(exc, "name", None) or "trafilatura"
        raise MissingExtraError("html", "reading HTML", missing) from None
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        # Their warnings ("discarding data: None") go to logging; without a handler,
        # Python would print them on standard error, between our own messages.
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    return trafilatura


def available() -> bool:
    """Whether the ``html`` extra is installed."""
    try:
        _trafilatura()
    except MissingExtraError:
        return False
    return True


_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"}
_BLOCK = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "tr", "td", "th", "section", "article", "header", "footer", "nav", "aside",
    "main", "blockquote", "pre", "br", "hr", "address", "figure", "figcaption", "form",
    "time", "button", "label", "option", "caption", "summary", "details",
)  # fmt: skip


def page_lines(tree: Any) -> list[str]:
    """The visible text of a whole page, one line per block element (menus, headers and
    sidebars included): where a date line or byline beside the headline can be found."""
    from copy import deepcopy

    body = tree.find(".//body")
    root = deepcopy(body if body is not None else tree)
    for element in list(root.iter(*_SKIP)):
        parent = element.getparent()
        if parent is not None:
            tail = element.tail
            parent.remove(element)
            if tail:  # keep the text that followed the removed element
                previous = parent[-1] if len(parent) else None
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    for element in root.iter(*_BLOCK):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    return [line for raw in text.split("\n") if (line := " ".join(raw.split()))]


# trafilatura's block elements: one nested in another still starts a line of its own.
_BREAKING = frozenset({"head", "p", "item", "quote", "code", "div"})
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?: source)?\s*\]\s*$", re.I)


def _blocks(body: Any) -> Iterator[tuple[str, str]]:
    """(kind, text) of each block of trafilatura's main text: headings, paragraphs,
    list items, quotations; line breaks inside a block kept."""

    def text_of(element: Any) -> str:
        parts: list[str] = []

        def walk(node: Any) -> None:
            if node.tag == "lb":
                parts.append("\n")
            elif node.text:
                parts.append(node.text)
            for child in node:
                if child.tag in ("list", "table"):
                    if child.tail:
                        parts.append(child.tail)
                    continue
                broken = child.tag in _BREAKING
                if broken:  # a block inside a block: "Press release<head>Headline</head>"
                    parts.append("\n")
                walk(child)
                if broken:
                    parts.append("\n")
                if child.tail:
                    parts.append(child.tail)

        walk(element)
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        return "\n".join(line for line in lines if line)

    def visit(element: Any) -> Iterator[tuple[str, str]]:
        tag = element.tag
        if tag == "list":
            for item in element:
                if item.tag == "item":
                    text = text_of(item)
                    if text:
                        yield "paragraph", text
                    for nested in item:
                        if nested.tag == "list":
                            yield from visit(nested)
            return
        if tag in ("table", "graphic", "ref", "comments"):
            return
        text = text_of(element)
        if tag == "head":
            text = _EDIT_LINK.sub("", text)  # a wiki's "[edit]" beside each heading
        if text:
            yield ("heading" if tag == "head" else "paragraph"), text
        for child in element:
            if child.tag == "list":
                yield from visit(child)

    for element in body:
        yield from visit(element)


@attrs.frozen
class Page:
    """What trafilatura and the page's markup say, before the text is labelled."""

    blocks: tuple[tuple[str, str], ...]
    title: str | None
    published: date | None
    author: str | None
    url: str | None
    publisher: str | None
    language: str | None
    categories: tuple[str, ...]
    undated: bool  # an encyclopaedia: its markup's dates are of the page, not of a publication
    lines: tuple[str, ...]  # the visible text of the whole page


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        for element in tree.iterfind(f".//meta[@property='{name}']"):
            if element.get("content", "").strip():
                return str(element.get("content")).strip()
        for element in tree.iterfind(f".//meta[@name='{name}']"):
            if element.get("content", "").strip():
                return str(element.get("content")).strip()
    return None


def _language(tree: Any) -> str | None:
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    for value in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        _meta(tree, "og:locale", "content-language", "language", "dc.language"),
    ):
        tag = language_tag(value)
        if tag:
            return tag
    for element in tree.iterfind(".//meta[@http-equiv]"):
        if str(element.get("http-equiv", "")).lower() == "content-language":
            tag = language_tag(str(element.get("content", "")).split(",")[0])
            if tag:
                return tag
    return None


def _not_a_person(name: str, site: str | None) -> bool:
    """An author string that names an organisation, a desk or the site, not a person."""
    if site and web.normal(name).lower() == web.normal(site).lower():
        return True
    if any(c.isdigit() for c in name) or "@" in name or "://" in name or len(name) > 80:
        return True
    return web.is_organisation(name) or web.not_an_author(name) or web.names_institution(name)


def _author(value: str | None, site: str | None) -> str | None:
    """The first person of an author field ("Jane Doe; John Roe", "By Jane Doe and ...",
    "Jane Doe, Staff Writer"), or None when it names no person."""
    if not value:
        return None
    first = " ".join(re.split(r"\s*;\s*", value.strip())[0].split())
    first = re.sub(r"^(?:by|written by|author:?)\s+", "", first, flags=re.I)
    first = re.split(r"\s+(?:and|&)\s+", first)[0].strip(" ,")
    head, _, rest = first.partition(", ")
    if rest and len(head.split()) >= 2:
        first = head  # "Jim Garamone, DOD News"
    return None if not first or _not_a_person(first, site) else first


def _title(value: str | None, site: str | None) -> str | None:
    title = clean_title(web.strip_site(value, site)) if value else None
    if title is None:
        return None
    if (
        (site and web.normal(title).lower() == web.normal(site).lower())
        or web.is_section(title)
        or web.is_organisation(title)
        or web.furniture_label(title) is not None
    ):
        return None  # the site's name or a section's, not a headline
    return title


_SEPARATORS = re.compile(r"\s+[|>»·•:–—-]\s+|\s*[|>»]\s*")


def _site(tree: Any, found: str | None, headline: str | None) -> str | None:
    """The site's name: trafilatura's or the page's ``og:site_name``, else what follows
    the headline in ``<title>`` ("Headline | Site", "Headline > Site > Section"); a bare
    host name as a last resort."""
    named = _meta(tree, "og:site_name", "application-name")
    if named:
        return named
    if headline and found and _folded(headline) in _folded(found):
        found = None  # the page's title taken for the site's name
    if found and (" " in found.strip() or "." not in found):
        return found
    element = tree.find(".//title")
    text = " ".join(element.text_content().split()) if element is not None else ""
    if headline and text.startswith(headline):
        parts = [p.strip() for p in _SEPARATORS.split(text[len(headline) :]) if p.strip()]
        if parts and text[len(headline) :].strip()[:1] in "|>»·•:–—-":
            return parts[0]
    return found


def _folded(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _headline(tree: Any, title: str | None) -> str | None:
    """The page's own headline when the metadata's title is it with more after it
    ("Kuril Islands dispute - Wikipedia" beside ``<h1>Kuril Islands dispute</h1>``)."""
    if not title:
        return title
    folded = _folded(title)
    for element in tree.iterfind(".//h1"):
        text = " ".join(element.text_content().split())
        mine = _folded(text)
        if mine and folded.startswith(mine) and folded != mine:
            rest = title[len(text) :] if title.startswith(text) else ""
            if rest.lstrip()[:1] in ("-", "–", "—", "|", ":", "·", "•"):
                return clean_title(text)
    return title


# What browsers and page savers write at the top of a saved page: Internet Explorer's and
# Chrome's "Mark of the Web" (``<!-- saved from url=(0047)https://... -->``) and SingleFile's
# ``<!-- Page saved with SingleFile url: https://... -->``.
_SAVED_FROM = re.compile(
    r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(?P<url>https?://[^\s>]+)",
    re.I,
)


def saved_from(html: str) -> str | None:
    """The address a saved page says it was saved from, if it says."""
    match = _SAVED_FROM.search(html[:2048])
    if not match:
        return None
    try:
        return known(url=match.group("url").rstrip("-")).url
    except ValueError:
        return None


def read_page(html: str, *, url: str | None = None) -> Page:
    """Run trafilatura over a page: its main text as blocks, and its metadata."""
    trafilatura = _trafilatura()
    url = url or saved_from(html)
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise ParseError("not an HTML page that can be read")
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # structured dates only (meta tags, JSON-LD, <time>, the URL): a date line in the
        # text is read beside the headline, not anywhere on the page
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    blocks = (
        tuple(_blocks(document.body)) if document is not None and document.body is not None else ()
    )
    if document is None or not blocks:
        raise ParseError("no article text found in the page")
    site = document.sitename or _meta(tree, "og:site_name", "application-name")
    undated = web.undated_site(" ".join(filter(None, [site, document.url, url])))
    published = None
    if not undated:
        try:
            published = as_date(document.date)
        except (TypeError, ValueError):
            published = None
    page_title = _headline(
        tree, _title(document.title, site) or _title(_meta(tree, "og:title"), site)
    )
    site = _site(tree, site, page_title)
    author = _author(document.author, site) or _author(
        _meta(tree, "article:author", "author", "byl", "dc.creator"), site
    )
    return Page(
        blocks=blocks,
        title=page_title,
        published=published,
        author=author,
        url=document.url or url,
        publisher=" ".join(site.split()) if site else None,
        language=_language(tree),
        categories=tuple(c for c in (document.categories or []) if isinstance(c, str) and c),
        undated=undated,
        lines=tuple(page_lines(tree)),
    )


def _near(lines: Sequence[str], title: str | None) -> Iterator[str]:
    """The lines of the whole page around its headline, nearest first (below before above)."""
    if not title:
        return
    target = re.sub(r"[\W_]+", "", title.casefold())
    found = next(
        (i for i, line in enumerate(lines) if re.sub(r"[\W_]+", "", line.casefold()) == target),
        None,
    )
    if found is None:
        return
    for distance in range(1, 9):
        for position in (found + distance, found - distance):
            if 0 <= position < len(lines):
                yield lines[position]


def _date_near(page: Page, title: str | None) -> date | None:
    for line in _near(page.lines, title):
        if web.list_item(line) is not None or len(line) > 160:
            continue
        day = labelled_date(line) or release_date(line)
        if day is None and is_date_line(line):
            found = find_date(line)
            day = found[0] if found else None
        if day is not None:
            return day
    return None


def _byline_near(page: Page, title: str | None) -> str | None:
    for line in _near(page.lines, title):
        found = byline_author(line)
        if found and not _not_a_person(found, page.publisher):
            return found
    return None


def read_html(html: str, *, url: str | None = None, source: str | None = None) -> Article:
    """An HTML page as an :class:`Article` of ``format="html"`` (no events yet).

    ``url`` is the page's address (links and dates in it are read against it);
    ``Article.url`` is the address the page declares as its own (canonical), else ``url``.
    """
    page = read_page(html, url=url)
    text = "\n\n".join(block for _, block in page.blocks)
    lines = split_lines(text)
    content = nonblank(lines)
    heading_lines: set[int] = set()
    offset = 0
    line_of = {line.start: line.index for line in content}
    for kind, block in page.blocks:
        if kind == "heading":
            for part in block.split("\n"):
                index = line_of.get(text.find(part, offset))
                if index is not None:
                    heading_lines.add(index)
        offset += len(block) + 2
    header = read_header(content, title=page.title, title_lines=heading_lines)
    label_body(content, header.labels)  # a heading may end the article ("References")
    for index in heading_lines:
        if header.labels.get(index) == BODY:
            header.labels[index] = HEADING
    title = page.title or header.title
    if page.undated:
        published = None
    else:
        published = (
            page.published
            or header.published
            or _date_near(page, title)
            or body_dateline(content, header.labels)
        )
    author = page.author or header.author or _byline_near(page, title)
    return finish(
        text,
        lines,
        header.labels,
        starts=header.starts,
        format=NAME,
        source=source,
        title=title,
        published=published,
        author=author,
        publisher=page.publisher,
        url=page.url,
        language=page.language,
        categories=page.categories,
    )
