"""One event per real-world occurrence: clustering the same event told by several articles.

Two events are the same occurrence when they have the same type and the same
key (see :func:`occurrence_key`), dates that overlap (or one undated) and
places that agree (same country, or one unknown). An unnamed report of a
summit joins a named one when both are dated, their dates overlap, their
places agree and its countries are the named report's, or the members of the
named summit's series (the Chengdu trilateral told as "the leaders of China,
Japan and South Korea met"); where it fits several named summits it is left
alone. Clusters are built in a fixed order, narrowest date first, so the
result does not depend on the order of the input:

- each event joins the one cluster it agrees with in every member;
- an event that agrees with none starts a cluster; one that agrees with several
  (a "2017" next to both "March 2017" and "May 2017") stays on its own rather
  than be guessed.

A cluster becomes one event: the date every source agrees on (the intersection
of their spans, at the finest precision given), every piece of evidence with its
source, the union of list fields, a :class:`~dipevents.Conflict` for each
value of a field the sources disagree on, and the :class:`~dipevents.Report`
of every event merged into it (its id is made from theirs).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from dipevents.models import (
    Conflict,
    DateBasis,
    DateSpan,
    Event,
    Evidence,
    MeetingStatus,
    Place,
    Precision,
    Report,
    Sanction,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.normalize._fold import fold

# Finest first.
_PRECISION_ORDER = {p: i for i, p in enumerate(Precision)}
_BASIS_ORDER = {
    DateBasis.STATED: 0,
    DateBasis.RELATIVE: 1,
    DateBasis.CALENDAR: 2,
    DateBasis.UNKNOWN: 3,
    None: 4,
}
# Of a meeting reported as planned by one article and as held by a later one,
# the merged event is held: the status that comes latest in a meeting's life wins.
_MEETING_ORDER = {
    MeetingStatus.HELD: 0,
    MeetingStatus.CANCELLED: 1,
    MeetingStatus.PLANNED: 2,
    MeetingStatus.PROPOSED: 3,
}


def _territory_key(name: str) -> str:
    from dipevents.normalize.territories import territory

    known = territory(name)
    return fold(known.name if known else name)


def occurrence_key(event: Event) -> tuple[Hashable, ...]:
    """What two reports of one occurrence must share, beyond compatible dates and places.

    - summit: its series when its name is that of a known series or edition ("G20
      Summit", "G20 Osaka Summit": articles list different participants of a G20),
      else its name when it has one, else its countries (but see :func:`clusters`
      for unnamed reports of a named summit);
    - 2+2: its two countries;
    - sanction: imposers, targets and status (lifting is another event than imposing);
    - territorial claim: the territory, claimants, holder and status.
    """
    if isinstance(event, Summit):
        if not event.name:
            return ("summit", event.countries)
        series = _series(event.name)
        return ("summit", "series", series.key) if series else ("summit", "name", fold(event.name))
    if isinstance(event, TwoPlusTwo):
        return ("two_plus_two", event.countries)
    if isinstance(event, Sanction):
        return ("sanction", event.imposers, event.targets, event.status)
    if isinstance(event, TerritorialClaim):
        return (
            "territorial_claim",
            _territory_key(event.territory),
            event.claimants,
            event.held_by,
            event.status,
        )
    raise TypeError(f"occurrence_key needs an event, got {type(event).__name__}")


def _series(name: str) -> Any:
    from dipevents.normalize.summits import series_named

    return series_named(name)


def _members_agree(unnamed: Summit, named: Summit) -> bool:
    """The unnamed report's countries are the named one's, or its series' members."""
    if not unnamed.countries:
        return False
    if unnamed.countries == named.countries:
        return True
    series = _series(named.name) if named.name else None
    if series is None or not series.members:
        return False
    return set(unnamed.countries) == set(series.members)


def _joins_named(unnamed: Event, named: Event) -> bool:
    """An unnamed summit report that can be a report of this named summit."""
    return (
        isinstance(unnamed, Summit)
        and isinstance(named, Summit)
        and not unnamed.name
        and bool(named.name)
        and unnamed.date is not None
        and named.date is not None
        and unnamed.date.overlaps(named.date)
        and _places_agree(unnamed.location, named.location)
        and _members_agree(unnamed, named)
    )


def _place_key(place: Place | None) -> str | None:
    if place is None:
        return None
    return place.country or fold(place.name)


def _dates_agree(a: DateSpan | None, b: DateSpan | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _places_agree(a: Place | None, b: Place | None) -> bool:
    ka, kb = _place_key(a), _place_key(b)
    return ka is None or kb is None or ka == kb


def same_occurrence(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` can be reports of one real-world occurrence."""
    for unnamed, named in ((a, b), (b, a)):
        if (
            isinstance(unnamed, Summit)
            and isinstance(named, Summit)
            and not unnamed.name
            and named.name
        ):
            # An unnamed report may be one of a named summit (undated: if nothing else fits).
            return (
                _dates_agree(unnamed.date, named.date)
                and _places_agree(unnamed.location, named.location)
                and _members_agree(unnamed, named)
            )
    return (
        type(a) is type(b)
        and occurrence_key(a) == occurrence_key(b)
        and _dates_agree(a.date, b.date)
        and _places_agree(a.location, b.location)
    )


def _span_length(event: Event) -> float:
    return (event.date.end - event.date.start).days if event.date else math.inf


def _order(event: Event) -> tuple[Any, ...]:
    """A total order on events, so that what a merge picks never depends on input order."""
    from dipevents.io import to_json

    start = event.date.start if event.date else date.max
    return (_span_length(event), start, to_json(event))


def _pass_order(event: Event) -> tuple[Any, ...]:
    # Events equal in span and place key behave alike in a pass, so no tie-break is needed.
    start = event.date.start if event.date else date.max
    return (_span_length(event), start, _place_key(event.location) or "")


# A span of more months than this is compared with every group, not looked up by month.
_WIDE = 36


def _months(span: DateSpan) -> range:
    return range(span.start.year * 12 + span.start.month, span.end.year * 12 + span.end.month + 1)


class _Group:
    __slots__ = ("members", "place", "span")

    def __init__(self, index: int, span: DateSpan | None, place: str | None) -> None:
        self.members = [index]
        self.span = span  # the days every member's date shares (None: all undated)
        self.place = place

    def fits(self, span: DateSpan | None, place: str | None) -> bool:
        dates = self.span is None or span is None or self.span.overlaps(span)
        return dates and (self.place is None or place is None or self.place == place)

    def add(self, index: int, span: DateSpan | None, place: str | None) -> None:
        self.members.append(index)
        if span is not None:
            if self.span is None:
                self.span = span
            else:
                start, end = max(self.span.start, span.start), min(self.span.end, span.end)
                # The days shared are as fine as the finer span: a month met by a day is that day.
                finer = min(self.span.precision, span.precision, key=_PRECISION_ORDER.__getitem__)
                self.span = DateSpan(start=start, end=end, precision=finer)
        self.place = self.place or place


def _one_pass(events: Sequence[Event], members: list[int]) -> list[list[int]]:
    """Group reports of one key: each joins the one group it fits, else starts its own."""
    groups: list[_Group] = []
    by_month: dict[int, list[int]] = defaultdict(list)
    everywhere: list[int] = []  # groups that any span may fit: undated or very wide
    for index in sorted(members, key=lambda i: _pass_order(events[i])):
        event = events[index]
        span, place = event.date, _place_key(event.location)
        if span is None or len(_months(span)) > _WIDE:
            candidates: Iterable[int] = range(len(groups))
        else:
            found = {g for month in _months(span) for g in by_month.get(month, ())}
            candidates = sorted(found.union(everywhere))
        fits: list[int] = []
        for number in candidates:
            if groups[number].fits(span, place):
                fits.append(number)
                if len(fits) > 1:
                    break
        if len(fits) == 1:
            groups[fits[0]].add(index, span, place)
            continue
        groups.append(_Group(index, span, place))
        if span is None or len(_months(span)) > _WIDE:
            everywhere.append(len(groups) - 1)
        else:
            for month in _months(span):
                by_month[month].append(len(groups) - 1)
    return [g.members for g in groups]


def _adopted_keys(events: Sequence[Event]) -> list[tuple[Hashable, ...]]:
    """Each event's key; an unnamed summit that fits exactly one named summit's key
    takes that key, so that it is grouped with the named reports."""
    keys = [occurrence_key(event) for event in events]
    named = [
        i for i, e in enumerate(events) if isinstance(e, Summit) and e.name and e.date is not None
    ]
    if not named:
        return keys
    by_month: dict[int, list[int]] = defaultdict(list)
    wide: list[int] = []
    for i in named:
        span = events[i].date
        assert span is not None
        months = _months(span)
        if len(months) > _WIDE:
            wide.append(i)
        else:
            for month in months:
                by_month[month].append(i)
    for i, event in enumerate(events):
        if not isinstance(event, Summit) or event.name or event.date is None:
            continue
        months = _months(event.date)
        if len(months) > _WIDE:
            candidates: Iterable[int] = named
        else:
            candidates = {j for m in months for j in by_month.get(m, ())}.union(wide)
        fits = {keys[j] for j in candidates if _joins_named(event, events[j])}
        if len(fits) == 1:
            keys[i] = fits.pop()
    return _undated_unnamed(events, keys)


def _undated_unnamed(
    events: Sequence[Event], keys: list[tuple[Hashable, ...]]
) -> list[tuple[Hashable, ...]]:
    """An undated unnamed summit joins only an unambiguous occurrence, and a named summit
    of its members counts as one: it joins that summit when it is the only one and no
    dated report of its countries remains, and stays alone when there are others."""
    named = [i for i, e in enumerate(events) if isinstance(e, Summit) and e.name]
    if not named:
        return keys
    dated_left = {
        keys[i]
        for i, e in enumerate(events)
        if isinstance(e, Summit) and not e.name and e.date is not None
    }
    for i, event in enumerate(events):
        if not isinstance(event, Summit) or event.name or event.date is not None:
            continue
        targets = {
            keys[j]
            for j in named
            if _places_agree(event.location, events[j].location)
            and _members_agree(event, events[j])  # type: ignore[arg-type]  # named are summits
        }
        if not targets:
            continue
        if len(targets) == 1 and keys[i] not in dated_left:
            keys[i] = targets.pop()
        else:
            keys[i] = ("summit", "undecided", i)
    return keys


def clusters(events: Sequence[Event]) -> list[list[int]]:
    """Indexes of ``events`` grouped by occurrence (one pass; see :func:`occurrences`)."""
    by_key: dict[tuple[Hashable, ...], list[int]] = defaultdict(list)
    for index, key in enumerate(_adopted_keys(events)):
        by_key[key].append(index)
    out: list[list[int]] = []
    for members in by_key.values():
        out.extend([members] if len(members) == 1 else _one_pass(events, members))
    return out


def _fixed_point(events: Sequence[Event]) -> tuple[list[list[int]], list[Event]]:
    """Groups of indexes of ``events`` and the merged event of each, once nothing merges."""
    groups = [[i] for i in range(len(events))]
    current = list(events)
    while True:
        found = clusters(current)
        if len(found) == len(current):
            return groups, current
        groups = [sorted(i for member in group for i in groups[member]) for group in found]
        # Each group is merged from the reports themselves, so the last pass's events
        # are the result: nothing is merged twice.
        current = [merge_cluster([events[i] for i in group]) for group in groups]


def occurrences(events: Sequence[Event]) -> list[list[int]]:
    """Indexes of ``events`` grouped by occurrence, passes repeated until nothing merges.

    A pass can leave apart two groups that, once merged, agree (a report that fitted
    both stayed alone); repeating to a fixed point makes merging idempotent.
    """
    return _fixed_point(events)[0]


def _sources(event: Event) -> tuple[str, ...]:
    return event.sources or ("(unknown source)",)


def _disagreements(field: str, values: Iterable[tuple[str, Event]]) -> list[Conflict]:
    by_value: dict[str, dict[str, None]] = defaultdict(dict)
    for value, event in values:
        for source in _sources(event):
            by_value[value][source] = None
    if len(by_value) < 2:
        return []
    return [
        Conflict(field=field, value=value, sources=tuple(sorted(sources)))
        for value, sources in sorted(by_value.items())
    ]


def _merge_dates(members: list[Event]) -> tuple[DateSpan | None, DateBasis | None, list[Conflict]]:
    dated = [e for e in members if e.date is not None]
    if not dated:
        return None, members[0].date_basis, []
    start = max(e.date.start for e in dated if e.date)
    end = min(e.date.end for e in dated if e.date)
    finest = min(
        dated,
        key=lambda e: (
            (_PRECISION_ORDER[e.date.precision], _BASIS_ORDER[e.date_basis]) if e.date else (0, 0)
        ),
    )
    assert finest.date is not None
    precision = finest.date.precision
    span = DateSpan(start=start, end=end, precision=precision)
    at_finest = [e for e in dated if e.date and e.date.precision is precision]
    conflicts = _disagreements("date", ((e.date.isoformat(), e) for e in at_finest if e.date))
    return span, finest.date_basis, conflicts


def _is_country_level(place: Place) -> bool:
    from dipevents.normalize.countries import country
    from dipevents.normalize.places import place as known_place

    # Capitals are known to country() too: a place the gazetteer knows is a city.
    return (
        place.country is not None
        and country(place.name) == place.country
        and known_place(place.name) is None
    )


def _merge_places(members: list[Event]) -> tuple[Place | None, list[Conflict]]:
    places = [e.location for e in members if e.location is not None]
    if not places:
        return None, []
    specific = [p for p in places if not _is_country_level(p)] or places
    counts = Counter(specific)
    # The place most reports give; of places given equally often, the one of the
    # report with the narrowest date (members come in that order), the most precise.
    first = {p: n for n, p in reversed(list(enumerate(specific)))}
    best = min(counts, key=lambda p: (-counts[p], first[p]))
    named = [(p.name, e) for e in members if (p := e.location) is not None and p in specific]
    return best, _disagreements("location", named)


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _union(
    values: Iterable[Iterable[Any]], key: Callable[[Any], Any] = lambda v: v
) -> tuple[Any, ...]:
    seen: dict[Any, Any] = {}
    for group in values:
        for value in group:
            seen.setdefault(key(value), value)
    return tuple(seen[k] for k in sorted(seen))


def _evidence(members: list[Event]) -> tuple[Evidence, ...]:
    unique = {(e.source or "", e.start, e.end, e.text): e for m in members for e in m.evidence}
    return tuple(unique[k] for k in sorted(unique))


def _outcome_conflicts(meetings: Sequence[Summit | TwoPlusTwo]) -> list[Conflict]:
    """Held according to some sources, cancelled according to others."""
    outcomes = [m for m in meetings if m.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED)]
    return _disagreements("status", ((m.status.value, m) for m in outcomes))


def _type_fields(members: list[Event]) -> tuple[dict[str, Any], list[Conflict]]:
    head = members[0]
    if isinstance(head, Summit):
        summits = [m for m in members if isinstance(m, Summit)]
        status = min((s.status for s in summits), key=_MEETING_ORDER.__getitem__)
        conflicts = _outcome_conflicts(summits)
        countries = _union(s.countries for s in summits)
        return {
            "status": status,
            "name": _first(s.name for s in summits),
            "kind": _first(s.kind for s in summits if s.countries == countries)
            or _first(s.kind for s in summits),
            "countries": countries,
            "host": _first(s.host for s in summits),
            "edition": _first(s.edition for s in summits),
        }, conflicts
    if isinstance(head, TwoPlusTwo):
        meetings = [m for m in members if isinstance(m, TwoPlusTwo)]
        status = min((m.status for m in meetings), key=_MEETING_ORDER.__getitem__)
        conflicts = _outcome_conflicts(meetings)
        return {
            "status": status,
            "ministers": _union((m.ministers for m in meetings), key=lambda p: fold(p.name)),
            "edition": _first(m.edition for m in meetings),
        }, conflicts
    if isinstance(head, Sanction):
        sanctions = [m for m in members if isinstance(m, Sanction)]
        return {
            "measures": _union((s.measures for s in sanctions), key=lambda m: m.value),
            "reason": _first(s.reason for s in sanctions),
        }, []
    return {}, []


def _report_order(report: Report) -> tuple[Any, ...]:
    return (report.published is None, report.published or date.max, report.source or "", report.id)


def _reports(members: Sequence[Event]) -> tuple[Report, ...]:
    """Every report behind the members, earliest first; a member without any is one."""
    found: dict[str, Report] = {}
    for member in members:
        own = (Report(id=member.id, source=member.sources[0] if member.sources else None),)
        for report in member.reports or own:
            known = found.get(report.id)
            # The same report twice (a set merged with itself): keep what says more.
            if known is None or (known.published, known.title) == (None, None):
                found[report.id] = report
    return tuple(sorted(found.values(), key=_report_order))


def merge_cluster(members: Sequence[Event]) -> Event:
    """One event from reports of one occurrence (as :func:`clusters` groups them)."""
    if len(members) == 1:
        return members[0]
    ordered = sorted(members, key=_order)
    date_span, basis, conflicts = _merge_dates(ordered)
    location, place_conflicts = _merge_places(ordered)
    fields, type_conflicts = _type_fields(ordered)
    kept = {c for m in ordered for c in m.conflicts}
    kept.update(conflicts + place_conflicts + type_conflicts)
    return attrs.evolve(
        ordered[0],
        date=date_span,
        date_basis=basis,
        location=location,
        evidence=_evidence(ordered),
        conflicts=tuple(sorted(kept, key=lambda c: (c.field, c.value, c.sources))),
        reports=_reports(ordered),
        **fields,
    )


def merge(events: Iterable[Event]) -> list[Event]:
    """The same occurrence told several times, merged into one event per occurrence."""
    return _fixed_point(list(events))[1]
