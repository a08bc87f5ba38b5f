"""Rules of the meeting extractor, each on sentences written for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

from dipevents import Summit, parse, to_dict


def summits(body: str, published: date | None = None) -> list[dict[str, Any]]:
    header = "Test article\n\n" + (
        f"{published:%B} {published.day}, {published.year}\n\n" if published else ""
    )
    article = parse(header + body, format="generic")
    return sorted(
        (to_dict(e) for e in article.events if isinstance(e, Summit)),
        key=lambda e: e["countries"],
    )


def test_a_later_meeting_keeps_its_own_partners() -> None:
    found = summits(
        "Narendra Modi met Cyril Ramaphosa in Pretoria last week, on his way to the trilateral "
        "summit with Lula da Silva in Brasilia.",
        published=date(2024, 3, 20),
    )
    by_countries = {tuple(e["countries"]): e for e in found}
    assert set(by_countries) == {("IND", "ZAF"), ("BRA", "IND", "ZAF")}
    assert by_countries[("IND", "ZAF")]["location"]["name"] == "Pretoria"
    assert by_countries[("BRA", "IND", "ZAF")]["location"]["name"] == "Brasilia"


def test_partners_told_once_for_coordinated_meetings() -> None:
    [found] = summits(
        "On 3 May, Prime Minister Anthony Albanese held a summit meeting (for about an hour) and "
        "a working dinner with President Emmanuel Macron.",
        published=date(2024, 5, 4),
    )
    assert found["countries"] == ["AUS", "FRA"]


def test_a_closed_format_names_its_members() -> None:
    [found] = summits(
        "The leaders met in the Normandy format in Berlin on 19 October 2016.",
        published=date(2016, 10, 20),
    )
    assert found["countries"] == ["DEU", "FRA", "RUS", "UKR"]


def test_a_series_name_is_not_an_editions_place() -> None:
    [found] = summits(
        "Their talks came a week after the first summit in the Normandy format in two years, "
        "held in Paris on December 9.",
        published=date(2019, 12, 16),
    )
    assert found["date"] == {"start": "2019-12-09", "end": "2019-12-09", "precision": "day"}
    assert found["location"]["name"] == "Paris"
