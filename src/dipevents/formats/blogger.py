"""``blogger``: a post on a Blogger (blogspot) blog.

The date header ("3/22/2017", written month-first, or "Wednesday, March 22,
2017"), the post title, the body, and the widgets after it: "No comments:",
"Post a Comment", "Posted by … at …", labels, "Newer Post / Older Post".
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
    is_date_line,
    is_trailer,
    nonblank,
    split_lines,
)
from dipevents.models import Article

_NUMERIC_DATE = _rx.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_COMMENTS = _rx.compile(r"^(?:no comments|\d+ comments?)\s*:?\s*$|^post a comment$", re.I)
_POSTED_BY = _rx.compile(r"^Posted by\s+(?P<name>.{2,60}?)(?:\s+at\s+.*)?$", re.I)


class Blogger:
    name = "blogger"
    description = (
        'Blogger post: "M/D/YYYY" date line, title, body, "No comments:" / "Post a Comment".'
    )

    def score(self, text: str) -> float:
        content = nonblank(split_lines(text))
        if not content:
            return 0.0
        points = 0.0
        if any(_NUMERIC_DATE.match(line.text) for line in content[:2]):
            points += 0.5
        elif any(is_date_line(line.text[:PREFIX], dayfirst=False) for line in content[:2]):
            points += 0.25
        if any(_COMMENTS.match(line.text[:PREFIX]) for line in content[-6:]):
            points += 0.45
        if any(_POSTED_BY.match(line.text[:PREFIX]) for line in content[-12:]):
            points += 0.2
        return min(points, 1.0)

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        labels: dict[int, str] = {}
        title: str | None = None
        published: date | None = None
        author: str | None = None
        for line in content[:3]:
            head = line.text[:PREFIX]
            if published is None and is_date_line(head, dayfirst=False):
                found = find_date(head, dayfirst=False)
                published = found[0] if found else None
                labels[line.index] = "date"
            elif title is None and len(head) <= 250 and head.count(". ") < 2:
                title = clean_title(line.text)
                labels[line.index] = "title"
            else:
                break
        trailer = False
        for line in content:
            if line.index in labels:
                continue
            head = line.text[:PREFIX]
            posted = _POSTED_BY.match(head)
            if posted:
                author = author or posted.group("name").strip()
                labels[line.index] = "byline"
                trailer = True
            elif trailer or is_trailer(head) or _COMMENTS.match(head):
                trailer = True
                labels[line.index] = "comments"
            else:
                labels[line.index] = BODY
        return finish(
            text,
            lines,
            labels,
            format=self.name,
            source=source,
            title=title,
            published=published,
            author=author,
            publisher="Blogger",
        )


FORMAT = Blogger()
