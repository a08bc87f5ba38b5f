"""Laws of refusal: on any JSON value, any bytes, any text, every ``from_*`` and ``parse*``
entry point returns its result or raises one of the library's documented errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dipevents import (
    Article,
    Block,
    Conflict,
    DateSpan,
    Event,
    EventSet,
    Evidence,
    ParseError,
    Person,
    Place,
    Quotation,
    Sanction,
    SerializationError,
    Span,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
    from_dict,
    from_json,
    parse,
    parse_file,
    to_dict,
    to_json,
)
from dipevents import strategies as dst
from dipevents.batch import Failure, Item, extract_many, iter_items

CLASSES = [
    DateSpan, Place, Person, Evidence, Conflict, Block, Quotation, Span, Article,
    Event, Summit, TwoPlusTwo, Sanction, TerritorialClaim,
]  # fmt: skip
# Every character, lone surrogates and NUL included.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | ANY_TEXT
    | st.sampled_from(["2017-03-20", "day", "month", "held", "summit", "sanction", "JPN", "RUS"])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
MODELS = st.one_of(
    st.tuples(st.just(DateSpan), dst.date_spans()),
    st.tuples(st.just(Place), dst.places()),
    st.tuples(st.just(Person), dst.persons()),
    st.tuples(st.just(Evidence), dst.evidence()),
    st.tuples(st.just(Conflict), dst.conflicts()),
    st.tuples(st.just(Event), dst.events()),
    st.tuples(st.just(Article), dst.articles()),
)


@st.composite
def near_misses(draw: st.DrawFn) -> tuple[type, Any]:
    """A valid model's JSON form with one part replaced, removed or added: data that gets
    past the first checks and into every field's."""
    cls, obj = draw(MODELS)
    data = to_dict(obj)
    if not isinstance(data, dict):
        return cls, draw(JSON)
    node: Any = data
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, (dict, list)) and child and draw(st.booleans()):
            node = child
            continue
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            node[key] = draw(JSON)
        elif action == "remove" and isinstance(node, dict):
            del node[key]
        elif isinstance(node, dict):
            node[draw(ANY_TEXT)] = draw(JSON)
        else:
            node.append(draw(JSON))
        break
    return cls, data


def _only_serialization_errors(build: Any, cls: type) -> None:
    try:
        result = build()
    except SerializationError:
        return
    assert isinstance(result, cls)


@given(st.sampled_from(CLASSES), JSON)
@example(Article, [1])
@example(Place, "x")
@example(Summit, {"status": "held", "countries": "JPN"})
def test_from_dict_on_any_json_value(cls: type, value: Any) -> None:
    _only_serialization_errors(lambda: from_dict(value, cls), cls)


@given(near_misses())
def test_from_dict_on_near_misses(pair: tuple[type, Any]) -> None:
    cls, value = pair
    _only_serialization_errors(lambda: from_dict(value, cls), cls)


@given(st.sampled_from(CLASSES), JSON)
def test_from_json_on_any_json_text(cls: type, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    _only_serialization_errors(lambda: from_json(text, cls), cls)
    _only_serialization_errors(lambda: from_json(json.dumps(value).encode(), cls), cls)


@given(st.sampled_from(CLASSES), st.binary(max_size=80) | ANY_TEXT)
@example(Place, b"\xff\xfe{}")
@example(Place, b'{"name": "caf\xe9"}')
@example(Place, '{"name": "x", "country": ' + "1" * 5000 + "}")
@example(Place, "[" * 100_000 + "]" * 100_000)
@example(Place, '{"name": "\\ud800"}')
def test_from_json_on_any_bytes_or_text(cls: type, data: bytes | str) -> None:
    _only_serialization_errors(lambda: from_json(data, cls), cls)


def _only_parse_errors(build: Any) -> None:
    try:
        result = build()
    except ParseError:
        return
    assert isinstance(result, Article)
    to_json(result).encode("utf-8")  # what parse returns can be written


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=50)
@given(ANY_TEXT, st.sampled_from([None, "generic", "valdai", "penzanews"]))
@example("Title\n\nPutin met Abe \ud800 in Tokyo on 1 May 2018.", None)
@example("Title\n\nPutin met Abe in \x00Tokyo.", "generic")
def test_parse_on_any_text(text: str, fmt: str | None) -> None:
    _only_parse_errors(lambda: parse(text, format=fmt))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50)
@given(st.binary(max_size=200))
@example(b"\xef\xbb\xbfTitle\n\nBody \xed\xa0\x80 text.")  # a surrogate encoded in UTF-8
def test_parse_file_on_any_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    _only_parse_errors(lambda: parse_file(path))


def _lines(values: list[Any], raw: list[bytes]) -> bytes:
    return b"".join([*(json.dumps(v).encode() + b"\n" for v in values), *raw])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(JSON, max_size=3), st.lists(st.binary(max_size=40), max_size=2))
def test_event_set_from_jsonl_on_any_lines(
    tmp_path: Path, values: list[Any], raw: list[bytes]
) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(_lines(values, raw))
    _only_serialization_errors(lambda: EventSet.from_jsonl(path), EventSet)


@given(st.lists(JSON | ANY_TEXT, max_size=4))
def test_event_set_from_frames_on_any_json_column(values: list[Any]) -> None:
    pandas = pytest.importorskip("pandas")
    _only_serialization_errors(
        lambda: EventSet.from_pandas(pandas.DataFrame({"json": values}, dtype=object)), EventSet
    )


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50)
@given(st.lists(JSON, max_size=3), st.lists(st.binary(max_size=40), max_size=2))
@example([{"text": "Putin met Abe \ud800 in Tokyo."}, {"text": "x", "source": "\udcff"}], [])
@example([], [b'{"text": "caf\xe9"}\n', b'{"n": ' + b"1" * 5000 + b"}\n"])
@example([], [b"[" * 100_000 + b"]" * 100_000 + b"\n"])
def test_batch_inputs_on_any_lines(tmp_path: Path, values: list[Any], raw: list[bytes]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(_lines(values, raw))
    items = list(iter_items([path]))
    assert all(isinstance(item, (Item, Failure)) for item in items)
    for result in extract_many(items):
        assert isinstance(result, (Article, Failure))
        record = result.to_dict() if isinstance(result, Failure) else to_dict(result)
        json.dumps(record, ensure_ascii=False).encode("utf-8")  # can be written
