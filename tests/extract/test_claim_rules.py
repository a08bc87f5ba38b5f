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


# -- a dispute settled by a treaty: resolved; talks to settle it settle nothing (§8) --------


def test_a_boundary_told_by_its_sea_is_the_boundary_and_a_treaty_settling_it_resolves_it() -> None:
    found = claims(
        "The agreement, which entered into force this week, settles the decades-old dispute "
        "between Oslo and Moscow over the maritime boundary in the Barents Sea.",
        date(2011, 7, 9),
    )
    assert [(c["territory"], c["status"]) for c in found] == [
        ("Barents Sea maritime boundary", "resolved")
    ]


def test_a_dispute_the_knowledge_knows_as_open_is_resolved_when_the_text_says_so() -> None:
    found = claims(
        "Slovenia and Croatia finally resolved their long quarrel over Piran Bay, the two "
        "prime ministers said."
    )
    assert [(c["territory"], c["status"]) for c in found] == [("Piran Bay", "resolved")]


def test_a_boundary_treaty_in_force_resolves_the_boundary() -> None:
    found = claims(
        "The maritime boundary treaty between Kenya and Somalia came into force on Monday, "
        "and the dispute over the maritime boundary between Kenya and Somalia is over."
    )
    assert [(c["territory"], c["status"]) for c in found] == [
        ("Kenya–Somalia maritime boundary", "resolved")
    ]


def test_talks_to_settle_a_dispute_leave_it_active() -> None:
    found = claims(
        "Negotiators will meet in Ljubljana next week for talks to settle the dispute over "
        "Piran Bay, which neither side has been able to resolve."
    )
    assert [(c["territory"], c["status"]) for c in found] == [("Piran Bay", "active")]


def test_a_dispute_not_yet_resolved_is_active() -> None:
    found = claims(
        "Kenya says the dispute over the maritime boundary between Kenya and Somalia has not "
        "been resolved and would only be settled by negotiation."
    )
    assert [c["status"] for c in found] == ["active"]


def test_an_article_from_before_the_settlement_has_the_dispute_active() -> None:
    found = claims(
        "Timor-Leste wants the disputed maritime boundary in the Timor Sea drawn along the "
        "median line.",
        date(2016, 4, 11),
    )
    assert [(c["territory"], c["status"]) for c in found] == [
        ("Timor Sea maritime boundary", "active")
    ]


def test_a_treaty_in_force_that_settles_no_boundary_resolves_nothing() -> None:
    found = claims(
        "Ever since the peace treaty entered into force in 1952, Tokyo has claimed the "
        "Northern Territories."
    )
    assert [c["status"] for c in found] == ["active"]


# -- a border both states claim in part, with no single holder -------------------------------


def test_a_border_both_states_claim_in_part_is_claimed_by_both() -> None:
    found = claims(
        "Long sections of the border between Uzbekistan and Tajikistan have never been "
        "delimited, and both states claim the same pastures and springs."
    )
    assert [(c["territory"], c["claimants"], c["held_by"]) for c in found] == [
        ("Uzbekistan–Tajikistan border", ["TJK", "UZB"], None)
    ]


def test_a_border_named_by_its_two_adjectives_is_named_so() -> None:
    found = claims("The Armenian-Azerbaijani border is still disputed in several places.")
    assert [(c["territory"], c["claimants"]) for c in found] == [
        ("Armenian–Azerbaijani border", ["ARM", "AZE"])
    ]


def test_the_border_of_a_sentence_before_is_the_one_both_claim() -> None:
    found = claims(
        "Shooting was reported on the border between Kyrgyzstan and Tajikistan on Tuesday. "
        "Villagers fled. Much of the frontier is undemarcated and each side claims the "
        "grazing land around the villages."
    )
    assert [(c["territory"], c["claimants"]) for c in found] == [
        ("Kyrgyzstan–Tajikistan border", ["KGZ", "TJK"])
    ]


def test_a_disputed_border_of_two_states_is_the_knowledge_s_one_dispute_of_them() -> None:
    found = claims("The disputed border between Guyana and Venezuela was drawn by an 1899 award.")
    assert [(c["territory"], c["claimants"]) for c in found] == [("Essequibo", ["VEN"])]


def test_both_sides_claiming_a_victory_on_a_border_claim_no_border() -> None:
    found = claims(
        "Both sides claim victory after the clashes on the border between Armenia and "
        "Azerbaijan, and each side claims the other fired first."
    )
    assert found == []


def test_a_border_merely_named_is_no_claim() -> None:
    found = claims("Trucks queued for days at the border between Kazakhstan and Kyrgyzstan.")
    assert found == []


# -- a feature held apart from its group is claimed on its own --------------------------------


def test_a_reef_held_apart_from_its_archipelago_is_the_territory_claimed() -> None:
    found = claims(
        "Beijing has held Mischief Reef since 1995, though Manila says the reef lies in its "
        "exclusive economic zone and claims it."
    )
    assert [(c["territory"], c["claimants"], c["held_by"]) for c in found] == [
        ("Mischief Reef", ["PHL"], "CHN")
    ]


def test_a_feature_held_apart_named_in_a_claimant_s_language_is_that_feature() -> None:
    found = claims(
        "The Philippine navy resupplied its marines on Ayungin Shoal again; China claims the "
        "shoal as its own."
    )
    assert [(c["territory"], c["claimants"], c["held_by"]) for c in found] == [
        ("Second Thomas Shoal", ["CHN"], "PHL")
    ]


def test_the_group_that_only_tells_where_a_feature_is_is_not_claimed_too() -> None:
    found = claims(
        "Vietnam protested again at China's claim to Fiery Cross Reef in the Spratly Islands. "
        "Taiwan holds Itu Aba, the largest natural feature of the Spratlys, which Vietnam "
        "also claims."
    )
    assert [c["territory"] for c in found] == ["Fiery Cross Reef", "Itu Aba"]


def test_a_group_claimed_in_its_own_right_beside_its_feature_is_claimed() -> None:
    found = claims(
        "Vietnam and China both claim Johnson South Reef and the rest of the Spratly Islands."
    )
    assert [c["territory"] for c in found] == ["Johnson South Reef", "Spratly Islands"]


# -- a territory named only by a description the knowledge gives it ---------------------------


def test_a_territory_told_by_its_description_beside_a_party_is_that_territory() -> None:
    found = claims(
        "Abu Dhabi renewed its claim to the three islands, which Iran has held since 1971."
    )
    assert [(c["territory"], c["claimants"], c["held_by"]) for c in found] == [
        ("Abu Musa and the Tunbs", ["ARE"], "IRN")
    ]


def test_a_description_with_its_qualifiers_is_the_territory() -> None:
    found = claims(
        "Tokyo again asked Moscow to return the four northern islands, which Soviet troops "
        "seized in the last days of the war."
    )
    assert [(c["territory"], c["claimants"], c["held_by"]) for c in found] == [
        ("Southern Kuril Islands", ["JPN"], "RUS")
    ]


def test_a_description_beside_states_not_party_to_it_is_no_territory() -> None:
    found = claims(
        "Greece says three islands were hit by fires; Turkey claims the blazes were set."
    )
    assert found == []


def test_a_description_that_names_something_else_is_no_territory() -> None:
    found = claims(
        "Japan's four main islands were hit by the typhoon, and Tokyo claims the forecasts "
        "came too late."
    )
    assert found == []


# -- a part of a claimed territory named as a place; a state holding only a part ---------------


def test_a_part_named_only_as_where_something_happened_is_no_claim_of_its_own() -> None:
    found = claims(
        "India and Pakistan both claim Kashmir in full and each rules a part of it. A bomb "
        "went off at a market in Indian-administered Kashmir on Sunday."
    )
    assert [c["territory"] for c in found] == ["Kashmir"]


def test_a_part_claimed_in_its_own_words_stays_a_claim() -> None:
    found = claims(
        "India and Pakistan both claim Kashmir in full. Islamabad says Indian-administered "
        "Kashmir is disputed territory and demands a plebiscite there."
    )
    assert [c["territory"] for c in found] == ["Kashmir", "Indian-administered Kashmir"]


def test_a_state_holding_some_features_of_a_group_is_not_its_holder() -> None:
    found = claims(
        "In the Spratly Islands Malaysia occupies several reefs, while China claims nearly all "
        "of the archipelago."
    )
    assert [(c["territory"], c["held_by"]) for c in found] == [("Spratly Islands", None)]
    assert "MYS" in found[0]["claimants"]


def test_a_state_holding_the_whole_is_its_holder() -> None:
    found = claims("Japan administers the Senkaku Islands, which Beijing claims.")
    assert [(c["territory"], c["held_by"]) for c in found] == [("Senkaku Islands", "JPN")]


def test_all_or_part_of_a_territory_claimed_is_the_territory_claimed() -> None:
    found = claims("Brunei and Malaysia claim all or part of the Spratly Islands.")
    assert [(c["territory"], c["claimants"]) for c in found] == [
        ("Spratly Islands", ["BRN", "MYS"])
    ]


def test_a_treaty_ending_a_dispute_over_a_sea_s_delimitation_resolves_it() -> None:
    found = claims(
        "Oslo and Moscow signed a treaty on maritime delimitation in the Barents Sea, ending "
        "a dispute of four decades."
    )
    assert [(c["territory"], c["status"]) for c in found] == [
        ("Barents Sea maritime boundary", "resolved")
    ]


def test_a_border_treaty_settling_the_disputed_sections_resolves_the_border() -> None:
    found = claims(
        "Uzbekistan and Tajikistan signed a border treaty last year settling their remaining "
        "disputed sections."
    )
    assert [(c["territory"], c["claimants"], c["status"]) for c in found] == [
        ("Uzbekistan–Tajikistan border", ["TJK", "UZB"], "resolved")
    ]


def test_talks_aimed_at_settling_a_dispute_leave_it_active() -> None:
    found = claims(
        "Nairobi and Mogadishu held talks aimed at settling the dispute over the maritime "
        "boundary between Kenya and Somalia."
    )
    assert [c["status"] for c in found] == ["active"]


def test_a_feature_s_name_in_lower_case_is_no_feature() -> None:
    found = claims("Peanut farmers in south Georgia dispute the official drought figures.")
    assert found == []


def test_part_of_a_state_and_a_protest_are_claims() -> None:
    [found] = claims(
        "The delegate of Mauritius said the Chagos Archipelago had always been part of Mauritius.",
        published=date(2023, 6, 1),
    )
    assert (found["territory"], found["claimants"]) == ("Chagos Archipelago", ["MUS"])
    [found] = claims(
        "Japan lodged a protest after the Russian prime minister visited Iturup.",
        published=date(2023, 6, 1),
    )
    assert (found["territory"], found["claimants"]) == ("Southern Kuril Islands", ["JPN"])
    # a part of a region, and street protests, are no claims
    assert claims("Crimea is part of the Black Sea region.", published=date(2023, 6, 1)) == []
    assert claims("Students protested in Hong Kong.", published=date(2023, 6, 1)) == []


def test_a_state_that_does_not_recognise_a_breakaway_claims_it() -> None:
    [found] = claims("Serbia does not recognise the independence of Kosovo.")
    assert (found["territory"], found["claimants"]) == ("Kosovo", ["SRB"])
    assert claims("Brazil does not recognise the election result in Venezuela.") == []


def test_the_island_both_states_claimed_is_the_one_told_before() -> None:
    found = claims(
        "Tartupaluk is a small island in Nares Strait. For decades both Canada and Denmark "
        "claimed the island, which lies between Ellesmere Island and Greenland."
    )
    assert [(c["territory"], c["claimants"]) for c in found] == [("Hans Island", ["CAN", "DNK"])]
    # an island named with no dispute anywhere is no claim
    assert claims("Tartupaluk is a small island in Nares Strait. Seals live on the island.") == []
