"""Laws of EventSet's filters and of merging, for every set hypothesis can draw."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipevents import (
    DateSpan,
    Event,
    EventSet,
    Evidence,
    Place,
    Sanction,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents import strategies as dst
from dipevents.query import merge_cluster, occurrences

# Small pools, so that drawn events often report the same occurrence.
STATES = ["JPN", "RUS", "USA"]
SPANS = [
    None,
    DateSpan.day(date(2017, 3, 19)),
    DateSpan.day(date(2017, 3, 20)),
    DateSpan.days(date(2017, 3, 19), date(2017, 3, 20)),
    DateSpan.days(date(2017, 3, 20), date(2017, 3, 22)),
    DateSpan.month(2017, 3),
    DateSpan.month(2017, 4),
    DateSpan.season(2017, "spring"),
    DateSpan.year(2017),
    DateSpan.year(2018),
]
PLACES = [
    None,
    Place(name="Tokyo", country="JPN"),
    Place(name="Osaka", country="JPN"),
    Place(name="Japan", country="JPN"),
    Place(name="Moscow", country="RUS"),
]

spans = st.sampled_from(SPANS)
places = st.sampled_from(PLACES)
pair = st.lists(st.sampled_from(STATES), min_size=2, max_size=2, unique=True)


@st.composite
def evidence(draw: st.DrawFn) -> list[Evidence]:
    source = draw(st.sampled_from(["a.txt", "b.txt", "c.txt"]))
    start = draw(st.integers(0, 50))
    text = draw(st.sampled_from(["They met.", "Talks were held."]))
    return [Evidence(start=start, end=start + len(text), text=text, source=source)]


def _common() -> dict[str, st.SearchStrategy[object]]:
    return {"date": spans, "location": places, "evidence": evidence()}


reports = st.one_of(
    st.builds(
        TwoPlusTwo,
        status=st.sampled_from(["held", "planned", "cancelled"]),
        countries=pair,
        **_common(),
    ),
    st.builds(
        Summit,
        status=st.sampled_from(["held", "planned"]),
        countries=pair,
        name=st.sampled_from([None, None, "G20 Summit"]),
        **_common(),
    ),
    st.builds(
        Sanction,
        status=st.sampled_from(["imposed", "lifted"]),
        imposers=st.sampled_from([["USA"], ["EU"]]),
        targets=st.just(["RUS"]),
        measures=st.lists(st.sampled_from(["trade", "financial"]), max_size=2),
        **_common(),
    ),
    st.builds(
        TerritorialClaim,
        status=st.just("active"),
        territory=st.sampled_from(["Southern Kuril Islands", "Northern Territories", "Crimea"]),
        claimants=st.just(["JPN"]),
        held_by=st.just("RUS"),
        **_common(),
    ),
)
report_sets = st.lists(reports, max_size=12).map(EventSet)

FILTERS: dict[str, Callable[[EventSet], EventSet]] = {
    "type": lambda s: s.of_type(TwoPlusTwo, Sanction),
    "involving": lambda s: s.involving("JPN"),
    "involving_any": lambda s: s.involving("USA", "EU", all=False),
    "between": lambda s: s.between("2017-03-20", "2017-04"),
    "status": lambda s: s.with_status("held", "imposed"),
    "at": lambda s: s.at("JPN"),
    "where": lambda s: s.where(lambda e: len(e.evidence) > 0),
}


@given(report_sets, st.sampled_from(sorted(FILTERS)), st.sampled_from(sorted(FILTERS)))
def test_filters_commute(events: EventSet, first: str, second: str) -> None:
    f, g = FILTERS[first], FILTERS[second]
    assert list(f(g(events))) == list(g(f(events)))


@given(st.lists(dst.events(), max_size=8).map(EventSet), dst.date_spans())
def test_between_agrees_with_overlaps(events: EventSet, span: DateSpan) -> None:
    expected = [e for e in events if e.date is not None and e.date.overlaps(span)]
    assert list(events.between(span.start, span.end)) == expected


@given(report_sets, st.lists(st.sampled_from([*STATES, "EU"]), min_size=1, max_size=3))
def test_involving_all_is_chained_single_codes(events: EventSet, codes: list[str]) -> None:
    chained = events
    for code in codes:
        chained = chained.involving(code)
    assert list(events.involving(*codes)) == list(chained)


@given(report_sets)
def test_sorted_is_a_stable_permutation(events: EventSet) -> None:
    ordered = events.sorted()
    assert ordered == events
    starts = [e.date.start for e in ordered if e.date]
    assert starts == sorted(starts)
    assert all(e.date is None for e in ordered[len(starts) :])


@given(report_sets)
def test_merged_is_idempotent(events: EventSet) -> None:
    once = events.merged()
    assert list(once.merged()) == list(once)


@given(report_sets, st.randoms(use_true_random=False))
def test_merged_does_not_depend_on_input_order(events: EventSet, random: object) -> None:
    shuffled = list(events)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert list(EventSet(shuffled).merged()) == list(events.merged())


@given(report_sets)
def test_merging_never_joins_other_types_or_disjoint_dates(events: EventSet) -> None:
    for group in occurrences(list(events)):
        members = [events[i] for i in group]
        assert len({type(e) for e in members}) == 1
        for a, b in itertools.combinations(members, 2):
            if a.date is not None and b.date is not None:
                assert a.date.overlaps(b.date)


@given(report_sets)
def test_merging_loses_no_evidence(events: EventSet) -> None:
    merged = events.merged()
    assert {e for ev in events for e in ev.evidence} == {e for ev in merged for e in ev.evidence}
    assert len(merged) <= len(events)
    for group in occurrences(list(events)):  # the date every source agrees on
        members = [events[i] for i in group]
        event = merge_cluster(members)
        assert all(m.date is None or (event.date and m.date.contains(event.date)) for m in members)


@given(report_sets, report_sets)
def test_set_operations(a: EventSet, b: EventSet) -> None:
    union = a | b
    assert union == b | a
    assert len(a & b) <= len(union)
    # Every occurrence of a is in the intersection or the difference, not both.
    evidence_a = {e for ev in a for e in ev.evidence}
    split = {e for ev in (a & b) for e in ev.evidence} | {e for ev in (a - b) for e in ev.evidence}
    assert evidence_a <= split


@given(st.lists(dst.events(), max_size=6).map(EventSet))
def test_jsonl_round_trip(events: EventSet) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.jsonl"
        events.to_jsonl(path)
        assert list(EventSet.from_jsonl(path)) == list(events)


@given(st.lists(dst.events(), max_size=6).map(EventSet))
def test_data_frame_round_trips(events: EventSet) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = events.to_pandas()
    assert len(frame) == len(events)
    assert list(EventSet.from_pandas(frame)) == list(events)
    table = events.to_arrow()
    assert table.num_rows == len(events)
    assert list(EventSet.from_arrow(table)) == list(events)


def test_reports_do_collide() -> None:
    """The pools above are small enough for merging to happen (else the laws are empty)."""
    from hypothesis import find

    found = find(report_sets, lambda s: len(s.merged()) < len(s) - 1)
    assert isinstance(found[0], Event)
