"""Laws of parse(): total on any string, offsets inside the text, disjoint spans, deterministic."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from dipevents import Article, parse

LAYOUT_BITS = st.sampled_from(
    [
        "\n", "\n\n", "\r\n", "\u00a0\n", "By\n", "By Someone Name\n", "3/22/2017\n", "28.03.2017\n",
        "FocusOSA #1: X: Y\n", "No comments:\n", "Post a Comment\n", "Lastest headlines\n",
        "23:45 | 28.03.2017 | Analytic\n", "28 March 2017. PenzaNews. ", "June 14, 2018 Asia , Russia\n",
        "1 – a footnote\n", "“A quote,” the expert said.\n", "Photo: x\n", "Editor review\n",
        "Views expressed are of individual Members and Contributors, rather than the Club's.\n",
        "17:07:42 Monday, October 18\n", "Politics Economy Society Culture Sport\n", "*\n",
    ]
)  # fmt: skip
# Any text an article may hold: no NUL, no lone surrogate (parse refuses those, see below).
CHARS = st.characters(codec="utf-8", exclude_characters="\x00")
TEXTS = st.one_of(
    st.text(CHARS, max_size=400),
    st.lists(st.one_of(LAYOUT_BITS, st.text(CHARS, max_size=40)), max_size=30).map("".join),
)


def _spans(article: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    body = [(b.start, b.end) for b in (*article.blocks, *article.footnotes)]
    furniture = [(s.start, s.end) for s in article.furniture]
    return body, furniture


@given(TEXTS)
@example("")
@example("\n\n\n")
@example("By\n\nBy\n")
def test_parse_never_raises_and_offsets_index_the_text(text: str) -> None:
    article = parse(text)
    assert article.text == text
    body, furniture = _spans(article)
    for start, end in [*body, *furniture, *((q.start, q.end) for q in article.quotations)]:
        assert 0 <= start <= end <= len(text)
    for blk in (*article.blocks, *article.footnotes):
        assert text[blk.start : blk.end] == blk.text


@given(TEXTS)
def test_furniture_and_body_do_not_overlap(text: str) -> None:
    body, furniture = _spans(article := parse(text))
    for b_start, b_end in body:
        for f_start, f_end in furniture:
            assert b_end <= f_start or f_end <= b_start, (
                article.format,
                (b_start, b_end),
                (f_start, f_end),
            )


@given(TEXTS)
def test_parse_is_deterministic(text: str) -> None:
    assert parse(text) == parse(text)


@given(
    TEXTS,
    st.sampled_from(["generic", "focusosa", "valdai", "penzanews", "blogger", "moderndiplomacy"]),
)
def test_every_format_parses_any_text(text: str, fmt: str) -> None:
    article = parse(text, format=fmt)
    assert article.format == fmt
    assert article.text == text
