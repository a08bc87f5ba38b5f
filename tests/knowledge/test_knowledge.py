"""The knowledge layer: tables of (query, expected) for every kind of fact."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from dipevents import ModelError, SerializationError, knowledge
from dipevents.models._codes import is_actor, is_state
from dipevents.normalize import people, summits, territories


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DPRK", "PRK"), ("North Korea", "PRK"), ("Pyongyang", "PRK"), ("Russian Federation", "RUS"),
        ("Russia", "RUS"), ("the Kremlin", "RUS"), ("Moscow", "RUS"), ("ROK", "KOR"), ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"), ("Japanese", "JPN"), ("Tokyo", "JPN"), ("PRC", "CHN"), ("Beijing", "CHN"),
        ("US", "USA"), ("U.S.", "USA"), ("United States", "USA"), ("Washington", "USA"), ("UK", "GBR"),
        ("Britain", "GBR"), ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
        ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Iran", "IRN"), ("Tehran", "IRN"), ("Canberra", "AUS"),
        ("Ulaanbaatar", "MNG"), ("Lima", "PER"), ("Burma", "MMR"), ("Western countries", "WEST"),
        ("the West", "WEST"), ("European Union", "EU"), ("UN Security Council", "UN"), ("G-7", "G7"),
        ("Group of Twenty", "G20"), ("NATO", "NATO"), ("Deutschland", None), ("Atlantis", None), ("", None),
        ("france", "FRA"), ("JAPAN", "JPN"), ("FRA", "FRA"),
        ("Democratic Republic of the Congo", "COD"), ("DRC", "COD"), ("DR Congo", "COD"),
        ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"), ("East Timor", "TLS"),
        ("Cape Verde", "CPV"), ("Swaziland", "SWZ"), ("St Lucia", "LCA"), ("Macau", "MAC"),
    ],
)  # fmt: skip
def test_country(text: str, code: str | None) -> None:
    assert knowledge.country(text) == code


@pytest.mark.parametrize(
    ("name", "on", "canonical", "country", "office"),
    [
        ("Shoygu", date(2017, 3, 20), "Sergei Shoigu", "RUS", "Minister of Defence"),
        ("Sergey Shoigu", date(2019, 5, 30), "Sergei Shoigu", "RUS", "Minister of Defence"),
        ("Putin", date(2010, 1, 1), "Vladimir Putin", "RUS", "Prime Minister"),
        ("Putin", date(2017, 3, 20), "Vladimir Putin", "RUS", "President"),
        ("Putin", date(2012, 5, 6), "Vladimir Putin", "RUS", "Prime Minister"),
        ("Putin", date(2012, 5, 7), "Vladimir Putin", "RUS", "President"),
        ("Abe Shinzō", date(2017, 11, 10), "Shinzo Abe", "JPN", "Prime Minister"),
        ("Shinzo Abe", date(2020, 9, 15), "Shinzo Abe", "JPN", "Prime Minister"),
        ("Shinzo Abe", date(2020, 9, 16), "Shinzo Abe", "JPN", None),
        ("Kōno Tarō", date(2018, 1, 1), "Taro Kono", "JPN", "Minister for Foreign Affairs"),
        ("Kono", date(2020, 1, 1), "Taro Kono", "JPN", "Minister of Defense"),
        ("Tomomi Inada", date(2017, 3, 20), "Tomomi Inada", "JPN", "Minister of Defense"),
        ("Inada", date(2017, 7, 27), "Tomomi Inada", "JPN", "Minister of Defense"),
        ("Inada", date(2017, 7, 28), "Tomomi Inada", "JPN", None),
        ("Kishida", date(2017, 3, 20), "Fumio Kishida", "JPN", "Minister for Foreign Affairs"),
        ("Kishida", date(2022, 1, 1), "Fumio Kishida", "JPN", "Prime Minister"),
        ("S. Jaishankar", date(2020, 1, 1), "S. Jaishankar", "IND", "Minister of External Affairs"),
        ("Jaishankar", date(2019, 5, 29), "S. Jaishankar", "IND", None),
        ("Sushma Swaraj", date(2018, 9, 6), "Sushma Swaraj", "IND", "Minister of External Affairs"),
        ("Mattis", date(2018, 9, 6), "Jim Mattis", "USA", "Secretary of Defense"),
        ("James Mattis", date(2018, 12, 31), "Jim Mattis", "USA", "Secretary of Defense"),
        ("Kim Jong-un", date(2018, 6, 12), "Kim Jong Un", "PRK", "Chairman of the State Affairs Commission"),
        ("Xi Jinping", date(2017, 11, 10), "Xi Jinping", "CHN", "President"),
        ("Li Keqiang", date(2017, 11, 10), "Li Keqiang", "CHN", "Premier"),
        ("Moon Jae-in", date(2018, 4, 27), "Moon Jae-in", "KOR", "President"),
        ("Merkel", date(2015, 1, 1), "Angela Merkel", "DEU", "Chancellor"),
        ("Narendra Modi", date(2018, 4, 27), "Narendra Modi", "IND", "Prime Minister"),
        ("Zelenskyy", date(2022, 3, 1), "Volodymyr Zelensky", "UKR", "President"),
        ("Erdogan", date(2016, 1, 1), "Recep Tayyip Erdoğan", "TUR", "President"),
        ("Erdoğan", date(2010, 1, 1), "Recep Tayyip Erdoğan", "TUR", "Prime Minister"),
        ("Ursula von der Leyen", date(2022, 1, 1), "Ursula von der Leyen", "EU", "President of the European Commission"),
    ],
)  # fmt: skip
def test_person(name: str, on: date, canonical: str, country: str, office: str | None) -> None:
    found = knowledge.person(name, on=on)
    assert found is not None
    assert (found.name, found.country, found.office) == (canonical, country, office)


@pytest.mark.parametrize("name", ["Nobody Atall", "", "Kim", "Li", "Nguyen"])
def test_person_unknown_or_ambiguous(name: str) -> None:
    assert knowledge.person(name) is None


def test_surname_resolves_by_date_or_country() -> None:
    assert knowledge.person("Kim", on=date(2018, 6, 12)) is not None
    assert knowledge.person("Kim", on=date(2018, 6, 12)).name == "Kim Jong Un"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("country", "office", "on", "name"),
    [
        ("JPN", "defence minister", date(2017, 3, 20), "Tomomi Inada"),
        ("JPN", "prime minister", date(2012, 12, 25), "Yoshihiko Noda"),
        ("JPN", "prime minister", date(2012, 12, 26), "Shinzo Abe"),
        ("RUS", "foreign minister", date(2019, 5, 30), "Sergey Lavrov"),
        ("USA", "head of government", date(2018, 1, 1), "Donald Trump"),
        ("USA", "secretary of state", date(2018, 3, 30), "Rex Tillerson"),
        ("USA", "president", date(2021, 1, 19), "Donald Trump"),
        ("USA", "president", date(2021, 1, 20), "Joe Biden"),
        ("GBR", "prime minister", date(2019, 7, 24), "Boris Johnson"),
        ("DEU", "chancellor", date(2021, 12, 7), "Angela Merkel"),
        ("CHN", "premier", date(2023, 3, 11), "Li Qiang"),
        ("IND", "defence minister", date(2018, 9, 6), "Nirmala Sitharaman"),
        ("AUS", "foreign minister", date(2018, 10, 10), "Marise Payne"),
        ("KOR", "president", date(2018, 4, 27), "Moon Jae-in"),
        ("PRK", "head of state", date(2019, 2, 27), "Kim Jong Un"),
        ("FRA", "president", date(2019, 12, 9), "Emmanuel Macron"),
        ("BRA", "president", date(2020, 1, 1), "Jair Bolsonaro"),
        ("SAU", "king", date(2016, 1, 1), "Salman bin Abdulaziz"),
        ("ZAF", "president", date(2023, 8, 22), "Cyril Ramaphosa"),
    ],
)  # fmt: skip
def test_holder(country: str, office: str, on: date, name: str) -> None:
    found = knowledge.holder(country, office, on)
    assert found is not None
    assert found.name == name


def test_holder_unknown() -> None:
    assert knowledge.holder("JPN", "astronaut", date(2017, 1, 1)) is None
    assert knowledge.holder("ATA", "president", date(2017, 1, 1)) is None


@pytest.mark.parametrize(
    ("series", "year", "city", "country", "start", "end"),
    [
        ("G7", 2016, "Ise-Shima", "JPN", date(2016, 5, 26), date(2016, 5, 27)),
        ("APEC", 2017, "Da Nang", "VNM", date(2017, 11, 10), date(2017, 11, 11)),
        ("APEC", 2016, "Lima", "PER", date(2016, 11, 19), date(2016, 11, 20)),
        ("G20", 2019, "Osaka", "JPN", date(2019, 6, 28), date(2019, 6, 29)),
        ("G-20", 2018, "Buenos Aires", "ARG", date(2018, 11, 30), date(2018, 12, 1)),
        ("Group of Twenty", 2017, "Hamburg", "DEU", date(2017, 7, 7), date(2017, 7, 8)),
        ("G20", 2016, "Hangzhou", "CHN", date(2016, 9, 4), date(2016, 9, 5)),
        ("East Asia Summit", 2017, "Manila", "PHL", date(2017, 11, 14), date(2017, 11, 14)),
        ("SCO", 2018, "Qingdao", "CHN", date(2018, 6, 9), date(2018, 6, 10)),
        ("BRICS", 2024, "Kazan", "RUS", date(2024, 10, 22), date(2024, 10, 24)),
        ("NATO", 2023, "Vilnius", "LTU", date(2023, 7, 11), date(2023, 7, 12)),
        ("China-Japan-ROK", 2019, "Chengdu", "CHN", date(2019, 12, 24), date(2019, 12, 24)),
        ("Eastern Economic Forum", 2018, "Vladivostok", "RUS", date(2018, 9, 11), date(2018, 9, 13)),
    ],
)  # fmt: skip
def test_summit(series: str, year: int, city: str, country: str, start: date, end: date) -> None:
    edition = knowledge.summit(series, year)
    assert edition is not None
    assert (edition.city, edition.country, edition.start, edition.end) == (
        city,
        country,
        start,
        end,
    )


def test_summit_twice_a_year_and_unknown() -> None:
    assert knowledge.summit("ASEAN", 2017, month=11).city == "Manila"  # type: ignore[union-attr]
    assert knowledge.summit("ASEAN", 2017, month=4).start == date(2017, 4, 28)  # type: ignore[union-attr]
    assert knowledge.summit("G20", 2010, month=11).city == "Seoul"  # type: ignore[union-attr]
    assert knowledge.summit("G7", 2020) is None
    assert knowledge.summit("Davos", 2018) is None
    assert len(knowledge.editions("G20", 2010)) == 2


@pytest.mark.parametrize(
    ("name", "canonical", "claimants", "held_by"),
    [
        ("Northern Territories", "Southern Kuril Islands", ("JPN",), "RUS"),
        ("Iturup", "Southern Kuril Islands", ("JPN",), "RUS"),
        ("Etorofu", "Southern Kuril Islands", ("JPN",), "RUS"),
        ("Kunashiri", "Southern Kuril Islands", ("JPN",), "RUS"),
        ("Kunashir", "Southern Kuril Islands", ("JPN",), "RUS"),
        ("Diaoyu", "Senkaku Islands", ("CHN", "TWN"), "JPN"),
        ("Takeshima", "Dokdo", ("JPN",), "KOR"),
        ("Malvinas", "Falkland Islands", ("ARG",), "GBR"),
        ("the Crimean Peninsula", "Crimea", ("UKR",), "RUS"),
        ("South Tibet", "Arunachal Pradesh", ("CHN",), "IND"),
        ("Spratlys", "Spratly Islands", ("BRN", "CHN", "MYS", "PHL", "TWN", "VNM"), None),
    ],
)  # fmt: skip
def test_territory(
    name: str, canonical: str, claimants: tuple[str, ...], held_by: str | None
) -> None:
    found = knowledge.territory(name)
    assert found is not None
    assert (found.name, found.claimants, found.held_by) == (canonical, claimants, held_by)


def test_a_feature_held_apart_from_its_group_is_a_territory_of_its_own() -> None:
    shoal = knowledge.territory("Ayungin Shoal")
    assert shoal is not None
    assert (shoal.name, shoal.held_by, shoal.part_of) == (
        "Second Thomas Shoal",
        "PHL",
        "Spratly Islands",
    )
    reef = knowledge.territory("Gaven Reef")  # a feature not held apart: the group's
    assert reef is not None
    assert reef.name == "Spratly Islands"


def test_at_least_thirty_territories() -> None:
    assert len(territories.all_territories()) >= 30
    assert knowledge.territory("Atlantis") is None


@pytest.mark.parametrize(
    ("name", "hint", "canonical", "country"),
    [
        ("Vladivostok", None, "Vladivostok", "RUS"),
        ("Da Nang", None, "Da Nang", "VNM"),
        ("Danang", None, "Da Nang", "VNM"),
        ("Helsinki", None, "Helsinki", "FIN"),
        ("Hamburg", None, "Hamburg", "DEU"),
        ("Sochi", None, "Sochi", "RUS"),
        ("Wuhan", None, "Wuhan", "CHN"),
        ("Panmunjom", None, "Panmunjom", "KOR"),
        ("Shima", "JPN", "Shima", "JPN"),
        ("Lima", None, "Lima", "PER"),
        ("Lima", "USA", "Lima", "USA"),
        ("Kiev", None, "Kyiv", "UKR"),
    ],
)  # fmt: skip
def test_place(name: str, hint: str | None, canonical: str, country: str) -> None:
    found = knowledge.place(name, country=hint)
    assert found is not None
    assert (found.name, found.country) == (canonical, country)


def test_place_unknown() -> None:
    assert knowledge.place("Nowhereville Xyz") is None
    assert knowledge.place("Vladivostok", country="JPN") is None


def test_data_invariants() -> None:
    for record in people.records().values():
        for tenure in record.tenures:
            assert is_actor(tenure.country), tenure
            assert tenure.end is None or tenure.start <= tenure.end, tenure
    by_office: dict[tuple[str, people.Role], list[people.Tenure]] = {}
    for record in people.records().values():
        for tenure in record.tenures:
            by_office.setdefault((tenure.country, tenure.role), []).append(tenure)
    for key, tenures in by_office.items():
        tenures.sort(key=lambda t: t.start)
        for earlier, later in itertools.pairwise(tenures):
            assert earlier.end is not None, (key, earlier, later)
            assert earlier.end <= later.start, (key, earlier, later)
    for item in territories.all_territories():
        assert all(is_state(c) for c in item.claimants), item
        assert item.held_by is None or is_state(item.held_by), item
        assert item.held_by not in item.claimants
    for edition in knowledge.editions("G20") + knowledge.editions("APEC"):
        assert is_state(edition.country)
        assert edition.start <= edition.end
    for series in summits.all_series():
        assert all(is_state(c) for c in series.members)


def test_extend_through_load(tmp_path: Path) -> None:
    path = tmp_path / "more.json"
    path.write_text(
        json.dumps(
            {
                "people": [
                    {"name": "Ada Testperson", "country": "NZL", "office": "prime minister",
                     "start": "2040-01-01", "aliases": ["Testperson"]}
                ],
                "aliases": {"Aotearoa": "NZL"},
                "territories": [{"name": "Test Atoll", "claimants": ["TON"], "held_by": "FJI"}],
                "summits": [{"series": "Pacific Islands Forum", "name": "PIF Leaders' Meeting",
                             "city": "Suva", "country": "FJI", "start": "2040-08-01", "end": "2040-08-03"}],
                "places": [{"name": "Test Venue", "country": "FJI"}],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    counts = knowledge.load(path)
    assert counts == {"people": 1, "aliases": 1, "territories": 1, "summits": 1, "places": 1}
    assert knowledge.person("Testperson", on=date(2041, 1, 1)).office == "Prime Minister"  # type: ignore[union-attr]
    assert knowledge.country("Aotearoa") == "NZL"
    assert knowledge.territory("Test Atoll").held_by == "FJI"  # type: ignore[union-attr]
    assert knowledge.summit("Pacific Islands Forum", 2040).city == "Suva"  # type: ignore[union-attr]
    assert knowledge.place("Test Venue").country == "FJI"  # type: ignore[union-attr]


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"people": [{"name": "X", "country": "NZL", "office": "pm", "start": "soon"}]}'
    )
    with pytest.raises(
        SerializationError, match=r"bad\.json: \$\.people\[0\]: expected an ISO date"
    ):
        knowledge.load(path)
    path.write_text('{"aliases": {"Nowhere": "XXX"}}')
    with pytest.raises(SerializationError, match=r"bad\.json"):
        knowledge.load(path)


@pytest.mark.parametrize("name", ["offices", "summits", "series.csv"])
def test_csv_rows_have_exactly_their_columns(name: str) -> None:
    from dipevents.normalize._data import read_csv, read_csv_dir

    for row in read_csv(name) if name.endswith(".csv") else read_csv_dir(name):
        assert None not in row, row  # a comma inside an unquoted field
        assert all(value is not None for value in row.values()), row


def test_places_have_coordinates_where_the_gazetteer_has_them() -> None:
    from dipevents import Place
    from dipevents.normalize.places import coordinates, locate

    helsinki = knowledge.place("Helsinki")
    assert helsinki is not None
    assert helsinki.geonames_id == 658225
    assert helsinki.coordinates == pytest.approx((60.17, 24.94), abs=0.01)
    sentosa = knowledge.place("Sentosa")  # a venue of places.json: coordinates, no GeoNames id
    assert sentosa is not None
    assert sentosa.coordinates == (1.25, 103.83)
    assert sentosa.geonames_id is None
    assert coordinates("Nowhereville Xyz") is None
    # The text's name is kept; a country, or a country's name that is also a city's, is not located.
    assert locate(Place(name="osaka", country="JPN")).name == "osaka"
    assert locate(Place(name="Japan", country="JPN")).coordinates is None
    assert locate(Place(name="Mexico", country="MEX")).coordinates is None
    assert locate(Place(name="Nowhereville", country="JPN")).coordinates is None


def test_added_places_may_carry_coordinates() -> None:
    knowledge.add_place("Coordinate Test Lodge", "FJI", latitude=-17.8, longitude=178.0)
    assert knowledge.place("Coordinate Test Lodge").coordinates == (-17.8, 178.0)  # type: ignore[union-attr]
    with pytest.raises(ModelError):
        knowledge.add_place("Bad Lodge", "FJI", latitude=-17.8)


def test_parse_gives_event_places_their_coordinates() -> None:
    import dipevents

    article = dipevents.parse(
        "A summit in Helsinki\n\nThe meeting of Vladimir Putin and Donald Trump in Helsinki "
        "on 16 July 2018 lasted two hours."
    )
    (summit,) = article.events
    assert summit.location is not None
    assert summit.location.geonames_id == 658225
