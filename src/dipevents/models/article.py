"""An article: its metadata, its text unchanged, the structure found in it and its events."""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import attrs

from dipevents.models._validate import (
    EXTENSION,
    as_tuple,
    check,
    members,
    optional_str,
    string,
    text,
    texts,
    to_enum,
)
from dipevents.models.events import Event


class BlockKind(enum.Enum):
    """What a block of the body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"


def _offset(value: object) -> bool:
    return type(value) is int and value >= 0


@attrs.frozen(kw_only=True)
class Span:
    """A labelled stretch of the article text, e.g. page furniture (``label="comments"``)."""

    start: int = attrs.field(validator=check("an int >= 0", _offset))
    end: int = attrs.field(validator=check("an int >= 0", _offset))
    label: str = attrs.field(validator=string("a non-empty label"))


@attrs.frozen(kw_only=True)
class Block:
    """A paragraph, heading or footnote of the body: ``article.text[start:end] == text``."""

    start: int = attrs.field(validator=check("an int >= 0", _offset))
    end: int = attrs.field(validator=check("an int >= 0", _offset))
    text: str = attrs.field(validator=text())
    kind: BlockKind = attrs.field(default=BlockKind.PARAGRAPH, converter=to_enum(BlockKind))


@attrs.frozen(kw_only=True)
class Quotation:
    """Quoted words, and who said them when the text names the speaker."""

    start: int = attrs.field(validator=check("an int >= 0", _offset))
    end: int = attrs.field(validator=check("an int >= 0", _offset))
    text: str = attrs.field(validator=text())
    speaker: str | None = attrs.field(default=None, validator=optional_str())


def _is_plain_date(value: object) -> bool:
    return value is None or (isinstance(value, date) and not isinstance(value, datetime))


def _is_url(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# BCP 47 as pages write it: a primary language subtag, then region, script or variant subtags.
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _is_language(value: object) -> bool:
    return value is None or (isinstance(value, str) and _LANGUAGE.fullmatch(value) is not None)


@attrs.frozen(kw_only=True)
class Article:
    """One article as its parser read it.

    ``text`` is the input unchanged (for an HTML page, the main text read from
    it, ``format == "html"``): every offset in ``blocks``, ``footnotes``,
    ``quotations``, ``furniture`` and each event's evidence indexes it.
    ``source`` names the input (a path, a URL fetched, a JSON Lines line);
    ``url`` is the page's own address, ``publisher`` the site's name and
    ``language`` the page's language tag, when known.
    """

    text: str = attrs.field(validator=text())
    format: str = attrs.field(default="generic", validator=string("a format identifier"))
    title: str | None = attrs.field(default=None, validator=optional_str())
    published: date | None = attrs.field(
        default=None, validator=check("a date or None", _is_plain_date)
    )
    author: str | None = attrs.field(default=None, validator=optional_str())
    source: str | None = attrs.field(default=None, validator=optional_str())
    publisher: str | None = attrs.field(default=None, validator=optional_str())
    url: str | None = attrs.field(
        default=None,
        validator=check("an absolute http or https URL, or None", _is_url),
        metadata=EXTENSION,
    )
    language: str | None = attrs.field(
        default=None,
        validator=check("a language tag such as 'en' or 'en-GB', or None", _is_language),
        metadata=EXTENSION,
    )
    categories: tuple[str, ...] = attrs.field(
        default=(), converter=as_tuple, validator=texts("a list of str", non_empty=False)
    )
    blocks: tuple[Block, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Block, "a list of Block")
    )
    footnotes: tuple[Block, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Block, "a list of Block")
    )
    quotations: tuple[Quotation, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Quotation, "a list of Quotation")
    )
    furniture: tuple[Span, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Span, "a list of Span")
    )
    events: tuple[Event, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Event, "a list of events")
    )

    def __attrs_post_init__(self) -> None:
        from dipevents.errors import ModelError

        n = len(self.text)
        spans: list[tuple[str, Any]] = [
            *(("blocks", b) for b in self.blocks),
            *(("footnotes", b) for b in self.footnotes),
            *(("quotations", q) for q in self.quotations),
            *(("furniture", s) for s in self.furniture),
            *(("events", e) for ev in self.events for e in ev.evidence),
        ]
        for field, item in spans:
            if not item.start <= item.end <= n:
                raise ModelError(
                    "Article", field, (item.start, item.end), f"offsets within the text (0..{n})"
                )
            text = getattr(item, "text", None)
            if text is not None and self.text[item.start : item.end] != text:
                raise ModelError(
                    "Article",
                    field,
                    text[:60],
                    f"the text at offsets {item.start}..{item.end} of the article",
                )

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The body's paragraphs, in order."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    @property
    def headings(self) -> tuple[Block, ...]:
        """The body's section headings, in order."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.HEADING)

    @property
    def body(self) -> str:
        """The body as plain text: headings and paragraphs separated by blank lines."""
        return "\n\n".join(b.text for b in self.blocks)
