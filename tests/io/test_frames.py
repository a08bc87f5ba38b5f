"""Flat rows, pandas, Arrow and Parquet: one row per event with the same columns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dipevents import (
    DateSpan,
    EventSet,
    Evidence,
    Person,
    Place,
    Sanction,
    SerializationError,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.io.frames import COLUMNS, record

MEETING = TwoPlusTwo(
    status="held",
    countries=["JPN", "RUS"],
    date=DateSpan.day(date(2017, 3, 20)),
    location=Place(name="Tokyo", country="JPN"),
    ministers=[Person(name="Sergei Shoigu", country="RUS", office="Minister of Defence")],
    evidence=[Evidence(start=0, end=9, text="They met.", source="a.txt")],
)
SANCTION = Sanction(status="eased", imposers=["USA"], targets=["IRN"], measures=["trade"])
CLAIM = TerritorialClaim(status="active", territory="Crimea", claimants=["UKR"], held_by="RUS")
EVENTS = EventSet([MEETING, SANCTION, CLAIM])


def test_record_is_flat_with_every_column() -> None:
    row = record(MEETING)
    assert list(row) == list(COLUMNS)
    assert row["type"] == "two_plus_two"
    assert row["start"] == date(2017, 3, 20)
    assert row["ministers"] == ["Sergei Shoigu"]
    assert row["sources"] == ["a.txt"]
    assert (row["cameo"], row["plover"], row["plover_mode"]) == ("043", "CONSULT", "host")
    sanction = record(SANCTION)
    assert sanction["countries"] == ["IRN", "USA"]
    assert sanction["measures"] == ["trade"]
    assert (sanction["cameo"], sanction["plover"]) == ("085", "RETREAT")
    assert sanction["start"] is None
    assert sanction["n_sources"] == 0
    assert record(CLAIM)["countries"] == ["RUS", "UKR"]


def test_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = EVENTS.to_pandas()
    assert list(frame.columns) == list(COLUMNS)
    assert frame["start"].iloc[0] == pd.Timestamp("2017-03-20")
    assert pd.isna(frame["start"].iloc[1])
    assert frame.explode("countries")["countries"].value_counts()["RUS"] == 2


def test_arrow_and_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    table = EVENTS.to_arrow()
    assert table.schema.field("countries").type == pa.list_(pa.string())
    assert table.schema.field("start").type == pa.date32()
    path = tmp_path / "events.parquet"
    EVENTS.to_parquet(path)
    assert parquet.read_table(path).equals(table)
    assert EventSet.from_arrow(parquet.read_table(path)) == EVENTS
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]


def test_reading_back_names_the_bad_row() -> None:
    pytest.importorskip("pandas")
    from dipevents import SerializationError

    frame = EVENTS.to_pandas()
    frame.loc[1, "json"] = '{"type": "sanction"}'
    with pytest.raises(SerializationError, match="DataFrame row 1: cannot build Event"):
        EventSet.from_pandas(frame)
    with pytest.raises(ValueError, match="'json' column"):
        EventSet.from_pandas(frame.drop(columns="json"))


def test_a_frame_without_the_json_column_is_a_serialization_error() -> None:
    pandas = pytest.importorskip("pandas")
    pyarrow = pytest.importorskip("pyarrow")
    with pytest.raises(SerializationError, match="from_pandas\\(\\) needs the 'json' column"):
        EventSet.from_pandas(pandas.DataFrame({"type": ["summit"]}))
    with pytest.raises(SerializationError, match="from_arrow\\(\\) needs the 'json' column"):
        EventSet.from_arrow(pyarrow.table({"type": ["summit"]}))


def test_rows_name_their_article_and_place() -> None:
    from dipevents import Article

    text = "They met."
    located = MEETING.with_changes(
        location=Place(name="Tokyo", country="JPN", latitude=35.6895, longitude=139.69171,
                       geonames_id=1850147),
        evidence=[Evidence(start=0, end=9, text=text)],
    )  # fmt: skip
    article = Article(text=text, source="https://example.org/talks", title="Talks in Tokyo",
                      published=date(2017, 3, 21), events=[located])  # fmt: skip
    (row,) = EventSet.from_articles([article]).to_records()
    assert row["id"] == located.id
    assert (row["source"], row["published"], row["title"]) == (
        "https://example.org/talks", date(2017, 3, 21), "Talks in Tokyo",
    )  # fmt: skip
    assert row["reports"] == [located.id]
    assert (row["latitude"], row["longitude"], row["geonames_id"]) == (35.6895, 139.69171, 1850147)
    unknown = record(SANCTION)
    assert (unknown["source"], unknown["published"], unknown["latitude"]) == (None, None, None)
    assert record(MEETING)["source"] == "a.txt"  # no report: the evidence's source


def test_typed_columns_for_coordinates_and_dates() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    located = MEETING.with_changes(
        location=Place(name="Tokyo", country="JPN", latitude=35.7, longitude=139.7)
    )
    frame = EventSet([located, SANCTION]).to_pandas()
    assert str(frame["latitude"].dtype) == "float64"
    assert pd.isna(frame["latitude"].iloc[1])
    assert str(frame["geonames_id"].dtype) == "Int64"
    table = EventSet([located, SANCTION]).to_arrow()
    assert table.schema.field("longitude").type == pa.float64()
    assert table.schema.field("published").type == pa.date32()
    assert table.column("id").to_pylist() == [located.id, SANCTION.id]
