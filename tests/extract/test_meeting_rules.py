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


def test_both_leaders_met_separately_makes_one_meeting_each() -> None:
    found = summits(
        "Vladimir Putin and Donald Trump held their summit at the Presidential Palace in "
        "Helsinki, Finland, on 16 July 2018. Both leaders also met separately with Finnish "
        "President Sauli Niinisto.",
        published=date(2018, 7, 17),
    )
    pairs = {tuple(e["countries"]): e for e in found}
    assert set(pairs) == {("RUS", "USA"), ("FIN", "RUS"), ("FIN", "USA")}
    assert pairs[("FIN", "USA")]["location"]["name"] == "Helsinki"
    assert pairs[("FIN", "RUS")]["location"]["name"] == "Helsinki"


def test_a_gloss_in_parentheses_does_not_end_the_clause() -> None:
    [found] = summits(
        "The 2019 Russia-North Korea summit (Russian: Саммит; Korean: 정상회담) took place on "
        "April 25, 2019, on the Russian side of the Tumen River bridge, between Vladimir Putin "
        "and Kim Jong Un, in Vladivostok.",
    )
    assert found["date"] == {"start": "2019-04-25", "end": "2019-04-25", "precision": "day"}


def test_on_the_side_of_a_place_is_where_it_was_held() -> None:
    [found] = summits(
        "Moon Jae-in and Kim Jong Un met on 26 May 2018 on the northern side of Panmunjom.",
    )
    assert found["location"]["name"] == "Panmunjom"


def test_a_place_told_after_ahead_of_belongs_to_the_later_event() -> None:
    found = summits(
        "Narendra Modi held talks with Anthony Albanese on Monday, ahead of the Quad summit in "
        "Tokyo on Wednesday.",
        published=date(2024, 7, 10),
    )
    [talks] = [e for e in found if e["countries"] == ["AUS", "IND"]]
    assert talks["date"] == {"start": "2024-07-08", "end": "2024-07-08", "precision": "day"}
    assert talks["location"] is None


def test_who_refers_to_all_the_leaders_joined_by_and() -> None:
    [found] = summits(
        "But Emmanuel Macron and Olaf Scholz, who held their first summit in Paris in December "
        "2021, have met rarely since.",
        published=date(2023, 1, 15),
    )
    assert found["countries"] == ["DEU", "FRA"]
    assert found["date"] == {"start": "2021-12-01", "end": "2021-12-31", "precision": "month"}


def test_an_organisations_summits_told_as_a_summit_in_a_city() -> None:
    found = summits(
        "In March, at an emergency summit in Malabo, the heads of state of the African Union "
        "suspended the country. Three weeks later the bloc met again. At a second summit in "
        "Nairobi on 20 May 2027, the leaders restored its membership.",
        published=date(2027, 6, 1),
    )
    places = sorted((e["location"]["name"], e["date"]["start"]) for e in found)
    assert places == [("Malabo", "2027-03-01"), ("Nairobi", "2027-05-20")]
    assert {e["name"] for e in found} == {"African Union Summit"}


def test_a_summit_in_a_city_needs_an_organisation_told_before() -> None:
    assert summits("At a second summit in Nairobi on 20 May 2027, nothing was decided.") == []


def two_plus_twos(body: str, published: date) -> list[dict[str, Any]]:
    header = f"Test article\n\n{published:%B} {published.day}, {published.year}\n\n"
    article = parse(header + body, format="generic")
    return sorted(
        (to_dict(e) for e in article.events if e.TYPE == "two_plus_two"),
        key=lambda e: (e["date"] or {}).get("start", ""),
    )


def test_another_round_of_a_format_told_before() -> None:
    found = two_plus_twos(
        "The fourth Japan-Philippines 2+2, held in Tokyo on 14 March 2027, produced a plan for "
        "joint patrols. The previous round, held in Manila in June 2026, had been more modest. "
        "The next round of the talks is expected in Manila later this year.",
        published=date(2027, 3, 16),
    )
    rows = [(e["countries"], e["date"]["start"], e["location"]["name"], e["status"]) for e in found]
    assert rows == [
        (["JPN", "PHL"], "2026-06-01", "Manila", "held"),
        (["JPN", "PHL"], "2027-01-01", "Manila", "planned"),
        (["JPN", "PHL"], "2027-03-14", "Tokyo", "held"),
    ]


def test_a_round_of_something_else_is_no_meeting() -> None:
    found = two_plus_twos(
        "The fourth Japan-Philippines 2+2 was held in Tokyo on 14 March 2027. The next round of "
        "sanctions on North Korea is expected later this year.",
        published=date(2027, 3, 16),
    )
    assert len(found) == 1


def test_ministers_of_one_meeting_are_in_its_clause() -> None:
    found = two_plus_twos(
        "The defence ministers Richard Marles and Gilberto Teodoro met in Manila on 4 May, and a "
        "week later, also in Manila, Penny Wong and Enrique Manalo agreed on a maritime plan.",
        published=date(2027, 5, 20),
    )
    assert found == []


def test_the_meetings_own_past_verb_outweighs_a_later_will() -> None:
    found = two_plus_twos(
        "AUSMIN in Brisbane came a day after the announcement of a new partnership under which "
        "the United States will rotate more ships through Darwin. The AUSMIN communiqué focused "
        "on what the partnership will mean in practice.",
        published=date(2027, 8, 2),
    )
    assert [(e["countries"], e["status"]) for e in found] == [(["AUS", "USA"], "held")]


def test_bilateral_meetings_with_a_list_are_one_meeting_with_each() -> None:
    found = summits(
        "Prime Minister Anthony Albanese will travel to Jakarta for the ASEAN summit next week. "
        "He plans to hold bilateral meetings with Vietnam, Malaysia, Thailand and other "
        "countries.",
        published=date(2027, 10, 20),
    )
    pairs = {tuple(e["countries"]) for e in found if len(e["countries"]) == 2}
    assert {("AUS", "VNM"), ("AUS", "MYS"), ("AUS", "THA")} <= pairs


def test_a_bilateral_meeting_with_one_state_is_one_meeting() -> None:
    found = summits(
        "Prime Minister Anthony Albanese held bilateral talks with Vietnam on 3 May 2027.",
        published=date(2027, 5, 10),
    )
    assert [e["countries"] for e in found] == [["AUS", "VNM"]]


def test_the_eu_is_a_party_to_its_summit_with_a_partner() -> None:
    found = summits(
        "Prime Minister Fumio Kishida attended the EU-Japan Summit in Brussels on 13 July 2023.",
        published=date(2023, 7, 14),
    )
    assert [e["countries"] for e in found] == [["EU", "JPN"]]


def test_the_2_plus_2_mechanism_is_the_format_and_we_are_meeting_in_gives_the_place() -> None:
    article = parse(
        "Opening Remarks at the Japan-Philippines 2+2\n\nMINISTER: I extend a warm welcome to "
        "you. We are delighted to have you here for the very first meeting of the "
        "Japan-Philippines 2+2 Dialogue. It is only right that we are meeting in Manila. "
        "The 2+2 mechanism was created by a decision of the two leaders in Tokyo in June 2026.",
        format="generic",
        published=date(2027, 4, 8),
    )
    found = [to_dict(e) for e in article.events if e.TYPE == "two_plus_two"]
    assert [(e["countries"], e["location"]["name"]) for e in found] == [(["JPN", "PHL"], "Manila")]


def test_an_undated_meeting_in_an_undated_text_takes_the_year_of_the_officials_named() -> None:
    article = parse(
        "Ministers meet\n\nSecretary of State Michael R. Pompeo and Secretary of Defense James N. "
        "Mattis held the first 2+2 with Minister of External Affairs Sushma Swaraj and Minister "
        "of Defence Nirmala Sitharaman.",
        format="generic",
    )
    [found] = [to_dict(e) for e in article.events if e.TYPE == "two_plus_two"]
    assert found["date"] == {"start": "2018-01-01", "end": "2018-12-31", "precision": "year"}


def test_the_summit_of_an_organisation_and_its_next_summit() -> None:
    found = summits(
        "The summit of the Shanghai Cooperation Organisation in Samarkand on 15-16 September "
        "2022 was the first since the pandemic. Iran signed a memorandum, and India took over "
        "the chairmanship and will host the next summit in 2023.",
        published=date(2022, 9, 20),
    )
    rows = sorted((e["status"], e["date"]["start"][:4], e["location"]["name"]) for e in found)
    assert rows == [("held", "2022", "Samarkand"), ("planned", "2023", "India")]


def test_a_summit_that_opens_tomorrow_and_runs_until_sunday() -> None:
    found = summits(
        "The leaders will meet on the margins of the G20 summit that opens in Johannesburg "
        "tomorrow and runs until Sunday.",
        published=date(2025, 11, 21),
    )
    spans = {(e["date"]["start"], e["date"]["end"]) for e in found}
    assert ("2025-11-22", "2025-11-23") in spans


def test_a_venue_named_after_its_city_is_in_that_city() -> None:
    found = summits(
        "Prime Minister Anthony Albanese will host President Joe Biden at the Sydney Opera House "
        "next Wednesday.",
        published=date(2023, 5, 18),
    )
    assert [e["location"]["name"] for e in found] == ["Sydney"]


def test_a_visit_years_before_the_texts_time_is_past_without_a_publication_date() -> None:
    article = parse(
        "Vietnam between the powers\n\nPresident Joe Biden paid a visit to Hanoi on 10-11 "
        "September 2023. It was only in May 2016, during Barack Obama's visit to Hanoi, that "
        "Washington announced the lifting of its arms embargo.",
        format="generic",
    )
    found = [to_dict(e) for e in article.events if isinstance(e, Summit)]
    assert {e["date"]["start"][:4]: e["status"] for e in found} == {"2023": "held", "2016": "held"}


def test_when_refers_to_the_time_just_told() -> None:
    found = summits(
        "Vladimir Putin and Narendra Modi held talks in New Delhi on 6 December 2025. It was "
        "their first meeting since October 2024, when they met on the sidelines of the BRICS "
        "summit in Kazan.",
        published=date(2025, 12, 7),
    )
    months = sorted(e["date"]["start"][:7] for e in found if e["countries"] == ["IND", "RUS"])
    assert months == ["2024-10", "2025-12"]


def test_a_summit_visited_for_is_where_the_visit_goes() -> None:
    found = summits(
        "President Vladimir Putin invited Prime Minister Narendra Modi to visit Russia for the "
        "next India-Russia Annual Summit in 2027.",
        published=date(2026, 12, 5),
    )
    assert [(e["countries"], e["location"]["name"]) for e in found] == [(["IND", "RUS"], "Russia")]


def test_next_years_consultations_of_the_format_told_before() -> None:
    found = two_plus_twos(
        "AUSMIN was held in Brisbane on 29 July 2027. In keeping with the practice of "
        "alternating venues, next year's consultations are due to take place in the United "
        "States.",
        published=date(2027, 8, 2),
    )
    rows = [(e["status"], e["date"]["start"], e["location"]["name"]) for e in found]
    assert rows == [("held", "2027-07-29", "Brisbane"), ("planned", "2028-01-01", "United States")]


def test_its_summit_is_the_summit_of_the_organisation_named_last() -> None:
    found = summits(
        "The Shanghai Cooperation Organisation was supposed to provide a framework for such "
        "tensions. Its summit in Astana on 3-4 July 2024 showed the limits of this approach.",
        published=date(2024, 8, 1),
    )
    assert [(e["name"], e["location"]["name"], e["date"]["start"]) for e in found] == [
        ("SCO Heads of State Council", "Astana", "2024-07-03")
    ]


def test_a_leaders_visit_between_the_two_governments_told_before() -> None:
    found = summits(
        "Relations between Brazil and Argentina have improved. On Thursday the two governments "
        "announced that the Brazilian president's state visit, planned for early April, has been "
        "postponed.",
        published=date(2027, 3, 5),
    )
    assert [
        (e["countries"], e["status"], e["date"]["start"], e["location"]["name"]) for e in found
    ] == [(["ARG", "BRA"], "cancelled", "2027-04-01", "Argentina")]


def test_items_to_be_discussed_at_a_summit_make_it_planned() -> None:
    found = summits(
        "Responding to your question regarding the items to be discussed at the Japan-ROK "
        "Summit Meeting, Prime Minister Fumio Kishida said he would promote cooperation with "
        "President Yoon Suk Yeol.",
        published=date(2023, 7, 11),
    )
    assert [(e["countries"], e["status"]) for e in found] == [(["JPN", "KOR"], "planned")]


def test_the_recent_summit_talks_are_this_years() -> None:
    found = summits(
        "On the occasion of the recent Japan-China summit talks, Prime Minister Fumio Kishida "
        "explained the approach of Japan to President Xi Jinping.",
        published=date(2023, 11, 20),
    )
    assert [(e["countries"], e["date"]) for e in found] == [
        (["CHN", "JPN"], {"start": "2023-01-01", "end": "2023-12-31", "precision": "year"})
    ]


def test_the_series_meeting_after_its_ministerial_meeting_is_that_one() -> None:
    found = summits(
        "At the G20 Trade and Investment Ministerial Meeting, which was held yesterday, Japan "
        "called for the repeal of the measure. I was unable to attend the G20 meeting because I "
        "had to remain in Japan.",
        published=date(2027, 8, 25),
    )
    assert found == []


def test_a_leaders_flight_to_the_summits_host_is_for_the_summit() -> None:
    found = summits(
        "The SCO summit in Astana on 3-4 July 2024 showed the limits of the bloc: Shehbaz Sharif "
        "and Narendra Modi did not meet, and Modi flew to Kazakhstan by a route that avoided "
        "Pakistani airspace.",
        published=date(2024, 7, 10),
    )
    assert [e["name"] for e in found] == ["SCO Heads of State Council"]


def test_and_decided_to_meet_again_shares_the_sentences_leaders() -> None:
    found = summits(
        "Emmanuel Macron and Olaf Scholz agreed on a joint plan in Paris on 9 March 2024, and "
        "decided to meet again in the same format in four months.",
        published=date(2024, 3, 12),
    )
    assert [(e["countries"], e["status"], e["date"]) for e in found] == [
        (["DEU", "FRA"], "planned", None)
    ]


def test_the_i_of_a_leaders_site_and_notes_exchanged_together() -> None:
    article = parse(
        "Prime Minister of Australia\n\nMedia Release\n\nTreaty with Papua New Guinea enters into force\n\n"
        "12 May 2024\n\nToday in Port Moresby, Prime Minister James Marape and I exchanged "
        "diplomatic notes bringing the treaty into force. In my meeting with the Prime Minister, "
        "we agreed to deepen our cooperation.",
        format="generic",
    )
    found = [to_dict(e) for e in article.events if isinstance(e, Summit)]
    assert [(e["countries"], e["date"]["start"], e["location"]["name"]) for e in found] == [
        (["AUS", "PNG"], "2024-05-12", "Port Moresby")
    ]


def test_a_date_range_at_the_head_is_no_date_line() -> None:
    # An infobox's "Date: A – B" is the span of what the text tells, not its publication
    # day: a summit of the span's middle years stays held, not planned.
    article = parse(
        "Border talks\n\n- Date: 3 March 2011 – 9 October 2019\n- Place: Tbilisi\n\n"
        "The presidents of Georgia and Armenia met in Tbilisi on 12 June 2015 and agreed to "
        "open a second border crossing.",
        format="generic",
    )
    [found] = [to_dict(e) for e in article.events if isinstance(e, Summit)]
    assert found["countries"] == ["ARM", "GEO"]
    assert found["status"] == "held"
    assert found["date"]["start"] == "2015-06-12"


def test_leaders_signing_together_meet() -> None:
    [found] = summits(
        "The presidents of Russia and Kazakhstan signed the treaty in Astana on 11 November "
        "2013, after two years of talks between their governments.",
        published=date(2013, 11, 12),
    )
    assert found["countries"] == ["KAZ", "RUS"]
    assert found["status"] == "held"
    assert found["location"]["name"] == "Astana"
    assert found["date"]["start"] == "2013-11-11"


def test_one_leader_signing_an_order_is_no_meeting() -> None:
    assert (
        summits(
            "On 4 March 2022 President Joe Biden signed an executive order barring imports from "
            "companies close to Vladimir Putin.",
            published=date(2022, 3, 5),
        )
        == []
    )


def test_the_two_leaders_signing_is_the_meeting_told_before() -> None:
    [found] = summits(
        "Narendra Modi met Shinzo Abe in Tokyo on 29 October 2018. The two leaders signed an "
        "agreement on a currency swap.",
        published=date(2018, 10, 30),
    )
    assert found["countries"] == ["IND", "JPN"]
    assert len(found["evidence"]) == 2


def test_a_group_of_states_named_as_one_takes_part_whole() -> None:
    [found] = summits(
        "On 29 June 2022 the leaders of the five Caspian states met in Ashgabat for their sixth "
        "summit.",
        published=date(2022, 7, 1),
    )
    assert found["countries"] == ["AZE", "IRN", "KAZ", "RUS", "TKM"]
    assert found["location"]["name"] == "Ashgabat"


def test_the_three_leaders_are_those_of_the_last_meeting_of_three() -> None:
    found = summits(
        "Joe Biden, Fumio Kishida and Yoon Suk Yeol held a summit at Camp David on 18 August "
        "2023. The three leaders met again in San Francisco on 16 November 2023.",
        published=date(2023, 12, 1),
    )
    assert [(e["countries"], e["date"]["start"], e["location"]["name"]) for e in found] == [
        (["JPN", "KOR", "USA"], "2023-08-18", "Camp David"),
        (["JPN", "KOR", "USA"], "2023-11-16", "San Francisco"),
    ]


def test_a_leaders_meeting_is_of_the_states_named_before_it() -> None:
    [found] = summits(
        "On 12 July Prime Minister Fumio Kishida will attend a Japan–Australia–India Leaders’ "
        "Meeting in Vilnius.",
        published=date(2023, 7, 10),
    )
    assert found["countries"] == ["AUS", "IND", "JPN"]
    assert found["status"] == "planned"


def test_meetings_told_with_as_well_as_share_the_status_word_before_them() -> None:
    found = summits(
        "President Lula plans to hold talks with President Emmanuel Macron in Paris on 22 June, "
        "as well as a meeting with Chancellor Olaf Scholz in Berlin.",
        published=date(2023, 6, 10),
    )
    assert sorted((e["countries"], e["status"]) for e in found) == [
        (["BRA", "DEU"], "planned"),
        (["BRA", "FRA"], "planned"),
    ]


def test_ministers_of_three_states_pair_around_the_meeting_word() -> None:
    # The US pair met the Korean pair (no meeting word) two days after a meeting with the
    # Japanese pair: that one is a 2+2, on the day of the report less two days.
    found = two_plus_twos(
        "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin sat down with "
        "Foreign Minister Chung Eui-yong and Defence Minister Suh Wook two days after holding "
        "a similar meeting in Tokyo with Japan's Foreign Minister Toshimitsu Motegi and Defence "
        "Minister Nobuo Kishi.",
        published=date(2021, 3, 18),
    )
    assert [(e["countries"], e["date"]["start"], e["location"]["name"]) for e in found] == [
        (["JPN", "USA"], "2021-03-16", "Tokyo")
    ]


def test_the_next_meeting_takes_no_day_from_the_sentence_before() -> None:
    found = summits(
        "At the trilateral summit in Tehran on 7 September 2018 the presidents of Russia, Iran "
        "and Turkey discussed Idlib. The meeting showed their differences, but the three "
        "leaders agreed to hold their next meeting in Russia.",
        published=date(2018, 9, 10),
    )
    planned = [e for e in found if e["status"] == "planned"]
    assert [(e["countries"], e["date"]) for e in planned] == [(["IRN", "RUS", "TUR"], None)]


def test_a_meeting_held_at_an_invitation_is_held() -> None:
    [found] = summits(
        "President Salva Kiir and Riek Machar met face to face in Addis Ababa on 20 June, at the "
        "invitation of Prime Minister Abiy Ahmed.",
        published=date(2018, 7, 1),
    )
    assert (found["countries"], found["status"]) == (["ETH", "SSD"], "held")


def test_the_four_leaders_of_a_series_are_its_members() -> None:
    found = summits(
        "The Quad leaders' summit that Anthony Albanese was to host in Sydney on 24 May will not "
        "go ahead. The four leaders will meet in Hiroshima instead.",
        published=date(2023, 5, 17),
    )
    in_hiroshima = [e for e in found if (e["location"] or {}).get("name") == "Hiroshima"]
    assert [(e["countries"], e["status"]) for e in in_hiroshima] == [
        (["AUS", "IND", "JPN", "USA"], "planned")
    ]


def test_a_summit_that_a_city_was_to_host_is_placed_there() -> None:
    found = summits(
        "The ASEAN summit that Phnom Penh was due to host this month has been postponed.",
        published=date(2022, 4, 2),
    )
    assert [(e["location"] or {}).get("name") for e in found] == ["Phnom Penh"]


def test_the_stop_told_just_before_places_the_meeting() -> None:
    [found] = two_plus_twos(
        "The last stop was Tokyo. On Monday, 6 March, Penny Wong and Richard Marles held the "
        "tenth Australia–Japan 2+2 with Yoshimasa Hayashi and Yasukazu Hamada.",
        published=date(2023, 3, 8),
    )
    assert found["location"]["name"] == "Tokyo"


def test_a_place_followed_by_where_places_the_meeting_told_after_it() -> None:
    found = summits(
        "The Chinese leader had come to Samarkand from Astana, where on 14 September he held "
        "talks with Kassym-Jomart Tokayev.",
        published=date(2022, 9, 20),
    )
    [with_kazakhstan] = [e for e in found if "KAZ" in e["countries"]]
    assert with_kazakhstan["location"]["name"] == "Astana"


def test_the_edition_is_the_city_next_to_the_series_name() -> None:
    # Hanoi (an East Asia Summit host in 2010) is named too, but Jakarta stands by the name.
    found = summits(
        "Barack Obama attended the East Asia Summit for the first time in 2011. In September "
        "2023 Joe Biden visited Vietnam. A few days before coming to Hanoi, Biden had stayed "
        "away from the East Asia Summit in Jakarta, sending Vice-President Kamala Harris."
    )
    jakarta = [e for e in found if (e["location"] or {}).get("name") == "Jakarta"]
    assert [e["date"]["start"] for e in jakarta] == ["2023-09-07"]


def test_a_series_edition_is_not_placed_in_another_country() -> None:
    found = summits(
        "Building on what Xi Jinping reached with the Saudi leadership in December 2022, on "
        "the occasion of the first China–Arab States Summit, the two delegations held talks in "
        "Beijing.",
        published=date(2023, 3, 10),
    )
    [edition] = [e for e in found if e["name"] and "Arab" in e["name"]]
    assert edition["location"]["country"] == "SAU"


def test_he_of_the_whole_sentence_is_the_leader_told_before_it() -> None:
    found = summits(
        "Narendra Modi arrived in Hiroshima on Friday. From Hiroshima he flies to Port Moresby "
        "for a forum on Monday, which he co-hosts with James Marape, and then on to Sydney, "
        "where he will hold bilateral talks with Anthony Albanese on Wednesday.",
        published=date(2023, 5, 20),
    )
    assert ["AUS", "IND"] in [e["countries"] for e in found]
    assert ["AUS", "PNG"] not in [e["countries"] for e in found]


def test_a_decision_taken_by_two_leaders_in_a_place_is_their_meeting() -> None:
    [found] = summits(
        "The deal, agreed by President Lula and Chancellor Olaf Scholz in Berlin on 4 December "
        "2023, cut tariffs on machinery.",
        published=date(2024, 5, 2),
    )
    assert (found["countries"], found["location"]["name"], found["date"]["start"]) == (
        ["BRA", "DEU"],
        "Berlin",
        "2023-12-04",
    )


def test_a_decision_of_two_leaders_with_no_place_is_no_meeting() -> None:
    assert (
        summits(
            "The tariffs were cut by a decision taken by President Lula and Chancellor Olaf Scholz.",
            published=date(2024, 5, 2),
        )
        == []
    )


def test_a_meeting_welcomed_in_the_present_is_of_the_day_of_the_text() -> None:
    [found] = two_plus_twos(
        "It is my pleasure, together with Secretary Gilberto Teodoro, to welcome Secretary of "
        "State Antony Blinken and Secretary of Defense Lloyd Austin to Manila for the fourth "
        "Philippines–United States 2+2 Ministerial Dialogue.",
        published=date(2024, 7, 30),
    )
    assert (found["countries"], found["date"]["start"]) == (["PHL", "USA"], "2024-07-30")


def test_a_bilateral_meeting_with_the_host_of_a_summit_of_the_trip_is_held_there() -> None:
    found = summits(
        "Prime Minister Fumio Kishida leaves tomorrow to attend the G7 Summit in Apulia and then "
        "the NATO Summit in Washington. Seizing this opportunity, he plans to hold bilateral "
        "meetings with Italy, France and Germany.",
        published=date(2024, 6, 12),
    )
    places = {
        tuple(e["countries"]): e["location"]["country"]
        for e in found
        if e["location"] is not None and len(e["countries"]) == 2
    }
    assert places[("ITA", "JPN")] == "ITA"  # (the last summit told is in Washington)


def test_a_summit_that_was_a_meeting_between_two_leaders_is_one_held_meeting() -> None:
    # "was a meeting between": what the summit was, not a second meeting still to be agreed
    found = summits(
        "The Argentina–China summit of 2025 was a meeting between Chinese President Xi Jinping "
        "and Argentine President Javier Milei, held in Beijing on May 3, 2025.",
        published=date(2025, 5, 20),
    )
    assert [(e["countries"], e["status"]) for e in found] == [(["ARG", "CHN"], "held")]


def test_a_venue_name_with_a_lower_case_particle_is_read_whole() -> None:
    [found] = summits(
        "Xi Jinping and Lula held talks at the Palácio do Planalto on 3 May 2025.",
        published=date(2025, 5, 4),
    )
    assert (found["location"]["name"], found["location"]["country"]) == (
        "Palácio do Planalto",
        "BRA",
    )


def test_a_summit_by_a_proper_name_the_knowledge_does_not_know_is_found() -> None:
    [found] = summits(
        "On 9 March 2024, President Lula attended the Extraordinary Amazonian Andean Summit in "
        "Lima together with the leaders of eight countries.",
        published=date(2024, 3, 20),
    )
    assert (found["name"], found["kind"], found["location"]["name"], found["date"]["start"]) == (
        "Amazonian Andean Summit",
        "multilateral",
        "Lima",
        "2024-03-09",
    )


def test_a_summit_named_by_the_pair_that_meets_keeps_its_pair() -> None:
    [found] = summits(
        "Vladimir Putin paid a working visit to New Delhi on 6 December 2021 for the "
        "India-Russia Annual Summit with Narendra Modi.",
        published=date(2021, 12, 20),
    )
    assert (found["countries"], found["kind"]) == (["IND", "RUS"], "bilateral")


def test_a_summit_led_to_by_preparations_takes_no_time_or_place_told_before() -> None:
    found = summits(
        "In Astana on 4 July 2024 Shehbaz Sharif and Recep Tayyip Erdogan discussed "
        "preparations for their next summit.",
        published=date(2024, 7, 10),
    )
    planned = [e for e in found if e["status"] == "planned"]
    assert [(e["countries"], e["date"], e["location"]) for e in planned] == [
        (["PAK", "TUR"], None, None)
    ]


def test_that_summit_which_is_expected_gives_the_summit_told_before_its_time_and_place() -> None:
    found = summits(
        "Shehbaz Sharif and Recep Tayyip Erdogan met in Astana on 4 July 2024 and agreed to "
        "hold another summit.\n\nThat summit, which is expected to take place in Ankara in "
        "November, will show how far the two have come.",
        published=date(2024, 7, 10),
    )
    planned = [e for e in found if e["status"] == "planned"]
    assert [(e["countries"], e["date"]["start"], e["location"]["name"]) for e in planned] == [
        (["PAK", "TUR"], "2024-11-01", "Ankara")
    ]


def test_the_summit_of_an_organisation_is_a_summit_of_its_series() -> None:
    [found] = summits(
        "Fumio Kishida joined the extraordinary summit of the Quad, held by video link on "
        "3 March 2022.",
        published=date(2022, 3, 10),
    )
    assert (found["name"][:5], found["countries"], found["location"], found["date"]["start"]) == (
        "Quad ",
        ["AUS", "IND", "JPN", "USA"],
        None,
        "2022-03-03",
    )


def test_leaders_among_the_invited_of_a_summit_are_no_proposed_meeting() -> None:
    found = summits(
        "Giorgia Meloni hosts the G7 summit in Apulia on 13 June 2024; Narendra Modi and "
        "Javier Milei are among the invited.",
        published=date(2024, 6, 1),
    )
    assert not [e for e in found if e["countries"] == ["ARG", "IND"]]


def test_a_leader_invited_by_another_is_still_a_proposed_meeting() -> None:
    found = summits(
        "Javier Milei was invited by Narendra Modi to visit New Delhi.",
        published=date(2024, 6, 1),
    )
    assert [(e["countries"], e["status"]) for e in found] == [(["ARG", "IND"], "proposed")]


def test_the_first_day_is_the_first_day_of_the_summit_told_before() -> None:
    found = summits(
        "The BRICS summit in Kazan on 22–24 October 2024 drew thirty delegations. Russia "
        "wanted a show of friends. The main event came on the first day, when Narendra "
        "Modi met Xi Jinping.",
        published=date(2024, 10, 30),
    )
    [pair] = [e for e in found if e["countries"] == ["CHN", "IND"]]
    assert (pair["date"]["start"], pair["date"]["end"], pair["location"]["name"]) == (
        "2024-10-22",
        "2024-10-22",
        "Kazan",
    )


def test_a_leader_come_to_the_city_of_a_summit_told_before_visits_no_one() -> None:
    found = summits(
        "The BRICS summit in Kazan on 22–24 October 2024 drew thirty delegations. Russia "
        "wanted a show of friends. Few doubted it would get one. Cyril Ramaphosa had come "
        "to Kazan from Pretoria.",
        published=date(2024, 10, 30),
    )
    assert not [e for e in found if e["countries"] == ["RUS", "ZAF"]]


def test_meetings_on_the_margins_of_a_summit_notably_one_between_two_leaders() -> None:
    found = summits(
        "The APEC summit took place in Lima on 15 and 16 November 2024. On the margins of "
        "the APEC summit, several meetings took place, notably one between Joe Biden and Xi "
        "Jinping, and the meeting of the leaders of the Quad.",
        published=date(2024, 11, 30),
    )
    pair = [e for e in found if e["countries"] == ["CHN", "USA"]]
    assert [(e["status"], e["date"]["start"], e["location"]["name"]) for e in pair] == [
        ("held", "2024-11-15", "Lima")
    ]
    quad = [e for e in found if (e["name"] or "").startswith("Quad")]
    assert [(e["date"]["start"], e["location"]["name"]) for e in quad] == [("2024-11-15", "Lima")]


def test_the_leaders_of_an_organisation_met_is_a_meeting_of_its_series() -> None:
    found = summits(
        "The Quad leaders met on the sidelines of the G7 summit in Hiroshima on 20 May 2023.",
        published=date(2023, 5, 25),
    )
    quad = [e for e in found if (e["name"] or "").startswith("Quad")]
    assert [(e["countries"], e["location"]["name"]) for e in quad] == [
        (["AUS", "IND", "JPN", "USA"], "Hiroshima")
    ]


def test_a_leader_in_whose_presence_a_text_is_signed_meets_its_signatory() -> None:
    [found] = summits(
        "Salva Kiir and Riek Machar signed a ceasefire in Addis Ababa on 2 May 2024 in the "
        "presence of Ethiopian Prime Minister Abiy Ahmed.",
        published=date(2024, 5, 10),
    )
    assert (found["countries"], found["location"]["name"]) == (["ETH", "SSD"], "Addis Ababa")


def test_a_visit_that_was_due_on_a_weekday_is_still_ahead() -> None:
    # published on Thursday 18 May 2023: "was due to visit … on Friday" is Friday 19 May
    [found] = summits(
        "Emmanuel Macron was due to visit Nairobi on Friday to meet William Ruto.",
        published=date(2023, 5, 18),
    )
    assert (found["status"], found["date"]["start"]) == ("planned", "2023-05-19")


def test_that_visit_has_been_called_off_cancels_the_visit_told_before() -> None:
    [found] = summits(
        "Emmanuel Macron was due to visit Nairobi on Friday to meet William Ruto. That visit "
        "has been called off.",
        published=date(2023, 5, 18),
    )
    assert (found["countries"], found["status"]) == (["FRA", "KEN"], "cancelled")


def test_that_visit_postponed_until_a_month_is_not_cancelled() -> None:
    [found] = summits(
        "Emmanuel Macron was due to visit Nairobi on Friday to meet William Ruto. That visit "
        "has been postponed until June.",
        published=date(2023, 5, 18),
    )
    assert found["status"] != "cancelled"


def test_a_telephone_conversation_of_two_leaders_is_no_meeting() -> None:
    assert (
        summits(
            "In a telephone conversation on Monday, Lula and Gustavo Petro discussed the "
            "price of coffee.",
            published=date(2023, 7, 5),
        )
        == []
    )


def test_talks_over_the_phone_are_no_meeting() -> None:
    assert (
        summits(
            "Cyril Ramaphosa held talks over the phone with Bola Tinubu on Friday.",
            published=date(2023, 7, 5),
        )
        == []
    )


def test_a_reporting_clause_after_a_future_meeting_keeps_it_ahead() -> None:
    [found] = summits(
        "Olaf Scholz will receive Giorgia Meloni in Berlin on November 22, a government "
        "spokesman said.",
        published=date(2023, 11, 2),
    )
    assert (found["status"], found["date"]["start"]) == ("planned", "2023-11-22")


def test_his_planned_summit_on_a_day_is_that_day_ahead() -> None:
    [found] = summits(
        "Olaf Scholz on Monday called off his planned November 22 meeting with Giorgia Meloni "
        "in Berlin.",
        published=date(2023, 11, 2),
    )
    assert (found["status"], found["date"]["start"]) == ("cancelled", "2023-11-22")


def test_the_day_a_visit_was_confirmed_is_not_the_day_of_the_visit() -> None:
    [found] = summits(
        "Downing Street confirmed on Monday that Keir Starmer will visit India in October to "
        "meet Narendra Modi.",
        published=date(2025, 9, 3),
    )
    assert (found["status"], found["date"]["start"], found["location"]["name"]) == (
        "planned",
        "2025-10-01",
        "India",
    )


def test_a_present_simple_trip_on_a_weekday_is_the_nearest_such_day() -> None:
    # published on Wednesday 3 September 2025: Friday 5 September, not Friday 29 August
    [found] = summits(
        "Keir Starmer travels to Berlin on Friday for talks with Friedrich Merz.",
        published=date(2025, 9, 3),
    )
    assert (found["status"], found["date"]["start"]) == ("planned", "2025-09-05")


def test_talks_held_here_are_in_the_dateline_place() -> None:
    found = summits(
        "ANKARA, March 4, 2024 — Recep Tayyip Erdogan and Ilham Aliyev held talks here on Monday.",
        published=date(2024, 3, 4),
    )
    assert [(e["countries"], e["location"]["name"]) for e in found] == [(["AZE", "TUR"], "Ankara")]


def test_a_city_before_last_month_is_the_place() -> None:
    [found] = summits(
        "Vladimir Putin and Recep Tayyip Erdogan met in Sochi last month.",
        published=date(2023, 3, 1),
    )
    assert found["location"]["name"] == "Sochi"


def test_a_meeting_that_would_be_watched_or_remains_unlikely_is_none() -> None:
    assert (
        summits(
            "A meeting between Narendra Modi and Shehbaz Sharif would be closely watched in "
            "Washington. Another summit between Joe Biden and Kim Jong Un remains unlikely.",
            published=date(2024, 3, 1),
        )
        == []
    )


def test_a_meeting_that_would_take_place_is_still_planned() -> None:
    [found] = summits(
        "A meeting between Narendra Modi and Shehbaz Sharif would take place in Astana on "
        "4 July, officials said.",
        published=date(2024, 6, 20),
    )
    assert (found["countries"], found["status"]) == (["IND", "PAK"], "planned")


def test_the_presidents_of_two_states_met_in_a_third_are_the_two() -> None:
    [found] = summits(
        "The presidents of Russia and the United States met in Helsinki on 16 July 2018.",
        published=date(2018, 7, 20),
    )
    assert (found["countries"], found["location"]["name"]) == (["RUS", "USA"], "Helsinki")


def test_a_summit_postponed_until_later_in_the_year_is_still_ahead() -> None:
    found = summits(
        "The EU-Japan summit planned for Brussels in May 2025 has been postponed until later "
        "in the year.",
        published=date(2025, 4, 10),
    )
    assert [e["status"] for e in found] == ["planned"]


def test_their_first_talks_is_no_edition_of_the_series_beside() -> None:
    found = summits(
        "Narendra Modi met Xi Jinping in Johannesburg on 24 August 2023. The meeting, on the "
        "margins of the BRICS summit, was their first formal talks in a year.",
        published=date(2023, 8, 30),
    )
    assert all(e["date"]["start"].startswith("2023") for e in found if e["date"])


def test_an_arrival_with_no_host_met_is_no_meeting_of_its_own() -> None:
    found = summits(
        "Anthony Albanese arrived in Shanghai on Saturday. He will then go to Beijing, where he "
        "and Xi Jinping are expected to meet on Monday.",
        published=date(2023, 11, 4),
    )
    assert [(e["status"], e["date"]["start"], e["location"]["name"]) for e in found] == [
        ("planned", "2023-11-06", "Beijing")
    ]


def test_an_arrival_for_a_visit_is_the_visit() -> None:
    [found] = summits(
        "Narendra Modi arrived in Moscow on 8 July 2024 for a two-day official visit.",
        published=date(2024, 7, 9),
    )
    assert (found["countries"], found["location"]["name"]) == (["IND", "RUS"], "Moscow")


def test_a_day_after_meeting_someone_is_no_meeting_still_to_be_agreed() -> None:
    found = summits(
        "Javier Milei held talks with Giorgia Meloni in Rome on Monday, a day after meeting "
        "King Felipe in Madrid.",
        published=date(2024, 2, 13),
    )
    assert "proposed" not in [e["status"] for e in found]


def test_a_meeting_at_the_weekend_is_its_saturday_and_sunday() -> None:
    # published on Wednesday 1 March 2023
    [found] = summits(
        "Emmanuel Macron hosted Pedro Sanchez in Paris at the weekend.",
        published=date(2023, 3, 1),
    )
    assert (found["date"]["start"], found["date"]["end"]) == ("2023-02-25", "2023-02-26")


def test_a_three_day_state_visit_lasts_three_days_from_its_first() -> None:
    [found] = summits(
        "Cyril Ramaphosa arrived in London on 21 November 2022 for a three-day state visit, "
        "the first hosted by King Charles III.",
        published=date(2022, 11, 25),
    )
    assert (found["date"]["start"], found["date"]["end"]) == ("2022-11-21", "2022-11-23")


def test_a_us_state_is_a_place_in_the_united_states() -> None:
    [found] = summits(
        "Donald Trump and Vladimir Putin met in Alaska on 15 August 2025.",
        published=date(2025, 8, 20),
    )
    assert (found["location"]["name"], found["location"]["country"]) == ("Alaska", "USA")


def test_a_hall_we_do_not_know_then_its_city_is_in_that_city() -> None:
    [found] = summits(
        "Chris Hipkins hosted Anthony Albanese at Government House, Wellington, on 12 February "
        "2023.",
        published=date(2023, 2, 14),
    )
    assert (found["location"]["name"], found["location"]["country"]) == ("Wellington", "NZL")


def test_a_trip_to_the_united_kingdom_is_not_past_for_its_name() -> None:
    # "United" is no past verb
    [found] = summits(
        "Fumio Kishida will travel to the United Kingdom on April 10 to meet Rishi Sunak.",
        published=date(2024, 4, 1),
    )
    assert (found["status"], found["date"]["start"]) == ("planned", "2024-04-10")


def test_the_day_officials_said_it_is_not_the_meetings_day() -> None:
    [found] = summits(
        "Narendra Modi will visit Japan in the second half of the year to meet Fumio Kishida, "
        "officials said on Monday.",
        published=date(2024, 5, 2),
    )
    assert (found["status"], found["date"]) == (
        "planned",
        {"start": "2024-07-01", "end": "2024-12-31", "precision": "half"},
    )


def test_his_counterpart_of_a_state_is_that_states_leader_of_the_same_office() -> None:
    [found] = summits(
        "Brazilian President Lula hosted his Colombian counterpart in Brasilia on 17 April 2023.",
        published=date(2023, 4, 20),
    )
    assert (found["countries"], found["location"]["name"]) == (["BRA", "COL"], "Brasilia")


def test_a_ministers_counterpart_is_no_leader() -> None:
    assert (
        summits(
            "Foreign Minister Mauro Vieira hosted his Colombian counterpart in Brasilia on 17 "
            "April 2023.",
            published=date(2023, 4, 20),
        )
        == []
    )


def test_the_meeting_took_place_is_of_the_leaders_of_the_sentence_before() -> None:
    [found] = summits(
        "Pedro Sanchez and King Mohammed VI agreed a new roadmap for their relations. The "
        "meeting took place in Rabat on 7 April 2022.",
        published=date(2022, 4, 9),
    )
    assert (found["countries"], found["location"]["name"], found["date"]["start"]) == (
        ["ESP", "MAR"],
        "Rabat",
        "2022-04-07",
    )


def test_a_2_plus_2_called_for_or_floated_is_proposed() -> None:
    for wording in (
        "Indonesia called for a 2+2 dialogue of foreign and defence ministers with Australia.",
        "Indonesia floated the idea of a 2+2 dialogue of foreign and defence ministers with "
        "Australia.",
    ):
        found = two_plus_twos(wording, published=date(2024, 3, 1))
        assert [(e["countries"], e["status"]) for e in found] == [(["AUS", "IDN"], "proposed")]


def test_a_year_after_the_two_leaders_met_is_a_year_before_the_time_told() -> None:
    found = summits(
        "Lula and Xi Jinping will meet in Brasilia on 20 November 2024, a year after the two "
        "leaders met in San Francisco.",
        published=date(2024, 11, 10),
    )
    earlier = [e for e in found if e["status"] == "held"]
    assert [(e["date"]["start"], e["date"]["precision"]) for e in earlier] == [
        ("2023-11-01", "month")
    ]


def test_a_reports_first_meeting_with_no_place_is_in_the_datelines_place() -> None:
    found = summits(
        "ASTANA, July 4, 2024 (Reuters) - Xi Jinping and Kassym-Jomart Tokayev held talks on "
        "Wednesday, a day before the SCO summit opened.",
        published=date(2024, 7, 4),
    )
    pair = [e for e in found if e["countries"] == ["CHN", "KAZ"] and not e["name"]]
    assert [(e["location"]["name"], e["date"]["start"], e["date"]["end"]) for e in pair] == [
        ("Astana", "2024-07-03", "2024-07-03")
    ]


def test_a_meeting_still_to_come_is_not_placed_at_the_dateline() -> None:
    found = summits(
        "TOKYO, May 2, 2024 (Reuters) - Fumio Kishida will meet Joe Biden next month.",
        published=date(2024, 5, 2),
    )
    assert [e["location"] for e in found] == [None]


def test_a_2_plus_2_with_two_partners_listed_is_one_with_each() -> None:
    found = two_plus_twos(
        "Japan held 2+2 talks of foreign and defence ministers with Indonesia and the "
        "Philippines last month.",
        published=date(2024, 5, 2),
    )
    assert sorted(tuple(e["countries"]) for e in found) == [("IDN", "JPN"), ("JPN", "PHL")]


def test_the_2_plus_2_formats_a_state_holds_are_no_meeting() -> None:
    found = two_plus_twos(
        "Japan holds 2+2 dialogues with Indonesia and the Philippines.",
        published=date(2024, 5, 2),
    )
    assert found == []


def test_a_month_ahead_of_a_meeting_is_one_to_come() -> None:
    [found] = two_plus_twos(
        "The foreign ministers of Kenya and Ethiopia met in Nairobi on Friday, ahead of the "
        "2+2 of the two countries in April.",
        published=date(2025, 3, 12),
    )
    assert (found["status"], found["date"]["start"]) == ("planned", "2025-04-01")
    # counted from the time told before it, not from the day of the text
    [found] = two_plus_twos(
        "The two foreign ministers met in Lima in May 2023, ahead of the 2+2 of Peru and "
        "Chile in August.",
        published=date(2024, 3, 12),
    )
    assert found["date"]["start"] == "2023-08-01"


def test_a_meeting_after_an_ahead_of_phrase_has_not_its_time_or_status() -> None:
    found = summits(
        "Ahead of the African Union summit in Addis Ababa in February, Ruto met Tinubu in Nairobi.",
        published=date(2025, 1, 10),
    )
    au, bilateral = sorted(found, key=lambda e: e["kind"] != "multilateral")
    assert (au["status"], au["date"]["start"][:7]) == ("planned", "2025-02")
    assert (bilateral["status"], bilateral["date"], bilateral["location"]["name"]) == (
        "held",
        None,
        "Nairobi",
    )


def test_a_place_told_earlier_in_the_clause_names_no_edition() -> None:
    found = summits(
        "Xi met Lula in Beijing in May 2023 ahead of the BRICS summit in August.",
        published=date(2024, 3, 12),
    )
    [brics] = [e for e in found if e["name"]]
    assert brics["date"]["start"] == "2023-08-22"  # not the 2022 summit Beijing hosted
    [kazan] = [
        e
        for e in summits("Lula flew to Kazan for the BRICS summit.", published=date(2025, 3, 1))
        if e["name"]
    ]
    assert kazan["date"]["start"] == "2024-10-22"


def test_courtesy_calls_and_tete_a_tetes_are_meetings() -> None:
    for body in (
        "Prime Minister Albanese paid a courtesy call on President Widodo in Jakarta on Monday.",
        "President Lula received a courtesy call from Prime Minister Kishida in Brasilia on "
        "Friday.",
        "Prime Minister Modi held a tête-à-tête with President Putin in Moscow on Monday.",
        "President Biden and President Xi held a one-on-one meeting in Woodside on Wednesday.",
    ):
        found = summits(body, published=date(2024, 3, 12))
        assert [e["kind"] for e in found] == ["bilateral"], body
    # a call on the telephone is still none
    assert (
        summits(
            "Prime Minister Albanese made a phone call to President Widodo on Monday.",
            published=date(2024, 3, 12),
        )
        == []
    )


def test_a_venue_in_its_city_is_coded_by_the_city() -> None:
    def place(body: str) -> str:
        [found] = summits(body, published=date(2024, 3, 12))
        return str(found["location"]["name"])

    assert place("Lula hosted Ramaphosa at the Itamaraty Palace in Brasilia on Monday.") == (
        "Brasilia"
    )
    assert place("Xi met Biden at the Filoli estate in Woodside, California, on Wednesday.") == (
        "Woodside"
    )
    # the venue alone, or a venue in a state, stays the venue
    assert place("Lula hosted Ramaphosa at the Itamaraty Palace on Monday.") == "Itamaraty Palace"
    assert place("Biden met Kishida at Camp David in Maryland on Friday.") == "Camp David"


def test_two_ministers_hosting_their_counterparts_of_a_state_is_a_2_plus_2() -> None:
    [found] = two_plus_twos(
        "Foreign Minister Wong and Defence Minister Marles will host their Japanese "
        "counterparts in Melbourne next month.",
        published=date(2024, 3, 12),
    )
    assert (found["countries"], found["status"]) == (["AUS", "JPN"], "planned")
    [found] = two_plus_twos(
        "Foreign Minister Wong and Defence Minister Marles met their counterparts from Japan "
        "in Tokyo on Friday.",
        published=date(2024, 3, 12),
    )
    assert (found["countries"], found["location"]["name"]) == (["AUS", "JPN"], "Tokyo")
    # a trade minister is not a defence minister
    assert (
        two_plus_twos(
            "Foreign Minister Wong and Trade Minister Farrell met their Japanese counterparts "
            "in Tokyo on Friday.",
            published=date(2024, 3, 12),
        )
        == []
    )


def test_a_title_picks_one_of_two_office_holders_of_a_surname() -> None:
    # Lawrence Wong (Singapore's prime minister) and Penny Wong (Australia's foreign
    # minister) are both in office in 2025: the title says which one met Albanese
    [found] = summits(
        "Prime Minister Wong met Prime Minister Albanese in Canberra on Monday.",
        published=date(2025, 3, 12),
    )
    assert found["countries"] == ["AUS", "SGP"]


def test_at_a_meeting_is_one_held_not_one_floated() -> None:
    [found] = summits(
        "Sunak and Meloni discussed migration at a meeting in Rome on Saturday.",
        published=date(2024, 3, 12),
    )
    assert (found["status"], found["date"]["start"]) == ("held", "2024-03-09")
    [found] = summits("Sunak wants a meeting with Meloni.", published=date(2024, 3, 12))
    assert found["status"] == "proposed"


def test_cities_with_lower_case_particles() -> None:
    for body, city in (
        ("Ruto and Samia Suluhu Hassan held talks in Dar es Salaam on Monday.", "Dar es Salaam"),
        ("Sisi hosted Netanyahu in Sharm el-Sheikh on Monday.", "Sharm el-Sheikh"),
    ):
        [found] = summits(body, published=date(2024, 3, 12))
        assert found["location"]["name"] == city, body


def test_a_dateline_in_title_case_places_the_meeting_it_reports() -> None:
    article = parse(
        "Leaders meet\n\nNairobi, 12 March 2024 – President Ruto hosted President Museveni "
        "at State House on Monday.",
        format="generic",
    )
    [summit] = article.events
    assert article.published == date(2024, 3, 12)
    assert (str(summit.date.start), summit.location.name) == ("2024-03-11", "Nairobi")


def test_joined_by_leaders_and_meeting_guests_separately() -> None:
    [found] = summits(
        "Biden was joined by Kishida and Yoon at Camp David on Friday.",
        published=date(2024, 3, 12),
    )
    assert found["countries"] == ["JPN", "KOR", "USA"]
    found = summits(
        "Xi Jinping met separately with Lula and Ramaphosa in Johannesburg on Tuesday.",
        published=date(2024, 3, 12),
    )
    assert [e["countries"] for e in found] == [["BRA", "CHN"], ["CHN", "ZAF"]]


def test_a_city_names_no_edition_against_the_day_the_text_tells() -> None:
    [found] = summits(
        "Leaders gathered in Jeddah for the Arab League summit on Friday.",
        published=date(2024, 3, 12),
    )
    assert found["date"]["start"] == "2024-03-08"  # not the 2023 summit Jeddah hosted
    # a month without its year does not outweigh the place
    [found] = summits("The G20 summit in Bali took place in November.", published=date(2024, 3, 12))
    assert found["date"]["start"] == "2022-11-15"


def test_a_summit_named_by_its_city_and_told_with_its_month() -> None:
    [found] = summits(
        "Weeks after the Geneva summit of June 2021, Biden and Putin spoke by phone.",
        published=date(2024, 3, 12),
    )
    assert (found["countries"], found["date"]["start"], found["location"]["name"]) == (
        ["RUS", "USA"],
        "2021-06-01",
        "Geneva",
    )


def test_between_the_two_visits_is_no_meeting_of_its_own() -> None:
    found = summits(
        "Xi Jinping paid a state visit to Vietnam on 12-13 December 2023. It deepened the ties "
        "between the two countries. Between the two visits, President Thuong travelled to Tokyo "
        "at the end of November, and in his talks with Prime Minister Kishida relations were "
        "upgraded.",
        published=date(2024, 3, 12),
    )
    assert [e["countries"] for e in found] == [["CHN", "VNM"], ["JPN", "VNM"]]


def test_their_meeting_of_ministers_is_not_the_leaders() -> None:
    found = summits(
        "Modi and Putin met in Samarkand on 16 September 2022. The foreign ministers, who had "
        "prepared the summit at their meeting in Tashkent in July, produced a list of documents.",
        published=date(2022, 9, 20),
    )
    assert [(e["countries"], e["date"]["start"]) for e in found] == [(["IND", "RUS"], "2022-09-16")]
    # the leaders' own meeting told with "their" is still theirs
    found = summits(
        "Modi and Putin met in Samarkand on 16 September 2022. The two leaders had held their "
        "previous meeting in New Delhi in December 2021.",
        published=date(2022, 9, 20),
    )
    assert sorted(e["date"]["start"] for e in found) == ["2021-12-01", "2022-09-16"]


def test_a_2_plus_2_of_officials_below_the_ministers_is_none() -> None:
    for body in (
        "Brazil and Chile held their 2+2 intersessional meeting in Brasilia on Monday.",
        "Officials of Kenya and Ethiopia met for a 2+2 inter-sessional in Nairobi on Monday "
        "to prepare the ministers' session.",
        "Senior officials of Ghana and Senegal met in the 2+2 format at director-general "
        "level in Accra on Friday.",
        "Peru and Colombia held a 2+2 dialogue at the working level in Lima last week.",
    ):
        assert two_plus_twos(body, published=date(2025, 3, 12)) == [], body


def test_a_ministers_2_plus_2_beside_an_officials_one_is_kept() -> None:
    found = two_plus_twos(
        "Chile and Peru held a vice-ministerial dialogue in Santiago on Friday, ahead of "
        "the ministers' 2+2 in Lima in April. The 2+2 of foreign and defence ministers of "
        "Kenya and Ethiopia, prepared at an intersessional meeting in January, took place "
        "in Addis Ababa on Monday.",
        published=date(2025, 3, 12),
    )
    assert sorted(tuple(e["countries"]) for e in found) == [("CHL", "PER"), ("ETH", "KEN")]


def test_ministers_flying_to_a_city_for_a_2_plus_2_meet_there() -> None:
    [found] = two_plus_twos(
        "The Japanese foreign and defence ministers will fly to Jakarta for a 2+2 with "
        "Indonesia in June.",
        published=date(2024, 5, 2),
    )
    assert (found["countries"], found["location"]["name"]) == (["IDN", "JPN"], "Jakarta")


def test_a_visit_of_n_days_that_ended_on_a_day_began_n_minus_1_days_before() -> None:
    # published on Wednesday 20 March 2024: Saturday is the 16th, Sunday the 17th
    told = [
        "Xi Jinping ended a four-day state visit to France on Saturday.",
        "On Saturday, Xi Jinping concluded his four-day visit to France.",
        "Xi Jinping wrapped up a busy four-day state visit to France on Saturday.",
    ]
    for text in told:
        [found] = summits(text, published=date(2024, 3, 20))
        assert (found["date"]["start"], found["date"]["end"]) == ("2024-03-13", "2024-03-16")
    [found] = summits(
        "Fumio Kishida met Narendra Modi in New Delhi on Sunday at the end of a two-day visit "
        "to India.",
        published=date(2024, 3, 20),
    )
    assert (found["date"]["start"], found["date"]["end"]) == ("2024-03-16", "2024-03-17")


def test_a_visit_of_n_days_that_began_on_a_day_still_counts_forward() -> None:
    for text in (
        "Xi Jinping began a four-day state visit to France on Saturday.",
        "Xi Jinping started his four-day state visit to France on Saturday.",
    ):
        [found] = summits(text, published=date(2024, 3, 20))
        assert (found["date"]["start"], found["date"]["end"]) == ("2024-03-16", "2024-03-19")


def test_a_stop_in_a_capital_is_a_visit_to_its_state() -> None:
    # published on Wednesday 20 March 2024: Monday is the 25th
    for text in (
        "Lula is due to stop in Nairobi on Monday on his way to the summit.",
        "Lula will stop over in Nairobi on Monday and meet William Ruto there.",
    ):
        [found] = summits(text, published=date(2024, 3, 20))
        assert (found["countries"], found["location"]["name"]) == (["BRA", "KEN"], "Nairobi")
        assert (found["status"], found["date"]["start"]) == ("planned", "2024-03-25")


def test_a_stop_told_before_and_then_cancelled_is_cancelled() -> None:
    [found] = summits(
        "Lula was due to stop in Nairobi on Monday, his first visit to Africa this year. "
        "That stop is cancelled too.",
        published=date(2024, 3, 20),
    )
    assert (found["countries"], found["status"]) == (["BRA", "KEN"], "cancelled")


def test_the_words_that_call_off_a_meeting_told_before_cancel_it() -> None:
    told = "Olaf Scholz was due to meet Joe Biden in Washington on Monday. "
    for after in (
        "That meeting has also been called off.",
        "The visit is off.",
        "He cancelled the trip after the floods.",
        "Scholz called off his visit because of the floods.",
    ):
        [found] = summits(told + after, published=date(2024, 3, 20))
        assert (found["countries"], found["status"]) == (["DEU", "USA"], "cancelled"), after


def test_a_meeting_called_off_in_the_sentence_that_tells_it_is_cancelled() -> None:
    for text in (
        "Olaf Scholz was due to meet Joe Biden in Washington on Monday, but the meeting had "
        "been cancelled.",
        "Olaf Scholz had planned to meet Joe Biden in Washington, but the trip was called off "
        "because of the floods.",
        "Olaf Scholz's visit to Washington, where he was to meet Joe Biden on Monday, was "
        "called off.",
    ):
        [found] = summits(text, published=date(2024, 3, 20))
        assert (found["countries"], found["status"]) == (["DEU", "USA"], "cancelled"), text


def test_something_else_called_off_does_not_cancel_the_meeting() -> None:
    for text in (
        "Olaf Scholz met Joe Biden in Washington on Monday, but the press conference was "
        "cancelled.",
        "Olaf Scholz was due to meet Joe Biden in Washington on Monday. He cancelled a speech "
        "at Georgetown.",
    ):
        [found] = summits(text, published=date(2024, 3, 20))
        assert found["status"] != "cancelled", text


def _by_pair(found: list[dict[str, Any]]) -> dict[tuple[str, ...], dict[str, Any]]:
    return {tuple(e["countries"]): e for e in found}


def test_partners_met_one_after_another_are_one_meeting_each() -> None:
    for text in (
        "Narendra Modi held talks with Anthony Albanese on 13 March and, on the same day, "
        "with Christopher Luxon.",
        "Narendra Modi held talks with Anthony Albanese on 13 March, who praised the deal, "
        "and, later that day, with Christopher Luxon.",
        "Narendra Modi was in Canberra on 12 March. On 13 March he held talks with Anthony "
        "Albanese and then with Christopher Luxon.",
    ):
        pairs = _by_pair(summits(text, published=date(2024, 3, 20)))
        assert {("AUS", "IND"), ("IND", "NZL")} <= set(pairs), text
        assert ("AUS", "IND", "NZL") not in pairs, text
        assert pairs[("IND", "NZL")]["date"]["start"] == "2024-03-13", text
        assert pairs[("IND", "NZL")]["kind"] == "bilateral", text


def test_each_partner_met_on_its_own_day_has_that_day() -> None:
    pairs = _by_pair(
        summits(
            "Narendra Modi held talks with Anthony Albanese on 13 March, and with Christopher "
            "Luxon on 14 March.",
            published=date(2024, 3, 20),
        )
    )
    assert pairs[("AUS", "IND")]["date"]["start"] == "2024-03-13"
    assert pairs[("IND", "NZL")]["date"]["start"] == "2024-03-14"


def test_partners_met_together_are_one_meeting() -> None:
    for text in (
        "Narendra Modi met Anthony Albanese and Christopher Luxon on 13 March.",
        "Lula met Emmanuel Macron and Olaf Scholz in Paris on Monday.",
    ):
        found = summits(text, published=date(2024, 3, 20))
        assert len(found) == 1, text
        assert len(found[0]["countries"]) == 3, text


def test_a_tour_is_one_meeting_with_each_leader_at_its_own_place_and_day() -> None:
    # published on Wednesday 20 March 2024: next week's Monday is the 25th
    pairs = _by_pair(
        summits(
            "Lula will travel to Europe next week to meet Emmanuel Macron in Paris on Monday "
            "and Olaf Scholz in Berlin on Wednesday.",
            published=date(2024, 3, 20),
        )
    )
    assert set(pairs) == {("BRA", "FRA"), ("BRA", "DEU")}
    assert (pairs[("BRA", "FRA")]["location"]["name"], pairs[("BRA", "FRA")]["date"]["start"]) == (
        "Paris",
        "2024-03-25",
    )
    assert (pairs[("BRA", "DEU")]["location"]["name"], pairs[("BRA", "DEU")]["date"]["start"]) == (
        "Berlin",
        "2024-03-27",
    )
    assert {e["status"] for e in pairs.values()} == {"planned"}


def test_a_tour_told_by_the_countries_then_the_leaders_met_in_each() -> None:
    pairs = _by_pair(
        summits(
            "Next week Narendra Modi will visit Japan and Australia, meeting Fumio Kishida in "
            "Tokyo on Tuesday and Anthony Albanese in Sydney on Thursday.",
            published=date(2024, 3, 20),
        )
    )
    assert set(pairs) == {("IND", "JPN"), ("AUS", "IND")}
    assert (pairs[("IND", "JPN")]["location"]["name"], pairs[("IND", "JPN")]["date"]["start"]) == (
        "Tokyo",
        "2024-03-26",
    )
    assert (pairs[("AUS", "IND")]["location"]["name"], pairs[("AUS", "IND")]["date"]["start"]) == (
        "Sydney",
        "2024-03-28",
    )


def test_a_past_tour_keeps_each_stop_apart() -> None:
    pairs = _by_pair(
        summits(
            "Lula met Emmanuel Macron in Paris on Monday and Olaf Scholz in Berlin on Tuesday.",
            published=date(2024, 3, 20),
        )
    )
    assert (pairs[("BRA", "FRA")]["location"]["name"], pairs[("BRA", "FRA")]["date"]["start"]) == (
        "Paris",
        "2024-03-18",
    )
    assert (pairs[("BRA", "DEU")]["location"]["name"], pairs[("BRA", "DEU")]["date"]["start"]) == (
        "Berlin",
        "2024-03-19",
    )


def test_the_next_day_after_a_summits_first_day_is_its_second() -> None:
    pairs = _by_pair(
        summits(
            "The G20 summit in Rio de Janeiro took place on 18-19 November 2024. On the first "
            "day, Narendra Modi met Lula. Modi had come to Rio from Abuja, where on 17 November "
            "he held talks with Bola Tinubu. The next day Modi held talks with Anthony Albanese "
            "and, on the same day, with Christopher Luxon.",
            published=date(2024, 11, 25),
        )
    )
    assert pairs[("AUS", "IND")]["date"]["start"] == "2024-11-19"
    assert pairs[("IND", "NZL")]["date"]["start"] == "2024-11-19"
    assert pairs[("IND", "NGA")]["date"]["start"] == "2024-11-17"


def test_he_after_a_time_told_first_is_the_leader_told_before() -> None:
    told = "Narendra Modi met Fumio Kishida in Tokyo on 12 March. "
    for after, day in (
        ("The next day he met Anthony Albanese.", "2024-03-13"),
        ("On 14 March he met Anthony Albanese in Sydney.", "2024-03-14"),
        ("That evening he held talks with Anthony Albanese.", "2024-03-12"),
    ):
        pairs = _by_pair(summits(told + after, published=date(2024, 3, 20)))
        assert pairs[("AUS", "IND")]["date"]["start"] == day, after


def test_a_meeting_no_longer_to_happen_is_cancelled() -> None:
    for text in (
        "Olaf Scholz will no longer travel to Washington to meet Joe Biden on Monday.",
        "Olaf Scholz is no longer expected to meet Joe Biden in Washington on Monday.",
        "The summit between Olaf Scholz and Joe Biden in Washington on Monday will not go ahead.",
        "Olaf Scholz has pulled out of his visit to Washington, where he was due to meet Joe "
        "Biden on Monday.",
    ):
        [found] = summits(text, published=date(2024, 3, 20))
        assert (found["countries"], found["status"]) == (["DEU", "USA"], "cancelled"), text


def test_something_else_not_going_ahead_leaves_the_meeting_planned() -> None:
    for text in (
        "Olaf Scholz will meet Joe Biden in Washington on Monday, no longer the junior partner.",
        "Olaf Scholz will meet Joe Biden in Washington on Monday, though a joint press "
        "conference will not take place.",
    ):
        [found] = summits(text, published=date(2024, 3, 20))
        assert found["status"] == "planned", text


def test_a_tour_told_as_a_list_is_one_meeting_at_each_stop() -> None:
    pairs = _by_pair(
        summits(
            "Lula will meet Emmanuel Macron in Paris on Monday, Olaf Scholz in Berlin on "
            "Wednesday and Pedro Sanchez in Madrid on Friday.",
            published=date(2024, 3, 20),
        )
    )
    assert {k: (e["location"]["name"], e["date"]["start"]) for k, e in pairs.items()} == {
        ("BRA", "FRA"): ("Paris", "2024-03-25"),
        ("BRA", "DEU"): ("Berlin", "2024-03-27"),
        ("BRA", "ESP"): ("Madrid", "2024-03-29"),
    }
    [together] = summits(
        "Lula met Emmanuel Macron, Olaf Scholz and Pedro Sanchez in Brussels on Monday.",
        published=date(2024, 3, 20),
    )
    assert together["countries"] == ["BRA", "DEU", "ESP", "FRA"]


def test_a_pair_of_states_of_several_words_names_a_summit() -> None:
    for body, pair, where in (
        (
            "The Japan–South Korea summit was held in Tokyo on 16 March 2023.",
            ["JPN", "KOR"],
            "Tokyo",
        ),
        (
            "The 2018 Russia–United States summit was held in Helsinki, Finland, on July 16, 2018.",
            ["RUS", "USA"],
            "Helsinki",
        ),
        (
            "The 2018 North Korea–United States Singapore Summit took place on 12 June 2018.",
            ["PRK", "USA"],
            "Singapore",
        ),
    ):
        [found] = summits(body)
        assert found["countries"] == pair
        assert found["location"]["name"] == where
        assert found["date"]["precision"] == "day"


def test_a_pair_of_states_of_several_words_in_no_meeting() -> None:
    for named in ("Japan–South Korea", "Japan-China", "Russia–United States"):
        assert not summits(f"No {named} summit has been scheduled.", date(2023, 5, 1))
    assert not summits("No Japan–South Korea summit has been scheduled.", date(2023, 5, 1))
    assert not summits(
        "The Japan–South Korea foreign ministers' talks were held in Tokyo on 16 March 2023."
    )


def test_a_city_of_a_state_that_meets_is_not_a_far_smaller_namesake() -> None:
    for body, country in (
        ("Joe Biden and Vladimir Putin met in Geneva on Wednesday.", "CHE"),
        ("Fumio Kishida and Joe Biden held talks in Florence on Wednesday.", "ITA"),
        # a namesake of like size in a state that takes part is still the one meant
        ("Joe Biden and Rishi Sunak met in Birmingham on Wednesday.", "GBR"),
        ("Anthony Albanese and Rishi Sunak met in Perth on Wednesday.", "AUS"),
    ):
        [found] = summits(body, published=date(2023, 6, 16))
        assert found["location"]["country"] == country, body


def test_a_second_summit_told_with_no_leaders_is_another_meeting_of_theirs() -> None:
    for body, second_place in (
        (
            "In March 2019, Modi and Xi held an informal summit in Wuhan. A second informal "
            "summit took place in Chennai in November 2020.",
            "Chennai",
        ),
        (
            "Trump and Kim met in Singapore on 12 June 2018. A third summit, in Hanoi in "
            "February 2020, ended without agreement.",
            "Hanoi",
        ),
        (
            "Putin and Erdogan held talks in Sochi on 5 May 2021. Another summit took place "
            "in Astana in October 2022.",
            "Astana",
        ),
    ):
        found = summits(body)
        assert len(found) == 2, body
        assert found[0]["countries"] == found[1]["countries"]
        assert {e["location"]["name"] for e in found} >= {second_place}


def test_a_second_summit_with_no_time_of_its_own_or_of_others_is_none() -> None:
    for tail in (
        "It was the second summit of the year for Kim.",
        "A second summit is possible, Trump said.",
        "Kim attended another summit in Beijing on 20 June 2018.",
    ):
        found = summits("Trump and Kim met in Singapore on 12 June 2018. " + tail)
        assert [e["date"]["start"] for e in found if e["countries"] == ["PRK", "USA"]] == [
            "2018-06-12"
        ], tail


def test_a_surname_opening_a_paragraph_is_no_first_name_of_the_heading() -> None:
    # the heading's last word, on the line above, is not the leader's first name
    article = parse(
        "India Welcomes China\n\nModi and Xi met in Wuhan on 27 April 2018.", format="generic"
    )
    [found] = [to_dict(e) for e in article.events if isinstance(e, Summit)]
    assert found["countries"] == ["CHN", "IND"]
    # on one line, a capitalised word before the surname is still someone else's first name
    article = parse("Talks\n\nRaj Modi met Xi in Wuhan on 27 April 2018.", format="generic")
    assert not [e for e in article.events if isinstance(e, Summit) and "IND" in e.countries]


def test_a_visit_to_a_state_by_its_formal_name_is_to_that_state() -> None:
    for body, host in (
        (
            "President William Ruto will pay a State Visit to the Republic of Korea on 4 June.",
            "KOR",
        ),
        ("Prime Minister Anwar Ibrahim visited the Republic of the Philippines on 1 March.", "PHL"),
        ("President Lula will undertake a visit to the Kingdom of Saudi Arabia on 28 May.", "SAU"),
    ):
        found = summits(body, published=date(2024, 3, 2))
        assert [e["location"]["country"] for e in found] == [host], body
        assert all("USA" not in e["countries"] for e in found)


def test_a_visit_to_a_city_of_something_is_still_to_the_city() -> None:
    [found] = summits(
        "Prime Minister Fumio Kishida will visit Hiroshima of all places on 3 March to meet "
        "Joe Biden.",
        published=date(2024, 3, 2),
    )
    assert found["location"]["name"] == "Hiroshima"


def test_an_invitation_to_join_a_group_is_no_proposed_meeting() -> None:
    for body in (
        "The 16th SCO summit closed in Astana on Thursday, with leaders agreeing to invite "
        "two new members.",
        "The ASEAN summit ended in Jakarta on Thursday, and its leaders invited Timor-Leste "
        "to become a full member.",
        "The BRICS summit closed in Kazan on Thursday, after the leaders invited Bolivia, "
        "Cuba and Nigeria to join the group.",
    ):
        # (told on the day it ends, so that only the words can say it is over)
        [found] = summits(body, published=date(2024, 7, 4))
        assert found["status"] == "held", body


def test_an_invitation_to_a_meeting_is_still_proposed() -> None:
    for body in (
        "Cyril Ramaphosa invited Narendra Modi to visit Pretoria.",
        "Cyril Ramaphosa invited Narendra Modi and other members to a summit in Pretoria.",
    ):
        found = summits(body, published=date(2024, 7, 5))
        assert [e["status"] for e in found] == ["proposed"], body


def test_the_visit_of_a_relative_clause_frames_the_meeting_the_sentence_tells() -> None:
    for body, pair in (
        (
            "On 9 July, Mr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting the "
            "United Kingdom, held a summit meeting with Mr. Anthony Albanese, Prime Minister "
            "of Australia, in London.",
            ["AUS", "JPN"],
        ),
        (
            "On 9 July, President Lula, who was visiting France, held talks with Prime "
            "Minister Keir Starmer in Paris.",
            ["BRA", "GBR"],
        ),
    ):
        [found] = summits(body, published=date(2025, 7, 10))
        assert found["countries"] == pair, body
        assert found["date"] == {"start": "2025-07-09", "end": "2025-07-09", "precision": "day"}


def test_a_visit_told_in_a_relative_clause_with_no_other_meeting_stands() -> None:
    [found] = summits(
        "Prime Minister Ishiba, who is visiting the United Kingdom, spoke at Chatham House on "
        "9 July.",
        published=date(2025, 7, 10),
    )
    assert found["countries"] == ["GBR", "JPN"]


def test_a_visit_in_a_relative_clause_to_the_host_of_the_meeting_gives_its_place() -> None:
    [found] = summits(
        "On 18 August, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Camp David, "
        "the United States, held a summit meeting with President Joe Biden.",
        published=date(2023, 8, 19),
    )
    assert found["countries"] == ["JPN", "USA"]
    assert found["location"]["name"] == "Camp David"
    assert found["date"] == {"start": "2023-08-18", "end": "2023-08-18", "precision": "day"}


def test_a_meeting_postponed_to_a_time_is_planned_then() -> None:
    for body, month in (
        (
            "Prime Minister Anthony Albanese was due to visit Jakarta in March to meet "
            "President Joko Widodo, but the visit was postponed until May.",
            "2024-05",
        ),
        (
            "Prime Minister Anthony Albanese was due to visit Jakarta in March to meet "
            "President Joko Widodo. The visit has been postponed to June.",
            "2024-06",
        ),
    ):
        [found] = summits(body, published=date(2024, 2, 20))
        assert found["status"] == "planned", body
        assert found["date"]["start"][:7] == found["date"]["end"][:7] == month, body


def test_a_meeting_postponed_to_no_time_keeps_its_old_one() -> None:
    [found] = summits(
        "Prime Minister Anthony Albanese was due to visit Jakarta in March to meet President "
        "Joko Widodo, but the visit was postponed.",
        published=date(2024, 2, 20),
    )
    assert found["date"]["start"] == "2024-03-01"


def test_a_leaders_first_name_before_another_surname_is_someone_else() -> None:
    # "Anwar" alone is Malaysia's prime minister; "Anwar Gargash" is not
    found = summits(
        "Anwar Gargash, an Emirati diplomat, met Prime Minister Narendra Modi in New Delhi on "
        "20 August.",
        published=date(2024, 8, 21),
    )
    assert not any("MYS" in e["countries"] for e in found)
    for body in (
        "Prime Minister Anwar met Prime Minister Narendra Modi in New Delhi on 20 August.",
        "Anwar Ibrahim met Narendra Modi in New Delhi on 20 August.",
        "Anwar and Modi met in New Delhi on 20 August.",
    ):
        [found] = summits(body, published=date(2024, 8, 21))
        assert found["countries"] == ["IND", "MYS"], body


def test_travelling_on_to_a_place_to_meet_its_leader_is_a_meeting_there() -> None:
    for tail in (
        "He will travel on to Hanoi to meet Pham Minh Chinh on Monday.",
        "He will fly on to Hanoi on Monday for talks with Pham Minh Chinh.",
    ):
        found = summits(
            "Anthony Albanese met Anwar Ibrahim in Kuala Lumpur on Saturday. " + tail,
            published=date(2024, 6, 1),
        )
        pairs = {tuple(e["countries"]): e for e in found}
        assert set(pairs) == {("AUS", "MYS"), ("AUS", "VNM")}, tail
        assert pairs[("AUS", "VNM")]["status"] == "planned"
        assert pairs[("AUS", "VNM")]["location"]["name"] == "Hanoi"


def test_travelling_on_with_no_leader_to_meet_is_no_meeting() -> None:
    found = summits(
        "Anthony Albanese met Anwar Ibrahim in Kuala Lumpur on Saturday. He will travel on to "
        "Penang on Monday to see a factory.",
        published=date(2024, 6, 1),
    )
    assert [e["countries"] for e in found] == [["AUS", "MYS"]]


def test_a_meeting_someone_was_to_have_is_still_to_come_from_the_report() -> None:
    for body in (
        "Anthony Albanese met Anwar Ibrahim in Kuala Lumpur on Saturday. He was to travel on "
        "to Hanoi to meet Pham Minh Chinh on Monday.",
        "Anthony Albanese was to meet Pham Minh Chinh in Hanoi on Monday.",
    ):
        found = summits(body, published=date(2024, 6, 1))
        [vietnam] = [e for e in found if e["countries"] == ["AUS", "VNM"]]
        assert vietnam["date"]["start"] == "2024-06-03", body
        assert vietnam["status"] == "planned"


def test_a_meeting_that_was_held_stays_in_the_past() -> None:
    [found] = summits(
        "Anthony Albanese was in Hanoi to meet Pham Minh Chinh on Monday.",
        published=date(2024, 6, 1),
    )
    assert found["date"]["start"] == "2024-05-27"


def test_a_phone_call_told_after_the_contact_word_is_no_meeting() -> None:
    for text in (
        "Narendra Modi received a telephone call from Vladimir Putin on Tuesday.",
        "Joe Biden talked with Xi Jinping on the phone on Friday.",
        "Emmanuel Macron and Olaf Scholz talked on the telephone for an hour on Monday.",
    ):
        assert summits(text, published=date(2024, 10, 14)) == [], text
    # (a phone call told after "after" is another contact; the meeting stands)
    [found] = summits(
        "Joe Biden met Xi Jinping in Woodside on Wednesday after several phone calls.",
        published=date(2023, 11, 16),
    )
    assert found["countries"] == ["CHN", "USA"]


def test_a_series_in_general_is_no_summit() -> None:
    for text in (
        "G20 summits have struggled to agree on climate finance.",
        "BRICS summits have become a showcase for the ambitions of the Global South.",
        "Forums like the G20 give emerging economies a seat at the table.",
        "Groupings such as the Shanghai Cooperation Organisation summit offer Moscow a stage.",
    ):
        assert summits(text) == [], text
    # (a plural with a time, a place or a determiner is of particular meetings)
    assert summits("Xi Jinping attended G20 summits in Osaka and Rome.")
    assert summits("Modi will attend the G20 summit in Rio de Janeiro in November.")


def test_a_count_of_meetings_is_no_meeting_unless_the_latest_is_told() -> None:
    assert summits("Xi Jinping and Vladimir Putin have met more than forty times.") == []
    assert summits("Modi and Abe met dozens of times during their years in office.") == []
    [found] = summits(
        "Xi Jinping and Vladimir Putin have met more than forty times, most recently in Moscow "
        "in March.",
        published=date(2023, 4, 10),
    )
    assert found["location"]["name"] == "Moscow"


def test_a_denied_negated_or_counterfactual_meeting_is_none() -> None:
    for text in (
        "The Kremlin denied reports that Vladimir Putin had secretly met Alexander Lukashenko "
        "in Sochi last week.",
        "Beijing dismissed rumours of a meeting between Xi Jinping and Joe Biden in Bali.",
        "Lula and Javier Milei have not held a bilateral meeting since Milei took office.",
        "Xi Jinping has not visited Washington since 2015.",
        "If Vladimir Putin and Volodymyr Zelensky were ever to meet, the venue would probably "
        "be Istanbul, analysts say.",
        "Analysts say that if Kim Jong Un and Joe Biden ever meet, it will be in Singapore.",
    ):
        assert summits(text, published=date(2023, 4, 10)) == [], text
    # (a negation inside a relative clause leaves the main clause's meeting)
    [found] = summits(
        "Xi Jinping and Joe Biden, who had not met since Bali, held talks in Woodside on "
        "Wednesday.",
        published=date(2023, 11, 16),
    )
    assert found["location"]["name"] == "Woodside"


def test_a_2_plus_2_of_three_states_or_of_the_format_itself_is_none() -> None:
    for text in (
        "The foreign and defence ministers of India, Japan and Australia met in a trilateral "
        "format in New Delhi on Monday.",
        "India and Australia agreed to make the 2+2 dialogue a regular event.",
        "The two-plus-two format has since been adopted by Japan with Australia and India.",
    ):
        assert two_plus_twos(text, date(2024, 3, 5)) == [], text
    # (a meeting held in the format is one)
    [found] = two_plus_twos(
        "Lavrov and Shoigu met Kishida and Onodera in the so-called two-plus-two format in Tokyo "
        "in November 2013.",
        date(2013, 12, 1),
    )
    assert found["countries"] == ["JPN", "RUS"]


def test_a_2_plus_2_hosted_by_a_place_is_held_there() -> None:
    [found] = two_plus_twos(
        "Tokyo hosted the second-ever Japan-Russia two-plus-two in March 2017.", date(2017, 4, 1)
    )
    assert found["location"]["name"] == "Tokyo"
    assert found["edition"] == 2
    [found] = two_plus_twos(
        "Washington hosted the second round of the India-US 2+2 on December 18, 2019.",
        date(2019, 12, 20),
    )
    assert (found["location"]["name"], found["edition"]) == ("Washington", 2)


def test_a_2_plus_2_numbered_by_an_apposition_or_a_quoted_name() -> None:
    [found] = two_plus_twos(
        "The foreign and defence ministers of Japan and Indonesia met in Tokyo on Tuesday, their "
        "second meeting in that format.",
        date(2021, 4, 1),
    )
    assert found["edition"] == 2
    [found] = two_plus_twos(
        'India and Japan will hold the first "2 + 2" meeting of their foreign and defence '
        "ministers in New Delhi next month.",
        date(2019, 10, 1),
    )
    assert found["edition"] == 1
    # ("the first since": no edition)
    [found] = two_plus_twos(
        "Japan and the Philippines held their 2+2 in Manila on Tuesday, the first since 2023.",
        date(2025, 5, 18),
    )
    assert found["edition"] is None


def test_the_two_countries_ministers_are_the_pair_told_before() -> None:
    [found] = two_plus_twos(
        "Australia and Japan stepped up defence ties in 2022. The two countries' foreign and "
        "defence ministers met in Tokyo in December 2022.",
        date(2023, 1, 10),
    )
    assert found["countries"] == ["AUS", "JPN"]


def test_the_capital_a_states_adjective_names_is_the_place() -> None:
    [found] = summits(
        "Emmanuel Macron met Xi Jinping in the Chinese capital last week.",
        published=date(2023, 4, 10),
    )
    assert found["location"]["name"] == "Beijing"
    [found] = summits(
        "Xi Jinping arrived in the Russian capital on Wednesday for talks with Vladimir Putin.",
        published=date(2019, 6, 7),
    )
    assert found["location"]["name"] == "Moscow"


def test_went_to_a_capital_for_talks_is_a_visit_there() -> None:
    [found] = summits(
        "Anthony Albanese went to Beijing late last year for talks with Xi Jinping.",
        published=date(2024, 3, 5),
    )
    assert found["location"]["name"] == "Beijing"
    assert found["date"] == {"start": "2023-07-01", "end": "2023-12-31", "precision": "half"}


def test_a_visit_to_a_list_of_states_meets_each_host() -> None:
    found = summits("Xi Jinping visited Vietnam, Malaysia and Cambodia in April 2025.")
    assert [e["countries"] for e in found] == [["CHN", "KHM"], ["CHN", "MYS"], ["CHN", "VNM"]]
    assert {e["location"]["name"] for e in found} == {"Vietnam", "Malaysia", "Cambodia"}
    # (a state named after "and" that is no destination makes no visit)
    [found] = summits("Narendra Modi visited Japan and met Shinzo Abe in Tokyo in 2014.")
    assert found["countries"] == ["IND", "JPN"]


def test_a_planned_meeting_called_off_is_cancelled() -> None:
    [found] = summits(
        "Donald Trump cancelled a planned meeting with Kim Jong Un in Singapore.",
        published=date(2018, 5, 25),
    )
    assert (found["status"], found["location"]["name"]) == ("cancelled", "Singapore")


def test_a_trip_for_a_summit_dates_it_by_its_own_later_day() -> None:
    [found] = summits(
        "SEOUL, May 26, 2024 — Japanese Prime Minister Fumio Kishida arrived here today for a "
        "trilateral summit with the leaders of China and South Korea on Monday."
    )
    assert found["date"] == {"start": "2024-05-27", "end": "2024-05-27", "precision": "day"}
    assert found["status"] == "planned"


def test_an_n_day_series_summit_spans_its_days_from_the_day_told() -> None:
    [found] = summits(
        "The two-day ASEAN summit in Kuala Lumpur will open on May 26.", published=date(2025, 5, 22)
    )
    assert found["date"] == {"start": "2025-05-26", "end": "2025-05-27", "precision": "day"}
    [found] = summits(
        "The three-day G7 summit in Hiroshima ended on Sunday.", published=date(2023, 5, 22)
    )
    assert found["date"] == {"start": "2023-05-19", "end": "2023-05-21", "precision": "day"}


def test_a_meeting_in_an_opening_phrase_is_apart_from_the_one_offered_after() -> None:
    found = summits(
        "After their talks in Singapore on June 12, 2018, Donald Trump invited Kim Jong Un to "
        "Washington.",
        published=date(2018, 6, 14),
    )
    by_status = {e["status"]: e for e in found}
    assert set(by_status) == {"held", "proposed"}
    assert by_status["held"]["location"]["name"] == "Singapore"
    assert by_status["held"]["date"]["start"] == "2018-06-12"
    assert by_status["proposed"]["location"]["name"] == "Washington"
    assert by_status["proposed"]["date"] is None


def test_a_meeting_after_which_something_was_said_is_held_and_undated_by_it() -> None:
    found = summits(
        "Narendra Modi said after his talks with Vladimir Putin that India would host him "
        "next year.",
        published=date(2024, 7, 10),
    )
    held = [e for e in found if e["status"] == "held"]
    assert [e["countries"] for e in held] == [["IND", "RUS"]]
    assert held[0]["date"] is None


def test_a_2_plus_2_at_a_venue_named_after_its_country_is_in_the_city_told() -> None:
    [found] = two_plus_twos(
        "AUSMIN 2024 was held at the US Naval Academy in Annapolis, Maryland, on August 6, 2024.",
        date(2024, 8, 7),
    )
    assert found["location"]["name"] == "Annapolis"


def test_a_2_plus_2_named_by_its_year_is_dated_by_the_finer_time_told() -> None:
    [found] = two_plus_twos(
        "AUSMIN 2022 took place in Washington in December 2022.", date(2023, 1, 10)
    )
    assert found["date"] == {"start": "2022-12-01", "end": "2022-12-31", "precision": "month"}


def test_the_next_round_told_in_a_later_clause_is_another_2_plus_2() -> None:
    found = two_plus_twos(
        "AUSMIN 2022 was held in Washington on December 6, 2022, and Australia hosted the next "
        "round in Brisbane in July 2023.",
        date(2024, 1, 10),
    )
    assert [(e["location"]["name"], e["date"]["start"]) for e in found] == [
        ("Washington", "2022-12-06"),
        ("Brisbane", "2023-07-01"),
    ]


def test_a_similar_meeting_with_other_counterparts_is_another_2_plus_2() -> None:
    found = two_plus_twos(
        "Antony Blinken and Lloyd Austin held 2+2 talks with their Philippine counterparts in "
        "Manila on July 30, 2024, two days after a similar meeting with their Japanese "
        "counterparts in Tokyo.",
        date(2024, 8, 1),
    )
    assert [(e["countries"], e["location"]["name"], e["date"]["start"]) for e in found] == [
        (["JPN", "USA"], "Tokyo", "2024-07-28"),
        (["PHL", "USA"], "Manila", "2024-07-30"),
    ]


def test_where_the_sources_of_a_report_are_is_not_the_meetings_place() -> None:
    [found] = summits(
        "Vladimir Putin visited India in December 2021, officials in New Delhi said.",
        published=date(2022, 1, 10),
    )
    assert found["location"]["name"] == "India"
    [found] = summits(
        "Xi Jinping will meet Joe Biden next month, diplomats in Beijing told reporters.",
        published=date(2023, 10, 10),
    )
    assert found["location"] is None


def test_a_state_that_expects_to_host_a_summit_plans_it_at_home() -> None:
    [found] = summits("India expects to host the Quad leaders' summit in late 2025.")
    assert (found["status"], found["location"]["name"]) == ("planned", "India")


def test_a_meeting_between_leaders_is_theirs_not_its_hosts() -> None:
    [found] = summits(
        "Lee Hsien Loong hosted the meeting between Donald Trump and Kim Jong Un in Singapore "
        "on Tuesday.",
        published=date(2018, 6, 13),
    )
    assert found["countries"] == ["PRK", "USA"]
    # (an apposition "a meeting between the two leaders" is the meeting told before it)
    [found] = summits(
        "Xi Jinping met Narendra Modi in Kazan, a meeting between the two leaders that lasted "
        "an hour.",
        published=date(2024, 10, 24),
    )
    assert found["status"] == "held"


def test_a_meeting_that_lasted_n_days_spans_them() -> None:
    [found] = summits(
        "Narendra Modi met Xi Jinping in Wuhan on April 27, 2018, for an informal summit that "
        "lasted two days."
    )
    assert found["date"] == {"start": "2018-04-27", "end": "2018-04-28", "precision": "day"}
    assert found["status"] == "held"


def test_a_series_summit_that_the_state_hosts_is_there() -> None:
    [found] = summits(
        "Donald Trump said on Saturday he was postponing the G7 summit that the United States "
        "was due to host in June until September or later.",
        published=date(2020, 5, 31),
    )
    assert found["location"]["name"] == "United States"


def test_a_meeting_called_off_then_back_on_is_one_occurrence() -> None:
    [found] = summits(
        "On May 24, 2018, Donald Trump called off his planned summit with Kim Jong Un in "
        "Singapore. A week later he said it was back on, and the two leaders met in Singapore "
        "on June 12.",
        published=date(2018, 6, 20),
    )
    assert (found["status"], found["date"]["start"]) == ("held", "2018-06-12")


def test_a_summit_later_called_off_is_planned_in_a_text_written_before_it() -> None:
    [found] = summits(
        "Anthony Albanese will host the Quad leaders in Sydney on May 24.",
        published=date(2023, 5, 10),
    )
    assert found["status"] == "planned"
    [found] = summits(
        "The Quad summit in Sydney was to be held on May 24.", published=date(2023, 6, 10)
    )
    assert found["status"] == "cancelled"


def test_a_meeting_called_off_then_held_in_the_same_sentence_is_held_there() -> None:
    found = two_plus_twos(
        "The first Japan-Philippines 2+2, set for March in Manila, was called off; it eventually "
        "took place in Tokyo on April 9, 2022.",
        date(2022, 4, 20),
    )
    held = [e for e in found if e["status"] == "held"]
    assert [(e["location"]["name"], e["date"]["start"]) for e in held] == [("Tokyo", "2022-04-09")]


def test_the_first_summit_of_the_series_told_in_the_same_sentence() -> None:
    found = summits(
        "The 15th BRICS summit was held in Johannesburg on Tuesday, and the first summit in 2009 "
        "was held in Yekaterinburg.",
        published=date(2023, 8, 25),
    )
    assert sorted(e["date"]["start"][:4] for e in found) == ["2009", "2023"]


def test_a_leader_of_an_opening_after_phrase_is_not_of_the_main_meeting() -> None:
    [found] = summits(
        "Six weeks after embracing Vladimir Putin in Moscow on July 8, 2024, Narendra Modi "
        "travelled to Kyiv, where he met Volodymyr Zelensky on August 23.",
        published=date(2024, 8, 25),
    )
    assert found["countries"] == ["IND", "UKR"]


def test_a_meeting_had_or_finished_was_held() -> None:
    # "a meeting" after a verb of having or finishing is one that took place, not one to be
    # agreed; its date stays.
    for sentence, day in (
        ("Lula had a long meeting with Javier Milei in Brasilia on 1 March.", date(2024, 3, 1)),
        ("Erdogan attended a meeting with Vladimir Putin in Sochi on 2 March.", date(2024, 3, 2)),
        ("Macron wrapped up a meeting with Olaf Scholz in Berlin on Monday.", date(2024, 3, 4)),
    ):
        (found,) = summits(sentence, published=date(2024, 3, 5))
        assert found["status"] == "held", sentence
        assert found["date"]["start"] == day.isoformat(), sentence
    (hoped,) = summits("Biden hopes to have a meeting with Xi Jinping.", published=date(2024, 3, 5))
    assert hoped["status"] == "proposed"


def test_a_meeting_just_finished_is_of_the_day_told() -> None:
    for sentence in (
        "President Biden said he had just finished a meeting with President Xi of China.",
        "Biden has just met with President Xi Jinping.",
    ):
        (found,) = summits(sentence, published=date(2024, 3, 5))
        assert found["status"] == "held"
        assert found["date"] == {"start": "2024-03-05", "end": "2024-03-05", "precision": "day"}
    (later,) = summits("Biden met Xi Jinping just after the summit.", published=date(2024, 3, 5))
    assert later.get("date") is None


def test_a_common_surname_names_the_person_told_in_full() -> None:
    # Johnson and Costa are left out of the gazetteer as common names; after the full name
    # the surname alone is that person.
    (found,) = summits(
        "Boris Johnson arrived in Kyiv on 9 April 2022. That day Johnson met Zelensky in the "
        "city centre.",
        published=date(2022, 4, 10),
    )
    assert found["countries"] == ["GBR", "UKR"]
    assert found["date"]["start"] == "2022-04-09"
    # An English word of that spelling opening a sentence is no name; the month is never one.
    from dipevents.extract.document import Document

    doc = Document(parse("Test\n\nJohn Key visited Beijing. Key to the talks was trade."))
    assert [m.surface for m in doc.mentions(doc.sentences[-1])] == []
    (may,) = summits("Theresa May met Angela Merkel in Berlin in May 2019.")
    assert may["date"]["precision"] == "month"


def test_names_with_titles_set_off_are_one_subject() -> None:
    # ", and" after a title set off by commas joins two names, it opens no clause
    for sentence in (
        "Irfaan Ali, President of Guyana, and Nicolás Maduro met today in Kingstown.",
        "Irfaan Ali, the President of Guyana, and Nicolás Maduro met today in Kingstown.",
    ):
        (found,) = summits(sentence, published=date(2023, 12, 14))
        assert found["countries"] == ["GUY", "VEN"], sentence
        assert found["location"]["name"] == "Kingstown"


def test_a_release_calls_its_own_leader_by_the_bare_title() -> None:
    # A ministry's statement names its leader in full once ("Prime Minister Shri Narendra
    # Modi"), then writes "Prime Minister" with no article: that leader, not the one of
    # that title named last.
    found = summits(
        "Prime Minister Shri Narendra Modi arrived in Kananaskis for the G7 Summit. Prime "
        "Minister thanked Prime Minister Carney for the invitation. Later today, Prime Minister "
        "held a bilateral meeting with the President of France, Emmanuel Macron.",
        published=date(2025, 6, 17),
    )
    assert ["FRA", "IND"] in [e.get("countries") for e in found]


def test_the_capital_of_a_demonym_is_its_city() -> None:
    (found,) = summits("Xi met Tokayev in the Kazakh capital on 14 September 2022.")
    assert found["location"]["name"] == "Astana"  # GeoNames' country list still says Nur-Sultan
    (seat,) = two_plus_twos(
        "Blinken and Austin hosted their Japanese counterparts at the State Department on "
        "11 January 2023 for the 2+2.",
        published=date(2023, 1, 12),
    )
    assert seat["location"]["name"] == "Washington"


def test_a_state_whose_name_holds_and_is_named_whole() -> None:
    for sentence, name in (
        (
            "Modi met Kamla Persad-Bissessar in Trinidad and Tobago on 4 July 2025.",
            "Trinidad and Tobago",
        ),
        (
            "Ali and Maduro met today at the Argyle International Airport in St. Vincent and the "
            "Grenadines.",
            "St. Vincent and the Grenadines",
        ),
    ):
        (found,) = summits(sentence, published=date(2025, 7, 5))
        assert found["location"]["name"] == name, sentence


def test_unlikely_meetings_and_matters_up_for_discussion_are_no_events() -> None:
    assert (
        summits("Analysts said a meeting between Putin and Zelensky was unlikely this year.") == []
    )
    assert summits("A summit between Modi and Sharif seemed improbable.") == []
    assert (
        summits(
            "President Ali thanked President Lula for his support and said that Guyana's "
            "sovereignty is not up for discussion.",
            published=date(2023, 12, 15),
        )
        == []
    )


def test_the_time_of_the_phrase_a_meeting_heads_is_its_own() -> None:
    # "After the … summit … in June 2018, talks stalled": the time is the summit's, though
    # the phrase is a reference time for the clause after it (and "talks" is nearer).
    (found,) = summits(
        "After the Singapore summit between Trump and Kim Jong Un in June 2018, talks stalled.",
        published=date(2024, 3, 5),
    )
    assert found["countries"] == ["PRK", "USA"]
    assert found["date"] == {"start": "2018-06-01", "end": "2018-06-30", "precision": "month"}


def test_a_leader_signing_with_another_meets_them() -> None:
    (found,) = summits(
        "Kishida signed a defence agreement with British Prime Minister Rishi Sunak in London "
        "today.",
        published=date(2023, 1, 11),
    )
    assert found["countries"] == ["GBR", "JPN"]
    assert found["location"]["name"] == "London"
    # "with" what the order holds is no partner
    assert summits("Biden signed an executive order with sanctions on Putin's allies.") == []


def test_who_convenes_a_meeting_is_no_party_to_it() -> None:
    found = summits(
        "Ali and Maduro met today in Kingstown. The meeting was convened by Prime Minister "
        "Ralph Gonsalves of St. Vincent and the Grenadines and Prime Minister Roosevelt Skerrit "
        "of Dominica. The two Presidents agreed to meet again in Brazil.",
        published=date(2023, 12, 14),
    )
    assert [e["countries"] for e in found] == [["GUY", "VEN"], ["GUY", "VEN"]]
    assert {e["status"] for e in found} == {"held", "planned"}


def test_a_named_summit_of_a_state_and_a_region_of_two_words() -> None:
    (found,) = summits(
        "Scholz hosted the first Germany–Central Asia summit in Berlin on 29 September 2023."
    )
    assert found["name"] == "Germany-Central Asia Summit"
    assert found["location"]["name"] == "Berlin"
