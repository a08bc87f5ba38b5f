"""Rules of territorial claims, each on sentences of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from dipevents import TerritorialClaim, parse, to_dict


def claims(body: str, published: date | None = None) -> list[dict[str, Any]]:
    head = f"{published:%B} {published.day}, {published.year}\n\n" if published else ""
    article = parse("Claims\n\n" + head + body, format="generic")
    return [to_dict(e) for e in article.events if isinstance(e, TerritorialClaim)]


def test_taiwan_listed_with_other_claimants_claims_and_is_not_claimed() -> None:
    found = claims("China and Taiwan both claim the Paracel Islands, which Vietnam also claims.")
    assert [c["territory"] for c in found] == ["Paracel Islands"]


def test_taiwan_which_also_claims_is_a_claimant() -> None:
    found = claims(
        "Japan holds the Senkaku Islands, which China claims. Taiwan, which also claims the "
        "islands, protested."
    )
    assert "Taiwan" not in [c["territory"] for c in found]


def test_a_claimed_by_list_names_the_claimants() -> None:
    found = claims(
        "Scarborough Shoal\nClaimed by: Republic of China (Taiwan), Philippines\n\nThe shoal is "
        "disputed."
    )
    assert "Taiwan" not in [c["territory"] for c in found]


def test_the_region_a_claimed_territory_is_part_of_is_not_claimed_itself() -> None:
    found = claims(
        "India regards Aksai Chin, held by China since the 1950s, as part of the union "
        "territory of Ladakh."
    )
    assert [c["territory"] for c in found] == ["Aksai Chin"]
