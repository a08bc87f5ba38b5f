"""``valdai``: an analysis of the Valdai Discussion Club.

A title, optionally a date and the author's name, the body, and the closing
disclaimer "Views expressed are of individual Members and Contributors, rather
than the Club's, unless explicitly stated otherwise."
"""

from __future__ import annotations

import re
from datetime import date

from dipevents import _rx
from dipevents.formats._layout import (
    byline_author,
    clean_title,
    find_date,
    finish,
    is_date_line,
    is_person_name,
    is_trailer,
    label_rest,
    nonblank,
    split_lines,
)
from dipevents.models import Article

_DISCLAIMER = _rx.compile(r"^Views expressed are (?:of|those of) individual Members", re.I)
_CLUB = _rx.compile(r"Valdai(?: Discussion)? Club", re.I)


def _trailer(head: str) -> str | None:
    if _DISCLAIMER.match(head):
        return "disclaimer"
    return "trailer" if is_trailer(head) else None


class Valdai:
    name = "valdai"
    description = (
        "Valdai Discussion Club analysis: title, body, the closing disclaimer on members' views."
    )

    def score(self, text: str) -> float:
        tail = nonblank(split_lines(text[-3000:]))
        if any(_DISCLAIMER.match(line.text) for line in tail[-4:]):
            return 0.9
        if _CLUB.search(text[:1500]) and any(_DISCLAIMER.match(line.text) for line in tail):
            return 0.7
        return 0.0

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        labels: dict[int, str] = {}
        title: str | None = None
        published: date | None = None
        author: str | None = None
        for line in content[:5]:
            if title is None:
                title = clean_title(line.text)
                labels[line.index] = "title"
            elif published is None and is_date_line(line.text, dayfirst=True):
                found = find_date(line.text, dayfirst=True)
                published = found[0] if found else None
                labels[line.index] = "date"
            elif author is None and byline_author(line.text):
                author = byline_author(line.text)
                labels[line.index] = "byline"
            elif author is None and is_person_name(line.text):
                author = line.text
                labels[line.index] = "byline"
            else:
                break
        label_rest(content, labels, _trailer)
        return finish(
            text,
            lines,
            labels,
            format=self.name,
            source=source,
            title=title,
            published=published,
            author=author,
            publisher="Valdai Discussion Club",
        )


FORMAT = Valdai()
