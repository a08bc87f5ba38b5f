"""Event mentions found in one sentence, before the mentions of one occurrence are merged."""

from __future__ import annotations

from datetime import date

import attrs

from dipevents.extract.sentences import Sentence
from dipevents.extract.timex import Role as TimeRole
from dipevents.extract.timex import TimeExpr
from dipevents.models import DateBasis, DateSpan, Measure, Person, Place, Precision

PRECISION_RANK = {
    Precision.DAY: 0,
    Precision.MONTH: 1,
    Precision.SEASON: 2,
    Precision.HALF: 3,
    Precision.YEAR: 4,
}


@attrs.define
class Candidate:
    """One mention of an event in one sentence, with what that sentence says of it."""

    type: str
    sentence: Sentence
    trigger: tuple[int, int]
    status: str
    countries: set[str] = attrs.field(factory=set)
    date: DateSpan | None = None
    basis: DateBasis | None = None
    location: Place | None = None
    location_is_city: bool = False
    # summits
    series: str | None = None
    name: str | None = None
    host: str | None = None
    edition: int | None = None
    #: The state a travelling leader meets, one of a list ("bilateral meetings with ROK,
    #: Ukraine and Lithuania"): where a summit of the trip is in it, the meeting is there.
    partner: str | None = None
    # 2+2
    ministers: list[Person] = attrs.field(factory=list)
    # sanctions
    imposers: set[str] = attrs.field(factory=set)
    targets: set[str] = attrs.field(factory=set)
    measures: set[Measure] = attrs.field(factory=set)
    reason: str | None = None
    #: The end of validity the mention tells ("extended until 15 September 2022"), if any.
    until: DateSpan | None = None
    # claims
    territory: str | None = None
    claimants: set[str] = attrs.field(factory=set)
    #: True when the text itself says who claims the territory (not only the gazetteer).
    claimants_asserted: bool = False
    held_by: str | None = None
    #: True when the sentence only refers back to an occurrence told elsewhere.
    anaphoric: bool = False
    #: True when the date was taken from a summit told nearby, not from this mention's text.
    inherited: bool = False
    #: A sanction: the mention names a deed that tightens a measure ("the activation of
    #: Title III of an act"), a step of its own.
    step: bool = False
    #: A sanction told as done before a time ("It had already suspended …" after a measure
    #: of that time): it is no mention of a measure taken then or later.
    before: DateSpan | None = None
    #: The kind of summit the text names ("the trilateral summit"), if it names one.
    kind: str | None = None
    #: True when the text says the meeting was held online (its location is then null).
    online: bool = False
    #: Other sentences that belong to this mention's evidence.
    extra_sentences: list[Sentence] = attrs.field(factory=list)


_SPAN_WEIGHT = {
    Precision.DAY: 0,
    Precision.MONTH: 25,
    Precision.SEASON: 35,
    Precision.HALF: 45,
    Precision.YEAR: 70,
}


def pick_time(
    times: list[TimeExpr],
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    roles: tuple[TimeRole, ...] = (TimeRole.AT,),
) -> TimeExpr | None:
    """The resolved time expression of [lo, hi) nearest the trigger.

    Times after the trigger count a little nearer ("held in Washington on 17 August"),
    and finer ones are preferred ("Last Friday … adopted resolution 2397 … this year").
    """
    best: tuple[float, TimeExpr] | None = None
    for time in times:
        if time.span is None or time.role not in roles or time.start < lo or time.end > hi:
            continue
        if time.start >= trigger[1]:
            distance = (time.start - trigger[1]) * 0.6
        elif time.end <= trigger[0]:
            distance = float(trigger[0] - time.end)
        else:
            distance = 0.0
        distance += _SPAN_WEIGHT[time.span.precision]
        if time.aside:
            distance += 60  # a gloss in parentheses gives way to the time the sentence tells
        if best is None or distance < best[0]:
            best = (distance, time)
    return best[1] if best else None


def merge_days(times: list[TimeExpr], chosen: TimeExpr, lo: int, hi: int) -> DateSpan | None:
    """Consecutive single days in the same stretch ("on Thursday … on Friday") as one span."""
    if chosen.span is None or chosen.span.precision is not Precision.DAY:
        return chosen.span
    days = [
        t.span
        for t in times
        if t.span
        and t.role is TimeRole.AT
        and lo <= t.start
        and t.end <= hi
        and t.span.precision is Precision.DAY
    ]
    start, end = chosen.span.start, chosen.span.end
    for span in days:
        if abs((span.start - end).days) <= 2 or abs((start - span.end).days) <= 2:
            start, end = min(start, span.start), max(end, span.end)
    if (end - start).days > 4:
        return chosen.span
    return DateSpan.days(start, end)


def within(span: DateSpan | None, day: date | None) -> bool:
    return span is not None and day is not None and span.start <= day <= span.end
