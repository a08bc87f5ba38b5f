from __future__ import annotations

from datetime import date, datetime

import pytest

from dipevents import Conflict, DateSpan, Evidence, ModelError, Person, Place, Precision


@pytest.mark.parametrize(
    ("span", "start", "end", "precision"),
    [
        (DateSpan.day(date(2017, 3, 20)), date(2017, 3, 20), date(2017, 3, 20), Precision.DAY),
        (
            DateSpan.days(date(2019, 5, 30), date(2019, 5, 31)),
            date(2019, 5, 30),
            date(2019, 5, 31),
            Precision.DAY,
        ),
        (DateSpan.month(2017, 4), date(2017, 4, 1), date(2017, 4, 30), Precision.MONTH),
        (DateSpan.month(2016, 2), date(2016, 2, 1), date(2016, 2, 29), Precision.MONTH),
        (DateSpan.season(2018, "autumn"), date(2018, 9, 1), date(2018, 11, 30), Precision.SEASON),
        (DateSpan.season(2014, "summer"), date(2014, 6, 1), date(2014, 8, 31), Precision.SEASON),
        (DateSpan.season(2015, "winter"), date(2015, 12, 1), date(2016, 2, 29), Precision.SEASON),
        (DateSpan.half(2018, 2), date(2018, 7, 1), date(2018, 12, 31), Precision.HALF),
        (DateSpan.half(2018, 1), date(2018, 1, 1), date(2018, 6, 30), Precision.HALF),
        (DateSpan.year(2014), date(2014, 1, 1), date(2014, 12, 31), Precision.YEAR),
    ],
)
def test_constructors(span: DateSpan, start: date, end: date, precision: Precision) -> None:
    assert (span.start, span.end, span.precision) == (start, end, precision)


def test_contains_and_overlaps() -> None:
    april = DateSpan.month(2017, 4)
    assert april.contains(date(2017, 4, 30))
    assert not april.contains(date(2017, 5, 1))
    assert DateSpan.year(2017).contains(april)
    assert not april.contains(DateSpan.year(2017))
    assert april.overlaps(DateSpan.days(date(2017, 3, 30), date(2017, 4, 1)))
    assert not april.overlaps(DateSpan.month(2017, 5))


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ModelError, match=r"DateSpan\.end needs a date on or after 2017-03-20"):
        DateSpan(start=date(2017, 3, 20), end=date(2017, 3, 19))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": datetime(2017, 1, 1), "end": date(2017, 1, 2)}, r"DateSpan\.start needs a date"),
        ({"start": "2017-01-01", "end": date(2017, 1, 2)}, r"DateSpan\.start needs a date"),
        (
            {"start": date(2017, 1, 1), "end": date(2017, 1, 2), "precision": "day"},
            r"DateSpan\.precision",
        ),
    ],
)
def test_datespan_types(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        DateSpan(**kwargs)  # type: ignore[arg-type]


def test_bad_season_and_half() -> None:
    with pytest.raises(ModelError, match=r"DateSpan\.season"):
        DateSpan.season(2018, "monsoon")  # type: ignore[arg-type]
    with pytest.raises(ModelError, match=r"DateSpan\.half"):
        DateSpan.half(2018, 3)  # type: ignore[arg-type]


def test_place_and_person() -> None:
    assert Place(name="Tokyo", country="JPN").country == "JPN"
    with pytest.raises(ModelError, match=r"Place\.country needs an ISO 3166-1 alpha-3 code"):
        Place(name="Tokyo", country="JP")
    with pytest.raises(ModelError, match=r"Place\.name"):
        Place(name=" ")
    with pytest.raises(ModelError, match=r"Person\.country"):
        Person(name="Sergei Lavrov", country="XXX")


def test_evidence_must_slice() -> None:
    assert Evidence(start=2, end=5, text="abc").source is None
    with pytest.raises(ModelError, match=r"Evidence\.text needs a text of end - start = 2"):
        Evidence(start=3, end=5, text="abc")
    with pytest.raises(ModelError, match=r"Evidence\.end"):
        Evidence(start=5, end=3, text="")
    with pytest.raises(ModelError, match=r"Evidence\.start"):
        Evidence(start=-1, end=3, text="abcd")


def test_models_are_frozen_and_slotted() -> None:
    place = Place(name="Tokyo", country="JPN")
    with pytest.raises(AttributeError):
        place.name = "Osaka"  # type: ignore[misc]
    assert not hasattr(place, "__dict__")


def test_keyword_only() -> None:
    with pytest.raises(TypeError):
        Place("Tokyo", "JPN")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: DateSpan.month(2017, 13), r"DateSpan\.month needs an int from 1 to 12, got 13"),
        (lambda: DateSpan.month(2017, 0), r"DateSpan\.month needs an int from 1 to 12, got 0"),
        (lambda: DateSpan.month("2017", 3), r"DateSpan\.year needs an int from 1 to 9999"),
        (lambda: DateSpan.year(0), r"DateSpan\.year needs an int from 1 to 9999, got 0"),
        (lambda: DateSpan.year(10_000), r"DateSpan\.year needs an int from 1 to 9999"),
        (lambda: DateSpan.half(0, 1), r"DateSpan\.year needs an int from 1 to 9999"),
        (lambda: DateSpan.season(9999, "winter"), r"DateSpan\.year needs an int from 1 to 9998"),
        (lambda: DateSpan.season(0, "spring"), r"DateSpan\.year needs an int from 1 to 9999"),
    ],
)
def test_calendar_errors_name_the_argument(build: object, message: str) -> None:
    """Issue 15: DateSpan.month(2017, 13) and DateSpan.year(0) raised a plain ValueError."""
    with pytest.raises(ModelError, match=message):
        build()  # type: ignore[operator]


@pytest.mark.parametrize("precision", [p for p in Precision if p is not Precision.DAY])
def test_coarse_precision_needs_whole_months(precision: Precision) -> None:
    """Issue 15: month precision on a one-day span was accepted silently."""
    one_day = {"start": date(2017, 3, 1), "end": date(2017, 3, 1), "precision": precision}
    with pytest.raises(ModelError, match=r"DateSpan\.precision needs 'day' for 2017-03-01"):
        DateSpan(**one_day)  # type: ignore[arg-type]
    with pytest.raises(ModelError, match=r"not whole months"):
        DateSpan(start=date(2017, 3, 2), end=date(2017, 4, 30), precision=precision)
    whole = DateSpan(start=date(2017, 3, 1), end=date(2017, 4, 30), precision=precision)
    assert whole.precision is precision


@pytest.mark.parametrize(
    ("bad", "found"),
    [
        ("\ud800", r"a lone surrogate \(U\+D800\) at offset 0"),
        ("Tok\udfffyo", r"a lone surrogate \(U\+DFFF\) at offset 3"),
        ("Tok\x00yo", r"a NUL character at offset 3"),
    ],
)
@pytest.mark.parametrize(
    ("build", "where"),
    [
        (lambda s: Place(name=s), r"Place\.name"),
        (lambda s: Person(name="Abe", office=s), r"Person\.office"),
        (lambda s: Evidence(start=0, end=len(s), text=s), r"Evidence\.text"),
        (lambda s: Evidence(start=0, end=1, text="x", source=s), r"Evidence\.source"),
        (lambda s: Conflict(field="date", value=s), r"Conflict\.value"),
        (lambda s: Conflict(field="date", value="x", sources=["a", s]), r"Conflict\.sources"),
    ],
)
def test_unwritable_text_is_refused(build: object, where: str, bad: str, found: str) -> None:
    """Issue 15: a lone surrogate or NUL was accepted and made to_json's output unwritable."""
    with pytest.raises(
        ModelError, match=rf"{where} needs text without NUL or lone surrogates \({found}\)"
    ):
        build(bad)  # type: ignore[operator]


def test_long_and_deep_values_make_short_messages() -> None:
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(ModelError) as caught:
        Place(name=deep)  # type: ignore[arg-type]
    assert len(str(caught.value)) < 200
    with pytest.raises(ModelError) as caught:
        Place(name="x" * 1_000_000, country="XX")
    assert len(str(caught.value)) < 300


def test_place_coordinates() -> None:
    from dipevents import to_dict

    osaka = Place(name="Osaka", country="JPN", latitude=34, longitude=135.5, geonames_id=1853909)
    assert osaka.latitude == 34.0
    assert type(osaka.latitude) is float
    assert osaka.coordinates == (34.0, 135.5)
    assert Place(name="Japan", country="JPN").coordinates is None
    # Left out of the JSON while unknown, so a place of the codebook's core form is unchanged.
    assert to_dict(Place(name="Japan", country="JPN")) == {"name": "Japan", "country": "JPN"}
    assert to_dict(osaka)["geonames_id"] == 1853909
    with pytest.raises(ModelError, match="latitude and longitude together"):
        Place(name="Osaka", latitude=34.7)
    with pytest.raises(ModelError, match=r"Place\.latitude .*-90\.\.90"):
        Place(name="Osaka", latitude=134.7, longitude=135.5)
    with pytest.raises(ModelError, match=r"Place\.longitude"):
        Place(name="Osaka", latitude=34.7, longitude=float("nan"))
    with pytest.raises(ModelError, match=r"Place\.latitude"):
        Place(name="Osaka", latitude=True, longitude=135.5)  # type: ignore[arg-type]
    with pytest.raises(ModelError, match=r"Place\.geonames_id"):
        Place(name="Osaka", geonames_id=0)
