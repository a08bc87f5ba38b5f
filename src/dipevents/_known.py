"""Metadata the caller already has (publication date, title, author, URL): read once, checked
at the edge, and laid over what a parser found in the text.

>>> known(published="2017-03-28T09:30:00+09:00", title="  Talks in\\nTokyo ").published
datetime.date(2017, 3, 28)
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import attrs

from dipevents.models import Article
from dipevents.models.article import _is_language, _is_url

# An ISO date, optionally with the time and zone of a datetime: the date is taken as written
# (the publisher's own day), not converted to another zone.
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?",
    re.I,
)
_NUMERIC = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def as_date(value: object, field: str = "published") -> date | None:
    """A date given by a caller: a ``date``, a ``datetime`` (its date), an ISO date or
    datetime string, or a date written out in words ("June 12, 2018", "12 June 2018").

    Numeric dates other than ISO (``03/04/2018``) are refused: which is the month
    cannot be known. Raises ``TypeError`` or ``ValueError`` naming ``field``.

    >>> as_date("June 12, 2018")
    datetime.date(2018, 6, 12)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"{field} needs a date or a date string such as 2017-03-28, "
            f"got {type(value).__name__} {value!r}"
        )
    text = value.strip()
    match = _ISO.fullmatch(text)
    if match:
        try:
            return date.fromisoformat(match.group("date"))
        except ValueError:
            raise ValueError(f"{field} needs a real date, got {value!r}") from None
    if re.match(r"[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b", text):  # RFC 2822 (e-mail, RSS)
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError):
            pass
    if text and not _NUMERIC.fullmatch(text):
        from dipevents.formats._layout import find_date

        found = find_date(text)
        # The whole string must be the date (a weekday or a clock time may stand around it).
        if found and len(text) - (found[2] - found[1]) <= 16:
            return found[0]
    raise ValueError(f"{field} needs a date such as 2017-03-28 (or 28 March 2017), got {value!r}")


def _text(value: object, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{field} needs a str, got {type(value).__name__} {value!r}")
    return " ".join(value.split()) or None


def _url(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"url needs a str, got {type(value).__name__} {value!r}")
    url = value.strip()
    if not url:
        return None
    if not _is_url(url):
        raise ValueError(f"url needs an absolute http or https URL, got {value!r}")
    return url


def language_tag(value: object) -> str | None:
    """A page's language as a BCP 47 tag ("en", "en-GB"), or None when it is not one.

    >>> language_tag("en_US"), language_tag("English")
    ('en-US', None)
    """
    if not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-")
    if len(tag) > 3 and "-" not in tag:
        return None  # a language's name, not its code
    return tag if tag and _is_language(tag) else None


@attrs.frozen
class Known:
    """What the caller knows of an article; ``None`` is "not known", never "none"."""

    published: date | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in attrs.astuple(self))

    def over(self, other: Known) -> Known:
        """These values where known, ``other``'s elsewhere."""
        mine = attrs.asdict(self)
        theirs = attrs.asdict(other)
        return Known(**{k: mine[k] if mine[k] is not None else theirs[k] for k in mine})

    def apply(self, article: Article) -> Article:
        """The article with these values in place of what its parser found."""
        values: dict[str, Any] = {k: v for k, v in attrs.asdict(self).items() if v is not None}
        return attrs.evolve(article, **values) if values else article


#: Nothing known.
UNKNOWN = Known()


def known(
    *,
    published: object = None,
    title: object = None,
    author: object = None,
    url: object = None,
) -> Known:
    """Check and normalise what a caller passed (blank strings count as not given)."""
    return Known(
        published=as_date(published),
        title=_text(title, "title"),
        author=_text(author, "author"),
        url=_url(url),
    )
