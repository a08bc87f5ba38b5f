from __future__ import annotations

from datetime import date

import pytest

from dipevents import (
    Article,
    DateSpan,
    Event,
    Evidence,
    Measure,
    MeetingStatus,
    ModelError,
    Sanction,
    SanctionStatus,
    Summit,
    SummitKind,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.models import register_group_code


def test_codes_are_sorted_unique_upper() -> None:
    summit = Summit(countries=["rus", "JPN", "JPN", "CHN"], status="held")
    assert summit.countries == ("CHN", "JPN", "RUS")
    sanction = Sanction(imposers=("WEST", "EU", "WEST"), targets=["RUS"], status="imposed")
    assert sanction.imposers == ("EU", "WEST")


def test_enum_values_and_members_both_accepted() -> None:
    assert Summit(status="HELD").status is MeetingStatus.HELD
    assert Summit(status=MeetingStatus.PLANNED, kind="bilateral").kind is SummitKind.BILATERAL
    sanction = Sanction(targets=["PRK"], status="threatened", measures=[Measure.TRADE, "arms"])
    assert sanction.measures == (Measure.ARMS, Measure.TRADE)
    assert sanction.status is SanctionStatus.THREATENED


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: TwoPlusTwo(countries=["JPN"], status="held"),
            r"TwoPlusTwo\.countries needs two distinct states, got \('JPN',\)",
        ),
        (
            lambda: TwoPlusTwo(countries=["JPN", "JPN"], status="held"),
            r"TwoPlusTwo\.countries needs two distinct states",
        ),
        (
            lambda: TwoPlusTwo(countries=["JPN", "RUS", "USA"], status="held"),
            r"TwoPlusTwo\.countries",
        ),
        (
            lambda: TwoPlusTwo(countries=["JPN", "EU"], status="held"),
            r"TwoPlusTwo\.countries needs ISO 3166-1 alpha-3 codes \(unknown: 'EU'\)",
        ),
        (
            lambda: Summit(countries=["XYZ"], status="held"),
            r"Summit\.countries needs ISO 3166-1 alpha-3 or group codes \(unknown: 'XYZ'\)",
        ),
        (
            lambda: Summit(countries="JPN", status="held"),
            r"Summit\.countries needs a list or tuple",
        ),
        (
            lambda: Summit(status="finished"),
            r"Summit\.status needs one of 'held', 'planned', 'proposed', 'cancelled', got 'finished'",
        ),
        (
            lambda: Sanction(targets=[], status="imposed"),
            r"Sanction\.targets needs at least one target",
        ),
        (lambda: Sanction(targets=["RUS"], status="held"), r"Sanction\.status needs one of"),
        (
            lambda: Sanction(targets=["RUS"], status="imposed", measures=["embargo"]),
            r"Sanction\.measures",
        ),
        (
            lambda: TerritorialClaim(
                territory="Crimea", claimants=["UKR"], held_by="UKR", status="active"
            ),
            r"TerritorialClaim\.claimants needs states that do not hold the territory",
        ),
        (
            lambda: TerritorialClaim(territory="Crimea", claimants=["UN"], status="active"),
            r"TerritorialClaim\.claimants",
        ),
        (lambda: TerritorialClaim(territory="", status="active"), r"TerritorialClaim\.territory"),
        (lambda: Summit(status="held", edition=0), r"Summit\.edition needs an int >= 1"),
        (
            lambda: Summit(status="held", date="2017-01-01"),
            r"Summit\.date needs a DateSpan or None",
        ),
        (
            lambda: Summit(status="held", evidence=[{"start": 0}]),
            r"Summit\.evidence needs a list of Evidence",
        ),
    ],
)
def test_invalid_values_are_refused(build: object, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("imposers", "targets", "both"),
    [
        (["RUS"], ["RUS"], "RUS"),
        (["USA", "EU"], ["RUS", "USA"], "USA"),
        (["JPN"], ["JPN", "RUS"], "JPN"),
    ],
)
def test_a_state_cannot_sanction_itself(imposers: list[str], targets: list[str], both: str) -> None:
    """Issue 15: a sanction whose imposers and targets are the same states was accepted."""
    with pytest.raises(
        ModelError,
        match=rf"Sanction\.targets needs targets other than its imposers \(both: {both}\)",
    ):
        Sanction(imposers=imposers, targets=targets, status="imposed")
    # duplicates within one list stay normalised away, as documented
    assert Sanction(imposers=["EU", "EU"], targets=["RUS", "rus"], status="imposed").targets == (
        "RUS",
    )


@pytest.mark.parametrize(
    "build",
    [
        lambda: Summit(status="held", name="G\x00 summit"),
        lambda: Sanction(targets=["RUS"], status="imposed", reason="Crimea\ud800"),
        lambda: TerritorialClaim(territory="\udcff", status="active"),
        lambda: Article(text="Tokyo\x00"),
        lambda: Article(text="Tokyo", title="\ud83d"),
        lambda: Article(text="Tokyo", categories=["Asia", "\x00"]),
    ],
)
def test_unwritable_text_is_refused_in_events_and_articles(build: object) -> None:
    with pytest.raises(ModelError, match="needs text without NUL or lone surrogates"):
        build()  # type: ignore[operator]


def test_model_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="TwoPlusTwo"):
        TwoPlusTwo(countries=["JPN"], status="held")


def test_event_is_abstract() -> None:
    with pytest.raises(TypeError, match="abstract"):
        Event()


def test_type_tags_and_actors() -> None:
    claim = TerritorialClaim(territory="Crimea", claimants=["UKR"], held_by="RUS", status="active")
    assert claim.type == "territorial_claim"
    assert claim.actors() == {"UKR", "RUS"}
    sanction = Sanction(imposers=["UN"], targets=["PRK"], status="imposed")
    assert sanction.actors() == {"UN", "PRK"}


def test_register_group_code() -> None:
    register_group_code("CELAC")
    assert Summit(countries=["CELAC", "EU"], status="held").countries == ("CELAC", "EU")
    with pytest.raises(ValueError, match="group code"):
        register_group_code("lower")


def test_sources_in_order() -> None:
    summit = Summit(
        status="held",
        evidence=[
            Evidence(start=0, end=1, text="a", source="b.txt"),
            Evidence(start=0, end=1, text="a", source="a.txt"),
            Evidence(start=1, end=2, text="b", source="b.txt"),
        ],
    )
    assert summit.sources == ("b.txt", "a.txt")


def test_article_checks_offsets() -> None:
    text = "Abe met Putin."
    ok = Summit(status="held", evidence=[Evidence(start=0, end=14, text=text)])
    assert Article(text=text, events=[ok]).events == (ok,)
    far = Summit(status="held", evidence=[Evidence(start=10, end=20, text="x" * 10)])
    with pytest.raises(
        ModelError, match=r"Article\.events needs offsets within the text \(0\.\.14\)"
    ):
        Article(text=text, events=[far])
    wrong = Summit(status="held", evidence=[Evidence(start=0, end=3, text="xyz")])
    with pytest.raises(ModelError, match=r"Article\.events needs the text at offsets 0\.\.3"):
        Article(text=text, events=[wrong])


def test_with_changes_revalidates() -> None:
    summit = Summit(status="held", date=DateSpan.day(date(2018, 7, 16)))
    assert summit.with_changes(status="planned").status is MeetingStatus.PLANNED
    with pytest.raises(ModelError):
        summit.with_changes(countries=["XXX"])
