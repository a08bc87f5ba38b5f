"""Page furniture of web sites: which lines of a page's text are banners, breadcrumbs,
section labels, mastheads, sharing links or notices rather than the article.

The word lists live in ``formats/data/page_furniture.json``; this module compiles them
once and answers questions about one line at a time. Every pattern is matched against
a whole line, so a sentence that merely mentions "cookies" or "Home" is never furniture.

>>> furniture_label("An official website of the United States government")
'banner'
>>> is_section("Press Releases"), is_organisation("Bureau of Industry & Security")
(True, True)
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import attrs

from dipevents import _rx

# Bullets, bars and arrows that sites put around their furniture.
_EDGES = " \t|•·›»«>/–—-*:"
_LIST_MARKER = _rx.compile(r"^(?:\d{1,2}[.)]|[-*•·–—>›»])\s+")


@attrs.frozen
class _Rules:
    labels: tuple[tuple[str, re.Pattern[str]], ...]
    anywhere: frozenset[str]
    sections: re.Pattern[str]
    trailers: re.Pattern[str]
    roots: frozenset[str]
    separators: re.Pattern[str]
    organisation: re.Pattern[str]
    organisation_words: int
    fields: dict[str, str | None]
    not_authors: re.Pattern[str]
    author_roles: re.Pattern[str]
    heads: frozenset[str]
    undated: re.Pattern[str]


def _any(patterns: list[str]) -> re.Pattern[str]:
    return _rx.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@cache
def rules() -> _Rules:
    """The compiled word lists (read once)."""
    path = resources.files("dipevents.formats").joinpath("data").joinpath("page_furniture.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    heads = "|".join(re.escape(word) for word in data["organisations"]["heads"])
    word = r"(?:[A-Z][\w.'’&-]*|of|for|and|the|on|in|&|de|du|des|la|le)"
    organisation = _rx.compile(
        # "Bureau of Industry & Security", "U.S. Department of the Treasury", "Cabinet Office",
        # "Foreign, Commonwealth & Development Office (FCDO)", '"The World and Japan" Database'
        # (not a title naming an office: "Remarks by the Prime Minister", "Message from the
        # President")
        rf"(?:the\s+)?(?:(?!(?:by|from|with|after|at|about|on)\s)[\w.'’\"“”&,-]+\s+){{0,6}}?(?:{heads})(?:\s+(?:of|for|on|in|to|du|de)\s+{word}(?:,?\s+{word})*)?"
        r"(?:\s*\([^()]{1,60}\))?",
        re.I,
    )
    separators = "|".join(re.escape(s) for s in data["breadcrumb_separators"])
    return _Rules(
        labels=tuple(
            (label, _any(patterns)) for label, patterns in data["furniture"].items() if patterns
        ),
        anywhere=frozenset(data["anywhere"]),
        sections=_any(data["sections"]),
        trailers=_any(data["trailers"]),
        roots=frozenset(data["breadcrumb_roots"]),
        separators=_rx.compile(rf"\s+(?:{separators})\s+"),
        organisation=organisation,
        organisation_words=int(data["organisations"]["max_words"]),
        fields={str(k): v for k, v in data["fields"].items()},
        not_authors=_any(data["not_authors"]),
        author_roles=_any(data["author_roles"]),
        heads=frozenset(data["organisations"]["heads"]),
        undated=_any(data["undated_sites"]),
    )


def normal(text: str) -> str:
    """A line as the patterns see it: white space collapsed, bullets and bars stripped."""
    return " ".join(text.split()).strip(_EDGES)


def list_item(text: str) -> str | None:
    """The text of a list item ("1. Home", "- Home"), or None when the line is not one."""
    match = _LIST_MARKER.match(text)
    return text[match.end() :].strip() if match else None


def furniture_label(text: str, *, header: bool = True) -> str | None:
    """The kind of furniture a whole line is (``banner``, ``cookies``, ``share``...), or None.

    Outside the header (``header=False``) only the kinds that never belong to an
    article anywhere are recognised (skip links, banners, cookie notices, sharing).
    """
    if len(text) > 600:
        return None
    line = normal(text)
    if not line or len(line) > 300:
        return None
    for label, pattern in rules().labels:
        if (header or label in rules().anywhere) and pattern.fullmatch(line):
            return label
    return None


def is_section(text: str) -> bool:
    """A section label of a site ("Press Releases", "News story", "Japan-India Relations")."""
    line = normal(text[:200])
    return bool(line) and len(line) <= 60 and rules().sections.fullmatch(line) is not None


def is_trailer(text: str) -> bool:
    """A line of web furniture that ends the article ("Related links", "See also")."""
    line = normal(text[:300]) or " ".join(text[:300].split())  # "* *** *" is all edges
    return bool(line) and len(line) <= 120 and rules().trailers.fullmatch(line) is not None


def is_organisation(text: str) -> bool:
    """A line that is only the name of an institution (a masthead), or a list of them."""
    if len(text) > 300:
        return False
    line = " ".join(text.split())
    if not line or line.endswith((".", "!", "?", ":")) or any(c.isdigit() for c in line):
        return False
    parts = [p.strip() for p in re.split(r";\s*|,\s+(?=the\s)|\s+/\s+", line, flags=re.I)]
    return all(
        part
        and len(part.split()) <= rules().organisation_words
        and rules().organisation.fullmatch(part) is not None
        for part in parts
    )


def breadcrumb(text: str) -> bool:
    """A one-line breadcrumb trail: "Home > News > Press releases", "Home / Japan"."""
    if len(text) > 400:
        return False
    line = normal(text)
    parts = rules().separators.split(line)
    if len(parts) >= 2 and parts[0].lower() in rules().roots:
        return True
    # "Media Center > Press Releases", "GENERAL ASSEMBLY > PLENARY": a chevron trail of
    # short labels is a breadcrumb whatever its first item.
    return (
        len(parts) >= 2
        and _CHEVRON.search(line) is not None
        and all(0 < len(part.split()) <= 5 and not part.endswith((".", "?", "!")) for part in parts)
    )


_CHEVRON = _rx.compile(r"\s(?:>|›|»|→)\s")


def is_root(text: str) -> bool:
    """The first item of a breadcrumb trail written as a list ("Home", "Top")."""
    return len(text) <= 40 and normal(text).lower() in rules().roots


_FIELD = _rx.compile(
    r"^\[(?P<b>[A-Za-z][A-Za-z ]{0,20})\]\s*(?P<bv>.*)$|^(?P<c>[A-Za-z][A-Za-z ]{0,20}):\s+(?P<cv>.+)$"
)


def field(text: str) -> tuple[str | None, str] | None:
    """A labelled header field ("[Title] ...", "Date: ..."): what it holds (``title``,
    ``published``, ``author`` or None for other fields) and its value; None when the
    line is not a known field."""
    match = _FIELD.match(text.strip())
    if not match:
        return None
    name = (match.group("b") or match.group("c")).strip().lower()
    value = (match.group("bv") if match.group("b") else match.group("cv")) or ""
    if name not in rules().fields:
        return None
    return rules().fields[name], value.strip()


_SITE_SUFFIX = _rx.compile(r"\s+\|\s+(?P<site>[^|]{2,80})$")
_DASH_SUFFIX = _rx.compile(r"\s+[-–—]\s+(?P<site>[^-–—]{2,80})$")


def strip_site(title: str, site: str | None = None) -> str:
    """A page title without the site's name after it: "Headline | Site" -> "Headline";
    "Headline - Site" only when the tail is ``site`` or an institution's name."""
    for pattern in (_SITE_SUFFIX, _DASH_SUFFIX):
        match = pattern.search(title)
        if not match or len(title[: match.start()].split()) < 3:
            continue
        tail = match.group("site").strip()
        if pattern is _SITE_SUFFIX and len(tail.split()) <= 8:
            return title[: match.start()].strip()
        if (site and normal(tail).lower() == normal(site).lower()) or is_organisation(tail):
            return title[: match.start()].strip()
        if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", tail):  # "GOV.UK", "example.com"
            return title[: match.start()].strip()
    return title


def not_an_author(name: str) -> bool:
    """A byline that names no person: staff, desks, wire agencies, "Contributors to ..."."""
    return rules().not_authors.fullmatch(normal(name)) is not None


# "Jane Roe, Senior Fellow", "Jane Roe | Senior Analyst": a person's name (two to five
# capitalised words), a comma or a bar, a role.
_NAME_AND_ROLE = _rx.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|der|bin|al|el|la|le)){1,4})"
    r"\s*(?:,|\s[|–—-])\s+(?P<role>.{3,120})"
)


def author_with_role(text: str) -> str | None:
    """The person of an author line that gives a name and a role ("Jane Roe, Senior Fellow",
    "Jan Kowalski, Research Director at the Institute"); None for any other line."""
    match = _NAME_AND_ROLE.fullmatch(text.strip())
    if match is None or not rules().author_roles.fullmatch(normal(match.group("role"))):
        return None
    name = match.group("name")
    return None if not_an_author(name) or is_organisation(name) else name


def undated_site(text: str) -> bool:
    """Whether a site name or URL is an encyclopaedia's, whose pages carry the dates of
    their edits, not of a publication."""
    return rules().undated.search(text) is not None


def names_institution(text: str) -> bool:
    """Whether a short name has an institution's word in it ("Cabinet Public Affairs Office")."""
    heads = rules().heads
    return any(word.strip(",.()").lower() in heads for word in text.split() if word[:1].isupper())
