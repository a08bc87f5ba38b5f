"""``focusosa``: a FocusOSA brief of the OSA Centre for Asian Studies (Warsaw).

"FocusOSA #N: Country: Topic" as the title, no date and no byline, then the
brief's paragraphs.
"""

from __future__ import annotations

import re

from dipevents import _rx
from dipevents.formats._layout import (
    clean_title,
    finish,
    is_trailer,
    label_rest,
    nonblank,
    split_lines,
)
from dipevents.models import Article

_TITLE = _rx.compile(r"^Focus\s*OSA\s*#?\s*\d+\s*[:.–—-]", re.I)


class FocusOSA:
    name = "focusosa"
    description = 'Think-tank brief: "FocusOSA #N: Country: Topic" title, no date, no byline.'

    def score(self, text: str) -> float:
        content = nonblank(split_lines(text[:2000]))
        if content and _TITLE.match(content[0].text):
            return 0.95
        return 0.6 if any(_TITLE.match(line.text) for line in content[:3]) else 0.0

    def parse(self, text: str, *, source: str | None = None) -> Article:
        lines = split_lines(text)
        content = nonblank(lines)
        labels: dict[int, str] = {}
        title = None
        for line in content[:3]:
            if _TITLE.match(line.text) or (line is content[0] and len(line.text) < 200):
                title = clean_title(line.text)
                labels[line.index] = "title"
                break
        label_rest(content, labels, lambda head: "trailer" if is_trailer(head) else None)
        return finish(
            text,
            lines,
            labels,
            format=self.name,
            source=source,
            title=title,
            publisher="OSA Centre for Asian Studies",
        )


FORMAT = FocusOSA()
