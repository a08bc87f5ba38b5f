"""The CAMEO and PLOVER crosswalk, case by case."""

from __future__ import annotations

import pytest

from dipevents import EventCodes, Place, Sanction, Summit, TerritorialClaim, TwoPlusTwo, event_codes

TOKYO = Place(name="Tokyo", country="JPN")
HELSINKI = Place(name="Helsinki", country="FIN")


@pytest.mark.parametrize(
    ("event", "cameo", "plover", "mode"),
    [
        (Summit(status="held", countries=["JPN", "RUS"], location=TOKYO), "043", "CONSULT", "host"),
        (Summit(status="held", countries=["RUS", "USA"], location=HELSINKI), "044", "CONSULT", "third-party"),
        (Summit(status="held", countries=["RUS", "USA"]), "040", "CONSULT", None),
        (Summit(status="held", countries=["RUS", "USA"], host="USA"), "043", "CONSULT", "host"),
        (TwoPlusTwo(status="planned", countries=["JPN", "RUS"]), "036", "AGREE", None),
        (Summit(status="proposed", countries=["PRK", "USA"]), "036", "AGREE", None),
        (Summit(status="cancelled", countries=["RUS", "USA"]), None, None, None),
        (Sanction(status="imposed", targets=["PRK"]), "163", "SANCTION", None),
        (Sanction(status="extended", targets=["RUS"]), "163", "SANCTION", None),
        (Sanction(status="lifted", targets=["IRN"]), "085", "RETREAT", "ease"),
        (Sanction(status="eased", targets=["IRN"]), "085", "RETREAT", "ease"),
        (Sanction(status="threatened", targets=["IND"]), "1312", "THREATEN", "restrict"),
        (TerritorialClaim(status="active", territory="Crimea", claimants=["UKR"]), None, None, None),
    ],
)  # fmt: skip
def test_codes(event: object, cameo: str | None, plover: str | None, mode: str | None) -> None:
    found = event_codes(event)  # type: ignore[arg-type]
    assert found == EventCodes(cameo, plover, mode)
    assert (found.cameo_label is None) == (cameo is None)
