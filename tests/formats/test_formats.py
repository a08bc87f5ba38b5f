"""Each publisher layout: detection, metadata, body and furniture, on fixtures we wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import dipevents
from dipevents import Article, UnknownFormatError, parse, parse_file
from dipevents.formats import detect, formats

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
EXAMPLES = ROOT / "examples" / "articles"

# (file, format, title, published, author)
CASES = [
    (
        EXAMPLES / "focusosa-korea.txt",
        "focusosa",
        "FocusOSA #52: South Korea: Foreign Affairs",
        None,
        None,
    ),
    (
        FIXTURES / "focusosa_mongolia.txt",
        "focusosa",
        "FocusOSA #7: Mongolia: Foreign Affairs",
        None,
        None,
    ),
    (EXAMPLES / "valdai-normandy.txt", "valdai", "Paris: The Normandy Format Returns", None, None),
    (
        FIXTURES / "valdai_dated.txt",
        "valdai",
        "Arctic Council: Cooperation Under Pressure",
        date(2021, 5, 14),
        "Andrei Petrov",
    ),
    (
        EXAMPLES / "penzanews-japan-australia.txt",
        "penzanews",
        "Japan and Australia deepen defence ties at Sydney two-plus-two talks",
        date(2018, 10, 11),
        None,
    ),
    (
        FIXTURES / "penzanews_noclock.txt",
        "penzanews",
        "Experts discuss prospects of Russia–India partnership",
        date(2018, 10, 5),
        None,
    ),
    (
        EXAMPLES / "blogger-dmz.txt",
        "blogger",
        "Handshake at the DMZ",
        date(2019, 7, 2),
        "Han Ji-woo",
    ),
    (
        FIXTURES / "blogger_longdate.txt",
        "blogger",
        "Notes on the Tokyo Talks",
        date(2017, 3, 22),
        "Kenta Ishii",
    ),
    (
        EXAMPLES / "moderndiplomacy-sochi.txt",
        "moderndiplomacy",
        "A Summit in Sochi and the Limits of Non-Alignment",
        date(2019, 10, 31),
        "Daniel Okafor",
    ),
    (
        FIXTURES / "moderndiplomacy_byline.txt",
        "moderndiplomacy",
        "Can ASEAN Keep Its Centrality?",
        date(2020, 3, 3),
        "Lina Hartono",
    ),
    (
        EXAMPLES / "generic-chengdu.txt",
        "generic",
        "Leaders of China, Japan and South Korea meet in Chengdu",
        date(2019, 12, 26),
        "Maria Lindqvist",
    ),
    (
        FIXTURES / "generic_published.txt",
        "generic",
        "Russia and Japan revive security dialogue",
        date(2019, 5, 31),
        "John Carter",
    ),
    (FIXTURES / "generic_nearmiss_blog.txt", "generic", "A Short Note on Sanctions", None, None),
    (
        FIXTURES / "generic_nearmiss_valdai.txt",
        "generic",
        "The Valdai Club and its critics",
        None,
        None,
    ),
    (FIXTURES / "generic_plain.txt", "generic", "Untitled notes", None, None),
]


@pytest.mark.parametrize(
    ("path", "fmt", "title", "published", "author"), CASES, ids=lambda v: getattr(v, "name", None)
)
def test_detection_and_metadata(
    path: Path, fmt: str, title: str, published: date | None, author: str | None
) -> None:
    article = parse_file(path)
    assert article.format == fmt
    assert (article.title, article.published, article.author) == (title, published, author)
    assert article.source == str(path)
    assert article.text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "fmt"), [(c[0], c[1]) for c in CASES], ids=lambda v: getattr(v, "name", None)
)
def test_named_format_agrees(path: Path, fmt: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert parse(text, format=fmt) == parse(text)


def _furniture_text(article: Article) -> list[str]:
    return [article.text[s.start : s.end] for s in article.furniture]


def test_penzanews_body_and_furniture() -> None:
    article = parse_file(EXAMPLES / "penzanews-japan-australia.txt")
    first = article.paragraphs[0].text
    assert first.startswith("The foreign and defence ministers of Japan and Australia")
    furniture = _furniture_text(article)
    assert "11 October 2018. PenzaNews. " in furniture
    assert "Photo: dfat.gov.au" in furniture
    assert "Lastest headlines" in furniture
    assert (
        furniture.count("Japan and Australia deepen defence ties at Sydney two-plus-two talks") == 2
    )
    assert article.categories == ("Analytic",)
    assert article.publisher == "PenzaNews"
    assert not any(p.text.startswith("11 October 2018") for p in article.paragraphs)


def test_penzanews_quotations_have_speakers() -> None:
    article = parse_file(EXAMPLES / "penzanews-japan-australia.txt")
    speakers = [(q.text[:20], q.speaker) for q in article.quotations]
    assert speakers == [
        ("Both Tokyo and Canbe", "Helen Marsh"),
        ("The reciprocal acces", "Helen Marsh"),
        ("Both countries are p", "Kenji Morita"),
    ]


def test_penzanews_latest_headlines_dates_ignored() -> None:
    article = parse_file(FIXTURES / "penzanews_noclock.txt")
    assert article.published == date(2018, 10, 5)
    assert "12.11.2021 Another event in the news" in _furniture_text(article)


def test_moderndiplomacy_structure() -> None:
    article = parse_file(EXAMPLES / "moderndiplomacy-sochi.txt")
    assert article.categories == ("Africa", "Diplomacy", "OPINION/NEWS", "Russia")
    assert [h.text for h in article.headings] == [
        "Arms, grain and nuclear power",
        "Sanctions as a selling point",
    ]
    assert [f.text[:4] for f in article.footnotes] == ["1 – ", "2 – "]
    assert all("Akismet" not in p.text for p in article.paragraphs)
    assert all("Lecturer in international relations" not in p.text for p in article.paragraphs)
    furniture = _furniture_text(article)
    assert "Image source: kremlin.ru" in furniture
    assert "Editor review" in furniture
    assert len(article.paragraphs) == 3


def test_moderndiplomacy_heading_with_question_mark() -> None:
    article = parse_file(FIXTURES / "moderndiplomacy_byline.txt")
    assert [h.text for h in article.headings] == ["What comes next?"]
    assert len(article.footnotes) == 1


def test_blogger_trailers() -> None:
    article = parse_file(FIXTURES / "blogger_longdate.txt")
    assert [p.text for p in article.paragraphs][
        -1
    ] == "Nobody expected a breakthrough, and none came."
    assert "Newer Post Older Post Home" in _furniture_text(article)


def test_valdai_disclaimer_is_furniture() -> None:
    article = parse_file(EXAMPLES / "valdai-normandy.txt")
    assert article.publisher == "Valdai Discussion Club"
    assert not any("Views expressed" in p.text for p in article.paragraphs)
    assert any(s.label == "disclaimer" for s in article.furniture)


def test_focusosa_body() -> None:
    article = parse_file(EXAMPLES / "focusosa-korea.txt")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].text.startswith("The third summit of President Moon Jae-in")


def test_generic_trailer() -> None:
    article = parse_file(FIXTURES / "generic_published.txt")
    assert [p.text for p in article.paragraphs] == [
        "Foreign and defence ministers of the two countries met in Tokyo on Thursday.",
        "The talks covered missile defence and the situation on the Korean Peninsula.",
    ]


def test_every_offset_indexes_the_text_with_crlf() -> None:
    text = (
        (EXAMPLES / "moderndiplomacy-sochi.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    )
    article = parse(text)
    assert article.format == "moderndiplomacy"
    assert article.author == "Daniel Okafor"
    for blk in (*article.blocks, *article.footnotes):
        assert text[blk.start : blk.end] == blk.text
        assert "\r" not in blk.text


def test_named_unknown_format() -> None:
    with pytest.raises(
        UnknownFormatError, match="unknown article format 'nosuch'; known formats: blogger"
    ):
        parse("text", format="nosuch")
    with pytest.raises(LookupError):
        parse("text", format="nosuch")


def test_registry_lists_every_builtin() -> None:
    assert set(formats()) >= {
        "focusosa",
        "valdai",
        "penzanews",
        "blogger",
        "moderndiplomacy",
        "generic",
    }
    for fmt in formats().values():
        assert isinstance(fmt, dipevents.typing.ArticleFormat)
        assert fmt.description


def test_detect_scores() -> None:
    text = (EXAMPLES / "penzanews-japan-australia.txt").read_text(encoding="utf-8")
    fmt, score = detect(text)
    assert fmt.name == "penzanews"
    assert score >= 0.9
    assert detect("just a line")[0].name == "generic"


def test_parse_refuses_bytes() -> None:
    with pytest.raises(TypeError, match="needs the article as str"):
        parse(b"bytes")  # type: ignore[arg-type]
