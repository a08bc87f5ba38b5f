from __future__ import annotations

from datetime import date, datetime

import pytest

from dipevents import DateSpan, Evidence, ModelError, Person, Place, Precision


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
