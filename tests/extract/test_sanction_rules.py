"""Rules of the sanctions extractor, each on sentences written for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

from dipevents import Sanction, parse, to_dict


def sanctions(body: str, published: date | None = None) -> list[dict[str, Any]]:
    header = "Test article\n\n" + (
        f"{published:%B} {published.day}, {published.year}\n\n" if published else ""
    )
    article = parse(header + body, format="generic")
    return [to_dict(e) for e in article.events if isinstance(e, Sanction)]


def test_a_licence_issued_today_is_dated_by_the_release() -> None:
    [found] = sanctions(
        "In a step toward normal ties, the Treasury Department has eased its measures against "
        "Syria.\n\nThe Treasury today:\nIssued a general license authorizing transactions "
        "involving Syria's electricity sector.",
        published=date(2025, 5, 23),
    )
    assert (found["status"], found["imposers"], found["targets"]) == ("eased", ["USA"], ["SYR"])
    assert found["date"] == {"start": "2025-05-23", "end": "2025-05-23", "precision": "day"}


def test_renewals_until_different_days_are_two_events() -> None:
    found = sanctions(
        "Canada first imposed sanctions on Belarus in 2020. They were renewed until 1 June 2023."
        " The same measures were renewed again in May 2023 until 1 June 2024.",
        published=date(2024, 2, 1),
    )
    renewals = sorted(
        (str(e["date"] and e["date"]["start"]), e["status"])
        for e in found
        if e["status"] != "imposed"
    )
    assert renewals == [("2023-05-01", "extended"), ("None", "extended")]


def test_we_also_announced_is_the_occasion_told_before() -> None:
    [found] = sanctions(
        "Last night, the leaders agreed on a joint communique on the war. We also announced "
        "that the G7 will impose further sanctions on Russia.",
        published=date(2023, 5, 20),
    )
    assert (found["imposers"], found["targets"]) == (["G7"], ["RUS"])
    assert found["date"] == {"start": "2023-05-19", "end": "2023-05-19", "precision": "day"}


def test_the_community_is_the_organisation_told_before_and_imposed_on_x_the_y() -> None:
    [found] = sanctions(
        "Guinea's coup tested ECOWAS. On 16 September 2021, the Community imposed on Guinea "
        "the freezing of the junta's assets and a travel ban on its members.",
        published=date(2021, 10, 1),
    )
    assert (found["imposers"], found["targets"], found["status"]) == (
        ["ECOWAS"],
        ["GIN"],
        "imposed",
    )
    assert found["date"] == {"start": "2021-09-16", "end": "2021-09-16", "precision": "day"}


def test_the_blocs_things_are_not_the_bloc_acting() -> None:
    found = sanctions(
        "EU ministers met on Monday. They agreed to ban Belarusian carriers from the bloc's "
        "airspace on 4 June 2021.",
        published=date(2021, 6, 10),
    )
    assert [(e["imposers"], e["targets"]) for e in found] == [(["EU"], ["BLR"])]
