"""Laws every model obeys, for every instance hypothesis can draw."""

from __future__ import annotations

import json
import pickle
from functools import cache
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipevents import (
    Article,
    DateSpan,
    Event,
    Evidence,
    ModelError,
    Person,
    Place,
    Summit,
    TwoPlusTwo,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from dipevents import strategies as dst


@cache
def _validator(cls: type) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(cls))


MODELS = st.one_of(
    st.tuples(st.just(DateSpan), dst.date_spans()),
    st.tuples(st.just(Place), dst.places()),
    st.tuples(st.just(Person), dst.persons()),
    st.tuples(st.just(Evidence), dst.evidence()),
    st.tuples(st.just(Event), dst.events()),
    st.tuples(st.just(Article), dst.articles()),
)


@given(MODELS)
def test_json_round_trip_is_identity(pair: tuple[type, Any]) -> None:
    cls, obj = pair
    assert from_dict(to_dict(obj), cls) == obj
    assert from_json(to_json(obj), cls) == obj
    assert json.loads(to_json(obj)) == to_dict(obj)


@given(MODELS)
def test_json_validates_against_schema(pair: tuple[type, Any]) -> None:
    cls, obj = pair
    _validator(cls).validate(to_dict(obj))


@given(MODELS)
def test_pickle_round_trip(pair: tuple[type, Any]) -> None:
    _, obj = pair
    assert pickle.loads(pickle.dumps(obj)) == obj


@given(MODELS)
def test_equality_and_hashing_agree(pair: tuple[type, Any]) -> None:
    cls, obj = pair
    twin = from_dict(to_dict(obj), cls)
    assert twin == obj
    assert hash(twin) == hash(obj)


@given(dst.events())
def test_normalisation_is_idempotent(event: Event) -> None:
    again = attrs.evolve(event)
    assert again == event
    fields = {f.name: getattr(event, f.name) for f in attrs.fields(type(event))}
    assert type(event)(**fields) == event


@given(st.lists(dst.actor_codes(), max_size=8))
def test_code_lists_sorted_unique(codes: list[str]) -> None:
    summit = Summit(countries=codes, status="held")
    assert list(summit.countries) == sorted(set(codes))
    assert Summit(countries=list(reversed(codes)), status="held") == summit


@given(st.text(min_size=1, max_size=4).filter(lambda s: s.strip().upper() not in dst.__dict__))
def test_unknown_codes_refused(code: str) -> None:
    from dipevents.models._codes import is_actor

    if is_actor(code.strip().upper()):
        return
    with pytest.raises(ModelError):
        Summit(countries=[code], status="held")


@given(dst.state_codes())
def test_two_plus_two_needs_two_distinct(code: str) -> None:
    with pytest.raises(ModelError, match="two distinct states"):
        TwoPlusTwo(countries=[code, code], status="held")


@given(dst.date_spans(), dst.date_spans())
def test_overlaps_is_symmetric_and_contains_implies_overlaps(a: DateSpan, b: DateSpan) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b):
        assert a.overlaps(b)
    assert a.contains(a)
