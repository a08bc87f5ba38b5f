"""EventSet: filters, ordering, groups, reading and writing, on events written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dipevents import (
    Article,
    DateSpan,
    Event,
    EventSet,
    Evidence,
    MeetingStatus,
    Person,
    Place,
    Sanction,
    SerializationError,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)

TOKYO = Place(name="Tokyo", country="JPN")
HELSINKI = Place(name="Helsinki", country="FIN")


def day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan.day(date(y, m, d))


TWO_PLUS_TWO_2017 = TwoPlusTwo(
    status="held", countries=["JPN", "RUS"], date=day(2017, 3, 20), location=TOKYO
)
TWO_PLUS_TWO_US = TwoPlusTwo(status="held", countries=["JPN", "USA"], date=day(2017, 8, 17))
TWO_PLUS_TWO_2013 = TwoPlusTwo(status="held", countries=["JPN", "RUS"], date=day(2013, 11, 2))
HELSINKI_SUMMIT = Summit(
    status="held", countries=["RUS", "USA"], date=day(2018, 7, 16), location=HELSINKI
)
ABE_PUTIN = Summit(status="held", countries=["JPN", "RUS"], date=DateSpan.month(2016, 12))
PLANNED = Summit(status="planned", countries=["JPN", "RUS"], date=DateSpan.year(2019))
SANCTION = Sanction(
    status="imposed", imposers=["EU", "USA"], targets=["RUS"], date=DateSpan.year(2014)
)
LIFTED = Sanction(status="lifted", imposers=["USA"], targets=["IRN"], date=DateSpan.month(2016, 1))
CLAIM = TerritorialClaim(
    status="active", territory="Southern Kuril Islands", claimants=["JPN"], held_by="RUS"
)
EVENTS = EventSet(
    [
        TWO_PLUS_TWO_2017, HELSINKI_SUMMIT, TWO_PLUS_TWO_US, SANCTION, CLAIM,
        ABE_PUTIN, TWO_PLUS_TWO_2013, PLANNED, LIFTED,
    ]
)  # fmt: skip


def test_it_is_an_immutable_sequence() -> None:
    assert len(EVENTS) == 9
    assert EVENTS[0] is TWO_PLUS_TWO_2017
    assert isinstance(EVENTS[1:3], EventSet)
    assert list(EVENTS[1:3]) == [
        HELSINKI_SUMMIT,
        TWO_PLUS_TWO_US,
    ]
    with pytest.raises(AttributeError):
        EVENTS._events = ()  # type: ignore[misc]
    assert "9 events" in repr(EVENTS)


def test_it_pickles() -> None:
    import pickle

    assert pickle.loads(pickle.dumps(EVENTS)) == EVENTS


def test_it_refuses_what_is_not_an_event() -> None:
    with pytest.raises(TypeError, match="got dict at index 1"):
        EventSet([TWO_PLUS_TWO_2017, {"type": "summit"}])  # type: ignore[list-item]


def test_of_type_takes_classes_and_tags() -> None:
    assert list(EVENTS.of_type(Sanction)) == [SANCTION, LIFTED]
    assert EVENTS.of_type("summit", TerritorialClaim) == EventSet(
        [HELSINKI_SUMMIT, CLAIM, ABE_PUTIN, PLANNED]
    )
    with pytest.raises(ValueError, match="got 'meeting'"):
        EVENTS.of_type("meeting")


def test_involving_reads_each_types_roles() -> None:
    assert EVENTS.involving("JPN", "RUS") == EventSet(
        [TWO_PLUS_TWO_2017, CLAIM, ABE_PUTIN, TWO_PLUS_TWO_2013, PLANNED]
    )
    assert list(EVENTS.involving("EU")) == [SANCTION]  # an imposer
    assert list(EVENTS.involving("IRN")) == [LIFTED]  # a target
    assert EVENTS.involving("FIN") == EventSet()  # a venue is not a party
    assert EVENTS.involving("Iran", "Finland", all=False) == EventSet([LIFTED])
    assert EVENTS.involving("Japan") == EVENTS.involving("JPN")
    with pytest.raises(ValueError, match="got 'Atlantis'"):
        EVENTS.involving("Atlantis")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2017", "2017", [TWO_PLUS_TWO_2017, TWO_PLUS_TWO_US]),
        ("2017-03", "2017-03", [TWO_PLUS_TWO_2017]),
        ("2017-03-21", "2017-08-17", [TWO_PLUS_TWO_US]),
        (date(2016, 12, 31), None, [TWO_PLUS_TWO_2017, HELSINKI_SUMMIT, TWO_PLUS_TWO_US, ABE_PUTIN, PLANNED]),
        (None, "2013", [TWO_PLUS_TWO_2013]),
        ("2014-06", "2014-06", [SANCTION]),  # a year-long span overlaps its months
    ],
)  # fmt: skip
def test_between_overlaps_the_range(start: object, end: object, expected: list[Event]) -> None:
    assert EVENTS.between(start, end) == EventSet(expected)  # type: ignore[arg-type]


def test_between_excludes_undated_and_refuses_bad_bounds() -> None:
    assert CLAIM not in EVENTS.between(None, None)
    with pytest.raises(ValueError, match="got '2017-13'"):
        EVENTS.between("2017-13")
    with pytest.raises(ValueError, match="start <= end"):
        EVENTS.between("2018", "2017")


def test_status_place_and_person() -> None:
    assert EVENTS.with_status("planned") == EventSet([PLANNED])
    assert EVENTS.with_status(MeetingStatus.HELD, "lifted").of_type(Sanction) == EventSet([LIFTED])
    assert EVENTS.at("Helsinki") == EventSet([HELSINKI_SUMMIT])
    assert EVENTS.at("FIN") == EVENTS.at("Finland") == EventSet([HELSINKI_SUMMIT])
    assert EVENTS.at("JPN") == EventSet([TWO_PLUS_TWO_2017])
    with pytest.raises(ValueError, match="with_status"):
        EVENTS.with_status("maybe")


def test_featuring_goes_through_the_offices_held_on_the_date() -> None:
    # Abe was prime minister from December 2012 to September 2020.
    assert EVENTS.featuring("Abe").of_type(Summit) == EventSet([ABE_PUTIN, PLANNED])
    # Trump took office in January 2017: the Helsinki summit, not the December 2016 one.
    assert EVENTS.featuring("Donald Trump") == EventSet([HELSINKI_SUMMIT])
    # Shoigu was Russia's defence minister at both 2+2 meetings with Japan.
    assert EVENTS.featuring("Shoigu") == EventSet([TWO_PLUS_TWO_2017, TWO_PLUS_TWO_2013])
    named = TwoPlusTwo(status="held", countries=["AUS", "NZL"], ministers=[Person(name="Jane Roe")])
    assert EventSet([named]).featuring("Jane Roe") == EventSet([named])
    assert EventSet([named]).featuring(Person(name="John Doe")) == EventSet()


def test_filters_chain() -> None:
    result = EVENTS.of_type(TwoPlusTwo).involving("JPN", "RUS").between("2017")
    assert list(result) == [TWO_PLUS_TWO_2017]
    assert EVENTS.where(lambda e: e.location is not None) == EventSet(
        [TWO_PLUS_TWO_2017, HELSINKI_SUMMIT]
    )


def test_sorted_and_timeline() -> None:
    ordered = EVENTS.sorted()
    assert [e.date.start.year if e.date else None for e in ordered] == [
        2013, 2014, 2016, 2016, 2017, 2017, 2018, 2019, None,
    ]  # fmt: skip
    assert ordered[-1] is CLAIM
    assert list(EVENTS.timeline()) == list(ordered[:-1])


def test_group_by_and_counts() -> None:
    by_type = EVENTS.group_by("type")
    assert list(by_type) == ["two_plus_two", "summit", "sanction", "territorial_claim"]
    assert by_type["two_plus_two"] == EVENTS.of_type(TwoPlusTwo)
    assert EVENTS.counts("year")[2017] == 2
    assert EVENTS.counts("country")["RUS"] == 7
    assert EVENTS.counts(lambda e: e.location is not None) == {False: 7, True: 2}
    with pytest.raises(ValueError, match="group_by"):
        EVENTS.group_by("colour")


def test_from_articles_names_every_source() -> None:
    evidence = Evidence(start=0, end=4, text="Both")
    event = TWO_PLUS_TWO_2017.with_changes(evidence=[evidence])
    named = Article(text="Both met.", format="generic", source="a.txt", events=[event])
    untitled = Article(text="Both met.", format="generic", events=[event])
    events = EventSet.from_articles([named, untitled])
    assert [e.sources for e in events] == [("a.txt",), ("<article 1>",)]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert EVENTS.to_jsonl(path) == len(EVENTS)
    assert list(EventSet.from_jsonl(path)) == list(EVENTS)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["type"] == "two_plus_two"


def test_from_jsonl_reads_what_extract_writes(tmp_path: Path) -> None:
    from dipevents import to_dict

    path = tmp_path / "articles.jsonl"
    record = {"title": "T", "source": "a.txt", "events": [to_dict(TWO_PLUS_TWO_2017)]}
    path.write_text(json.dumps(record) + "\n\n" + json.dumps({**record, "source": None}) + "\n")
    events = EventSet.from_jsonl(path)
    assert len(events) == 2
    assert events[0].date == TWO_PLUS_TWO_2017.date


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"events\.jsonl:2: not valid JSON"),
        ("[1, 2]", r"events\.jsonl:2: expected a JSON object"),
        ('{"title": "no events"}', r"events\.jsonl:2: expected an event"),
        ('{"type": "summit", "status": "maybe"}', r"events\.jsonl:2: cannot build Event.*status"),
    ],
)
def test_from_jsonl_errors_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    from dipevents import to_json

    path = tmp_path / "events.jsonl"
    path.write_text(to_json(TWO_PLUS_TWO_2017) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(SerializationError, match=message):
        EventSet.from_jsonl(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            b'{"type": "summit", "edition": ' + b"1" * 5000 + b"}",
            r"a number of more than 4,300 digits at column 31",
        ),
        (
            b"[" * 100_000 + b"]" * 100_000,
            r"arrays and objects nested 100,000 levels deep at column 100000",
        ),
        (
            b'{"type": "summit", "name": "caf\xe9"}',
            r"not valid UTF-8 at byte offset 31 \(0xe9, invalid continuation byte\)",
        ),
        (
            b'{"type": "summit", "status": "held", "name": "\\ud800"}',
            r"cannot build Event: Summit\.name needs text without NUL or lone surrogates",
        ),
        (
            b'{"type": "summit", "status": "held", "countries": "JPN"}',
            r"expected a JSON array \(a list\), got 'JPN' @ \$\.countries",
        ),
    ],
)
def test_from_jsonl_refuses_unreadable_lines_with_file_and_line(
    tmp_path: Path, line: bytes, message: str
) -> None:
    """Issue 15: these lines raised ValueError, RecursionError or UnicodeDecodeError."""
    from dipevents import to_json

    path = tmp_path / "events.jsonl"
    path.write_bytes(to_json(TWO_PLUS_TWO_2017).encode() + b"\n" + line + b"\n")
    with pytest.raises(SerializationError, match=rf"events\.jsonl:2: .*{message}"):
        EventSet.from_jsonl(path)


def test_to_jsonl_interrupted_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    EVENTS.to_jsonl(path)
    before = path.read_bytes()

    broken = EventSet._of((TWO_PLUS_TWO_2017, object()))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the converter raises
        broken.to_jsonl(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]
