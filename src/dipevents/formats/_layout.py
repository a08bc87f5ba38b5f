"""What every format parser shares: lines with offsets, dates in headers, blocks, quotations.

Everything here runs in time linear in the text: lines are split once, and each
regular expression is either anchored on a bounded prefix of a line or has no
nested unbounded quantifier.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from dipevents import _rx
from dipevents.models import Article, Block, BlockKind, Quotation, Span

# Looking further than this into one line to classify it is never needed.
PREFIX = 400


@attrs.frozen
class Line:
    """One line of the text: ``text`` is stripped, ``start``/``end`` index its stripped content."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` with the offsets of its content stripped of white space."""
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.splitlines(keepends=True)):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            start = offset + lead
            lines.append(Line(index, start, start + len(stripped), stripped))
        else:
            lines.append(Line(index, offset, offset, ""))
        offset += len(raw)
    return lines


def nonblank(lines: Iterable[Line]) -> list[Line]:
    return [line for line in lines if not line.blank]


# -- dates ----------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    MONTHS[calendar.month_name[_number].lower()] = _number
    MONTHS[calendar.month_abbr[_number].lower()] = _number
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE_PATTERNS = [
    # June 14, 2018 / Wednesday, March 22, 2017 / June 14 2018
    _rx.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I
    ),
    # 14 June 2018 / 14 June, 2018 / 14th of June 2018
    _rx.compile(
        _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH
        + r",?\s+(?P<year>\d{4})\b",
        re.I,
    ),
    # 2018-06-14
    _rx.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
]
_NUMERIC = _rx.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, *, dayfirst: bool | None = None) -> tuple[date, int, int] | None:
    """The first full date written in ``text`` with its offsets, or None.

    Numeric dates (``28.03.2017``, ``3/22/2017``) are read day-first when
    ``dayfirst`` is true, month-first when false; when None, a dot means
    day-first and a slash month-first, unless only one reading is a valid date.
    """
    text = text[:PREFIX]
    best: tuple[date, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
            found = _make(int(match.group("year")), month, int(match.group("day")))
            if found and (best is None or match.start() < best[1]):
                best = (found, match.start(), match.end())
    match = _NUMERIC.search(text)
    if match and (best is None or match.start() < best[1]):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        first = dayfirst if dayfirst is not None else match.group("sep") == "."
        found = _make(year, b, a) if first else _make(year, a, b)
        if found is None:
            found = _make(year, a, b) if first else _make(year, b, a)
        if found:
            best = (found, match.start(), match.end())
    return best


def is_date_line(text: str, *, dayfirst: bool | None = None) -> bool:
    """True when a line is essentially a date (little else around it)."""
    found = find_date(text, dayfirst=dayfirst)
    if not found or len(text) > 60:
        return False
    rest = (text[: found[1]] + text[found[2] :]).strip(" ,.|-–—:")
    return len(rest) <= 25 and not re.search(r"[.!?]\s", rest)


# -- headings, blocks and quotations ---------------------------------------------------

_END_PUNCT = tuple(".:;,\"”’'»)…")


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence-final punctuation, starting with a capital."""
    words = text.split()
    return (
        0 < len(words) <= 14
        and len(text) <= 110
        and text[0].isupper()
        and not text.endswith(_END_PUNCT)
        and not re.match(r"\d+\s*[–—-]\s", text)
    )


def block(
    text: str, line: Line, kind: BlockKind = BlockKind.PARAGRAPH, start: int | None = None
) -> Block:
    begin = line.start if start is None else start
    return Block(start=begin, end=line.end, text=text[begin : line.end], kind=kind)


def span(line: Line, label: str) -> Span:
    return Span(start=line.start, end=line.end, label=label)


_SAY = (
    r"(?:said|says|told|added|explained|stressed|noted|concluded|suggested|believes|"
    r"pointed out|emphasized|emphasised|remarked|continued|warned|argued|insisted|stated)"
)
_NAME = r"(?:[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|bin|al-|el-)){1,3})"
_QUOTE = _rx.compile(r"[“\"](?P<body>[^“”\"\n]{12,3000})[”\"]")
_AFTER_NAMED = _rx.compile(r"^\s*,?\s*(?P<name>" + _NAME + r")\s+" + _SAY + r"\b")
_AFTER_SAID_NAMED = _rx.compile(r"^\s*,?\s*" + _SAY + r"\s+(?P<name>" + _NAME + r")\b")
_AFTER_ANON = _rx.compile(
    r"^\s*,?\s*(?:the\s+(?:expert|analyst|researcher|scholar|professor|diplomat|official|source)|he|she)\s+"
    + _SAY
    + r"\b",
    re.I,
)
_INTRODUCED = _rx.compile(
    r"(?:^|[.;]\s+|,\s+|\bIn turn,\s+|\bMeanwhile,\s+)(?P<name>"
    + _NAME
    + r"),\s+[^.“”]{3,300}?,\s+"
    r"(?:said|noted|told|expressed|drew|pointed|stressed|believes|explained|added|called|warned)\b"
)
_NAME_SAYS = _rx.compile(r"\b(?P<name>" + _NAME + r")\s+" + _SAY + r"\b")


def find_quotations(text: str, blocks: Sequence[Block]) -> list[Quotation]:
    """Quotations in the body, with their speaker where the text names one.

    A speaker named right after the quote ("…,” James Brown said) wins; "the
    expert said" and "he added" go to the person most recently introduced as
    speaking ("James Brown, Associate Professor …, said that …").
    """
    quotations: list[Quotation] = []
    last_speaker: str | None = None
    for blk in blocks:
        body = blk.text
        quotes = list(_QUOTE.finditer(body))
        if not quotes:
            # A paragraph introducing the next speaker: "James Brown, Associate Professor …, said".
            introduced = [m.group("name") for m in _INTRODUCED.finditer(body[:2000])]
            if introduced:
                last_speaker = introduced[-1]
            else:
                says = _NAME_SAYS.search(body[:600])
                if says and says.group("name").split()[0] not in {"The", "This", "It", "In"}:
                    last_speaker = says.group("name")
            continue
        for match in quotes:
            after = body[match.end() : match.end() + 160]
            speaker: str | None = None
            named = _AFTER_NAMED.match(after) or _AFTER_SAID_NAMED.match(after)
            if named:
                speaker = named.group("name")
                last_speaker = speaker
            elif _AFTER_ANON.match(after):
                speaker = last_speaker
            else:
                before = body[max(0, match.start() - 200) : match.start()]
                intro = list(_NAME_SAYS.finditer(before))
                if intro:
                    speaker = intro[-1].group("name")
            start = blk.start + match.start("body")
            end = blk.start + match.end("body")
            quotations.append(
                Quotation(start=start, end=end, text=text[start:end], speaker=speaker)
            )
    return quotations


def build_article(
    text: str,
    *,
    format: str,
    source: str | None,
    title: str | None = None,
    published: date | None = None,
    author: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    language: str | None = None,
    categories: Sequence[str] = (),
    blocks: Sequence[Block] = (),
    footnotes: Sequence[Block] = (),
    furniture: Sequence[Span] = (),
) -> Article:
    """An Article with quotations found in the body blocks."""
    return Article(
        text=text,
        format=format,
        source=source,
        title=title,
        published=published,
        author=author,
        publisher=publisher,
        url=url,
        language=language,
        categories=tuple(categories),
        blocks=tuple(blocks),
        footnotes=tuple(footnotes),
        quotations=tuple(
            find_quotations(text, [b for b in blocks if b.kind is BlockKind.PARAGRAPH])
        ),
        furniture=tuple(sorted(furniture, key=lambda s: (s.start, s.end))),
    )


_WIKI_HEADING = _rx.compile(r"^(=+)\s*(?P<title>.*?)\s*\1$")
_MARKDOWN_HEADING = _rx.compile(r"^#{1,6}\s+")


def clean_title(text: str) -> str | None:
    """A title line with its white space collapsed and the marks of a wiki
    ("= Title =") or Markdown ("# Title") heading taken off."""
    title = " ".join(text.split())
    wiki = _WIKI_HEADING.match(title)
    if wiki and wiki.group("title"):
        title = wiki.group("title")
    title = _MARKDOWN_HEADING.sub("", title)
    return title or None


# -- assembling an article from labelled lines ------------------------------------------

BODY = "body"
HEADING = "heading"
FOOTNOTE = "footnote"


def assemble(
    text: str,
    lines: Sequence[Line],
    labels: dict[int, str],
    *,
    starts: dict[int, int] | None = None,
) -> tuple[list[Block], list[Block], list[Span]]:
    """Blocks, footnotes and furniture spans from a label per non-blank line.

    ``labels`` maps a line's index to ``"body"``, ``"heading"``, ``"footnote"`` or
    a furniture label; consecutive body lines make one paragraph. ``starts`` moves
    the start of a body line (a dateline before the first words, say): the part
    before becomes furniture labelled ``"dateline"``.
    """
    starts = starts or {}
    blocks: list[Block] = []
    footnotes: list[Block] = []
    furniture: list[Span] = []
    paragraph: list[Line] = []
    para_start: int | None = None

    def flush() -> None:
        nonlocal paragraph, para_start
        if paragraph:
            begin = para_start if para_start is not None else paragraph[0].start
            end = paragraph[-1].end
            blocks.append(Block(start=begin, end=end, text=text[begin:end]))
        paragraph = []
        para_start = None

    for line in lines:
        if line.blank:
            flush()
            continue
        label = labels.get(line.index, BODY)
        if label == BODY:
            if line.index in starts:
                flush()
                cut = starts[line.index]
                if cut > line.start:
                    furniture.append(Span(start=line.start, end=cut, label="dateline"))
                if cut >= line.end:
                    continue
                para_start = cut
            paragraph.append(line)
            continue
        flush()
        if label == HEADING:
            blocks.append(block(text, line, BlockKind.HEADING))
        elif label == FOOTNOTE:
            footnotes.append(block(text, line))
        else:
            furniture.append(span(line, label))
    flush()
    return blocks, footnotes, furniture


_BYLINE = _rx.compile(
    r"^(?:by|written by|author:|posted by|text by)\s*:?\s+(?P<name>[^|,;•·\d][^|;•·]{1,80}?)\s*"
    r"(?:$|[|,;•·]|\s+(?:on|at|in|for)\s|\s+-\s|\s+[–—]\s)",
    re.I,
)
_NAME_LINE = _rx.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$")


def byline_name(line_text: str) -> str | None:
    """The name a byline gives, a person's or not ("By Anna Kireeva | June 14, 2018",
    "By Staff Reporters")."""
    match = _BYLINE.match(line_text[:PREFIX])
    if not match:
        return None
    name = match.group("name").strip()
    name = re.split(r"\s+and\s+|\s*&\s*", name)[0].strip()
    return name if _NAME_LINE.match(name) else None


def byline_author(line_text: str) -> str | None:
    """The person of a byline such as "By Anna Kireeva | June 14, 2018"; None for a byline
    that names no person ("By Staff Reporters", "By Reuters")."""
    from dipevents.formats._furniture import not_an_author

    name = byline_name(line_text)
    return None if name is None or not_an_author(name) else name


def is_person_name(line_text: str) -> bool:
    """A line that is only a person's name: two to five capitalised words."""
    words = line_text.split()
    return 2 <= len(words) <= 5 and bool(_NAME_LINE.match(line_text)) and len(line_text) <= 60


# Furniture that many sites share: comment widgets, sharing, related links, copyright.
_TRAILERS = _rx.compile(
    r"^(?:\d+\s+comments?:?|no comments:?|post a comment|leave a (?:reply|comment)|"
    r"(?:latest|lastest|related|recent)\s+(?:headlines|news|posts|articles|stories)|read also|read more|"
    r"share (?:this|on)|tags?:|labels?:|subscribe to:|newer post|older post|home$|"
    r"©|copyright\b|all rights reserved|related articles|you may also like|"
    r"this site uses akismet|no comments yet|you can be first to comment|editor review$|"
    r"comments?$|\d+\s+comments?$)",
    re.I,
)


def is_trailer(line_text: str) -> bool:
    """A line of site furniture that ends the body (comments, related links...)."""
    return bool(_TRAILERS.match(line_text[:PREFIX]))


def finish(
    text: str,
    lines: Sequence[Line],
    labels: dict[int, str],
    *,
    starts: dict[int, int] | None = None,
    **fields: Any,
) -> Article:
    """The Article of labelled lines: body blocks, footnotes and furniture assembled,
    quotations found, and the metadata fields (``format``, ``source``, ``title``…) set."""
    blocks, footnotes, furniture = assemble(text, lines, labels, starts=starts)
    return build_article(text, blocks=blocks, footnotes=footnotes, furniture=furniture, **fields)


def label_rest(
    content: Sequence[Line], labels: dict[int, str], trailer: Callable[[str], str | None]
) -> None:
    """Label every line not yet labelled: body until the first trailer line, furniture after.

    ``trailer(text)`` returns the furniture label of a line that ends the body, or None.
    """
    ended: str | None = None
    for line in content:
        if line.index in labels:
            continue
        found = trailer(line.text[:PREFIX])
        if found is not None:
            ended = found
        labels[line.index] = ended if ended is not None else BODY
