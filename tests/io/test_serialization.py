from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import jsonschema
import pytest

import dipevents
from dipevents import (
    Article,
    DateSpan,
    Event,
    Evidence,
    Person,
    Place,
    Sanction,
    SerializationError,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from dipevents.io import configure_converter

TEXT = (
    "The leaders met at the APEC summit in Da Nang. Lavrov and Shoigu met Kishida and Inada "
    "in Tokyo. Japan keeps its sanctions on Russia. Japan claims the Southern Kurils."
)


def _ev(sentence: str) -> dict[str, Any]:
    start = TEXT.index(sentence)
    return {"start": start, "end": start + len(sentence), "text": sentence}


# The four event types in the core JSON shape of the codebook (§7), without ids.
GUIDELINES_EVENTS: list[dict[str, Any]] = [
    {
        "type": "summit",
        "name": "APEC Summit",
        "kind": "multilateral",
        "countries": ["AUS", "CHN", "JPN", "RUS", "USA"],
        "date": {"start": "2017-11-10", "end": "2017-11-11", "precision": "day"},
        "location": {"name": "Da Nang", "country": "VNM"},
        "status": "held",
        "evidence": [_ev("The leaders met at the APEC summit in Da Nang.")],
    },
    {
        "type": "two_plus_two",
        "countries": ["JPN", "RUS"],
        "ministers": ["Fumio Kishida", "Sergey Lavrov"],
        "edition": 2,
        "date": {"start": "2017-03-20", "end": "2017-03-20", "precision": "day"},
        "location": {"name": "Tokyo", "country": "JPN"},
        "status": "held",
        "evidence": [_ev("Lavrov and Shoigu met Kishida and Inada in Tokyo.")],
    },
    {
        "type": "sanction",
        "imposers": ["JPN"],
        "targets": ["RUS"],
        "measures": ["financial", "trade"],
        "reason": "annexation of Crimea",
        "date": {"start": "2014-01-01", "end": "2014-12-31", "precision": "year"},
        "location": None,
        "status": "imposed",
        "evidence": [_ev("Japan keeps its sanctions on Russia.")],
    },
    {
        "type": "territorial_claim",
        "territory": "Southern Kuril Islands",
        "claimants": ["JPN"],
        "held_by": "RUS",
        "date": None,
        "location": None,
        "status": "active",
        "evidence": [_ev("Japan claims the Southern Kurils.")],
    },
]


@pytest.mark.parametrize(
    ("data", "cls"),
    list(zip(GUIDELINES_EVENTS, [Summit, TwoPlusTwo, Sanction, TerritorialClaim], strict=True)),
)
def test_guidelines_events_round_trip_unchanged(data: dict[str, Any], cls: type[Event]) -> None:
    event = from_dict(data, Event)
    assert type(event) is cls
    assert from_dict(data, cls) == event
    written = to_dict(event)
    assert written == {"type": data["type"], "id": event.id, **data}  # the id comes second
    assert list(written)[:2] == ["type", "id"]
    assert json.loads(to_json(event)) == written
    assert from_dict(written, Event) == event  # the id is accepted, and derived again
    assert from_json(to_json(event), Event) == event
    jsonschema.validate(to_dict(event), json_schema(Event))


def test_article_round_trip_and_schema() -> None:
    events = [from_dict(d, Event) for d in GUIDELINES_EVENTS]
    article = Article(text=TEXT, title="T", published=date(2017, 3, 28), events=events)
    data = to_dict(article)
    assert data["published"] == "2017-03-28"
    assert [e["type"] for e in data["events"]] == [
        "summit", "two_plus_two", "sanction", "territorial_claim",
    ]  # fmt: skip
    assert from_dict(data, Article) == article
    jsonschema.validate(data, json_schema())


def test_enums_and_dates_in_json() -> None:
    sanction = Sanction(targets=["PRK"], status="threatened", date=DateSpan.month(2017, 12))
    data = to_dict(sanction)
    assert data["status"] == "threatened"
    assert data["date"] == {"start": "2017-12-01", "end": "2017-12-31", "precision": "month"}
    assert data["measures"] == []


def test_extensions_written_only_when_set() -> None:
    summit = Summit(status="held", host="JPN", edition=3, date_basis="calendar")
    data = to_dict(summit)
    assert (data["host"], data["edition"], data["date_basis"]) == ("JPN", 3, "calendar")
    assert "host" not in to_dict(Summit(status="held"))
    evidence = Evidence(start=0, end=1, text="a", source="a.txt")
    assert to_dict(evidence)["source"] == "a.txt"
    assert "source" not in to_dict(Evidence(start=0, end=1, text="a"))


def test_people_as_names_or_objects() -> None:
    meeting = TwoPlusTwo(
        countries=["JPN", "RUS"],
        status="held",
        ministers=[
            Person(name="Taro Kono"),
            Person(name="Sergey Lavrov", country="RUS", office="Foreign Minister"),
        ],
    )
    data = to_dict(meeting)
    assert data["ministers"][0] == "Taro Kono"
    assert data["ministers"][1] == {
        "name": "Sergey Lavrov",
        "country": "RUS",
        "office": "Foreign Minister",
    }
    assert from_dict(data, TwoPlusTwo) == meeting


def _break(path: list[str | int], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(GUIDELINES_EVENTS[1])
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (_break(["date", "start"], "2017-13-01"), "@ $.date.start"),
        (_break(["date", "start"], 20170320), "@ $.date.start"),
        (_break(["date", "end"], "2017-03-01"), "@ $.date.end"),
        (_break(["date", "precision"], "week"), "@ $.date.precision"),
        (_break(["countries"], ["JPN"]), "two distinct states, got ('JPN',) @ $.countries"),
        (_break(["countries"], ["JPN", "XXX"]), "unknown: 'XXX'"),
        (_break(["status"], "postponed"), "@ $.status"),
        (_break(["location", "country"], "Japan"), "@ $.location.country"),
        (_break(["evidence", 0, "start"], "zero"), "@ $.evidence[0].start"),
        (_break(["evidence", 0, "text"], "short"), "@ $.evidence[0].text"),
        (_break(["type"], "meeting"), '"type"'),
        (_break(["surprise"], 1), "extra fields found (surprise)"),
        (_break(["edition"], "2nd"), "@ $.edition"),
    ],
)
def test_malformed_input_names_the_path(data: dict[str, Any], path: str) -> None:
    with pytest.raises(SerializationError) as info:
        from_dict(data, Event)
    assert path in str(info.value)
    assert info.value.errors


def test_missing_required_field() -> None:
    data = copy.deepcopy(GUIDELINES_EVENTS[2])
    del data["targets"]
    with pytest.raises(SerializationError, match=r"required field missing @ \$\.targets"):
        from_dict(data, Event)


def test_not_json() -> None:
    with pytest.raises(SerializationError, match="line 1, column 2"):
        from_json("{oops", Event)


@pytest.mark.parametrize(
    ("build", "message", "path"),
    [
        (
            lambda: from_json('{"name": "x", "country": ' + "1" * 5000 + "}", Place),
            r"^a number of more than 4,300 digits at line 1, column 26 \(char 25\)$",
            "@ char 25",
        ),
        (
            lambda: from_json("[" * 100_000 + "]" * 100_000, Place),
            r"^arrays and objects nested 100,000 levels deep at line 1, column 100000",
            "@ char 99999",
        ),
        (
            lambda: from_json(b'{"name": "caf\xe9"}', Place),
            r"^not valid UTF-8 at byte offset 13 \(0xe9, invalid continuation byte\)$",
            "@ byte 13",
        ),
        (
            lambda: from_json("[1]", Article),
            r"^cannot build Article: expected a JSON object for an Article, got \[1\] @ \$$",
            "@ $",
        ),
        (
            lambda: from_dict("x", Place),
            r"^cannot build Place: expected a JSON object for a Place, got 'x' @ \$$",
            "@ $",
        ),
        (
            lambda: from_dict({"type": "summit", "status": "held", "countries": "JPN"}, Event),
            r"expected a JSON array \(a list\), got 'JPN' @ \$\.countries$",
            "@ $.countries",
        ),
        (
            lambda: from_dict({"text": "ab", "blocks": {"start": 0}}, Article),
            r"expected a JSON array \(a list\), got \{'start': 0\} @ \$\.blocks$",
            "@ $.blocks",
        ),
        (
            lambda: from_dict({"name": "\ud800"}, Place),
            r"Place\.name needs text without NUL or lone surrogates .* @ \$\.name$",
            "@ $.name",
        ),
        (
            lambda: from_dict(
                {"start": "2017-03-01", "end": "2017-03-01", "precision": "month"}, DateSpan
            ),
            r"DateSpan\.precision needs 'day' for 2017-03-01, which is not whole months, got 'month' @ \$\.precision$",
            "@ $.precision",
        ),
    ],
)
def test_bad_input_is_a_serialization_error_with_the_path(
    build: Any, message: str, path: str
) -> None:
    """Issue 15: these raised ValueError, RecursionError, AttributeError or
    UnicodeDecodeError, or built a list of letters."""
    with pytest.raises(SerializationError, match=message) as caught:
        build()
    assert caught.value.errors[-1].endswith(path)


def test_event_needs_object() -> None:
    with pytest.raises(SerializationError):
        from_dict(["summit"], Event)


def test_configure_converter_builds_an_independent_converter() -> None:
    import cattrs

    mine = configure_converter(cattrs.Converter())
    place = Place(name="Osaka", country="JPN")
    assert mine.structure(mine.unstructure(place), Place) == place


def test_schema_is_a_valid_schema() -> None:
    for cls in (Article, Event, Summit, Place):
        jsonschema.Draft202012Validator.check_schema(json_schema(cls))


def test_schema_rejects_what_models_reject() -> None:
    schema = json_schema(Event)
    bad = _break(["countries"], ["JPN", "EU"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_break(["status"], "over"), schema)


def test_public_functions_are_the_converters() -> None:
    assert dipevents.to_dict is to_dict
    assert dipevents.from_dict is from_dict
