"""Merging reports of one occurrence: cases written here (the laws are in tests/property)."""

from __future__ import annotations

from datetime import date

from dipevents import (
    Conflict,
    DateSpan,
    EventSet,
    Evidence,
    Place,
    Sanction,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.query import same_occurrence


def ev(source: str, text: str = "They met.") -> list[Evidence]:
    return [Evidence(start=0, end=len(text), text=text, source=source)]


def meeting(
    source: str, span: DateSpan | None, place: Place | None = None, **kw: object
) -> TwoPlusTwo:
    fields = {"status": "held", "countries": ["JPN", "RUS"], **kw}
    return TwoPlusTwo(date=span, location=place, evidence=ev(source), **fields)  # type: ignore[arg-type]


MARCH_20 = DateSpan.day(date(2017, 3, 20))
TOKYO = Place(name="Tokyo", country="JPN")
JAPAN = Place(name="Japan", country="JPN")


def test_a_day_and_its_month_are_one_meeting_at_the_day() -> None:
    merged = EventSet(
        [meeting("a", MARCH_20, TOKYO), meeting("b", DateSpan.month(2017, 3), JAPAN)]
    ).merged()
    assert len(merged) == 1
    (event,) = merged
    assert event.date == MARCH_20
    assert event.location == TOKYO  # the city, not the country
    assert event.sources == ("a", "b")
    assert event.conflicts == ()


def test_a_month_met_by_a_longer_day_range_shares_days_not_a_month() -> None:
    # The days a month and a range share are not a whole month: they keep day precision.
    february = meeting("a", DateSpan.month(2017, 2))
    weeks = meeting("b", DateSpan.days(date(2017, 2, 15), date(2017, 3, 31)))
    (event,) = EventSet([february, weeks]).merged()
    assert event.date == DateSpan.days(date(2017, 2, 15), date(2017, 2, 28))


def test_different_days_are_kept_apart() -> None:
    merged = EventSet(
        [meeting("a", MARCH_20), meeting("b", DateSpan.day(date(2017, 3, 21)))]
    ).merged()
    assert len(merged) == 2


def test_overlapping_day_ranges_merge_with_the_disagreement_visible() -> None:
    merged = EventSet(
        [
            meeting("a", DateSpan.days(date(2017, 3, 19), date(2017, 3, 20))),
            meeting("b", DateSpan.days(date(2017, 3, 20), date(2017, 3, 21))),
        ]
    ).merged()
    (event,) = merged
    assert event.date == MARCH_20  # the day both sources agree on
    assert event.conflicts == (
        Conflict(field="date", value="2017-03-19/2017-03-20", sources=("a",)),
        Conflict(field="date", value="2017-03-20/2017-03-21", sources=("b",)),
    )


def test_two_cities_of_one_country_merge_with_a_location_conflict() -> None:
    osaka = Place(name="Osaka", country="JPN")
    (event,) = EventSet([meeting("a", MARCH_20, TOKYO), meeting("b", MARCH_20, osaka)]).merged()
    assert {c.value for c in event.conflicts if c.field == "location"} == {"Osaka", "Tokyo"}


def test_other_countries_other_places_other_types_stay_apart() -> None:
    moscow = Place(name="Moscow", country="RUS")
    us = meeting("b", MARCH_20, countries=["JPN", "USA"])
    summit = Summit(status="held", countries=["JPN", "RUS"], date=MARCH_20, evidence=ev("c"))
    events = EventSet([meeting("a", MARCH_20, TOKYO), meeting("d", MARCH_20, moscow), us, summit])
    assert len(events.merged()) == 4


def test_planned_then_held_is_held_and_held_against_cancelled_is_a_conflict() -> None:
    planned = meeting("a", DateSpan.month(2017, 3), status="planned")
    held = meeting("b", MARCH_20)
    (event,) = EventSet([planned, held]).merged()
    assert event.status.value == "held"
    assert event.conflicts == ()
    cancelled = meeting("c", MARCH_20, status="cancelled")
    (event,) = EventSet([planned, held, cancelled]).merged()
    assert {(c.field, c.value) for c in event.conflicts} == {
        ("status", "held"),
        ("status", "cancelled"),
    }


def test_an_undated_report_joins_only_an_unambiguous_occurrence() -> None:
    undated = meeting("u", None)
    one = EventSet([meeting("a", MARCH_20), undated]).merged()
    assert len(one) == 1
    assert one[0].sources == ("a", "u")
    two = EventSet([meeting("a", MARCH_20), meeting("b", DateSpan.year(2019)), undated]).merged()
    assert len(two) == 3


def test_a_coarse_date_between_two_occurrences_is_not_guessed() -> None:
    events = EventSet(
        [
            meeting("a", MARCH_20),
            meeting("b", DateSpan.month(2017, 9)),
            meeting("c", DateSpan.year(2017)),
        ]
    )
    assert len(events.merged()) == 3


def test_sanctions_merge_on_imposers_targets_and_status() -> None:
    def sanction(source: str, status: str, span: DateSpan, **kw: object) -> Sanction:
        fields = {"imposers": ["UN"], "targets": ["PRK"], **kw}
        return Sanction(status=status, date=span, evidence=ev(source), **fields)  # type: ignore[arg-type]

    december = DateSpan.month(2017, 12)
    events = EventSet(
        [
            sanction("a", "imposed", DateSpan.day(date(2017, 12, 22)), measures=["trade"]),
            sanction("b", "imposed", december, measures=["financial"]),
            sanction("c", "lifted", december),
            sanction("d", "imposed", december, imposers=["USA"]),
        ]
    )
    merged = events.merged()
    assert len(merged) == 3
    (both,) = merged.where(lambda e: len(e.sources) == 2)
    assert [m.value for m in both.measures] == ["financial", "trade"]  # type: ignore[attr-defined]


def test_claims_told_by_many_articles_are_one_claim() -> None:
    claims = [
        TerritorialClaim(
            status="active", territory=name, claimants=["JPN"], held_by="RUS", evidence=ev(source)
        )
        for name, source in [("Southern Kuril Islands", "a"), ("Northern Territories", "b")]
    ]
    (claim,) = EventSet(claims).merged()
    assert claim.sources == ("a", "b")
    assert same_occurrence(*claims)


def test_set_operations_respect_occurrences() -> None:
    a = EventSet([meeting("a", MARCH_20, TOKYO), meeting("a", DateSpan.year(2019))])
    b = EventSet([meeting("b", DateSpan.month(2017, 3)), meeting("b", DateSpan.year(2013))])
    assert len(a | b) == 3
    (both,) = a & b
    assert both.sources == ("a", "b")
    assert both.date == MARCH_20
    (only_a,) = a - b
    assert only_a.date == DateSpan.year(2019)
    assert (a | b) == (b | a)
