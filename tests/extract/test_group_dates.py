"""A group's date, kept up to date mention by mention, is the date worked out from scratch."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from dipevents.extract.candidates import Candidate
from dipevents.extract.engine import Group
from dipevents.extract.sentences import Sentence
from dipevents.models import DateBasis, DateSpan

SENTENCE = Sentence(0, 10, "0123456789", 0, 0)
DAY0 = date(2027, 3, 1)


@st.composite
def mentions(draw: st.DrawFn) -> Candidate:
    candidate = Candidate("summit", SENTENCE, (0, 1), "held")
    kind = draw(st.sampled_from(["none", "day", "days", "month", "year"]))
    offset = draw(st.integers(0, 6))
    start = DAY0 + timedelta(days=offset)
    if kind == "day":
        candidate.date = DateSpan.days(start, start)
    elif kind == "days":
        candidate.date = DateSpan.days(start, start + timedelta(days=draw(st.integers(1, 2))))
    elif kind == "month":
        candidate.date = DateSpan.month(2027, 3)
    elif kind == "year":
        candidate.date = DateSpan.year(2027)
    candidate.basis = draw(st.sampled_from([DateBasis.STATED, DateBasis.CALENDAR]))
    candidate.inherited = draw(st.booleans())
    return candidate


@given(st.lists(mentions(), min_size=1, max_size=12), st.data())
def test_the_date_grown_mention_by_mention_is_the_date_from_scratch(
    members: list[Candidate], data: st.DataObject
) -> None:
    grown = Group([members[0]])
    for member in members[1:]:
        if data.draw(st.booleans()):
            grown.date()  # asked between additions, as grouping asks
        grown.add(member)
    assert grown.date() == Group(list(members)).date()
