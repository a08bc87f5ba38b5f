"""``penzanews``: a page of the PenzaNews agency.

A site clock line ("17:07:42 Monday, October 18"), the category navigation,
the headline, a "HH:MM | DD.MM.YYYY | Section" line, the lead paragraph opening
with the dateline "DD Month YYYY. PenzaNews.", a repeated headline and a photo
caption, expert quotations, and "Latest headlines" / "Read also" trailers.
"""

from __future__ import annotations

import re
from datetime import date

from dipevents import _rx
from dipevents.formats._layout import (
    BODY,
    PREFIX,
    clean_title,
    find_date,
    finish,
    is_trailer,
    nonblank,
    split_lines,
)
from dipevents.models import Article

_CLOCK = _rx.compile(r"^\d{1,2}:\d{2}:\d{2}\s+[A-Z][a-z]+day\b")
_STAMP = _rx.compile(
    r"^(?P<time>\d{1,2}:\d{2})\s*\|\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*\|\s*(?P<section>[^|]{1,60})$"
)
_DATELINE = _rx.compile(r"^(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\.\s*PenzaNews\.\s*")
_CAPTION = _rx.compile(r"^(?:Photo|Photos|Source|Image)\s*:", re.I)
_NAV_WORDS = {
    "politics",
    "economy",
    "society",
    "culture",
    "sport",
    "incidents",
    "crime",
    "education",
}


def _is_nav(text: str) -> bool:
    words = {w.lower() for w in text.split()}
    return len(words & _NAV_WORDS) >= 3 and not text.endswith(".")


class PenzaNews:
    name = "penzanews"
    description = 'PenzaNews page: clock line, navigation, "HH:MM | DD.MM.YYYY | Section", dateline, quotations.'

    def score(self, text: str) -> float:
        head = nonblank(split_lines(text[:4000]))[:12]
        points = 0.0
        points += 0.3 if any(_STAMP.match(line.text[:PREFIX]) for line in head) else 0.0
        points += 0.4 if any(_DATELINE.match(line.text[:PREFIX]) for line in head) else 0.0
        points += 0.15 if head and _CLOCK.match(head[0].text[:PREFIX]) else 0.0
        points += 0.15 if any(_is_nav(line.text[:PREFIX]) for line in head[:3]) else 0.0
        return min(points, 1.0)

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        labels: dict[int, str] = {}
        starts: dict[int, int] = {}
        title: str | None = None
        published: date | None = None
        categories: list[str] = []
        body_started = False
        trailer = False
        for position, line in enumerate(content):
            head = line.text[:PREFIX]
            if trailer or is_trailer(head):
                trailer = True
                labels[line.index] = "trailer"
                continue
            if not body_started:
                stamp = _STAMP.match(head)
                dateline = _DATELINE.match(head)
                if position == 0 and _CLOCK.match(head):
                    labels[line.index] = "clock"
                elif _is_nav(head) and title is None:
                    labels[line.index] = "navigation"
                elif stamp:
                    found = find_date(stamp.group("date"), dayfirst=True)
                    published = published or (found[0] if found else None)
                    categories.append(stamp.group("section").strip())
                    labels[line.index] = "timestamp"
                elif dateline:
                    found = find_date(dateline.group("date"), dayfirst=True)
                    published = published or (found[0] if found else None)
                    starts[line.index] = line.start + dateline.end()
                    labels[line.index] = BODY
                    body_started = True
                elif title is None and len(head) <= 250:
                    title = clean_title(line.text)
                    labels[line.index] = "title"
                else:
                    labels[line.index] = BODY
                    body_started = True
                continue
            if title and clean_title(line.text) == title:
                labels[line.index] = "headline"
            elif _CAPTION.match(head) and len(line.text) < 120:
                labels[line.index] = "caption"
            else:
                labels[line.index] = BODY
        return finish(
            text,
            lines,
            labels,
            starts=starts,
            format=self.name,
            source=source,
            title=title,
            published=published,
            publisher="PenzaNews",
            categories=categories,
        )


FORMAT = PenzaNews()
