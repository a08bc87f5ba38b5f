"""HTML pages through trafilatura: metadata, main text, furniture, the events of the clean
text, detection by content, decoding, and a clear failure without the ``html`` extra."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import dipevents
from dipevents import Article, MissingExtraError, parse, parse_file, parse_html, to_dict
from dipevents.cli import main
from dipevents.formats.html import decode_html, looks_like_html

pytest.importorskip("trafilatura")

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"

# (page, title, published, author, url, publisher, language)
PAGES: list[tuple[str, str, date | None, str | None, str | None, str | None, str | None]] = [
    (
        "gov_press_release",
        "Treasury Sanctions Network Supplying Drone Components to Iran",
        date(2024, 3, 4),
        None,
        None,
        "U.S. Department of the Treasury",
        "en",
    ),
    (
        "ministry_page",
        "Japan-Australia Foreign and Defence Ministerial Consultations (“2+2”)",
        date(2023, 10, 12),
        None,
        None,
        "Ministry of Foreign Affairs of Japan",
        "en",
    ),
    (
        "news_jsonld",
        "Abe and Xi agree to improve ties at G20 sidelines",
        date(2019, 6, 27),
        "Mariko Sato",
        "https://www.example-shimbun.test/politics/2019/06/27/abe-xi-g20",
        "The Example Shimbun",
        "en-GB",
    ),
    (
        "opengraph_only",
        "Japan and Australia deepen defence ties at Sydney two-plus-two talks",
        date(2018, 10, 11),
        "Daniel Okafor",
        "https://apwire.example.net/news/japan-australia-2plus2",
        "Asia Pacific Wire",
        "en-AU",
    ),
    (
        "encyclopaedia",
        "Kuril Islands dispute",
        None,  # an encyclopaedia's dates are of its edits, not of a publication
        None,  # "Contributors to Wikimedia projects" is no person
        "https://en.wikipedia.org/wiki/Kuril_Islands_dispute",
        "Wikimedia Foundation, Inc.",
        "en",
    ),
    (
        "blog",
        "Notes on the Tokyo talks",
        date(2017, 3, 22),
        "Kenta Ishii",
        "https://pacificnotes.example.com/2017/03/22/notes-on-the-tokyo-talks/",
        "Pacific Notes",
        "en-US",
    ),
    (
        "un_press_release",
        "Security Council Extends Sanctions Regime on South Sudan for One Year",
        date(2023, 5, 30),
        None,
        None,
        "Meetings Coverage and Press Releases",
        "en",
    ),
    (
        "cookie_sidebar",
        "Manila and Beijing trade accusations over Scarborough Shoal",
        date(2024, 5, 21),
        "Ana Reyes",
        None,
        "The Daily Example",
        "en",
    ),
    (
        "state_readout",
        "Secretary Harper’s Meeting with Japanese Foreign Minister Tanaka",
        date(2022, 1, 6),
        None,  # <meta name="author"> names the Office of the Spokesperson
        None,
        "United States Department of State",
        "en-US",
    ),
    (
        "dod_news",
        "Austin Looks Forward to Talks With Japanese Counterpart",
        date(2022, 1, 6),
        "Jim Garamone",  # "By Jim Garamone , DOD News"
        None,
        "U.S. Department of Defense",
        "en",
    ),
    (
        "govuk_news",
        "UK and Norway agree new defence partnership",
        date(2023, 10, 3),
        None,  # the JSON-LD author is an office
        "https://www.gov.uk/government/news/uk-and-norway-agree-new-defence-partnership",
        "GOV.UK",
        "en",
    ),
]
NAMES = [page[0] for page in PAGES]

# Words of each page's navigation, sidebars, comments and footers: never in the body.
FURNITURE = {
    "gov_press_release": ["official website", "Related Press Releases", "G7 Summit", "FOIA", "###"],
    "ministry_page": ["Site Map", "Related Links", "Japan-Australia Summit Meeting", "Copyright"],
    "news_jsonld": ["Most read", "DMZ", "reader42", "Putin", "Share on", "All rights reserved"],
    "opengraph_only": ["Archive", "September 2018", "Tags:", "RSS"],
    "encyclopaedia": ["Main page", "free encyclopedia", "Contents", "References", "sanctions"],
    "blog": ["Recent Posts", "Helsinki", "Senkaku", "Leave a Reply", "G20", "WordPress"],
    "un_press_release": [
        "Welcome to the United Nations",
        "G20 Summit",
        "Malvinas",
        "official record",
    ],
    "cookie_sidebar": ["cookies", "Related stories", "G7", "sanctions", "Newsletter", "Hiroshima"],
    "state_readout": ["official website", "Office of the Spokesperson", "Tags", "Sanctions", "G7"],
    "dod_news": ["Skip to", "Facebook", "Related Stories", "Sanctions", "WEB.mil"],
    "govuk_news": ["cookies", "Share this page", "Related content", "sanctions", "Crown copyright"],
}


def page(name: str) -> Article:
    return parse_file(WEB / f"{name}.html")


def clean(name: str) -> Article:
    return parse_file(WEB / f"{name}.clean.txt")


def comparable(article: Article) -> list[dict[str, Any]]:
    """The events as JSON, evidence by its text (offsets differ between the two texts).

    The id goes too: it is a hash of the evidence offsets, so it differs with them.
    """
    out = []
    for event in article.events:
        data = to_dict(event)
        data["evidence"] = [e["text"] for e in data["evidence"]]
        del data["id"]
        out.append(data)
    return out


@pytest.mark.parametrize(
    ("name", "title", "published", "author", "url", "publisher", "language"), PAGES, ids=NAMES
)
def test_page_metadata(
    name: str,
    title: str,
    published: date | None,
    author: str | None,
    url: str | None,
    publisher: str | None,
    language: str | None,
) -> None:
    article = page(name)
    assert article.format == "html"
    assert article.source == str(WEB / f"{name}.html")
    assert (article.title, article.published, article.author) == (title, published, author)
    assert (article.url, article.publisher, article.language) == (url, publisher, language)


@pytest.mark.parametrize("name", NAMES)
def test_no_furniture_in_the_body_and_no_event_from_it(name: str) -> None:
    article = page(name)
    body = article.body
    for words in FURNITURE[name]:
        assert words not in body, words
    clean_text = clean(name).text
    for event in article.events:
        for evidence in event.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.text
            assert evidence.text in clean_text  # from the article, not from around it


@pytest.mark.parametrize("name", NAMES)
def test_events_are_those_of_the_clean_text(name: str) -> None:
    from_page, from_text = page(name), clean(name)
    assert comparable(from_page) == comparable(from_text)
    assert (from_text.title, from_text.published) == (from_page.title, from_page.published)


def test_the_events_are_there() -> None:
    kinds = {name: sorted({e.TYPE for e in page(name).events}) for name in NAMES}
    assert kinds["gov_press_release"] == ["sanction"]
    assert kinds["ministry_page"] == ["two_plus_two"]
    assert kinds["blog"] == ["summit", "two_plus_two"]
    assert kinds["un_press_release"] == ["sanction"]
    assert kinds["cookie_sidebar"] == ["territorial_claim"]
    (meeting,) = [e for e in page("blog").events if e.TYPE == "two_plus_two"]
    assert meeting.date is not None
    assert meeting.date.start == date(2017, 3, 20)  # "on Monday" of a post of 22 March 2017


def test_text_is_the_extracted_text_with_headings() -> None:
    article = page("encyclopaedia")
    assert "<" not in article.text
    assert [h.text for h in article.headings] == ["History", "Negotiations"]
    assert article.paragraphs[0].text.startswith("The Kuril Islands dispute is a disagreement")
    assert "toc" in {s.label for s in article.furniture}


def test_parse_html_takes_str_bytes_and_what_the_caller_knows() -> None:
    raw = (WEB / "blog.html").read_bytes()
    from_bytes = parse_html(raw, source="blog.html")
    from_str = parse_html(raw.decode("utf-8"), source="blog.html")
    assert to_dict(from_bytes) == to_dict(from_str)
    known = parse_html(
        raw, url="https://mirror.example.org/p", published="2017-03-28", title="Given", author="X Y"
    )
    assert (known.url, known.published, known.title, known.author) == (
        "https://mirror.example.org/p", date(2017, 3, 28), "Given", "X Y",
    )  # fmt: skip
    (meeting,) = [e for e in known.events if e.TYPE == "two_plus_two"]
    assert meeting.date is not None
    assert meeting.date.start == date(2017, 3, 27)  # "on Monday" before the given 28 March
    with pytest.raises(TypeError, match="needs the page as str or bytes"):
        parse_html(3)  # type: ignore[arg-type]


def test_parse_detects_a_page_by_its_content() -> None:
    html = (WEB / "news_jsonld.html").read_text(encoding="utf-8")
    assert parse(html).format == "html"
    assert parse(html, format="html").title == "Abe and Xi agree to improve ties at G20 sidelines"


def test_a_page_is_detected_whatever_its_file_name(tmp_path: Path) -> None:
    saved = tmp_path / "download"  # no extension, as browsers and crawlers sometimes save
    saved.write_bytes((WEB / "ministry_page.html").read_bytes())
    assert parse_file(saved).format == "html"
    text = tmp_path / "notes.html"  # a page's name, but plain text inside
    text.write_text("Summit in Helsinki\n\nPutin met Trump on 16 July 2018.", encoding="utf-8")
    assert parse_file(text).format == "generic"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("\ufeff  <!doctype HTML>\n<title>x</title>", True),
        ("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>", True),
        ("<!-- saved from url=(0047)https://example.org/ -->\n<html lang='en'>", True),
        ("<div class='a'><p>One</p><p>Two</p></div>", True),
        ("Summit news: <b>Abe</b> met Putin.", False),
        ("<3 Tokyo", False),
        ("Leaders meet\n\n<html> is a tag name.", False),
        (b"<html><head><meta charset='shift_jis'></head></html>", True),
    ],
)
def test_looks_like_html(data: str | bytes, expected: bool) -> None:
    assert looks_like_html(data) is expected


def test_decoding_a_page_as_a_browser_does() -> None:
    japanese = "<html><head><meta charset='shift_jis'><title>日米首脳会談</title></head><body></body></html>"
    assert decode_html(japanese.encode("shift_jis")) == japanese
    header = "<html><head><title>Café</title></head></html>"
    assert decode_html(header.encode("cp1252")) == header  # not UTF-8, undeclared: windows-1252
    assert decode_html(header.encode("cp1252"), charset="iso-8859-1") == header
    assert decode_html(b"\xef\xbb\xbf<html>\xc3\xa9</html>") == "<html>é</html>"
    assert decode_html("<html>é</html>".encode("utf-16")) == "<html>é</html>"
    with pytest.raises(dipevents.DecodeError, match="NUL byte"):
        decode_html(b"<html>\x00</html>", source="x.html")


def test_a_page_in_another_encoding(tmp_path: Path) -> None:
    html = (WEB / "cookie_sidebar.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    html = html.replace("Beijing said", "Beijing’s embassy said")
    saved = tmp_path / "page.htm"
    saved.write_bytes(html.encode("cp1252"))
    article = parse_file(saved)
    assert article.title == "Manila and Beijing trade accusations over Scarborough Shoal"
    assert "Beijing’s embassy said" in article.text


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv), stdout=out, stderr=err)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def test_cli_extracts_pages_files_and_standard_input() -> None:
    code, out, err = run("extract", str(WEB / "news_jsonld.html"), str(WEB / "blog.html"))
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["title"], first["published"], first["format"]) == (
        "Abe and Xi agree to improve ties at G20 sidelines", "2019-06-27", "html",
    )  # fmt: skip
    assert (second["author"], second["language"]) == ("Kenta Ishii", "en-US")
    code, out, err = run("extract", "-", stdin=(WEB / "blog.html").read_text(encoding="utf-8"))
    assert code == 0, err
    assert json.loads(out)["title"] == "Notes on the Tokyo talks"
    code, out, _ = run("formats")
    assert any(line.startswith("html ") for line in out.splitlines())


def test_cli_reads_html_in_json_lines_records() -> None:
    html = (WEB / "opengraph_only.html").read_text(encoding="utf-8")
    record = {"url": "https://apwire.example.net/x", "html": html, "source": "crawl-1"}
    code, out, err = run("extract", "-", stdin=json.dumps(record) + "\n")
    assert code == 0, err
    result = json.loads(out)
    assert (result["title"], result["published"], result["url"], result["source"]) == (
        "Japan and Australia deepen defence ties at Sydney two-plus-two talks",
        "2018-10-11",
        "https://apwire.example.net/x",
        "crawl-1",
    )


def _trafilatura_json(page_path: Path, *flags: str) -> str:
    command = shutil.which("trafilatura")
    argv = [command] if command else [sys.executable, "-m", "trafilatura.cli"]
    done = subprocess.run(
        [*argv, "--json", *flags],
        input=page_path.read_bytes(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode("utf-8")


def test_trafilatura_json_piped_in_keeps_its_title_and_date() -> None:
    # trafilatura --json --with-metadata < page.html | dipevents extract -
    piped = _trafilatura_json(WEB / "news_jsonld.html", "--with-metadata")
    code, out, err = run("extract", "-", stdin=piped)
    assert code == 0, err
    record = json.loads(out)
    assert (record["title"], record["published"], record["author"]) == (
        "Abe and Xi agree to improve ties at G20 sidelines", "2019-06-27", "Mariko Sato",
    )  # fmt: skip
    assert record["url"] == "https://www.example-shimbun.test/politics/2019/06/27/abe-xi-g20"
    assert {e["type"] for e in record["events"]} == {"summit"}
    # without --with-metadata trafilatura writes the text alone: the title comes from it
    bare = _trafilatura_json(WEB / "news_jsonld.html")
    code, out, err = run("extract", "-", stdin=bare)
    assert code == 0, err
    assert json.loads(out)["title"] == "Abe and Xi agree to improve ties at G20 sidelines"


def test_without_the_extra_pages_fail_clearly_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura -> ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'dipevents\[html\]'") as caught:
        page("blog")
    assert isinstance(caught.value, ImportError)
    assert caught.value.extra == "html"
    text = tmp_path / "a.txt"
    text.write_text("Summit in Helsinki\n\nPutin met Trump in Helsinki on 16 July 2018.", "utf-8")
    code, out, err = run("extract", "-w", "1", str(WEB / "blog.html"), str(text))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert json.loads(out)["source"] == str(text)
    assert err == (
        f"dipevents: {WEB / 'blog.html'}: reading HTML needs trafilatura, which is not "
        "installed: pip install 'dipevents[html]'\n"
    )
    code, out, _ = run("formats")
    assert "Not installed." in next(line for line in out.splitlines() if line.startswith("html"))


def test_a_page_with_no_text_is_a_parse_error() -> None:
    with pytest.raises(dipevents.ParseError, match="no article text"):
        parse_html("<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>")


def test_a_saved_page_says_where_it_came_from() -> None:
    html = (WEB / "ministry_page.html").read_text(encoding="utf-8")
    saved = "<!-- saved from url=(0041)https://www.mofa.example/a/b/page.html -->\n" + html
    assert parse_html(saved, extract=False).url == "https://www.mofa.example/a/b/page.html"
    single = "<!--\n Page saved with SingleFile \n url: https://www.mofa.example/c.html \n saved date: Tue Dec 01 2026 -->\n"
    assert parse_html(single + html, extract=False).url == "https://www.mofa.example/c.html"
    assert parse_html(html, extract=False).url is None


def test_many_pages_on_several_workers() -> None:
    paths = [WEB / f"{name}.html" for name in NAMES]
    results = list(dipevents.extract_many(paths, workers=2, chunk_size=2))
    assert [r.source for r in results] == [str(p) for p in paths]
    assert all(isinstance(r, Article) and r.format == "html" for r in results)
