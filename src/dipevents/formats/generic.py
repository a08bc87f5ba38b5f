"""``generic``: any plain text: a title line, a date or byline near the top, paragraphs.

Page text as browsers copy it comes with the site's furniture around the article:
official-website banners, skip links, accessibility widgets, breadcrumbs, section
labels ("Press Releases"), the site's masthead, sharing and print links, notices
("This was published under the ... government") and "Related" lists at the end.
:func:`read_header` skips that furniture (the word lists are data, see
:mod:`dipevents.formats._furniture`), takes the headline as the title and a date
line or dateline near it as the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import attrs

from dipevents import _rx
from dipevents.formats import _furniture as web
from dipevents.formats._layout import (
    BODY,
    PREFIX,
    Line,
    byline_author,
    byline_name,
    clean_title,
    find_date,
    finish,
    is_date_line,
    is_person_name,
    is_trailer,
    nonblank,
    split_lines,
)
from dipevents.models import Article

# How many lines at the top, furniture aside, may hold the title, a date and a byline.
HEADER_LINES = 6
# How many lines at the top are looked at at all (banners and menus can be long).
SCAN_LINES = 40
# Lines of body (a standfirst, the issuing offices) after the title that may stand
# before the date line.
AFTER_TITLE = 2
_DATED = _rx.compile(
    r"^(?:published|posted|updated|date|dated|first published)\b[^:]{0,20}:?\s*", re.I
)
# The same label right before the date: "date 2024-02-01 ...", "Published: 3 May 2019".
_DATE_LABEL = _rx.compile(
    r"^(?:published|posted|updated|date|dated|first published)(?:\s+(?:on|at))?\s*[:–-]?\s*", re.I
)
_CLOCK = _rx.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\b")
# A UN-style document symbol standing alone: "GA/COL/3140", "SG/SM/18879", "S/RES/2231 (2015)".
_SYMBOL = _rx.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.-]{1,12}){1,5}(?:\s*\(\d{4}\))?")
# A sentence end: a word of two letters or more before the stop, so that initials
# ("Antony J. Blinken") and titles ("Mr. Abe") do not end a sentence.
_SENTENCE_END = _rx.compile(r"[a-z\d)]{2}[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")
# Segments of a release line: "FOR IMMEDIATE RELEASE | Friday, October 7, 2022 | Media Contact: ..."
_SEGMENTS = _rx.compile(r"\s+[|•·]\s+")
# A dateline opening the body with a full date: "MOSCOW, June 5, 2019 —", "TOKYO (Kyodo) 27 May 2019 -"
_DATELINE_PLACE = _rx.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?(?:\s*\([^)]{1,40}\))?[,\s]*$"
    # "Nairobi, 12 March 2024 –", "Dar es Salaam, Tanzania, 12 March 2024 –": a place in
    # title case, then a comma
    r"|^(?!(?:Yesterday|Today|Tomorrow|On|In|By|Since|Until|From|Last|Next|This|Then)\b)"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|es|el|de|al)){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s*$"
)
_DATELINE_AFTER = _rx.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])")


# An entry of a table of contents: "1 History", "2.1 Negotiations".
_TOC_ENTRY = _rx.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,80}$")


def _prose(text: str) -> bool:
    """A line of running text: long, or two sentences or more."""
    return len(text) > 250 or len(_SENTENCE_END.findall(text)) >= 2


def _folded(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def release_date(text: str) -> date | None:
    """The date of a line of short segments one of which is a date."""
    segments = _SEGMENTS.split(text)
    if len(segments) < 2 or any(len(s.split()) > 10 for s in segments):
        return None
    for segment in segments:
        if is_date_line(segment):
            found = find_date(segment)
            if found:
                return found[0]
    return None


def _names_a_place(text: str) -> bool:
    """Whether a short line names a state, a region or a group ("Asia Pacific", "Latin
    America"): a section, not a byline."""
    from dipevents.normalize._gazetteer import Kind, gazetteer

    kinds: tuple[Kind, ...] = ("country", "geography", "group", "series", "territory")
    return any(any(m.of(kind) for kind in kinds) for m in gazetteer().mentions(text))


def _segment_author(text: str) -> str | None:
    """The person's name that is one segment of a line of short segments beside its date
    ("Jane Roe | 1 July 2024", "Analysis • Jane Roe • June 5, 2019")."""
    segments = [s.strip() for s in _SEGMENTS.split(text)]
    if len(segments) < 2:
        return None
    for segment in segments:
        if is_date_line(segment):
            continue
        found = byline_author(segment)
        if found is None and is_person_name(segment) and not _names_a_place(segment):
            found = None if web.is_section(segment) or web.not_an_author(segment) else segment
        if found is not None:
            return found
    return None


def dateline(text: str) -> date | None:
    """The full date of a dateline opening a paragraph ("MOSCOW, June 5, 2019 — ..."), or None."""
    found = find_date(text[:90])
    if not found or found[1] > 45:
        return None
    before, after = text[: found[1]], text[found[2] : found[2] + 50]
    if before and not _DATELINE_PLACE.match(before):
        return None
    return found[0] if _DATELINE_AFTER.match(after) else None


@attrs.define
class Header:
    """What the top of a text holds: line labels, the metadata, where the body starts."""

    labels: dict[int, str] = attrs.field(factory=dict)
    starts: dict[int, int] = attrs.field(factory=dict)
    title: str | None = None
    published: date | None = None
    author: str | None = None
    ended: bool = False  # the body began on a line of the scan


def _read_labelled_date(line: Line, header: Header) -> bool:
    """ "date 2024-02-01 WASHINGTON – ..." or "Published: 3 May 2019": a date label and a
    date at the head of a line. The date is the publication date; any running text
    after it is the body's start."""
    label = _DATE_LABEL.match(line.text)
    found = find_date(line.text[label.end() : label.end() + 60]) if label else None
    if label is None or found is None or found[1] > 0:
        # "Posted by Jane Doe on June 5, 2019": a label, and a date somewhere after it
        dated = find_date(line.text) if _DATED.match(line.text) else None
        if dated is None or _prose(line.text):
            return False
        if header.published is None:
            header.published = dated[0]
        header.author = header.author or byline_author(line.text)
        header.labels[line.index] = "date"
        return True
    end = label.end() + found[2]
    rest = line.text[end:].strip(" ,;|-–—")
    if header.published is None:
        header.published = found[0]
    if rest and not is_date_line(rest) and not _CLOCK.match(rest):
        author = byline_author(rest)
        if author is None:  # running text after the date: the body begins there
            header.labels[line.index] = BODY
            header.starts[line.index] = line.start + len(line.text) - len(line.text[end:].lstrip())
            return True
        header.author = header.author or author
    header.labels[line.index] = "date"
    return True


def labelled_date(text: str) -> date | None:
    """The date of a line such as "Published: 3 May 2019" or "Posted on June 5, 2019 by X"."""
    if not _DATED.match(text) or _prose(text):
        return None
    found = find_date(text)
    return found[0] if found else None


def _field_block(content: Sequence[Line]) -> int | None:
    """Where a header of labelled fields ("[Title] ...", "Title: ...") starts, if it has one."""
    for position, line in enumerate(content[:15]):
        found = web.field(line.text)
        if found is not None and found[0] == "title" and found[1]:
            return position
    return None


def read_header(
    content: Sequence[Line], *, title: str | None = None, title_lines: set[int] | None = None
) -> Header:
    """Label the furniture, title, date and byline lines at the top of a text.

    ``content`` are the text's non-blank lines. With ``title`` (a headline known
    from elsewhere, e.g. a page's metadata), only a line that repeats it is taken
    as the title line: no other line is. With ``title_lines``, only those lines
    (by index) may be the title (an HTML page's headings).
    """
    header = Header()
    labels = header.labels
    fields_at = _field_block(content)
    if fields_at is not None:
        for line in content[:fields_at]:
            labels[line.index] = "masthead"
    known_title = _folded(title) if title else None
    seen = after_title = 0
    position = fields_at or 0
    limit = min(len(content), SCAN_LINES)
    while position < limit:
        line = content[position]
        text = line.text
        position += 1
        label = web.furniture_label(text)
        if label is not None:
            labels[line.index] = label
            while label == "toc" and position < len(content):
                if not _TOC_ENTRY.match(content[position].text):
                    break
                labels[content[position].index] = "toc"
                position += 1
            continue
        if web.breadcrumb(text):
            labels[line.index] = "breadcrumb"
            continue
        item = web.list_item(text)
        if item is not None and web.is_root(item) and header.title is None:
            labels[line.index] = "breadcrumb"
            while position < len(content):
                following = web.list_item(content[position].text)
                if following is None or len(following) > 150:
                    break
                labels[content[position].index] = "breadcrumb"
                position += 1
            continue
        if fields_at is not None:
            found_field = web.field(text)
            if found_field is not None:
                kind, value = found_field
                labels[line.index] = "field"
                if kind == "title" and header.title is None and value:
                    header.title = clean_title(value)
                    labels[line.index] = "title"
                elif kind == "published" and header.published is None:
                    dated = find_date(value)
                    header.published = dated[0] if dated else None
                    labels[line.index] = "date"
                elif kind == "author" and header.author is None and is_person_name(value):
                    header.author = value
                    labels[line.index] = "byline"
                continue
        if web.is_section(text) or (header.title is None and _SYMBOL.fullmatch(text)):
            labels[line.index] = "section"
            continue
        if (
            header.title is None
            and known_title is None
            and title_lines is None
            and web.is_organisation(text)
        ):
            labels[line.index] = "masthead"
            continue
        if _read_labelled_date(line, header):
            if labels[line.index] == BODY:
                header.ended = True
                break
            continue
        if _prose(text):
            header.ended = True
            break
        seen += 1
        if seen > HEADER_LINES:
            break
        if _CLOCK.match(text) and not find_date(text):
            labels[line.index] = "clock"
            continue
        if web.list_item(text) is None and (is_date_line(text) or release_date(text)):
            found = find_date(text)
            day = found[0] if found and is_date_line(text) else release_date(text)
            if day is not None:
                if header.published is None:
                    header.published = day
                    if found:
                        rest = text[found[2] :].strip(" |,-–—")
                        header.author = header.author or byline_author(rest)
                    if header.author is None and header.title is not None:
                        header.author = _segment_author(text)  # "Jane Roe | 1 July 2024"
                labels[line.index] = "date"
                continue
        found_author = byline_author(text)
        if found_author is None and header.title is not None:
            found_author = web.author_with_role(text)  # "Jane Roe, Senior Fellow"
        if header.author is None and found_author:
            header.author = found_author
            labels[line.index] = "byline"
            if header.published is None:
                dated = find_date(text)
                header.published = dated[0] if dated else None
            continue
        if found_author is None and byline_name(text) is not None:
            labels[line.index] = "byline"  # "By Staff Reporters": a byline of no person
            continue
        if header.title is None:
            if text.endswith(":"):
                break  # a sentence opening a list: the body has begun, untitled
            if known_title is not None:
                if _folded(web.strip_site(text)) == known_title or _folded(text) == known_title:
                    header.title = title
                    labels[line.index] = "title"
                    continue
                after_title += 1  # the text does not repeat the headline: this is body
            elif title_lines is not None and line.index not in title_lines:
                after_title += 1  # not a heading: body, though untitled so far
            elif len(text) <= 250 and line is not content[-1]:
                # (a text of one paragraph is all body: there is no title line to take)
                header.title = clean_title(web.strip_site(text))
                labels[line.index] = "title"
                continue
        elif len(text.split()) >= 2 and _folded(text) in _folded(header.title):
            labels[line.index] = "title"  # the headline again, or wrapped over lines
            continue
        else:
            if text.endswith(":"):
                break
            after_title += 1
        if after_title > AFTER_TITLE or header.published is not None:
            break
    if known_title is None and title_lines is None:
        _headline_over_the_date(content, header)
    return header


def _headline_over_the_date(content: Sequence[Line], header: Header) -> None:
    """ "Hansard / Hong Kong National Security Law: UK Response / debated on Monday 20 July
    2020": a site's name taken for the title gives way to the longer line just over the date."""
    labels = header.labels
    at = {line.index: n for n, line in enumerate(content)}
    title = next((i for i, label in labels.items() if label == "title"), None)
    dated = next((i for i, label in labels.items() if label == "date"), None)
    if title is None or dated is None or header.title is None or not title < dated:
        return
    between = [line for line in content[at[title] + 1 : at[dated]] if line.index not in labels]
    if not between:
        return
    last = between[-1]
    words = len(last.text.split())
    if (
        content[at[dated] - 1] is last
        and 4 <= words <= 40
        and words > len(header.title.split())
        and not _prose(last.text)
        and not last.text.rstrip().endswith((":", "."))  # a standfirst is a sentence
        and not any(web.is_organisation(part) for part in re.split(r",\s+|\s+and\s+", last.text))
    ):  # (GOV.UK's "Foreign, Commonwealth & Development Office, … and The Rt Hon …" is not)
        labels[title] = "masthead"
        labels[last.index] = "title"
        header.title = clean_title(web.strip_site(last.text))


def label_body(content: Sequence[Line], labels: dict[int, str]) -> None:
    """Label the lines the header left: body, furniture standing alone (sharing links,
    banners), and everything from the first trailer line ("Related links") on."""
    ended: str | None = None
    in_toc = False
    for line in content:
        if line.index in labels:
            continue
        head = line.text[:PREFIX]
        if ended is None and (is_trailer(head) or web.is_trailer(head)):
            ended = "trailer"
        if ended is not None:
            labels[line.index] = ended
            continue
        if in_toc and _TOC_ENTRY.match(head):
            labels[line.index] = "toc"
            continue
        label = web.furniture_label(head, header=False)
        in_toc = label == "toc"
        labels[line.index] = label or BODY


def body_dateline(content: Sequence[Line], labels: dict[int, str]) -> date | None:
    """The date of a dateline at the head of the first body line, if it has a full one."""
    for line in content:
        if labels.get(line.index, BODY) == BODY:
            return dateline(line.text)
    return None


class Generic:
    """The fallback layout: a title line, an optional date and byline, then paragraphs."""

    name = "generic"
    description = "Any plain text: a title line, a date or byline near the top, paragraphs."

    def score(self, text: str) -> float:
        return 0.1

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        header = read_header(content)
        label_body(content, header.labels)
        published = header.published or body_dateline(content, header.labels)
        return finish(
            text,
            lines,
            header.labels,
            starts=header.starts,
            format=self.name,
            source=source,
            title=header.title,
            published=published,
            author=header.author,
        )


FORMAT = Generic()
