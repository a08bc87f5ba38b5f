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


# -- unnamed reports of a named summit (the cases of issue 17) ------------------------------

CHRISTMAS_EVE = DateSpan.day(date(2019, 12, 24))
CHENGDU = Place(name="Chengdu", country="CHN")
OSAKA = Place(name="Osaka", country="JPN")
G20_OSAKA = DateSpan.days(date(2019, 6, 28), date(2019, 6, 29))


def summit(source: str, span: DateSpan | None, **kw: object) -> Summit:
    fields: dict[str, object] = {"status": "held", **kw}
    return Summit(date=span, evidence=ev(source), **fields)  # type: ignore[arg-type]


def test_the_chengdu_trilateral_named_and_unnamed_is_one_summit() -> None:
    named = summit(
        "a",
        CHRISTMAS_EVE,
        name="China-Japan-ROK Trilateral Summit",
        kind="trilateral",
        countries=["CHN", "JPN", "KOR"],
        location=CHENGDU,
    )
    unnamed = summit("a", CHRISTMAS_EVE, kind="trilateral", countries=["CHN", "JPN", "KOR"],
                     location=CHENGDU)  # fmt: skip
    (event,) = EventSet([named, unnamed]).merged()
    assert event.name == "China-Japan-ROK Trilateral Summit"  # type: ignore[attr-defined]
    assert {r.id for r in event.reports} == {named.id, unnamed.id}
    assert same_occurrence(named, unnamed)


def test_an_unnamed_report_with_the_series_members_joins_a_named_report_that_lists_fewer() -> None:
    named = summit("a", CHRISTMAS_EVE, name="China-Japan-ROK Trilateral Summit", countries=["CHN"])
    unnamed = summit("b", DateSpan.month(2019, 12), countries=["JPN", "KOR", "CHN"])
    (event,) = EventSet([named, unnamed]).merged()
    assert event.countries == ("CHN", "JPN", "KOR")  # type: ignore[attr-defined]
    assert event.date == CHRISTMAS_EVE


def test_the_g20_osaka_summit_told_twice_is_one() -> None:
    named = summit("dmz.txt", G20_OSAKA, name="G20 Osaka Summit", countries=["PRK", "USA"],
                   location=OSAKA, host="JPN")  # fmt: skip
    unnamed = summit("dmz.txt", G20_OSAKA, countries=["PRK", "USA"], location=OSAKA)
    other_name = summit("b.txt", DateSpan.month(2019, 6), name="G20 Summit", location=OSAKA,
                        countries=["JPN", "RUS"])  # fmt: skip
    (event,) = EventSet([named, unnamed, other_name]).merged()
    assert event.sources == ("b.txt", "dmz.txt")
    assert event.countries == ("JPN", "PRK", "RUS", "USA")  # type: ignore[attr-defined]


def test_meetings_on_the_sidelines_stay_apart_from_the_summit() -> None:
    g20 = summit("a", G20_OSAKA, name="G20 Osaka Summit", countries=["GBR", "JPN", "RUS"],
                 location=OSAKA)  # fmt: skip
    sidelines = summit("b", G20_OSAKA, countries=["JPN", "RUS"], location=OSAKA)  # other members
    undated = summit("c", None, countries=["GBR", "JPN", "RUS"])  # no date: not enough to join
    elsewhere = summit("d", G20_OSAKA, countries=["GBR", "JPN", "RUS"],
                       location=Place(name="Moscow", country="RUS"))  # fmt: skip
    later = summit("e", DateSpan.year(2020), countries=["GBR", "JPN", "RUS"])
    merged = EventSet([g20, sidelines, undated, elsewhere, later]).merged()
    assert len(merged) == 5
    assert not same_occurrence(g20, sidelines)


def test_an_unnamed_report_that_fits_two_named_summits_is_not_guessed() -> None:
    first = summit("a", G20_OSAKA, name="G20 Osaka Summit", countries=["JPN", "USA"])
    second = summit("b", G20_OSAKA, name="Japan-US Summit", countries=["JPN", "USA"])
    unnamed = summit("c", G20_OSAKA, countries=["JPN", "USA"])
    assert len(EventSet([first, second, unnamed]).merged()) == 3


def test_an_undated_report_of_a_pair_follows_only_an_unambiguous_occurrence() -> None:
    named = summit("a", G20_OSAKA, name="G20 Osaka Summit", countries=["PRK", "USA"],
                   location=OSAKA)  # fmt: skip
    unnamed = summit("a", G20_OSAKA, countries=["PRK", "USA"], location=OSAKA)
    undated = summit("a", None, countries=["PRK", "USA"], location=OSAKA, status="proposed")
    # The unnamed report went to the G20; the undated one could be it or another meeting.
    earlier = summit("b", DateSpan.day(date(2018, 6, 12)), countries=["PRK", "USA"])
    merged = EventSet([named, unnamed, undated, earlier]).merged()
    assert len(merged) == 3
    assert len(merged.where(lambda e: e.date is None)) == 1
    # With no other meeting of the pair, it follows the unnamed report to the G20.
    assert len(EventSet([named, unnamed, undated]).merged()) == 1


def test_merging_summits_does_not_depend_on_the_order() -> None:
    events = [
        summit("a", CHRISTMAS_EVE, name="China-Japan-ROK Trilateral Summit", countries=["CHN"]),
        summit("b", CHRISTMAS_EVE, countries=["CHN", "JPN", "KOR"], location=CHENGDU),
        summit("c", DateSpan.month(2019, 12), countries=["CHN", "JPN", "KOR"],
               location=Place(name="Beijing", country="CHN")),
        summit("d", None, countries=["CHN", "JPN", "KOR"]),
    ]  # fmt: skip
    merged = EventSet(events).merged()
    assert EventSet(list(reversed(events))).merged() == merged
    assert merged.merged() == merged
    (event,) = merged.where(lambda e: e.date is not None)
    assert event.location == CHENGDU  # of places told equally often, the best-dated report's


def test_same_occurrence_of_unnamed_and_named_summits() -> None:
    named = summit("a", G20_OSAKA, name="G20 Osaka Summit", countries=["PRK", "USA"])
    assert same_occurrence(named, summit("b", None, countries=["PRK", "USA"]))
    assert same_occurrence(summit("b", G20_OSAKA, countries=["PRK", "USA"]), named)
    assert not same_occurrence(named, summit("c", G20_OSAKA, countries=["JPN", "USA"]))
    assert same_occurrence(named, summit("d", DateSpan.month(2019, 6), name="G20 Summit"))
