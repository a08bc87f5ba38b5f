"""Dyads: one row per pair of actors, directed where the type has a direction."""

from __future__ import annotations

from datetime import date

from dipevents import DateSpan, EventSet, Place, Sanction, Summit, TerritorialClaim, TwoPlusTwo
from dipevents.io.dyads import DYAD_COLUMNS


def pairs(*events: object) -> list[tuple[str, str, bool, str | None]]:
    rows = EventSet(events).to_dyads()  # type: ignore[arg-type]
    assert all(list(row) == list(DYAD_COLUMNS) for row in rows)
    return [(r["source_actor"], r["target_actor"], r["directed"], r["cameo"]) for r in rows]


def test_sanctions_run_from_each_imposer_to_each_target() -> None:
    sanction = Sanction(status="lifted", imposers=["EU", "USA"], targets=["IRN"])
    assert pairs(sanction) == [("EU", "IRN", True, "085"), ("USA", "IRN", True, "085")]
    assert pairs(Sanction(status="imposed", targets=["PRK"])) == []  # no imposer: no pair


def test_claims_run_from_claimant_to_holder_or_between_claimants() -> None:
    held = TerritorialClaim(status="active", territory="Crimea", claimants=["UKR"], held_by="RUS")
    assert pairs(held) == [("UKR", "RUS", True, None)]
    sea = TerritorialClaim(status="active", territory="South China Sea",
                           claimants=["CHN", "PHL", "VNM"])  # fmt: skip
    assert pairs(sea) == [("CHN", "PHL", False, None), ("CHN", "VNM", False, None),
                          ("PHL", "VNM", False, None)]  # fmt: skip


def test_a_visit_runs_from_guest_to_host() -> None:
    day = DateSpan.day(date(2018, 10, 10))
    two_plus_two = TwoPlusTwo(status="held", countries=["AUS", "JPN"], date=day,
                              location=Place(name="Sydney", country="AUS"))  # fmt: skip
    (row,) = EventSet([two_plus_two]).to_dyads()
    assert (row["source_actor"], row["target_actor"], row["directed"]) == ("JPN", "AUS", True)
    assert (row["cameo"], row["plover"], row["plover_mode"]) == ("042", "CONSULT", "visit")
    assert (row["event_id"], row["start"], row["status"]) == (two_plus_two.id, day.start, "held")
    planned = Summit(status="planned", countries=["JPN", "RUS"], host="RUS")
    assert pairs(planned) == [("JPN", "RUS", True, "036")]  # where the place is not known


def test_other_meetings_are_undirected_pairs() -> None:
    helsinki = Summit(status="held", countries=["RUS", "USA"],
                      location=Place(name="Helsinki", country="FIN"))  # fmt: skip
    assert pairs(helsinki) == [("RUS", "USA", False, "044")]
    trilateral = Summit(status="held", countries=["CHN", "JPN", "KOR"],
                        location=Place(name="Chengdu", country="CHN"))  # fmt: skip
    assert [p[:3] for p in pairs(trilateral)] == [
        ("CHN", "JPN", False), ("CHN", "KOR", False), ("JPN", "KOR", False),
    ]  # fmt: skip
    assert pairs(Summit(status="held", countries=["RUS"])) == []
