"""``moderndiplomacy``: an article page of Modern Diplomacy.

The title; "Month D, YYYY Category , Category" (the date and the categories);
a photo credit; "By" and the author on lines of their own; blank lines holding
a single non-breaking space; the body with section headings; numbered footnotes
"1 – …"; the author's name and bio again; "Editor review" and comment widgets.
"""

from __future__ import annotations

import re
from datetime import date

from dipevents import _rx
from dipevents.formats._layout import (
    BODY,
    FOOTNOTE,
    HEADING,
    PREFIX,
    Line,
    byline_author,
    clean_title,
    find_date,
    finish,
    is_trailer,
    looks_like_heading,
    nonblank,
    split_lines,
)
from dipevents.models import Article

_DATE_CATEGORIES = _rx.compile(
    r"^(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s+(?P<categories>\S.*)?$"
)
_FOOTNOTE = _rx.compile(r"^\d{1,3}\s*[–—-]\s+\S")
_REPUBLISHED = _rx.compile(
    r"^This\s+article\s+was\s+(?:originally\s+|first\s+)?(?:published|posted)", re.I
)
_SEPARATOR = _rx.compile(r"^[*•·~_=—–-]{1,5}$")
_CREDIT = _rx.compile(r"(?:photo|image|credit|source|©|reuters|getty|afp|\bAP\b|xinhua|tass)", re.I)


def _categories(text: str | None) -> list[str]:
    if not text:
        return []
    return [c.strip() for c in text.split(",") if c.strip()]


class ModernDiplomacy:
    name = "moderndiplomacy"
    description = 'Modern Diplomacy page: "Month D, YYYY Category , …" line, "By" / author, footnotes, comments.'

    def score(self, text: str) -> float:
        lines = split_lines(text[:3000])
        content = nonblank(lines)
        points = 0.0
        if any(
            _DATE_CATEGORIES.match(line.text[:PREFIX]) and " , " in line.text
            for line in content[:3]
        ):
            points += 0.5
        if any(line.text == "By" for line in content[:8]):
            points += 0.3
        tail = nonblank(split_lines(text[-1500:]))
        if any(line.text.lower() in {"editor review", "leave a reply"} for line in tail):
            points += 0.2
        return min(points, 1.0)

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        labels: dict[int, str] = {}
        title: str | None = None
        published: date | None = None
        author: str | None = None
        categories: list[str] = []
        position = 0
        # The header: title, date and categories, photo credit, "By", author.
        while position < min(len(content), 8):
            line = content[position]
            head = line.text[:PREFIX]
            dated = _DATE_CATEGORIES.match(head)
            if title is None and not dated:
                title = clean_title(line.text)
                labels[line.index] = "title"
            elif dated and published is None:
                found = find_date(dated.group("date"), dayfirst=False)
                published = found[0] if found else None
                categories = _categories(dated.group("categories"))
                labels[line.index] = "date"
            elif head == "By" and position + 1 < len(content):
                labels[line.index] = "byline"
                author = clean_title(content[position + 1].text)
                labels[content[position + 1].index] = "byline"
                position += 1
            elif author is None and byline_author(head):
                author = byline_author(head)
                labels[line.index] = "byline"
            elif (
                author is None
                and published is not None
                and len(head) <= 80
                and _CREDIT.search(head)
            ):
                labels[line.index] = "credit"
            else:
                break
            position += 1
        body = content[position:]
        # The end of the body: the first footnote, the bio (the author's name again),
        # the republication note, or the comment widgets.
        end = len(body)
        for number, line in enumerate(body):
            head = line.text[:PREFIX]
            if (
                _FOOTNOTE.match(head)
                or (author is not None and line.text == author)
                or is_trailer(head)
                or _REPUBLISHED.match(head)
            ):
                end = number
                break
        for number, line in enumerate(body):
            head = line.text[:PREFIX]
            if number < end:
                if _SEPARATOR.match(head):
                    labels[line.index] = "separator"
                elif looks_like_heading(head) and _next_is_prose(body, number, end):
                    labels[line.index] = HEADING
                else:
                    labels[line.index] = BODY
            elif _FOOTNOTE.match(head):
                labels[line.index] = FOOTNOTE
            elif _REPUBLISHED.match(head):
                labels[line.index] = "republication"
            elif (author is not None and line.text == author) or (
                number > 0 and labels.get(body[number - 1].index) == "bio" and not is_trailer(head)
            ):
                labels[line.index] = "bio"
            else:
                labels[line.index] = "comments"
        return finish(
            text,
            lines,
            labels,
            format=self.name,
            source=source,
            title=title,
            published=published,
            author=author,
            publisher="Modern Diplomacy",
            categories=categories,
        )


def _next_is_prose(body: list[Line], number: int, end: int) -> bool:
    for line in body[number + 1 : end]:
        if _SEPARATOR.match(line.text):
            continue
        return len(line.text) > 120 or line.text.count(". ") >= 1
    return False


FORMAT = ModernDiplomacy()
