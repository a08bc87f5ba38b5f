"""``generic``: any plain text: a title line, a date or byline near the top, paragraphs."""

from __future__ import annotations

import re
from datetime import date

from dipevents.formats._layout import (
    byline_author,
    clean_title,
    find_date,
    finish,
    is_date_line,
    is_trailer,
    label_rest,
    nonblank,
    split_lines,
)
from dipevents.models import Article

# How many non-blank lines at the top may hold the title, a date and a byline.
HEADER_LINES = 6
_DATED = re.compile(
    r"^(?:published|posted|updated|date|dated|first published)\b[^:]{0,20}:?\s*", re.I
)
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\b")


class Generic:
    """The fallback layout: a title line, an optional date and byline, then paragraphs."""

    name = "generic"
    description = "Any plain text: a title line, a date or byline near the top, paragraphs."

    def score(self, text: str) -> float:
        return 0.1

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        labels: dict[int, str] = {}
        title: str | None = None
        published: date | None = None
        author: str | None = None
        for line in content[:HEADER_LINES]:
            long_prose = len(line.text) > 250 or line.text.count(". ") >= 2
            if long_prose:
                break  # the body has begun
            if _CLOCK.match(line.text) and not find_date(line.text):
                labels[line.index] = "clock"
                continue
            if published is None and (is_date_line(line.text) or _DATED.match(line.text)):
                found = find_date(line.text)
                if found:
                    published = found[0]
                    labels[line.index] = "date"
                    found_author = byline_author(line.text[found[2] :].strip(" |,-–—"))
                    author = author or found_author
                    continue
            found_author = byline_author(line.text)
            if author is None and found_author:
                author = found_author
                labels[line.index] = "byline"
                if published is None:
                    dated = find_date(line.text)
                    published = dated[0] if dated else None
                continue
            if title is None and len(line.text) <= 250 and line is not content[-1]:
                # A text of one paragraph is all body: there is no title line to take.
                title = clean_title(line.text)
                labels[line.index] = "title"
                continue
            break
        label_rest(content, labels, lambda head: "trailer" if is_trailer(head) else None)
        return finish(
            text,
            lines,
            labels,
            format=self.name,
            source=source,
            title=title,
            published=published,
            author=author,
        )


FORMAT = Generic()
