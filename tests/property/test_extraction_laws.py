"""Laws of extraction, on articles assembled from sentences written for these tests."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dipevents import Article, parse

SENTENCES = [
    "Prime Minister Shinzo Abe will visit Russia in April this year.",
    "Japan introduced sanctions on Russia in 2014 and retains them.",
    "The foreign and defence ministers of Japan and Russia held two-plus-two talks in Tokyo on Monday, March 20.",
    "Kyiv regards Crimea as Ukrainian territory under Russian occupation.",
    "Donald Trump invited Kim Jong Un to the White House.",
    "The Senkaku Islands, which Japan administers, are claimed by Beijing as the Diaoyu.",
    "The European Union extended its sectoral economic sanctions against Russia in July.",
    "Narendra Modi met Xi Jinping in Wuhan on 27–28 April 2018.",
    "The G20 summit in Osaka was held in June.",
    "Nothing else happened that week.",
]
PARAGRAPHS = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)
BODIES = st.lists(PARAGRAPHS, min_size=1, max_size=5)
HEADER = "Test article\n\nMarch 28, 2017\n\n"


def article(paragraphs: list[str]) -> Article:
    return parse(HEADER + "\n\n".join(paragraphs), format="generic")


def signature(found: Article) -> set[tuple[object, ...]]:
    out = set()
    for event in found.events:
        key = [event.TYPE, event.date, event.location, getattr(event, "status", None)]
        for field in (
            "countries",
            "imposers",
            "targets",
            "territory",
            "claimants",
            "held_by",
            "name",
            "kind",
        ):
            key.append(getattr(event, field, None))
        out.add(tuple(key))
    return out


@given(BODIES)
def test_evidence_slices_back_to_the_text(paragraphs: list[str]) -> None:
    found = article(paragraphs)
    assert found.published == date(2017, 3, 28)
    for event in found.events:
        assert event.evidence
        for evidence in event.evidence:
            assert found.text[evidence.start : evidence.end] == evidence.text


@given(BODIES)
def test_extraction_is_deterministic(paragraphs: list[str]) -> None:
    assert article(paragraphs) == article(paragraphs)


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True), st.randoms())
def test_order_of_paragraphs_does_not_change_the_events(sentences: list[str], rnd: object) -> None:
    shuffled = list(sentences)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert signature(article(sentences)) == signature(article(shuffled))


@given(BODIES)
def test_resolved_dates_lie_within_their_spans(paragraphs: list[str]) -> None:
    for event in article(paragraphs).events:
        if event.date is not None:
            assert event.date.start <= event.date.end
            assert event.date_basis is not None
            assert event.date.contains(event.date.start)
