"""Laws of the knowledge functions: total on every string, insensitive to case and accents."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dipevents import knowledge

NAMES = st.sampled_from(
    [
        "Kōno Tarō",
        "Shoygu",
        "Abe Shinzō",
        "Xi Jinping",
        "Erdoğan",
        "Sergei Lavrov",
        "Zelensky",
        "Nirmala Sitharaman",
    ]
)
COUNTRIES = st.sampled_from(
    ["Russian Federation", "Türkiye", "Viet Nam", "the Kremlin", "Japanese", "Côte d'Ivoire"]
)
TERRITORIES = st.sampled_from(
    ["Etorofu", "Diaoyu", "Malvinas", "Crimea", "Arunachal Pradesh", "Dokdo"]
)


@given(st.text(max_size=60))
def test_no_function_raises_on_any_string(text: str) -> None:
    knowledge.country(text)
    knowledge.person(text)
    knowledge.person(text, on=date(2018, 1, 1))
    knowledge.territory(text)
    knowledge.place(text)
    knowledge.summit(text, 2018)
    knowledge.holder(text, text, date(2018, 1, 1))


def _variants(text: str) -> list[str]:
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return [text.upper(), text.lower(), text.swapcase(), stripped, f"  {text} "]


@given(NAMES, st.dates(min_value=date(2012, 1, 1), max_value=date(2019, 12, 31)))
def test_person_lookup_is_case_and_accent_insensitive(name: str, on: date) -> None:
    expected = knowledge.person(name, on=on)
    for variant in _variants(name):
        assert knowledge.person(variant, on=on) == expected


@given(COUNTRIES)
def test_country_lookup_is_case_and_accent_insensitive(name: str) -> None:
    expected = knowledge.country(name)
    assert expected is not None
    for variant in _variants(name):
        assert knowledge.country(variant) == expected


@given(TERRITORIES)
def test_territory_lookup_is_case_and_accent_insensitive(name: str) -> None:
    expected = knowledge.territory(name)
    assert expected is not None
    for variant in _variants(name):
        assert knowledge.territory(variant) == expected
