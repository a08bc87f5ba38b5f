"""Page text as browsers copy it (the generic format): the furniture of government, UN and
news sites is skipped, the headline is the title, a date line near it the publication date."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dipevents import parse, parse_file
from dipevents.formats import _furniture as web
from dipevents.formats.generic import dateline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"

# (fixture, title, published, furniture labels that must be found)
CASES = [
    (
        "generic_web_usgov_banner.txt",
        "Secretary Harper's Meeting with Foreign Minister Tanaka of Japan",
        date(2023, 6, 14),
        {"banner", "skip-link", "masthead", "section", "share", "trailer"},
    ),
    (
        "generic_web_breadcrumbs.txt",
        "Press Conference by Minister Sato (Excerpt)",
        date(2024, 2, 6),
        {"breadcrumb", "notice", "clock"},
    ),
    (
        "generic_web_fields.txt",
        "Press Conference by Prime Minister Ishikawa",
        date(2023, 3, 3),
        {"masthead", "field"},
    ),
    (
        "generic_web_release_line.txt",
        "Commerce Adds Twelve Entities to the Entity List",
        date(2024, 9, 12),
        {"skip-link", "masthead", "logo"},
    ),
    (
        "generic_web_govuk.txt",
        "UK and Norway agree new defence partnership",
        date(2023, 10, 3),
        {"cookies", "section", "issuer", "notice", "trailer"},
    ),
    (
        "generic_web_un_symbol.txt",
        "Secretary-General Welcomes Agreement between Neighbours on Disputed Border",
        date(2011, 5, 12),
        {"section"},
    ),
    ("generic_web_date_tag.txt", None, date(2024, 3, 5), {"dateline"}),
    ("generic_web_section_date.txt", None, date(2023, 11, 27), {"section"}),
    (
        "generic_web_wrapped_title.txt",
        "Treasury Sanctions Network Supplying Drones to Russia",
        date(2024, 4, 2),
        {"share", "notice", "title"},
    ),
    ("generic_web_list_intro.txt", None, None, set()),
    ("generic_web_dateline.txt", "Leaders agree to resume talks", date(2019, 6, 5), set()),
]


@pytest.mark.parametrize(("name", "title", "published", "labels"), CASES, ids=[c[0] for c in CASES])
def test_page_text_metadata(
    name: str, title: str | None, published: date | None, labels: set[str]
) -> None:
    article = parse_file(FIXTURES / name)
    assert article.format == "generic"
    assert (article.title, article.published, article.author) == (title, published, None)
    assert labels <= {span.label for span in article.furniture}


def test_furniture_never_reaches_the_body() -> None:
    article = parse_file(FIXTURES / "generic_web_usgov_banner.txt")
    body = article.body
    for words in (
        "official website",
        ".gov",
        "Skip to",
        "Share this",
        "G20 Summit",
        "Sanctions on",
    ):
        assert words not in body, words
    assert "met Japanese Foreign Minister Tanaka" in body
    # the "Related Articles" list names a summit and sanctions: none is an event
    assert {event.TYPE for event in article.events} <= {"two_plus_two"}


def test_a_date_tag_before_the_body_is_cut_off_the_first_paragraph() -> None:
    article = parse_file(FIXTURES / "generic_web_date_tag.txt")
    assert article.paragraphs[0].text.startswith("WASHINGTON – The United States today")
    assert [s.label for s in article.furniture] == ["dateline"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, June 5, 2019 — Putin met Xi.", date(2019, 6, 5)),
        ("TOKYO (Kyodo) 27 May 2019 - The leaders met.", date(2019, 5, 27)),
        ("NEW YORK, 15 June (UN Headquarters) -- The Committee met.", None),  # no year
        ("On June 5, 2019 — the leaders met.", None),  # a sentence, not a dateline
        ("June 5, 2019: The leaders met.", date(2019, 6, 5)),
        ("Nairobi, 12 March 2024 – President Ruto hosted President Museveni.", date(2024, 3, 12)),
        ("Dar es Salaam, Tanzania, March 12, 2024 — The leaders met.", date(2024, 3, 12)),
        ("Yesterday, 12 March 2024 - the leaders met.", None),  # a sentence, not a dateline
        ("In Nairobi, 12 March 2024 - the leaders met.", None),
    ],
)
def test_datelines(text: str, expected: date | None) -> None:
    assert dateline(text) == expected


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("An official website of the United States government", "banner"),
        ("Here’s how you know", "banner"),
        ("Skip to main content", "skip-link"),
        ("We use some essential cookies to make this website work.", "cookies"),
        ("Text size: A A A", "accessibility"),
        ("Printable version", "share"),
        ("Share on Facebook", "share"),
        ("This was published under the 2010 to 2015 Conservative government", "notice"),
        ("[Provisional translation]", "notice"),
        ("Ministry Seal", "logo"),
        ("The cookies were served at the reception.", None),
        ("Home", None),  # only a breadcrumb when a trail follows
    ],
)
def test_furniture_lines(line: str, label: str | None) -> None:
    assert web.furniture_label(line) == label


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bureau of Industry & Security", True),
        ("U.S. Department of the Treasury", True),
        ("Foreign, Commonwealth & Development Office (FCDO)", True),
        ("Cabinet Office", True),
        ("Institute for Policy Studies (IPS); The University of Tokyo", True),
        ("Commerce Adds Twelve Entities to the Entity List", False),
        ("Foreign Secretary announces new sanctions on Russia", False),
        ("Summit in Helsinki", False),
        ("The ministry said on Monday that talks would resume.", False),
        ("Prime Minister's Office of Japan", True),
        # a title naming an office is not the office
        ("Remarks by the Prime Minister", False),
        ("Press statement by the President", False),
        ("Message from the President", False),
    ],
)
def test_mastheads(line: str, expected: bool) -> None:
    assert web.is_organisation(line) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Leaders meet in Tokyo | Example News", "Leaders meet in Tokyo"),
        ("Leaders meet in Tokyo - GOV.UK", "Leaders meet in Tokyo"),
        ("Leaders meet in Tokyo – Ministry of Foreign Affairs of Japan", "Leaders meet in Tokyo"),
        ("Japan-Russia talks - a new start", "Japan-Russia talks - a new start"),
        ("Tokyo | News", "Tokyo | News"),  # too short to be a headline with a site after it
    ],
)
def test_site_names_after_titles(title: str, expected: str) -> None:
    assert web.strip_site(title) == expected


def test_a_known_title_keeps_the_first_paragraph_in_the_body() -> None:
    from dipevents.formats._layout import nonblank, split_lines
    from dipevents.formats.generic import read_header

    text = "The leaders met in Tokyo.\n\nThey agreed to meet again."
    header = read_header(nonblank(split_lines(text)), title="A headline the text does not repeat")
    assert header.title is None
    assert not header.labels


def test_wiki_and_markdown_headings_as_titles() -> None:
    assert parse("= Hans Island =\n\nHans Island is small.", extract=False).title == "Hans Island"
    assert parse("# Talks in Oslo\n\nThe talks began.", extract=False).title == "Talks in Oslo"


def _predictions(corpus: Path, out: Path) -> None:
    articles = sorted(p for p in (corpus / "articles").iterdir() if p.is_file())
    run = subprocess.run(
        [sys.executable, "-m", "dipevents", "extract", "-q", *map(str, articles)],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in run.stdout.splitlines():
        record = json.loads(line)
        (out / f"{Path(record['source']).stem}.json").write_text(line, encoding="utf-8")


@pytest.mark.parametrize(("corpus", "floor"), [("dev-real", 0.95), ("dev-synth", 1.0)])
def test_corpus_metadata(shared_dir: Path, tmp_path: Path, corpus: str, floor: float) -> None:
    base = shared_dir / "corpus" / corpus
    if not base.is_dir():
        pytest.skip(f"{base} is not here")
    _predictions(base, tmp_path)
    scored = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(base), "--pred", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    last = scored.stdout.strip().splitlines()[-1].split()
    assert float(last[last.index("metadata") + 1]) >= floor, scored.stdout[-500:]


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        (  # a chevron trail with no "Home", a session label, the headline under the date
            "Meetings Coverage and Press Releases\n\nSECURITY COUNCIL > PLENARY\n\n"
            "EIGHTY-SECOND SESSION\n\n4 March 2027\n\nCouncil Extends Mandate of Mission in "
            "Haiti for One Year\n\nThe Council today extended the mandate of the mission.",
            "Council Extends Mandate of Mission in Haiti for One Year",
            date(2027, 3, 4),
        ),
        (  # a site's name, then the headline just over the date
            "Parliamentary Record\n\nHome | Debates | Statements\n\nSanctions on Belarus: "
            "Government Statement\n\ndebated on Tuesday 9 March 2027\n\nThe Minister made a "
            "statement to the House on the measures announced last week.",
            "Sanctions on Belarus: Government Statement",
            date(2027, 3, 9),
        ),
        (  # an embassy "in" a country and a bilingual government name are mastheads
            "Embassy of Canada in Chile / Ambassade du Canada au Chili\n\nMedia Center > News\n\n"
            "Canada and Chile sign a new critical minerals agreement\n\nMarch 5, 2027\n\n"
            "SANTIAGO — Canada and Chile signed an agreement on critical minerals today.",
            "Canada and Chile sign a new critical minerals agreement",
            date(2027, 3, 5),
        ),
        (  # a standfirst under the headline is no headline
            "Ministers meet in Oslo\n\nThe ministers agreed a new plan at talks in Oslo.\n\n"
            "Published 3 October 2027\n\nThe ministers met in Oslo on 2 October.",
            "Ministers meet in Oslo",
            date(2027, 10, 3),
        ),
    ],
)
def test_headlines_among_site_furniture(page: str, title: str, published: date) -> None:
    article = parse(page, format="generic")
    assert (article.title, article.published) == (title, published)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Staff Reporters", None),
        ("By Our Correspondent", None),
        ("By Staff Writer | March 3, 2025", None),
        ("By Reuters", None),
        ("By Tomasz Wierzbicki", "Tomasz Wierzbicki"),
        ("Marisol Quintero Vidal, Senior Fellow", "Marisol Quintero Vidal"),
        ("Jan de Vries, Research Director at the Clingendael Institute", "Jan de Vries"),
        ("Amara Okafor, PhD", "Amara Okafor"),
        ("Amara Okafor | Senior Analyst", "Amara Okafor"),
        ("Paris, Berlin and Rome", None),  # no role after the comma: not an author line
        ("Foreign Office, London", None),
    ],
)
def test_bylines_name_a_person_or_nobody(byline: str, author: str | None) -> None:
    article = parse(
        "Allies weigh new measures on the junta\n\n"
        f"{byline}\n\n"
        "The foreign ministers of the bloc met on Monday to discuss the crisis. They agreed on "
        "nothing but a statement."
    )
    assert article.author == author
    body = article.text[article.paragraphs[0].start : article.paragraphs[-1].end]
    if author is not None or byline.startswith("By "):
        assert byline not in body  # a byline, of a person or not, is no body text


def test_a_title_naming_an_office_is_the_title() -> None:
    from dipevents import parse

    article = parse(
        "Remarks by the Prime Minister\n\nPublished: 2024-03-20\n\n"
        "Today I held talks with President Widodo in New Delhi. They were productive."
    )
    assert article.title == "Remarks by the Prime Minister"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe | 1 July 2024", "Jane Roe"),
        ("Hana Kowalczyk-Ryu | 1 July 2024", "Hana Kowalczyk-Ryu"),
        ("Asia Pacific | 1 July 2024", None),  # a section beside the date, no byline
        ("Commentary | 1 July 2024", None),
    ],
)
def test_a_name_beside_the_date_is_the_byline(line: str, author: str | None) -> None:
    from dipevents import parse

    article = parse(f"Forum | Commentary\n\nA title here\n\n{line}\n\nThe body begins. It goes on.")
    assert article.author == author
    assert article.published is not None
