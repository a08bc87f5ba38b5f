"""Time expressions: find them in a sentence and resolve them to date spans.

The language lives in the patterns and word lists here; python-dateutil does the
calendar arithmetic. A phrase that needs an anchor (a weekday, a month without a
year, "last December") is resolved against the anchor date, in the direction the
sentence's tense points; with no anchor, it is not resolved: nothing is invented.
"""

from __future__ import annotations

import bisect
import calendar
import enum
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

import attrs
from dateutil.relativedelta import relativedelta

from dipevents import _rx
from dipevents.extract import _gate
from dipevents.models import DateBasis, DateSpan, Precision

MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    MONTHS[calendar.month_name[_n].lower()] = _n
    MONTHS[calendar.month_abbr[_n].lower()] = _n
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# Month and weekday names are matched capitalised only ("May", not the verb "may";
# "Apr", not "APR" for Asia-Pacific Region); the rest of each pattern ignores case.
_M = r"(?-i:" + "|".join(n.capitalize() for n in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?-i:" + "|".join(n.capitalize() for n in WEEKDAYS) + r")"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"


class Role(enum.Enum):
    """What a time expression says of the event it sits near."""

    AT = "at"  #: when the event happens
    SINCE = "since"  #: the start of a state or the time of an earlier occurrence
    UNTIL = "until"  #: an end point (a deadline, a validity)
    REFERENCE = "reference"  #: the time of something else ("after the Ukraine crisis in 2014")


class Tense(enum.Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@attrs.frozen
class TimeExpr:
    """A time expression of a sentence, resolved where it can be."""

    start: int
    end: int
    text: str
    span: DateSpan | None
    basis: DateBasis
    role: Role
    #: True when the text names the year (or a full date) itself.
    explicit_year: bool
    #: True when the expression stands in parentheses (a gloss: "(on August 19 Japan time)").
    aside: bool = False


# -- patterns, most specific first ---------------------------------------------------------
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # May 30-31, 2019 / May 25–26 / Tuesday, June 12 / February 27-28
    ("md_range", _rx.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<m>{_M})\s+(?P<d1>{_D})(?:{_DASH}(?:(?P<m2>{_M})\s+)?(?P<d2>{_D}))?(?:,?\s+(?P<y>{_Y}))?\b", re.I)),
    # 27–28 April 2018 / 30 November – 1 December / 16 July 2018 / 25 May
    ("dm_range", _rx.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?{_DASH}(?P<d2>{_D})\s+(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?\b", re.I)),
    ("dm", _rx.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d1>{_D})\s+(?:of\s+)?(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?\b", re.I)),
    ("iso", _rx.compile(rf"\b(?P<y>{_Y})-(?P<mn>[01]\d)-(?P<d1>[0-3]\d)\b")),
    # 19/12/2024, 10/18/2023, 12.03.2017: day first with dots, month first with slashes where both fit
    ("numeric", _rx.compile(rf"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_Y})(?![\d/])")),
    # December that year, in May of the same year: that month of the year told before
    ("month_that_year", _rx.compile(rf"\b(?P<m>{_M})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)),
    # the same day, the next day, the following week, that year: dated by the time told before
    ("context", _rx.compile(r"\b(?:(?:on|in|during)\s+)?(?:the\s+(?P<which>same|next|following|previous|preceding)|(?P<that>that))\s+(?P<unit>day|week|month|year|night|evening|morning|afternoon)\b|\b(?:earlier|later)\s+(?:in\s+the|that)\s+(?P<unit_d>day)\b", re.I)),
    ("half", _rx.compile(rf"\b(?:the\s+)?(?P<which>first|second|1st|2nd|latter|later)\s+half\s+of\s+(?:(?P<y>{_Y})|(?P<rel>this|next|last|the)\s+year)\b", re.I)),
    # early next year, late 2025, the beginning of this year: the half of the year it says
    ("part_year", _rx.compile(rf"\b(?P<part>early|late|the\s+(?:beginning|start|end)\s+of)\s+(?:(?P<y>{_Y})|(?P<rel>this|next|last)\s+year)\b(?![-–]\d)", re.I)),
    ("season", _rx.compile(rf"\b(?:(?P<rel>this|next|last)\s+)?(?P<s>{_SEASON})(?:\s+(?:of\s+)?(?P<y>{_Y}))?\b", re.I)),
    ("month_year", _rx.compile(rf"\b(?:(?P<part>early|mid|mid-|late|the\s+beginning\s+of|the\s+end\s+of|the\s+start\s+of|the\s+middle\s+of)\s*)?(?P<rel>this|next|last|past)?\s*(?P<m>{_M})(?:,?\s+(?P<y>{_Y})|\s+(?P<thisyear>this|next|last)\s+year)?\b", re.I)),
    ("years", _rx.compile(rf"\b(?P<y>{_Y})\s*(?:-|–|and)\s*(?P<y2>{_Y})\b")),
    ("year", _rx.compile(rf"\b(?P<y>{_Y})\b")),
    ("ago", _rx.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+(?P<dir>ago|earlier|later|afterwards)\b(?:\s+(?P<today>today|this\s+week|this\s+month)\b)?", re.I)),
    ("rel_unit", _rx.compile(r"\b(?P<rel>this|next|last|past|previous|coming|earlier\s+this|later\s+this)\s+(?P<unit>year|month|week)\b", re.I)),
    # the end of the month, the beginning of the year: that month or year (the one told
    # before, else the text's own)
    ("of_the", _rx.compile(r"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?P<unit>month|year)\b", re.I)),
    ("weekday", _rx.compile(rf"\b(?:(?P<rel>last|next|this|on|past|from)\s+)?(?P<wd>{_WD})(?:\s*(?:and|or|to|through|until|till|-|–)\s*(?P<wd2>{_WD}))?\b", re.I)),
    ("deictic", _rx.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("weekend", _rx.compile(r"\b(?P<rel>this|last|next|past|over\s+the|at\s+the|on\s+the)\s+weekend\b", re.I)),
]  # fmt: skip

# Every pattern above needs one of these: most sentences have none and are skipped at once.
_MAYBE_TIME = _rx.compile(
    rf"\d|{_M}|{_WD}|(?i:{_SEASON}|\b(?:year|month|week|fortnight|day|yesterday|today|tomorrow|tonight|night|morning|afternoon|evening))"
)

_SINCE = _rx.compile(
    r"(?:\bsince|\bsince\s+(?:the\s+)?(?:end|beginning|start)\s+of|\bfrom)\s+(?:the\s+)?$", re.I
)
# "since February", "since the end of February": a time the state told began at, so it lies
# before the time the text is about, whatever the anchor.
_SINCE_ONLY = _rx.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)?$", re.I
)
_UNTIL = _rx.compile(
    r"(?:\buntil|\btill|\bthrough|\bby|\bbefore|\bup\s+to|\bdeadline\s+of|\bexpires\s+in|\bexpires\s+on|\bends\s+in)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)
#: Number words as counts ("two days", "the four leaders").
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# The verbs of a trip or meeting still ahead when told as "was due to …".
_GOING = (
    r"(?:visit|meet|travel|stop|attend|hold|host|fly|go|arrive|come|sign|be\s+held|"
    r"take\s+place|make|pay|open|begin|start|hold)\b"
)
_FUTURE = _rx.compile(
    r"\b(?:will|shall|'ll|is\s+to|are\s+to|to\s+be\s+held|is\s+due|are\s+due|is\s+expected|are\s+expected|"
    r"expected|slated|scheduled|planned\s+for|plans?\s+to|upcoming|going\s+to|would\s+take\s+place|"
    r"would\s+be\s+\w+ed|would\s+(?:take\s+effect|come\s+into\s+force|start|begin|resume|expire)|"
    r"next|forthcoming|set\s+for|pencilled|penciled)\b"
    # "was due to visit", "were supposed to meet": ahead of the time it is told from
    # ("he was to travel on to Jakarta": the same, said with no more than "was to")
    r"|\b(?:was|were)\s+(?:(?:due|supposed|meant|set|scheduled|expected)\s+)?to\s+" + _GOING,
    re.I,
)
_PRESENT = _rx.compile(r"\b(?:is|are)\s+(?:now\s+)?\w+ing\b|\btoday\b|\bthis\s+week\b", re.I)
_PAST = _rx.compile(
    r"\b(?:was|were|had|did|met|held|said|took|went|came|made|gave|saw|told|began|left|spent|flew|sat|"
    r"brought|led|won|fell|got|(?-i:[a-z]\w+ed))\b|\blast\s+\w+|\bago\b|\bearlier\b",
    re.I,
)


def tense_of(text: str) -> Tense:
    """The tense a sentence or clause points to, from its auxiliaries and future words.

    Present simple ("sanctions come back into force on November 4") is PRESENT:
    it points neither way, so the nearest reading wins.
    """
    if _FUTURE.search(text):
        return Tense.FUTURE
    if _PRESENT.search(text):
        return Tense.PRESENT
    if _PAST.search(text):
        return Tense.PAST
    return Tense.PRESENT


def _needs_the_day(kind: str, g: dict[str, str | None]) -> bool:
    if kind in ("weekday", "deictic", "weekend"):
        return True
    unit = (g.get("unit") or "").lower().rstrip("s")
    if kind == "rel_unit":
        return unit == "week"
    if kind == "ago":
        if g.get("today"):
            return True  # "five years ago today": that day
        return unit in ("day", "week", "fortnight") and (g.get("dir") or "").lower() == "ago"
    return False


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: str) -> date | None:
    try:
        return date(year, month, int(re.sub(r"\D", "", day)))
    except ValueError:
        return None


def _month(text: str | None) -> int | None:
    return MONTHS.get(text.lower().rstrip(".")) if text else None


def _distance(span: DateSpan, anchor: date) -> int:
    if span.start <= anchor <= span.end:
        return 0
    return min(abs((span.start - anchor).days), abs((span.end - anchor).days))


def _choose(
    make: Callable[[int], DateSpan | None], anchor: date, tense: Tense, strict: bool
) -> DateSpan | None:
    """Of the spans ``make(year)`` for the anchor's year and its neighbours, the nearest.

    With ``strict`` (the anchor is the publication date) the tense also decides:
    the future lies after the anchor, the past before it (a few days' slack).
    """
    candidates = [
        span for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (span := make(year))
    ]
    if strict and tense is Tense.FUTURE:
        candidates = [c for c in candidates if c.end >= anchor] or candidates
    elif strict and tense is Tense.PAST:
        candidates = [c for c in candidates if c.start <= anchor + timedelta(days=3)] or candidates
    return min(candidates, key=lambda c: _distance(c, anchor)) if candidates else None


def _weekday(anchor: date, weekday: int, rel: str, tense: Tense) -> date:
    """The date of a weekday named relative to the anchor."""
    rel = rel.lower()
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if rel == "last" or rel == "past":
        return anchor - timedelta(days=back or 7)
    if rel == "next":
        return anchor + timedelta(days=forward or 7)
    if tense is Tense.FUTURE:
        return anchor + timedelta(days=forward)
    if tense is Tense.PRESENT:
        # "Sunak travels to Paris on Friday" (present simple, a schedule): the nearest one,
        # ahead when it is nearer
        return anchor + timedelta(days=forward) if forward < back else anchor - timedelta(days=back)
    return anchor - timedelta(days=back)


class _Resolver:
    def __init__(
        self, anchor: date | None, tense: Tense, strict: bool, context: DateSpan | None = None
    ) -> None:
        self.anchor = anchor
        self.tense = tense
        self.strict = strict
        #: The expression is told as past whatever the anchor ("since February").
        self.past = False
        #: The time told last before the expression being resolved ("the next day" follows it).
        self.context = context
        #: The year told last before it, whatever its precision ("in 2022 … that year").
        self.year_context: int | None = None

    def resolve(self, kind: str, m: re.Match[str]) -> tuple[DateSpan | None, DateBasis, bool]:
        g = m.groupdict()
        a = self.anchor
        stated = DateBasis.STATED
        relative = DateBasis.RELATIVE
        if kind in ("md_range", "dm_range", "dm", "iso"):
            month = int(g["mn"]) if kind == "iso" else _month(g["m"])
            if month is None:
                return None, DateBasis.UNKNOWN, False
            first_month = _month(g.get("m1")) or month
            second_month = _month(g.get("m2")) or month
            if kind == "md_range":
                first_month, second_month = month, (_month(g.get("m2")) or month)
            cross_year = second_month < first_month
            if kind == "dm_range" and g.get("m1") and first_month > month:
                cross_year = True

            def make(year: int) -> DateSpan | None:
                start = _day(year, first_month, g["d1"])
                end = _day(year + cross_year, second_month, g["d2"]) if g.get("d2") else start
                if start is None or end is None or end < start or (end - start).days > 14:
                    return None
                return DateSpan.days(start, end)

            if g.get("y"):
                year = int(g["y"]) - (1 if cross_year and kind == "dm_range" and g.get("m1") else 0)
                span = make(year)
                basis = stated
            elif a is not None:
                span = _choose(make, a, self.tense, self.strict)
                basis = relative
            else:
                return None, DateBasis.UNKNOWN, False
            if span is None:
                return None, DateBasis.UNKNOWN, False
            return span, basis, bool(g.get("y"))
        if kind == "numeric":
            first, second, year = int(g["a"]), int(g["b"]), int(g["y"])
            day_first = g["sep"] == "." or first > 12
            if second > 12:
                day_first = False
            day, month = (first, second) if day_first else (second, first)
            if not 1 <= month <= 12:
                return None, DateBasis.UNKNOWN, False
            found = _day(year, month, str(day))
            return (
                (DateSpan.day(found), stated, True) if found else (None, DateBasis.UNKNOWN, False)
            )
        if kind == "context":
            return self._in_context(g)
        if kind == "month_that_year":
            month = _month(g["m"])
            told_year = self.year_context
            if told_year is None and self.context is not None:
                told_year = self.context.start.year
            if month is None or told_year is None:
                return None, DateBasis.UNKNOWN, False
            return DateSpan.month(told_year, month), DateBasis.RELATIVE, False
        if kind == "half":
            half_year = self._year(g)
            if half_year is None:
                return None, DateBasis.UNKNOWN, False
            first_half = g["which"].lower() in ("first", "1st")
            span = DateSpan.half(half_year, 1) if first_half else DateSpan.half(half_year, 2)
            return span, stated if g.get("y") else relative, bool(g.get("y"))
        if kind == "part_year":
            # (codebook §8: the smallest allowed span that covers what the text says)
            part_year = self._year(g)
            if part_year is None:
                return None, DateBasis.UNKNOWN, False
            early = not re.match(r"late|the\s+end", g["part"] or "", re.I)
            span = DateSpan.half(part_year, 1 if early else 2)
            return span, stated if g.get("y") else relative, bool(g.get("y"))
        if kind == "season":
            season = g["s"].lower()
            if g.get("y"):
                return DateSpan.season(int(g["y"]), season), stated, True  # type: ignore[arg-type]
            if a is None:
                return None, DateBasis.UNKNOWN, False
            rel = (g.get("rel") or "").lower()
            if rel in ("this", "next", "last"):
                base = a.year - (1 if season == "winter" and a.month <= 2 else 0)
                year = base + {"this": 0, "next": 1, "last": -1}[rel]
                return DateSpan.season(year, season), relative, False  # type: ignore[arg-type]
            span = _choose(lambda y: DateSpan.season(y, season), a, self.tense, self.strict)  # type: ignore[arg-type]
            return span, relative, False
        if kind == "month_year":
            month = _month(g["m"])
            if month is None:
                return None, DateBasis.UNKNOWN, False
            if g.get("y"):
                return DateSpan.month(int(g["y"]), month), stated, True
            if a is None:
                return None, DateBasis.UNKNOWN, False
            rel = (g.get("rel") or g.get("thisyear") or "").lower()
            if g.get("thisyear"):
                shift = {"this": 0, "next": 1, "last": -1}[rel]
                return DateSpan.month(a.year + shift, month), relative, False
            if rel in ("last", "past"):
                year = a.year if month < a.month else a.year - 1
            elif rel == "next":
                year = a.year if month > a.month else a.year + 1
            elif rel == "this":
                year = a.year
            else:
                return (
                    _choose(
                        lambda y: DateSpan.month(y, month), a, self.tense, self.strict or self.past
                    ),
                    relative,
                    False,
                )
            return DateSpan.month(year, month), relative, False
        if kind == "years":
            first, last = int(g["y"]), int(g["y2"])
            if not first <= last <= first + 10:
                return None, DateBasis.UNKNOWN, False
            return (
                DateSpan(start=date(first, 1, 1), end=date(last, 12, 31), precision=Precision.YEAR),
                stated,
                True,
            )
        if kind == "year":
            return DateSpan.year(int(g["y"])), stated, True
        if a is None:
            return None, DateBasis.UNKNOWN, False
        if not self.strict and _needs_the_day(kind, g):
            # "on Friday", "yesterday", "last week" need the day the text was written; an
            # anchor inferred from the text's other dates places the year, not the day.
            return None, DateBasis.UNKNOWN, False
        if kind == "rel_unit":
            rel = " ".join(g["rel"].lower().split())
            shift = {
                "this": 0,
                "earlier this": 0,
                "later this": 0,
                "coming": 1,
                "next": 1,
                "last": -1,
                "past": -1,
                "previous": -1,
            }[rel]
            unit = g["unit"].lower()
            if unit == "year":
                return DateSpan.year(a.year + shift), relative, False
            if unit == "month":
                target = a + relativedelta(months=shift)
                return DateSpan.month(target.year, target.month), relative, False
            monday = a - timedelta(days=a.weekday()) + timedelta(weeks=shift)
            return DateSpan.days(monday, monday + timedelta(days=6)), relative, False
        if kind == "ago":
            count = (
                NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
                if not g["n"].isdigit()
                else int(g["n"])
            )
            unit = g["unit"].lower().rstrip("s")
            if unit == "fortnight":
                unit, count = "week", 2 * count  # "a fortnight ago": two weeks
            direction = g["dir"].lower()
            sign = 1 if direction in ("later", "afterwards") else -1
            delta = relativedelta(**{f"{unit}s": sign * count})  # type: ignore[arg-type]
            if direction != "ago" and self.context is not None:
                # "five weeks later": after the time told before, not after the article's date
                told = self.context.start if sign < 0 else self.context.end
                target = told + delta
                if unit == "day" and self.context.precision is Precision.DAY:
                    return DateSpan.day(target), relative, False
                if unit in ("day", "week", "month"):
                    return DateSpan.month(target.year, target.month), relative, False
                return DateSpan.year(target.year), relative, False
            target = a + delta
            today = " ".join((g.get("today") or "").lower().split())
            if today and direction == "ago":
                # "five years ago today": that day (week, month) that many years back
                if today == "today":
                    return DateSpan.day(target), relative, False
                if today == "this month":
                    return DateSpan.month(target.year, target.month), relative, False
                monday = target - timedelta(days=target.weekday())
                return DateSpan.days(monday, monday + timedelta(days=6)), relative, False
            if unit == "day":
                return DateSpan.day(target), relative, False
            if unit == "week":
                return (
                    DateSpan.days(target - timedelta(days=3), target + timedelta(days=3)),
                    relative,
                    False,
                )
            if unit == "month":
                return DateSpan.month(target.year, target.month), relative, False
            return DateSpan.year(target.year), relative, False
        if kind == "of_the":
            if self.context is None and not self.strict and g["unit"].lower() == "month":
                return None, DateBasis.UNKNOWN, False  # the month of writing is not known
            told = self.context.start if self.context is not None else a
            if g["unit"].lower() == "year":
                return DateSpan.year(told.year), relative, False
            return DateSpan.month(told.year, told.month), relative, False
        if kind == "weekday":
            rel = (g.get("rel") or "on").lower()
            first_day = _weekday(a, WEEKDAYS[g["wd"].lower()], rel, self.tense)
            if g.get("wd2"):
                second_day = first_day + timedelta(
                    days=(WEEKDAYS[g["wd2"].lower()] - first_day.weekday()) % 7
                )
                return DateSpan.days(first_day, second_day), relative, False
            return DateSpan.day(first_day), relative, False
        if kind == "weekend":
            # "at the weekend", "last weekend": its Saturday and Sunday, read as a weekday is
            rel = (g.get("rel") or "").lower()
            saturday = _weekday(a, 5, rel if rel in ("last", "next", "past") else "on", self.tense)
            return DateSpan.days(saturday, saturday + timedelta(days=1)), relative, False
        if kind == "deictic":
            word = re.sub(r"\s+", " ", (g["word"] or "").lower())
            shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
            return DateSpan.day(a + timedelta(days=shift)), relative, False
        return None, DateBasis.UNKNOWN, False  # pragma: no cover

    def _in_context(self, g: dict[str, str | None]) -> tuple[DateSpan | None, DateBasis, bool]:
        """ "The next day", "the same week", "that year": counted from the time told before."""
        context = self.context
        unit = (g.get("unit") or g.get("unit_d") or "").lower()  # "earlier in the day": that day
        if unit in ("night", "evening", "morning", "afternoon"):
            unit = "day"  # "the same night", "the next morning": a day
        if (
            g.get("unit_d")
            and self.strict
            and self.anchor is not None
            and (context is None or context.precision is not Precision.DAY)
        ):
            # "earlier in the day" with no day told just before: the day the report is of
            return DateSpan.day(self.anchor), DateBasis.RELATIVE, False
        which = (g.get("which") or "same").lower()
        shift = {"same": 0, "next": 1, "following": 1, "previous": -1, "preceding": -1}[which]
        if unit == "year" and self.year_context is not None:
            # "Australia and Japan signed the pact in 2022. That year, …": the year told last
            return DateSpan.year(self.year_context + shift), DateBasis.RELATIVE, False
        if context is None:
            return None, DateBasis.UNKNOWN, False
        base = context.end if shift > 0 else context.start
        basis = DateBasis.RELATIVE
        if unit == "day":
            if context.precision is not Precision.DAY:
                return None, DateBasis.UNKNOWN, False
            return DateSpan.day(base + timedelta(days=shift)), basis, False
        if unit == "week":
            if context.precision is not Precision.DAY:
                return None, DateBasis.UNKNOWN, False
            day = base + timedelta(weeks=shift)
            monday = day - timedelta(days=day.weekday())
            return DateSpan.days(monday, monday + timedelta(days=6)), basis, False
        if unit == "month":
            if context.precision not in (Precision.DAY, Precision.MONTH):
                return None, DateBasis.UNKNOWN, False
            target = base + relativedelta(months=shift)
            return DateSpan.month(target.year, target.month), basis, False
        return DateSpan.year(base.year + shift), basis, False

    def _year(self, g: dict[str, str | None]) -> int | None:
        if g.get("y"):
            return int(g["y"])  # type: ignore[arg-type]
        if self.anchor is None:
            return None
        return (
            self.anchor.year
            + {"this": 0, "the": 0, "next": 1, "last": -1}[(g.get("rel") or "this").lower()]
        )


# Expressions that look like dates but are not: ages, numbers of things, titles.
_NOT_A_DATE = _rx.compile(r"^\d+(?:st|nd|rd|th)?\s+(?:of\s+)?may\b", re.I)


_LOCAL_PAST = _rx.compile(
    r"\b(?:announced|said|met|held|was|were|had|did|agreed|signed|(?-i:[a-z]\w{2,}ed))\s+(?:\w+\s+){0,2}$"
    # "pointed to the activation on 2 May": a deed named by its noun, told in the past
    r"|\b(?-i:[a-z]\w{2,}ed)\s+(?:to\s+)?(?:the|its|their)\s+\w+(?:ion|ment|al|ure)\s+(?:on|in)\s+$",
    re.I,
)
# ", the White House said", ", officials told reporters", ", his office announced".
_REPORTED = _rx.compile(
    r"\s*[,(]\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|announced|confirmed|reported|stated|added|noted|"
    r"told\s+\w+|wrote|tweeted|posted)\b",
    re.I,
)
_LOCAL_FUTURE = _rx.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|is\s+due|expected)\s+(?:\w+\s+){0,3}$"
    r"|\b(?:was|were)\s+(?:due|supposed|meant|set|scheduled)\s+to\s+"
    + _GOING
    + r"\s+(?:\w+\s+){0,3}$"
    r"|\b(?:planned|scheduled|set|slated|pencilled|penciled)\s+for\s+(?:the\s+)?$"
    r"|\b(?:his|her|its|their|the|a|an|our)\s+(?:planned|scheduled|upcoming|proposed|expected)\s+$",
    re.I,
)


def _local_tense(before: str, after: str = "") -> Tense | None:
    """The tense of the verb a time expression hangs on ("announced on Monday that it will …";
    "will recall that on 22 March, the UK imposed": the verb after "that" decides)."""
    future = _LOCAL_FUTURE.search(before)
    if future and not re.search(r"\bthat\b", future.group()):
        return Tense.FUTURE
    if _LOCAL_PAST.search(before):
        return Tense.PAST
    ahead = after[:80]
    if _REPORTED.match(ahead):
        return None  # "… on June 12, the White House said": the saying is not its verb
    past = _PAST.search(ahead)
    if past and not _FUTURE.search(ahead[: past.start()]):
        return Tense.PAST
    return None


def find_times(
    text: str,
    offset: int,
    anchor: date | None,
    tense: Tense | None = None,
    *,
    strict: bool = True,
    context: DateSpan | None = None,
    year_context: int | None = None,
) -> list[TimeExpr]:
    """Every time expression of ``text`` (a sentence starting at ``offset``), resolved.

    ``anchor`` resolves relative expressions; ``strict`` says it is the
    publication date, so that the tense also decides between past and future.
    ``context`` is the time told last before the sentence: "the next day" and "a
    week later" count from it (or from a time told earlier in the sentence).
    The work is linear in the text: taken spans are kept sorted.
    """
    if not _MAYBE_TIME.search(text):
        return []
    tense = tense or tense_of(text)
    resolver = _Resolver(anchor, tense, strict)
    starts: list[int] = []
    ends: list[int] = []
    matches: list[tuple[str, re.Match[str], int, int]] = []
    low = _gate.lowered(text)
    for kind, pattern in _PATTERNS:
        if not _gate.can_match(pattern, text, low):
            continue  # none of the words every match of it holds is in the text
        for match in pattern.finditer(text):
            start, end = match.span()
            start += len(match.group()) - len(match.group().lstrip())
            at = bisect.bisect_left(starts, end)
            if at > 0 and ends[at - 1] > start:
                continue  # overlaps a more specific expression already taken
            if at < len(starts) and starts[at] < end:
                continue
            before30 = text[max(0, start - 30) : start]
            if (
                kind == "month_year"
                and match.group("m").lower() == "may"
                and not (
                    match.group("y")
                    or match.group("part")
                    or match.group("rel")
                    or match.group("thisyear")
                    or re.search(r"\b(?:in|of|since|until|from|early|late|mid)\s+$", before30, re.I)
                )
            ):
                continue  # the verb "may"
            if (
                kind == "dm"
                and _NOT_A_DATE.match(match.group())
                and not match.group("y")
                and not re.search(r"\b(?:on|of|from|until|since|the)\s+$", before30, re.I)
            ):
                continue
            if kind == "season" and not (
                match.group("y")
                or match.group("rel")
                or re.search(r"\bthe\s+$|\bin\s+(?:the\s+)?$", before30, re.I)
            ):
                continue
            starts.insert(at, start)
            ends.insert(at, end)
            matches.append((kind, match, start, end))
    matches.sort(key=lambda item: item[2])
    found: list[TimeExpr] = []
    last = context
    # (the year of the time told last, of any precision: "in 2022 … in December that year")
    told_year = year_context
    if told_year is None and context is not None:
        told_year = context.start.year
    depth = seen = 0  # parentheses open before the expression, counted once along the text
    for kind, match, start, end in matches:
        if _ahead_of(text[max(0, start - 80) : start]):
            # "ahead of the summit in June": the verb after the phrase is not June's
            local = _local_tense(text[max(0, start - 30) : start])
            ahead = local is None
        else:
            local = _local_tense(text[max(0, start - 30) : start], text[end : end + 80])
            ahead = False
        if ahead and last is None:
            local = Tense.FUTURE  # "ahead of the summit in June": June is still to come
        resolver.tense = local or tense
        resolver.context = last
        resolver.year_context = told_year
        resolver.past = kind == "month_year" and bool(
            _SINCE_ONLY.search(text[max(0, start - 30) : start])
        )
        if resolver.past:
            resolver.tense = Tense.PAST
        span, basis, explicit = resolver.resolve(kind, match)
        if ahead and last is not None and span is not None and basis is DateBasis.RELATIVE:
            if kind == "weekday" and span.start < last.start:
                # "flew to Geneva on Tuesday for a meeting on Wednesday": the Wednesday after
                weeks = (last.start - span.start).days // 7 + 1
                span = DateSpan.days(
                    span.start + timedelta(weeks=weeks), span.end + timedelta(weeks=weeks)
                )
            # "met on Friday, ahead of the summit in June": the June after that Friday
            span = _not_before(span, last.start)
        before = text[max(0, start - 40) : start]
        role = Role.AT
        ranged = (kind in ("md_range", "dm_range") and match.group("d2")) or (
            kind == "weekday" and match.group("wd2")
        )
        if _SINCE.search(before) and not ranged:  # "from 31 October to 3 November" is a span
            role = Role.SINCE
        elif _UNTIL.search(before):
            role = Role.UNTIL
        elif _REFERENCE.search(text[max(0, start - 90) : start]) or _since_event(
            text[max(0, start - 60) : start]
        ):
            role = Role.REFERENCE
        elif _OTHER_EVENT.search(before) and re.match(r"\s+[A-Za-z]", text[end : end + 3]):
            role = Role.REFERENCE  # "after the 2021 coup": the year names another event
        elif re.match(r"[’']s\s+[a-z]", text[end : end + 4]):
            role = Role.REFERENCE  # "this year's election": the time of something else
        if (
            span is not None
            and role is not Role.UNTIL
            and span.precision
            in (
                Precision.DAY,
                Precision.MONTH,
            )
        ):
            last = span
        if span is not None and role is Role.AT:
            told_year = span.start.year
        depth += text.count("(", seen, start) - text.count(")", seen, start)
        seen = start
        aside = depth > 0
        found.append(
            TimeExpr(
                offset + start, offset + end, text[start:end], span, basis, role, explicit, aside
            )
        )
    return found


_OTHER_EVENT = _rx.compile(
    r"\b(?:after|following|before|since|in\s+the\s+wake\s+of|in\s+response\s+to|over|amid|during|despite|in\s+accordance\s+with)\s+(?:the|a|an|its|their|his|her|this|that)\s+$",
    re.I,
)


def year_later(span: DateSpan) -> DateSpan:
    """The span a year later; one coarser than a day that ends on its month's last day
    still does (February of a leap year has 29 days)."""
    end = span.end + relativedelta(years=1)
    if span.precision is not Precision.DAY and (span.end + timedelta(days=1)).day == 1:
        end += relativedelta(day=31)  # the month's last day
    return attrs.evolve(span, start=span.start + relativedelta(years=1), end=end)


def _not_before(span: DateSpan, day: date) -> DateSpan:
    """The span a year later when it starts before ``day`` and a year later does not."""
    if span.start >= day or span.precision is Precision.YEAR:
        return span
    later = year_later(span)
    return later if later.start >= day else span


def _ahead_of(before: str) -> bool:
    """ "ahead of the summit in Italy in June", "agreed to meet in Kampala in June": the time
    of what comes later (the few words of one phrase between "ahead of", "in preparation
    for", "agreed to" and the time)."""
    return _ends_with("ahead_of", before)


def _since_event(before: str) -> bool:
    """ "since the failed coup attempt of July 15": the time of the other event named."""
    return _ends_with("since_event", before)


#: Patterns built on the lexicon's word lists (``fragment`` gives a list as one group).
_ON_LEXICON: dict[str, Callable[[Callable[[str], str]], str]] = {
    "ahead_of": lambda fragment: (
        r"\b"
        + fragment("BEFORE_EVENT")
        + r"\s+(?:[\w'’+-]+\s+){1,8}(?:in|on|of)\s+(?:the\s+)?$"
        # "agreed on Monday to meet in Kampala in June", "invited him to visit Nairobi in June"
        + r"|\b"
        + fragment("INTENT_TO")
        + r"\s*(?:on\s+\w+\s+)?to\s+(?:[\w'’+-]+\s+){1,6}(?:in|on)\s+(?:the\s+)?$"
        # "arrived here today for a trilateral summit with … on Monday"
        + r"|\b"
        + fragment("TRIP_FOR")
        + r"\b[^,;.]{0,60}?\bfor\s+(?:a|an|the|their|his|her)\s+(?:[\w'’+-]+\s+){1,10}(?:(?:in|on)\s+(?:the\s+)?)?$"
    ),
    "since_event": lambda fragment: (
        r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
        + fragment("DATED_EVENT")
        + r"\s+(?:of|in|on)\s+(?:the\s+)?$"
    ),
}


def _ends_with(name: str, before: str) -> bool:
    from dipevents.extract import lexicon

    return bool(_lexicon_pattern(name, lexicon.version()).search(before))


@cache
def _lexicon_pattern(name: str, version: int) -> re.Pattern[str]:
    from dipevents.extract import lexicon

    del version  # part of the cache key only
    return _rx.compile(_ON_LEXICON[name](lexicon.fragment), re.I)


# A time that dates something else named just before it: "after Ukraine Crisis in 2014",
# "in response to Moscow's annexation of the Crimean region in March 2014".
_REFERENCE = _rx.compile(
    r"\b(?:after|following|in\s+the\s+wake\s+of|in\s+response\s+to|in\s+accordance\s+with|pursuant\s+to)\s+(?:[\w'’.-]+\s+){1,9}(?:in|of|on|over|during)\s+(?:the\s+)?$",
    re.I,
)
