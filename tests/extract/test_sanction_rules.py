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


def roles(found: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    return sorted((e["imposers"], e["targets"]) for e in found)


def test_withdrawing_diplomatic_personnel_from_a_list_of_states() -> None:
    [found] = sanctions(
        "On 3 March Managua announced that it was withdrawing its diplomatic personnel from "
        "Colombia, Ecuador and the Dominican Republic.",
        published=date(2027, 3, 10),
    )
    assert roles([found]) == [(["NIC"], ["COL", "DOM", "ECU"])]
    assert found["date"]["start"] == "2027-03-03"


def test_an_envoy_named_in_apposition_declared_persona_non_grata() -> None:
    found = sanctions(
        "On 2 June Peru declared the Bolivian ambassador, Ana Quispe Mamani, persona non grata.",
        published=date(2027, 6, 5),
    )
    assert roles(found) == [(["PER"], ["BOL"])]


def test_a_number_word_before_the_targets_demonym() -> None:
    found = sanctions(
        "On 12 May the Treasury of the United States sanctioned seventeen Nicaraguan officials.",
        published=date(2027, 5, 20),
    )
    assert roles(found) == [(["USA"], ["NIC"])]


def test_the_subjects_of_the_verb_are_the_ones_next_to_it() -> None:
    found = sanctions(
        "In 2026 Qatar, the United Arab Emirates and Kuwait withdrew their ambassadors from "
        "Muscat. In 1977, as France prepared to leave the territory, Somalia broke off "
        "diplomatic relations with Ethiopia.",
        published=date(2027, 1, 5),
    )
    assert roles(found) == [(["ARE", "KWT", "QAT"], ["OMN"]), (["SOM"], ["ETH"])]


def test_the_four_states_are_the_four_listed_before() -> None:
    found = sanctions(
        "The rupture set four states – Peru, Chile, Colombia and Ecuador – against Bolivia. "
        "The four states accused Bolivia of harbouring rebels; Brazil and Argentina stayed "
        "neutral. On 5 June 2027 the four states downgraded their diplomatic representation "
        "in La Paz.",
        published=date(2027, 6, 10),
    )
    assert roles(found) == [(["CHL", "COL", "ECU", "PER"], ["BOL"])]


def test_the_council_is_the_organisation_told_before_not_a_state_in_parentheses() -> None:
    found = sanctions(
        "The Security Council today imposed an arms embargo on Haiti. Adopting resolution 2790 "
        "(2027) with 3 abstentions (Guyana, China, Sierra Leone), the Council decided that all "
        "Member States shall act. It also added three individuals to its sanctions list.",
        published=date(2027, 10, 2),
    )
    assert {(tuple(e["imposers"]), tuple(e["targets"])) for e in found} == {(("UN",), ("HTI",))}


def test_a_measure_told_in_what_a_speaker_said_is_not_the_speakers() -> None:
    found = sanctions(
        "The Security Council today imposed an arms embargo on Haiti. Speaking after the vote, "
        "the representative of Brazil, which had drafted the text, said that the embargo was "
        "needed to stop the flow of weapons.",
        published=date(2027, 10, 2),
    )
    assert {(tuple(e["imposers"]), e["status"]) for e in found} == {(("UN",), "imposed")}


def test_a_relative_clause_tells_the_renewed_measures_past() -> None:
    found = sanctions(
        "The Security Council today imposed an arms embargo on Haiti, and renewed for a year the "
        "travel ban and asset freeze that it had imposed on gang leaders.",
        published=date(2027, 10, 2),
    )
    assert sorted(e["status"] for e in found) == ["extended", "imposed"]


def test_the_time_of_an_earlier_deed_in_a_relative_clause_is_not_the_events() -> None:
    found = sanctions(
        "On 3 March 2027 the leaders of the African Union lifted the sanctions they had imposed "
        "on Gabon eight months earlier.",
        published=date(2027, 3, 5),
    )
    # the imposition the lifting implies is an event of its own, dated by the relative
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("imposed", "2026-07-01"),
        ("lifted", "2027-03-03"),
    ]


def test_the_donor_of_the_aid_cut_off_imposes() -> None:
    found = sanctions(
        "The United States designated the takeover in Conakry a coup on 4 May 2027, which cut off "
        "most American assistance to Guinea.",
        published=date(2027, 5, 10),
    )
    assert roles(found) == [(["USA"], ["GIN"])]


def test_a_call_to_end_an_embargo_is_not_the_callers_embargo() -> None:
    [found] = sanctions(
        "The General Assembly today called for an end to the embargo imposed by the United States "
        "against Cuba.",
        published=date(2027, 11, 3),
    )
    assert (found["imposers"], found["status"]) == (["USA"], "imposed")


def test_would_be_suspended_from_a_day_points_ahead() -> None:
    found = sanctions(
        "The United States has tightened its embargo on Cuba. He pointed to the decision that "
        "flights from the United States to Cuban airports would be suspended from 10 December.",
        published=date(2027, 11, 3),
    )
    assert "2027-12-10" in [(e["date"] or {}).get("start") for e in found]


def test_a_currency_is_no_party_to_a_measure() -> None:
    found = sanctions(
        "On 4 March 2027 the second package of American sanctions against Venezuela came into "
        "force. Together with the first package, which took effect on 7 January and targeted "
        "Venezuela's purchases of US dollars, it restores the old regime.",
        published=date(2027, 3, 5),
    )
    assert {(tuple(e["imposers"]), tuple(e["targets"])) for e in found} == {(("USA",), ("VEN",))}
    assert "2027-01-07" in [e["date"]["start"] for e in found]


def test_another_state_did_the_same() -> None:
    found = sanctions(
        "Canada suspended its extradition treaty with Hong Kong on 3 July, and Australia did the "
        "same on 9 July. New Zealand followed suit on 28 July.",
        published=date(2020, 8, 1),
    )
    rows = sorted((e["imposers"], e["targets"], e["date"]["start"]) for e in found)
    assert rows == [
        (["AUS"], ["HKG"], "2020-07-09"),
        (["CAN"], ["HKG"], "2020-07-03"),
        (["NZL"], ["HKG"], "2020-07-28"),
    ]


def test_the_government_of_a_governments_own_release() -> None:
    found = sanctions(
        "Government of New Zealand\n\nFollowing a public consultation held over the summer, the "
        "Government will impose a 30 per cent surtax on Chinese-made steel, effective 1 March "
        "2027.",
        published=date(2027, 1, 20),
    )
    assert [(e["imposers"], e["targets"], e["date"]["start"]) for e in found] == [
        (["NZL"], ["CHN"], "2027-03-01")
    ]


def test_the_government_alone_names_no_state() -> None:
    found = sanctions(
        "The Government will impose a 30 per cent surtax on Chinese-made steel.",
        published=date(2027, 1, 20),
    )
    assert all(e["imposers"] != ["NZL"] for e in found)


def test_a_treaty_held_in_abeyance_visas_cancelled_a_crossing_closed() -> None:
    found = sanctions(
        "On Wednesday Bangladesh announced that it would hold the Ganges Waters Treaty in "
        "abeyance, close the Benapole land border crossing, cancel visas issued to Indian "
        "nationals and expel the defence advisers at India's High Commission.",
        published=date(2027, 4, 22),
    )
    assert {(tuple(e["imposers"]), tuple(e["targets"])) for e in found} == {(("BGD",), ("IND",))}
    assert {e["date"]["start"] for e in found} == {"2027-04-21"}


def test_a_threat_told_today_with_the_day_the_licence_expires() -> None:
    found = sanctions(
        "In October the United States eased its sanctions on Venezuela's oil sector. Absent "
        "progress on allowing all candidates to compete in this year's election, the United "
        "States will not renew the license when it expires on April 18, 2027.",
        published=date(2027, 2, 1),
    )
    threats = [e for e in found if e["status"] == "threatened"]
    assert [(e["targets"], e["date"]["start"]) for e in threats] == [(["VEN"], "2027-02-01")]


def test_a_count_of_sanctions_and_a_sanctions_regime_name_their_targets() -> None:
    found = sanctions(
        "Foreign Minister Penny Wong announced over 120 more Iranian and Syrian sanctions today, "
        "which means that Australia will have designated 400 people under the Iran sanctions "
        "regime.",
        published=date(2024, 3, 15),
    )
    assert [(e["imposers"], e["targets"]) for e in found] == [(["AUS"], ["IRN", "SYR"])]


def _roles_of(found: list[dict[str, Any]]) -> list[tuple[str, list[str], list[str], Any]]:
    return sorted(
        (e["status"], e["imposers"], e["targets"], e["date"] and e["date"]["start"]) for e in found
    )


def test_relations_restored_end_the_severance() -> None:
    # "restored" after sanctions re-imposes them; after severed relations it ends them.
    found = sanctions(
        "Venezuela severed diplomatic relations with Panama in 2004. They were restored in 2005."
    )
    assert _roles_of(found) == [
        ("imposed", ["VEN"], ["PAN"], "2004-01-01"),
        ("lifted", ["VEN"], ["PAN"], "2005-01-01"),
    ]


def test_a_clause_after_a_semicolon_keeps_its_own_time() -> None:
    found = sanctions(
        "In 2010, after a border incident, Colombia cut off diplomatic ties with Venezuela; "
        "they were re-established in 2011."
    )
    assert _roles_of(found) == [
        ("imposed", ["COL"], ["VEN"], "2010-01-01"),
        ("lifted", ["COL"], ["VEN"], "2011-01-01"),
    ]


def test_two_states_resuming_relations_are_both_its_targets() -> None:
    [found] = sanctions(
        "Qatar and Bahrain agreed to resume diplomatic relations, suspended since June 2017.",
        published=date(2023, 4, 12),
    )
    assert (found["status"], found["imposers"], found["targets"]) == (
        "lifted",
        [],
        ["BHR", "QAT"],
    )
    assert found["date"] is None or found["date"]["start"] != "2017-06-01"  # when it began


def test_the_measures_in_what_someone_argues_are_not_theirs() -> None:
    found = sanctions(
        "In December China banned imports from Lithuania. On Thursday the European Commission "
        "launched a case against China at the WTO, arguing that the measures discriminate "
        "against Lithuanian goods.",
        published=date(2022, 1, 29),
    )
    assert {tuple(e["imposers"]) for e in found} == {("CHN",)}


def test_imports_blocked_and_deliveries_stopped_are_measures() -> None:
    found = sanctions(
        "In December China blocked imports from Lithuania, and Russia stopped gas deliveries "
        "to Bulgaria.",
        published=date(2022, 1, 29),
    )
    assert sorted((e["imposers"], e["targets"]) for e in found) == [
        (["CHN"], ["LTU"]),
        (["RUS"], ["BGR"]),
    ]
    assert all(e["status"] == "imposed" for e in found)


def test_an_adjective_in_ing_does_not_make_the_measure_a_verb() -> None:
    # "countervailing duties" is no verb like "banning imports": "removed" lifts them.
    [found] = sanctions(
        "In August Beijing removed the anti-dumping and countervailing duties of 80.5 per cent "
        "on Australian barley.",
        published=date(2023, 9, 1),
    )
    assert (found["status"], found["imposers"], found["targets"]) == ("lifted", ["CHN"], ["AUS"])


def test_the_day_of_a_call_to_end_a_measure_is_not_its_day() -> None:
    [found] = sanctions(
        "The General Assembly today called for an end to the embargo imposed by the United "
        "States against Cuba.",
        published=date(2019, 11, 7),
    )
    assert (found["imposers"], found["targets"], found["date"]) == (["USA"], ["CUB"], None)


def test_an_intention_to_impose_is_a_proposal_of_the_day_it_is_told() -> None:
    found = sanctions(
        "Brazil intends to introduce a 40 per cent duty on imports of Argentine wine. "
        "Separately, Chile plans to impose tariffs on Peruvian copper.",
        published=date(2025, 3, 4),
    )
    day = {"start": "2025-03-04", "end": "2025-03-04", "precision": "day"}
    assert sorted((e["imposers"], e["targets"], e["status"], e["date"]) for e in found) == [
        (["BRA"], ["ARG"], "proposed", day),
        (["CHL"], ["PER"], "proposed", day),
    ]


def test_a_trade_privilege_ended_is_a_measure_on_its_holder() -> None:
    found = sanctions(
        "On Friday the President of Brazil signed a decree ending Paraguay's preferential "
        "treatment under Mercosur rules. In March, Ottawa had revoked Belarus's "
        "most-favoured-nation status.",
        published=date(2022, 7, 18),
    )
    assert sorted((e["imposers"], e["targets"], e["status"], e["measures"]) for e in found) == [
        (["BRA"], ["PRY"], "imposed", ["trade"]),
        (["CAN"], ["BLR"], "imposed", ["trade"]),
    ]


def test_an_envoy_given_hours_to_leave_by_a_pronoun() -> None:
    found = sanctions(
        "When the Belgian ambassador declined to attend a hearing, Chad gave him 72 hours to "
        "leave the country on 4 March. Bolivia summoned the ambassador of Chile on Monday. "
        "The government then gave her two days to leave.",
        published=date(2024, 3, 9),
    )
    assert roles(found) == [([], ["CHL"]), (["TCD"], ["BEL"])]
    assert {e["status"] for e in found} == {"imposed"}


def test_a_government_named_by_no_state_answers_for_the_target() -> None:
    found = sanctions(
        "On 2 May Canada froze the assets of Malian officials. The regime retaliated by "
        "expelling the Canadian ambassador.",
        published=date(2024, 5, 10),
    )
    assert roles(found) == [(["CAN"], ["MLI"]), (["MLI"], ["CAN"])]


def test_energy_supplies_cut_off_are_a_trade_measure() -> None:
    [found] = sanctions(
        "Azerbaijan cut off gas supplies to Armenia on 12 October.",
        published=date(2024, 10, 20),
    )
    assert (found["imposers"], found["targets"], found["measures"]) == (
        ["AZE"],
        ["ARM"],
        ["trade"],
    )


def test_visas_of_a_states_nationals_revoked_in_the_passive() -> None:
    [found] = sanctions(
        "On Tuesday Kenya's interior ministry went further, saying that all visas granted to "
        "Somali citizens would be cancelled from Friday, with a short extension for students.",
        published=date(2025, 6, 12),
    )
    assert (found["imposers"], found["targets"], found["status"], found["measures"]) == (
        ["KEN"],
        ["SOM"],
        "imposed",
        ["travel"],
    )


def test_a_counter_measure_threatened_against_a_measure_in_a_condition() -> None:
    found = sanctions(
        "The Iranian envoy told reporters yesterday that if Canada imposed sanctions on any "
        "Iranian official, Iran would give a firm response. If the EU imposes tariffs on "
        "Turkish steel, Ankara will retaliate.",
        published=date(2023, 4, 12),
    )
    assert sorted((e["imposers"], e["targets"], e["status"]) for e in found) == [
        (["IRN"], ["CAN"], "threatened"),
        (["TUR"], ["EU"], "threatened"),
    ]


def test_one_part_of_a_package_lifted_eases_it() -> None:
    found = sanctions(
        "In March 2014 Georgia banned imports of Russian wine and suspended flights to Russia. "
        "The ban on imports was cancelled in May 2016.",
        published=date(2017, 1, 5),
    )
    assert sorted((e["status"], e["imposers"], e["targets"]) for e in found) == [
        ("eased", ["GEO"], ["RUS"]),
        ("imposed", ["GEO"], ["RUS"]),
    ]


def test_measures_kept_with_no_party_named_are_on_the_state_the_text_is_about() -> None:
    [found] = sanctions(
        "Envoys met Venezuela's foreign minister in Geneva on Tuesday. Venezuela promised a "
        "date for elections, and talks with Venezuela will go on. Until then, restrictive "
        "measures stay in force.",
        published=date(2023, 10, 5),
    )
    assert (found["imposers"], found["targets"], found["status"]) == ([], ["VEN"], "imposed")


def test_the_government_of_a_transcripts_speaker_and_a_decision_told_today() -> None:
    found = sanctions(
        "The Minister for Foreign Affairs (Penny Wong)\n\n"
        "Today I report to the Senate on Myanmar. The Government have decided to suspend "
        "the defence cooperation agreement with Myanmar.\n\n"
        "Jane Citizen (Tasmania)\n\n"
        "Will the Minister go further?\n\n"
        "Penny Wong\n\n"
        "We keep every option open.",
        published=date(2023, 3, 2),
    )
    assert [(e["imposers"], e["targets"], e["status"], e["date"]) for e in found] == [
        (
            ["AUS"],
            ["MMR"],
            "imposed",
            {"start": "2023-03-02", "end": "2023-03-02", "precision": "day"},
        )
    ]


def test_a_state_named_with_a_lower_case_qualifier() -> None:
    [found] = sanctions(
        "Canada has kept an arms embargo on mainland China since 1989.",
        published=date(2020, 1, 1),
    )
    assert (found["imposers"], found["targets"]) == (["CAN"], ["CHN"])


def test_she_is_the_minister_named_before_by_a_bare_title() -> None:
    [found] = sanctions(
        "Penny Wong spoke in Canberra on Monday about Iran.\n\n"
        "Senator Jane Citizen said: I welcome the Foreign Minister's statement. Last week "
        "she designated 16 Iranian officials.",
        published=date(2023, 3, 2),
    )
    assert (found["imposers"], found["targets"], found["status"]) == (
        ["AUS"],
        ["IRN"],
        "imposed",
    )


def test_an_aim_is_no_intention_and_were_x_to_is_a_condition() -> None:
    found = sanctions(
        "In March Japan adopted sanctions aimed to punish Russia. Were Canada to impose "
        "sanctions on Iranian officials, Iran would retaliate.",
        published=date(2023, 5, 1),
    )
    assert sorted((e["status"], e["imposers"], e["targets"]) for e in found) == [
        ("imposed", ["JPN"], ["RUS"]),
        ("threatened", ["IRN"], ["CAN"]),
    ]


def test_a_measure_extended_to_a_new_target_and_the_one_its_relative_tells() -> None:
    found = sanctions(
        "Ottawa will extend to Belarus the visa ban that Canada has applied to Russia since 2014.",
        published=date(2022, 3, 8),
    )
    assert sorted((e["imposers"], e["targets"], e["status"], e["date"]) for e in found) == [
        (
            ["CAN"],
            ["BLR"],
            "imposed",
            {"start": "2022-03-08", "end": "2022-03-08", "precision": "day"},
        ),
        (
            ["CAN"],
            ["RUS"],
            "imposed",
            {"start": "2014-01-01", "end": "2014-12-31", "precision": "year"},
        ),
    ]


def test_a_counter_measure_threatened_before_its_condition() -> None:
    found = sanctions(
        "Tehran said on Monday that it would retaliate if Canada imposed sanctions on Iranian "
        "officials. Russia will respond in kind if Germany expels Russian diplomats.",
        published=date(2023, 5, 3),
    )
    assert sorted((e["imposers"], e["targets"], e["status"]) for e in found) == [
        (["IRN"], ["CAN"], "threatened"),
        (["RUS"], ["DEU"], "threatened"),
    ]


def test_a_part_lifted_while_the_rest_stays_is_one_easing() -> None:
    found = sanctions(
        "In April Ankara lifted its ban on flights to Armenia, but the other restrictions "
        "remain in place.",
        published=date(2024, 6, 1),
    )
    assert [(e["status"], e["imposers"], e["targets"]) for e in found] == [
        ("eased", ["TUR"], ["ARM"])
    ]


def test_measures_kept_by_a_named_imposer_are_on_the_state_the_text_is_about() -> None:
    found = sanctions(
        "Belarus held an election on Sunday. Observers said Belarus had jailed rivals, and "
        "Belarus rejected the criticism. The EU's restrictive measures will stay in place.",
        published=date(2024, 6, 1),
    )
    assert [(e["imposers"], e["targets"]) for e in found] == [(["EU"], ["BLR"])]


def test_the_visas_of_a_states_nationals_and_a_special_trade_status_revoked() -> None:
    found = sanctions(
        "On 3 May Egypt revoked the visas of all Sudanese nationals. The next week Washington "
        "revoked Nicaragua's special trade status.",
        published=date(2023, 6, 1),
    )
    assert roles(found) == [(["EGY"], ["SDN"]), (["USA"], ["NIC"])]


def test_measures_kept_in_place_some_lifted_and_a_vow_to_hit_back() -> None:
    found = sanctions(
        "Cuba released no prisoners. Cuba expelled observers, and Cuba closed a newspaper. "
        "Officials will keep the restrictive measures in place. On 3 May Canada lifted some "
        "of its sanctions on Venezuela. Caracas vowed to hit back if Colombia imposed "
        "sanctions on Venezuelan officials.",
        published=date(2023, 6, 1),
    )
    assert sorted((e["status"], e["imposers"], e["targets"]) for e in found) == [
        ("eased", ["CAN"], ["VEN"]),
        ("imposed", [], ["CUB"]),
        ("threatened", ["VEN"], ["COL"]),
    ]


def test_a_measure_promised_on_a_states_act_is_threatened() -> None:
    found = sanctions(
        "If Serbia recognises the breakaway region, Croatia will recall its ambassador from "
        "Belgrade. If approved, the measures on Syria will take effect in May.",
        published=date(2023, 6, 1),
    )
    assert sorted((e["status"], e["imposers"], e["targets"]) for e in found) == [
        ("imposed", [], ["SYR"]),
        ("threatened", ["HRV"], ["SRB"]),
    ]


def test_an_envoy_told_to_leave_in_the_passive() -> None:
    found = sanctions(
        "On 3 May the Dutch ambassador, Anna de Vries, was ordered to leave Venezuela. "
        "Two Iranian diplomats were told to leave Sweden within a week.",
        published=date(2023, 6, 1),
    )
    assert roles(found) == [(["SWE"], ["IRN"]), (["VEN"], ["NLD"])]


def test_an_intention_to_sanction_or_reimpose_is_of_the_day_told() -> None:
    found = sanctions(
        "Norway intends to sanction Belarusian officials. Washington plans to reimpose "
        "sanctions on Nicaragua.",
        published=date(2023, 6, 1),
    )
    day = {"start": "2023-06-01", "end": "2023-06-01", "precision": "day"}
    assert sorted((e["imposers"], e["targets"], e["status"], e["date"]) for e in found) == [
        (["NOR"], ["BLR"], "proposed", day),
        (["USA"], ["NIC"], "proposed", day),
    ]


def test_retaliatory_measures_threatened_against_a_measure_told_after_them() -> None:
    found = sanctions(
        "Tehran said it would take retaliatory measures if Denmark expelled Iranian diplomats.",
        published=date(2023, 6, 1),
    )
    assert [(e["status"], e["imposers"], e["targets"]) for e in found] == [
        ("threatened", ["IRN"], ["DNK"])
    ]


def test_since_a_month_lies_before_the_time_a_text_with_no_date_is_about() -> None:
    # No publication date: the text's own dates place it in October 2023, and a measure in
    # place "since" a month began in that month of the same year, not of the next.
    opening = "The leaders met in Astana on 4–5 October 2023. "
    month = {
        "For Minsk the meeting showed that the Western sanctions imposed on Belarus since "
        "the end of March had not isolated it.": "2023-03-01",
        "Canada's sanctions on Belarus, in place since February, were discussed.": "2023-02-01",
        # a measure to apply "from" a month is told ahead of the time: next February
        "The ministers said that Canada would impose sanctions on Belarus from "
        "February.": "2024-02-01",
    }
    for sentence, start in month.items():
        [found] = sanctions(opening + sentence)
        assert (found["targets"], found["date"]["start"]) == (["BLR"], start), sentence


def test_goods_held_back_by_an_informal_ban_arriving_again_end_it() -> None:
    # the goods' state is the target, the state whose ports or buyers take them the imposer;
    # the time "since" the ban began is not the time it ended
    told = {
        "Canadian canola, held back by an informal ban since early 2019, began to arrive in "
        "Chinese ports again in May.": ("CAN", "2023-05-01"),
        "Norwegian salmon, kept out by an unofficial ban since 2011, started arriving in "
        "Chinese markets again in April.": ("NOR", "2023-04-01"),
        "Lithuanian goods, blocked by China's de facto embargo since December, started to "
        "reach Chinese buyers again in March.": ("LTU", "2023-03-01"),
    }
    for sentence, (target, start) in told.items():
        [found] = sanctions(sentence, published=date(2023, 6, 20))
        assert (found["status"], found["imposers"], found["targets"]) == (
            "lifted",
            ["CHN"],
            [target],
        ), sentence
        assert found["date"]["start"] == start, sentence
    # still held back: nothing ended, and no state's ports take them
    held = sanctions(
        "Canadian canola, held back by an informal ban since early 2019, still sits in "
        "warehouses in Vancouver.",
        published=date(2023, 6, 20),
    )
    assert all(e["status"] != "lifted" for e in held)


def test_a_standing_measure_told_by_a_relative_clause_or_lived_under() -> None:
    # "the embargo the EU has maintained on China": the relative's subject imposes it, and
    # a state that "has lived under" a measure is its target; no date unless one is told
    told = {
        "Diplomats noted the arms embargo the EU has maintained on China since 1989.": (
            ["EU"],
            ["CHN"],
            "1989-01-01",
        ),
        "Mexico criticised the embargo that the United States has kept on Cuba for six decades.": (
            ["USA"],
            ["CUB"],
            None,
        ),
        "Delegates condemned the sanctions Canada has imposed on Iran.": (["CAN"], ["IRN"], None),
        "Cuba has lived under the American embargo for more than sixty years.": (
            ["USA"],
            ["CUB"],
            None,
        ),
    }
    for sentence, (imposers, targets, start) in told.items():
        [found] = sanctions(sentence, published=date(2023, 6, 20))
        assert (found["status"], found["imposers"], found["targets"]) == (
            "imposed",
            imposers,
            targets,
        ), sentence
        assert (found["date"] and found["date"]["start"]) == start, sentence
    # living under something that is no measure is no sanction
    assert sanctions("Cuba has lived under one-party rule for sixty years.") == []


def test_a_standing_measure_told_with_no_time_is_not_dated_by_a_later_step_of_another_kind() -> (
    None
):
    steps = {
        "Delegates again debated the trade embargo imposed by the United States against Cuba. "
        "In June Washington also suspended flights to Cuban airports other than Havana.": (
            "travel",
            "2023-06-01",
        ),
        "Ministers again discussed the arms embargo that the EU has maintained on China. In "
        "March the EU also froze the assets of four Chinese officials.": (
            "financial",
            "2023-03-01",
        ),
        "Delegates again debated the trade embargo imposed by the United States against Cuba. "
        "Havana's envoy said Washington had tightened it, revoking in June the licences that "
        "had allowed group travel to the island.": ("travel", "2023-06-01"),
    }
    for text, (kind, start) in steps.items():
        found = sanctions(text, published=date(2023, 8, 1))
        dates = sorted(
            (str(e["date"] and e["date"]["start"]), kind in e["measures"]) for e in found
        )
        assert dates == [(start, True), ("None", False)], text
    # the same measure told again with its time is the one event, of that time
    [found] = sanctions(
        "Delegates again debated the trade embargo imposed by the United States against Cuba. "
        "The embargo was first imposed by Washington in February 1962.",
        published=date(2023, 8, 1),
    )
    assert found["date"]["start"] == "1962-02-01"


def test_a_provision_of_an_act_activated_is_a_step_of_its_own() -> None:
    found = sanctions(
        "The United States has kept its embargo on Cuba for decades. Havana's envoy pointed to "
        "the activation on 2 May of Title III of the Helms-Burton Act, which allows lawsuits "
        "against foreign firms.",
        published=date(2022, 6, 15),
    )
    assert sorted(
        (e["imposers"], e["targets"], str(e["date"] and e["date"]["start"])) for e in found
    ) == [
        (["USA"], ["CUB"], "2022-05-02"),
        (["USA"], ["CUB"], "None"),
    ]
    for sentence, (target, start) in {
        "In April the United States triggered Title IV of the Helms-Burton Act against Cuba.": (
            "CUB",
            "2022-04-01",
        ),
        "Washington invoked Section 232 of the Trade Expansion Act against Chinese steel in "
        "March.": ("CHN", "2022-03-01"),
    }.items():
        [one] = sanctions(sentence, published=date(2022, 6, 15))
        assert (one["status"], one["imposers"], one["targets"], one["date"]["start"]) == (
            "imposed",
            ["USA"],
            [target],
            start,
        ), sentence
    # the speaker who points to it does not take it
    found = sanctions(
        "The United States has kept its embargo on Cuba for decades. At the debate, Sergei "
        "Lavrov spoke after the vote. He pointed to the activation on 2 May of Title III of the "
        "Helms-Burton Act.",
        published=date(2022, 6, 15),
    )
    assert sorted((e["imposers"], str(e["date"] and e["date"]["start"])) for e in found) == [
        (["USA"], "2022-05-02"),
        (["USA"], "None"),
    ]
    # a provision of an act that restricts no state is no sanction
    assert (
        sanctions(
            "Parliament debated the entry into force of Article 5 of the Data Protection Act on "
            "2 May.",
            published=date(2022, 6, 15),
        )
        == []
    )


def test_sanctions_said_to_be_a_threat_and_a_resolution_calling_for_an_end() -> None:
    # what the measure is said to be ("no longer a credible threat") is no threat of one
    found = sanctions(
        "ECOWAS imposed sanctions on Mali in January. The bloc's sanctions are no longer a "
        "credible threat.",
        published=date(2022, 6, 15),
    )
    assert [(e["imposers"], e["status"]) for e in found] == [(["ECOWAS"], "imposed")]
    found = sanctions(
        "The bloc's sanctions on Mali remain a real threat to the junta.",
        published=date(2022, 6, 15),
    )
    assert all(e["status"] != "threatened" for e in found)
    # a threat of sanctions is one
    [threat] = sanctions("ECOWAS threatened sanctions on Mali.", published=date(2022, 6, 15))
    assert (threat["imposers"], threat["status"]) == (["ECOWAS"], "threatened")
    # the body that adopts a call for the end of an embargo does not impose it
    for sentence in (
        "The General Assembly adopted a resolution calling for the end of the embargo against "
        "Cuba.",
        "The Assembly passed a text urging an end to the embargo against Cuba.",
    ):
        found = sanctions(sentence, published=date(2022, 11, 3))
        assert all("UN" not in e["imposers"] for e in found), sentence


def test_european_before_a_measure_is_the_eus() -> None:
    for sentence, target in {
        "European sanctions on Russia were extended in July.": "RUS",
        "The new European economic sanctions against Belarus target potash.": "BLR",
    }.items():
        [found] = sanctions(sentence, published=date(2023, 9, 1))
        assert (found["imposers"], found["targets"]) == (["EU"], [target]), sentence
    # European companies that complain of sanctions impose none
    found = sanctions(
        "European companies complained about the sanctions on Iran.", published=date(2023, 9, 1)
    )
    assert all("EU" not in e["imposers"] for e in found)


def test_designating_networks_vessels_and_facilitators_is_a_sanction() -> None:
    [first] = sanctions(
        "The Office of Foreign Assets Control today designated two Iranian procurement "
        "networks that buy drone parts abroad.",
        published=date(2024, 4, 2),
    )
    assert (first["status"], first["imposers"], first["targets"]) == ("imposed", ["USA"], ["IRN"])
    [second] = sanctions(
        "The State Department is designating four Belarusian vessels that carried potash "
        "in breach of the ban.",
        published=date(2024, 4, 2),
    )
    assert (second["imposers"], second["targets"]) == (["USA"], ["BLR"])


def test_designated_with_no_persons_or_bodies_is_no_sanction() -> None:
    assert not sanctions(
        "The ministry designated a special envoy for the Horn of Africa. The government "
        "designated three new marine reserves off Kenya.",
        published=date(2024, 4, 2),
    )


def test_a_link_after_the_designated_names_their_state() -> None:
    found = sanctions(
        "Canada sanctioned 14 individuals connected to Venezuela's security forces.\n\n"
        "The United Kingdom has today sanctioned six companies based in Syria.\n\n"
        "The EU sanctioned nine networks linked to Iran.",
        published=date(2024, 4, 2),
    )
    assert sorted((e["imposers"][0], e["targets"][0]) for e in found) == [
        ("CAN", "VEN"),
        ("EU", "IRN"),
        ("GBR", "SYR"),
    ]


def test_a_link_after_a_person_not_designated_is_no_target() -> None:
    [found] = sanctions(
        "Japan sanctioned Russian officials, the minister told reporters in Tokyo.",
        published=date(2024, 4, 2),
    )
    assert found["targets"] == ["RUS"]


def test_measures_in_view_of_the_situation_in_a_state_are_on_it() -> None:
    found = sanctions(
        "The Council of the EU today renewed the restrictive measures in view of the situation "
        "in Myanmar until 30 April 2025.\n\nSeparately, the EU added four persons to the list "
        "of those subject to restrictive measures in respect of Moldova.\n\nThe EU also "
        "prolonged its restrictive measures concerning Guinea.",
        published=date(2024, 4, 22),
    )
    assert sorted((e["targets"][0], e["status"]) for e in found) == [
        ("GIN", "extended"),
        ("MDA", "imposed"),
        ("MMR", "extended"),
    ]
    assert all(e["imposers"] == ["EU"] for e in found)


def test_in_view_of_with_no_measure_is_no_sanction() -> None:
    assert not sanctions(
        "In view of the situation in Haiti, the ministers discussed humanitarian aid and "
        "agreed to meet again in the spring.",
        published=date(2024, 4, 22),
    )


def test_a_subject_joined_by_others_imposes_with_them() -> None:
    [first] = sanctions(
        "The United Kingdom was joined by Canada in imposing sanctions on Myanmar's generals.",
        published=date(2024, 4, 22),
    )
    assert (first["imposers"], first["targets"]) == (["CAN", "GBR"], ["MMR"])
    [second] = sanctions(
        "The European Union has been joined by Norway and Iceland in extending its sanctions "
        "on Belarus.",
        published=date(2024, 4, 22),
    )
    assert (second["status"], second["imposers"]) == ("extended", ["EU", "ISL", "NOR"])
    [third] = sanctions(
        "New Zealand, joined by Australia and Japan, imposed travel bans on Russian officials.",
        published=date(2024, 4, 22),
    )
    assert third["imposers"] == ["AUS", "JPN", "NZL"]


def test_joined_by_in_another_clause_adds_no_imposer() -> None:
    [found] = sanctions(
        "A complaint by Japan was joined by South Korea, and the European Union imposed "
        "sanctions on Russia.",
        published=date(2024, 4, 22),
    )
    assert found["imposers"] == ["EU"]


def test_a_relative_subject_after_the_target_imposes_the_measure() -> None:
    [first] = sanctions(
        "Little trade gets past the embargo on Cuba the United States has kept since 1962.",
        published=date(2024, 4, 22),
    )
    assert (first["imposers"], first["targets"]) == (["USA"], ["CUB"])
    [second] = sanctions(
        "The arms embargo on China that the European Union imposed in 1989 remains in place.",
        published=date(2024, 4, 22),
    )
    assert (second["imposers"], second["targets"]) == (["EU"], ["CHN"])


def test_a_subject_with_its_own_object_after_the_target_is_not_its_imposer() -> None:
    found = sanctions(
        "Despite the sanctions on Iran the United States demanded more talks with Tehran.",
        published=date(2024, 4, 22),
    )
    assert all("USA" not in e["imposers"] for e in found)


def test_persons_barred_from_entering_a_state_are_its_targets() -> None:
    found = sanctions(
        "Russia has barred 40 Canadian lawmakers from entering the country.\n\n"
        "Japan banned eight Russian officials from entering Japan.\n\n"
        "The ministry said that 23 Australians are barred from entering Russia.",
        published=date(2024, 4, 22),
    )
    assert sorted((e["imposers"], e["targets"]) for e in found) == [
        (["JPN"], ["RUS"]),
        (["RUS"], ["AUS"]),
        (["RUS"], ["CAN"]),
    ]


def test_a_stop_list_is_a_blacklist() -> None:
    [found] = sanctions(
        "Moscow added 30 New Zealand officials to its stop list.", published=date(2024, 4, 22)
    )
    assert (found["imposers"], found["targets"]) == (["RUS"], ["NZL"])


def test_a_person_barred_from_travelling_by_a_court_is_no_sanction() -> None:
    assert not sanctions(
        "The court barred the opposition leader from travelling abroad.",
        published=date(2024, 4, 22),
    )


def test_the_verb_on_the_measure_outweighs_the_resolution_adopted() -> None:
    [first] = sanctions(
        "The Security Council decided to renew the arms embargo on the Central African Republic "
        "until 31 July 2025, adopting resolution 2745 (2024).",
        published=date(2024, 7, 30),
    )
    assert (first["status"], first["imposers"], first["targets"]) == ("extended", ["UN"], ["CAF"])
    [second] = sanctions(
        "The Security Council extended its sanctions on Mali by a year, adopting resolution "
        "2649 (2022) by a vote of 13 in favour.",
        published=date(2022, 8, 30),
    )
    assert second["status"] == "extended"


def test_a_resolution_adopted_with_no_other_verb_still_imposes() -> None:
    [found] = sanctions(
        "Adopting resolution 2397 (2017), the Security Council imposed new sanctions on the DPRK.",
        published=date(2017, 12, 23),
    )
    assert (found["status"], found["targets"]) == ("imposed", ["PRK"])


def test_state_adjectives_of_smaller_states_name_targets() -> None:
    found = sanctions(
        "Australia imposed travel bans on Fijian military officers.\n\n"
        "The United States imposed visa restrictions on Guatemalan and Honduran officials.\n\n"
        "The EU imposed sanctions on Nigerien coup leaders.\n\n"
        "Canada sanctioned Equatorial Guinean officials.",
        published=date(2024, 4, 22),
    )
    assert sorted(t for e in found for t in e["targets"]) == ["FJI", "GNQ", "GTM", "HND", "NER"]


def test_the_european_community_is_the_eu() -> None:
    [found] = sanctions(
        "The European Community imposed an arms embargo on China in June 1989.",
        published=date(2024, 4, 22),
    )
    assert (found["imposers"], found["targets"]) == (["EU"], ["CHN"])


def test_goods_that_have_been_held_back_by_a_measure_are_its_target() -> None:
    [found] = sanctions(
        "Beijing is mending ties with Canberra. Australian barley has been held back by "
        "punitive tariffs since 2020.",
        published=date(2023, 4, 2),
    )
    assert (found["status"], found["targets"]) == ("imposed", ["AUS"])


def test_goods_held_back_by_a_storm_are_no_target() -> None:
    assert not sanctions(
        "Australian barley has been held back by a storm at sea since Monday.",
        published=date(2023, 4, 2),
    )


def test_a_state_that_said_it_took_a_measure_imposes_it() -> None:
    found = sanctions(
        "Beijing's commerce ministry said it had imposed sanctions on four American drone "
        "makers.\n\nPoland said that it would expel five Belarusian diplomats.",
        published=date(2024, 4, 22),
    )
    assert sorted((e["imposers"], e["targets"]) for e in found) == [
        (["CHN"], ["USA"]),
        (["POL"], ["BLR"]),
    ]


def test_speakers_after_a_preposition_do_not_impose_what_it_said() -> None:
    [found] = sanctions(
        "Analysts in Japan said it would probably lead to new sanctions on Russia.",
        published=date(2024, 4, 22),
    )
    assert "JPN" not in found["imposers"]


def test_a_licence_for_transactions_in_a_state_is_on_it() -> None:
    [revoked] = sanctions(
        "OFAC revoked General License 8, which had authorized transactions in Iraq's "
        "electricity sector.",
        published=date(2024, 4, 22),
    )
    assert (revoked["status"], revoked["imposers"], revoked["targets"]) == (
        "imposed",
        ["USA"],
        ["IRQ"],
    )
    [issued] = sanctions(
        "The Treasury Department issued a general license authorizing dealings in Syrian "
        "government debt.",
        published=date(2024, 4, 22),
    )
    assert (issued["status"], issued["targets"]) == ("eased", ["SYR"])


def test_guidance_on_transactions_in_a_state_is_no_sanction() -> None:
    assert not sanctions(
        "The Treasury issued guidance on card transactions in the United States.",
        published=date(2024, 4, 22),
    )


def test_capping_the_price_of_a_states_goods_is_a_trade_measure() -> None:
    found = sanctions(
        "The G7 agreed to cap the price of Russian crude in December 2022.\n\n"
        "Canada capped prices for Iranian oil products.",
        published=date(2023, 2, 1),
    )
    assert sorted((e["imposers"], e["targets"], e["measures"]) for e in found) == [
        (["CAN"], ["IRN"], ["trade"]),
        (["G7"], ["RUS"], ["trade"]),
    ]


def test_capping_the_price_of_bread_is_no_sanction() -> None:
    assert not sanctions(
        "The government capped the price of bread at two dollars a loaf.",
        published=date(2023, 2, 1),
    )


def test_an_aside_tells_the_measures_earlier_state_as_an_event_of_its_own() -> None:
    found = sanctions(
        "US sanctions on Venezuela's oil sector, eased in October 2023, were reimposed in "
        "April 2024.",
        published=date(2024, 6, 1),
    )
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("eased", "2023-10-01"),
        ("imposed", "2024-04-01"),
    ]


def test_an_aside_in_place_since_does_not_make_the_lifting_imposed() -> None:
    found = sanctions(
        "Japan's export controls on three chemicals bound for South Korea, in place since "
        "2019, were lifted in March 2023.",
        published=date(2023, 4, 1),
    )
    lifted = [e for e in found if e["status"] == "lifted"]
    assert [e["date"]["start"] for e in lifted] == ["2023-03-01"]


def test_a_lifting_implies_the_imposition_its_relative_tells() -> None:
    found = sanctions(
        "ECOWAS leaders, meeting in Accra on 3 July 2022, lifted the economic and financial "
        "sanctions they had imposed on Mali in January.",
        published=date(2024, 6, 1),
    )
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("imposed", "2022-01-01"),
        ("lifted", "2022-07-03"),
    ]


def test_the_subject_of_the_relative_imposed_the_severance_that_ends() -> None:
    found = sanctions(
        "Bahrain and Qatar agreed on 12 April 2023 to restore the diplomatic relations that "
        "Manama had severed in June 2017.",
    )
    assert sorted((e["status"], e["imposers"], e["targets"]) for e in found) == [
        ("imposed", ["BHR"], ["QAT"]),
        ("lifted", ["BHR"], ["QAT"]),
    ]


def test_a_deed_takes_only_the_first_time_after_it() -> None:
    found = sanctions(
        "Washington lifted the sanctions it had imposed on Sudan in 1997 on 6 October 2017."
    )
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("imposed", "1997-01-01"),
        ("lifted", "2017-10-06"),
    ]


def test_a_relative_on_the_measures_only_target_keeps_the_measure() -> None:
    found = sanctions(
        "On 3 July 2022 the Arab League lifted the travel ban that it had imposed on Syrian "
        "officials in November 2011."
    )
    assert sorted((e["status"], e["targets"]) for e in found) == [
        ("imposed", ["SYR"]),
        ("lifted", ["SYR"]),
    ]


def test_the_boycott_of_a_state_by_others_is_their_measure() -> None:
    [found] = sanctions(
        "The boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt ended on 5 January 2021."
    )
    assert (found["status"], found["imposers"], found["targets"]) == (
        "lifted",
        ["ARE", "BHR", "EGY", "SAU"],
        ["QAT"],
    )


def test_a_revoked_licence_puts_the_measure_back_in_force() -> None:
    found = sanctions(
        "The EU imposed sanctions on Belarus in 2020. On 6 June 2027 Minsk downgraded its "
        "diplomatic representation in Vilnius and revoked the licence of a Lithuanian bank.",
    )
    assert {e["status"] for e in found} == {"imposed"}


def test_the_states_listed_among_a_group_targeted_are_targets() -> None:
    [found] = sanctions(
        "On 28 February 2027 Moldova closed its own airspace to airlines from 12 countries, "
        "including Germany and Canada."
    )
    assert (found["imposers"], found["targets"]) == (["MDA"], ["CAN", "DEU"])


def test_the_flag_of_ships_barred_from_ports_is_the_target() -> None:
    found = sanctions(
        "On 5 June 2027 Chile closed its ports to ships flying the Peruvian flag. From 16 June "
        "2027, Bolivian-flagged ships were barred from EU ports."
    )
    assert sorted((e["imposers"], e["targets"]) for e in found) == [
        (["CHL"], ["PER"]),
        (["EU"], ["BOL"]),
    ]


def test_a_measure_told_as_the_cause_is_dated_by_its_own_words() -> None:
    found = sanctions(
        "Peru sanctioned nine Chilean officials on 26 March 2027, four days after Santiago "
        "imposed sanctions on four Peruvian officials."
    )
    assert sorted((e["imposers"][0], e["date"]["start"]) for e in found) == [
        ("CHL", "2027-03-22"),
        ("PER", "2027-03-26"),
    ]


def test_hours_later_is_the_day_of_the_measure_before() -> None:
    found = sanctions(
        "On 22 March 2027 the EU imposed sanctions on four Peruvian officials. Hours later "
        "Peru retaliated with sanctions on ten Europeans."
    )
    assert sorted((e["imposers"][0], e["date"]["start"]) for e in found) == [
        ("EU", "2027-03-22"),
        ("PER", "2027-03-22"),
    ]


def test_a_measure_answered_is_on_who_answers_not_on_its_reasons_state() -> None:
    found = sanctions(
        "Russia suspended peace-treaty talks with Japan on 21 March 2027 in response to "
        "Tokyo's sanctions over Ukraine."
    )
    assert sorted((e["imposers"], e["targets"]) for e in found) == [
        (["JPN"], ["RUS"]),
        (["RUS"], ["JPN"]),
    ]


def test_a_licence_revoked_that_had_allowed_trade_with_a_state_is_a_measure_on_it() -> None:
    found = sanctions(
        "In May 2027 Washington revoked licences that had allowed two chipmakers to sell chips "
        "to China's Huawei."
    )
    assert [(e["status"], e["imposers"], e["targets"]) for e in found] == [
        ("imposed", ["USA"], ["CHN"])
    ]


def test_he_said_that_he_was_reversing_a_licence_is_his_states_measure() -> None:
    found = sanctions(
        "Donald Trump said on February 26, 2025 that he was reversing the licence that had "
        "allowed an oil company to pump oil in Venezuela."
    )
    assert [(e["status"], e["imposers"], e["targets"]) for e in found] == [
        ("imposed", ["USA"], ["VEN"])
    ]


def test_it_reimposed_them_is_the_measure_told_before() -> None:
    found = sanctions(
        "On 18 October 2027 the United States eased its oil sanctions on Venezuela. It "
        "reimposed them in April 2028."
    )
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("eased", "2027-10-18"),
        ("imposed", "2028-04-01"),
    ]


def test_reserves_frozen_in_the_passive_are_a_measure_on_their_holder() -> None:
    [found] = sanctions("Russia's central bank reserves held abroad were frozen in March 2027.")
    assert (found["targets"], found["measures"], found["date"]["start"]) == (
        ["RUS"],
        ["financial"],
        "2027-03-01",
    )


def test_a_measure_already_taken_before_the_one_told_is_another() -> None:
    found = sanctions(
        "Australia imposed sanctions on Myanmar's military-owned conglomerates on 31 January "
        "2027. It had already suspended defence cooperation with the country's armed forces."
    )
    assert len(found) == 2


def test_an_airline_suspending_flights_is_no_sanction() -> None:
    assert sanctions("Qatar Airways suspended its flights to Beirut for security reasons.") == []
    assert sanctions("Air India suspended flights to Tel Aviv in August 2027.") == []


def test_duties_scrapped_to_support_a_state_are_no_sanction_lifted() -> None:
    assert (
        sanctions(
            "The EU scrapped duties on all imports from Ukraine in June 2027 to support its economy."
        )
        == []
    )


def test_measures_named_on_a_non_state_borrow_no_target() -> None:
    [found] = sanctions(
        "On 1 December 2027 the Security Council lifted the arms embargo on the Somali "
        "government, while keeping measures against al-Shabaab."
    )
    assert (found["status"], found["targets"]) == ("lifted", ["SOM"])


def test_tariffs_held_in_reserve_are_threatened_not_imposed() -> None:
    found = sanctions(
        "Washington threatened Peru with 25 per cent tariffs on 26 January 2027; the White "
        "House later said the tariffs would be held in reserve."
    )
    assert {e["status"] for e in found} == {"threatened"}


def test_waivers_granted_as_a_measure_returns_are_an_easing_of_their_own() -> None:
    found = sanctions(
        "On 5 November 2027, as US oil sanctions on Peru came back into force, Washington "
        "granted waivers to three countries to keep buying Peruvian crude."
    )
    assert sorted((e["status"], e["targets"]) for e in found) == [
        ("eased", ["PER"]),
        ("imposed", ["PER"]),
    ]


def test_the_states_a_measure_punishes_the_dealings_with_are_no_targets() -> None:
    [found] = sanctions(
        "An extra 25 per cent duty on Brazilian goods, imposed by Washington as a penalty for "
        "Brazil's purchases of Iranian oil, took effect on 1 August 2027."
    )
    assert (found["imposers"], found["targets"]) == (["USA"], ["BRA"])


def test_a_participle_measure_is_the_main_clauses_subjects() -> None:
    [found] = sanctions(
        "Washington declared the takeover in Bamako a coup on 4 May 2027, cutting off $100 "
        "million in assistance to Mali."
    )
    assert (found["imposers"], found["targets"]) == (["USA"], ["MLI"])


def test_the_step_undone_told_after_by_a_pronoun_is_an_event_of_its_own() -> None:
    found = sanctions(
        "Peru reimposed the ban on Chilean fruit on 9 May 2027, two weeks after it had lifted it."
    )
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("imposed", "2027-05-09"),
        ("lifted", "2027-04-25"),
    ]


def test_days_after_a_step_is_the_month_of_the_day_told() -> None:
    found = sanctions(
        "Chile was put back on the US list of state sponsors of terrorism on 20 January 2027, "
        "days after the president had taken it off."
    )
    lifted = [e for e in found if e["status"] == "lifted"]
    assert [e["date"] for e in lifted] == [
        {"start": "2027-01-01", "end": "2027-01-31", "precision": "month"}
    ]


def test_a_relative_before_the_main_passive_tells_the_measures_past() -> None:
    found = sanctions(
        "The sanctions that Washington had imposed on Peru in 2017 were lifted by the "
        "president in October 2027."
    )
    assert sorted((e["status"], e["date"]["start"]) for e in found) == [
        ("imposed", "2017-01-01"),
        ("lifted", "2027-10-01"),
    ]


def test_the_same_measure_by_its_target_is_a_counter_measure() -> None:
    found = sanctions(
        "Peru closed its airspace to Chilean airlines in October 2027, and Chile did the same."
    )
    assert sorted((e["imposers"], e["targets"]) for e in found) == [
        (["CHL"], ["PER"]),
        (["PER"], ["CHL"]),
    ]


def test_a_first_imposition_in_an_aside_is_an_event_of_its_own() -> None:
    found = sanctions(
        "The sanctions on Peruvian banks, first imposed in 2017, were tightened in February 2027."
    )
    assert sorted(e["date"]["start"] for e in found) == ["2017-01-01", "2027-02-01"]


def test_a_measure_of_another_imposer_alongside_is_an_event_of_its_own() -> None:
    found = sanctions(
        "Canada's embargo on Peruvian copper took effect on 5 December 2027, alongside a G7 "
        "price cap on Peruvian gold."
    )
    assert sorted((e["imposers"], e["date"]["start"]) for e in found) == [
        (["CAN"], "2027-12-05"),
        (["G7"], "2027-12-05"),
    ]


def test_a_states_ban_on_is_its_measure() -> None:
    [found] = sanctions("Peru's ban on Chilean fruit imports took effect in August 2027.")
    assert (found["imposers"], found["targets"]) == (["PER"], ["CHL"])


def test_a_boycott_with_no_state_imposing_it_is_no_sanction() -> None:
    assert sanctions("The boycott of Peruvian goods by consumers grew in 2027.") == []


def test_a_licence_let_expire_or_not_renewed_puts_the_measure_back() -> None:
    for text in (
        "In April 2027 Washington let the licence easing oil sanctions on Peru expire.",
        "The United States did not renew the licence that allowed oil deals with Peru, which "
        "expired on 18 April 2027.",
    ):
        assert [e["status"] for e in sanctions(text)] == ["imposed"], text


def test_a_cause_a_week_before_the_news_is_dated_back_from_it() -> None:
    [found] = sanctions(
        "Chile retaliated on 30 March 2027, a week after Peru expelled 45 Chilean diplomats."
    )
    assert (found["imposers"], found["date"]["start"]) == (["PER"], "2027-03-23")


def test_the_time_of_a_cause_after_its_effect_is_the_one_before() -> None:
    found = sanctions(
        "Peru sanctioned nine Chilean officials on 26 March 2027, after Santiago had imposed "
        "sanctions on four Peruvian officials on 22 March.",
        published=date(2028, 4, 20),
    )
    assert sorted((e["imposers"][0], e["date"]["start"]) for e in found) == [
        ("CHL", "2027-03-22"),
        ("PER", "2027-03-26"),
    ]


def test_a_warning_that_more_could_follow_is_the_measure_threatened_beside_it() -> None:
    found = sanctions(
        "Washington imposed tariffs on Peruvian steel in March 2027 and warned that more would "
        "follow."
    )
    assert sorted(e["status"] for e in found) == ["imposed", "threatened"]


def test_the_council_is_the_council_named_last() -> None:
    # "the Council" after the Security Council is the UN's; a council whose name the
    # gazetteer knows only the end of ("the National Security Council") is not.
    [un] = sanctions(
        "The Security Council met on Monday. The Council extended the arms embargo on South "
        "Sudan until 31 May 2025."
    )
    assert un["imposers"] == ["UN"]
    [eu] = sanctions(
        "The Foreign Affairs Council of the EU met on Monday. The Council extended the "
        "sanctions on Iran."
    )
    assert eu["imposers"] == ["EU"]
    [other] = sanctions(
        "Members of the National Security Council were listed. The Council extended the asset "
        "freeze on Russia."
    )
    assert other.get("imposers", []) == []


def test_the_council_of_a_release_is_the_council_at_its_head() -> None:
    article = parse(
        "Council of the EU\n\nPress release\n\nBelarus: measures prolonged\n\n5 March 2024\n\n"
        "The situation in the region remains tense. Its people suffer. Today the Council "
        "extended the restrictive measures against Belarus by a year."
    )
    [found] = [to_dict(e) for e in article.events if isinstance(e, Sanction)]
    assert found["imposers"] == ["EU"]
    assert found["targets"] == ["BLR"]


def test_a_call_to_enforce_measures_in_force_is_no_proposal() -> None:
    [found] = sanctions(
        "The ministers called for the full implementation of the UN Security Council sanctions "
        "on North Korea."
    )
    assert found["status"] == "imposed"
    [called] = sanctions("The foreign ministers called for new sanctions on Russia.")
    assert called["status"] == "proposed"


def test_a_long_object_ending_in_the_state_names_the_target() -> None:
    [belarus] = sanctions(
        "The EU today decided to extend the restrictive measures currently targeting specific "
        "sectors of the economy of Belarus for a further 12 months.",
        published=date(2024, 2, 26),
    )
    assert belarus["targets"] == ["BLR"]
    assert belarus["status"] == "extended"
    # a clause of its own in the object names no target
    assert (
        sanctions("The EU imposed sanctions on companies that supplied drones used in Ukraine.")
        == []
    )


def test_a_participle_after_the_measure_tells_what_it_is_not_its_fate() -> None:
    [yemen] = sanctions(
        "The Security Council today renewed until 28 February 2025 the asset freeze and travel "
        "ban imposed on those threatening the peace in Yemen.",
        published=date(2024, 2, 26),
    )
    assert yemen["targets"] == ["YEM"]
    assert yemen["status"] == "extended"  # not threatened: the grounds, not a threat
    [iran] = sanctions("Sanctions imposed on Iran were lifted in 2016.")
    assert iran["status"] == "lifted"
