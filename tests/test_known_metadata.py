"""Metadata the user already has: keywords of parse, parse_file, extract_many, the CLI,
and the records of crawlers and extractors in JSON Lines."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timezone
from pathlib import Path

import jsonschema
import pytest

from dipevents import Article, Failure, extract_many, json_schema, parse, parse_file, to_dict
from dipevents._known import as_date, known, language_tag
from dipevents.cli import main
from dipevents.io.records import RecordError, read_record

# "On Monday" needs a publication date to be placed; the text alone has none.
TEXT = (
    "Talks in Tokyo\n\nOn Monday, Prime Minister Shinzo Abe met President Vladimir Putin in Tokyo."
)


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is None:
        code = main(list(argv), stdout=out, stderr=err)
    else:
        import sys

        saved, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            code = main(list(argv), stdout=out, stderr=err)
        finally:
            sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def summit_day(article: Article) -> date | None:
    (event,) = article.events
    return event.date.start if event.date else None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2017, 3, 28), date(2017, 3, 28)),
        (datetime(2017, 3, 28, 23, 30, tzinfo=timezone.utc), date(2017, 3, 28)),
        ("2017-03-28", date(2017, 3, 28)),
        (" 2017-03-28 ", date(2017, 3, 28)),
        ("2017-03-28T23:30:00-05:00", date(2017, 3, 28)),  # the day as written, not in UTC
        ("2017-03-28 10:00:00", date(2017, 3, 28)),
        ("2017-03-28T01:02:03.456Z", date(2017, 3, 28)),
        ("28 March 2017", date(2017, 3, 28)),
        ("March 28, 2017", date(2017, 3, 28)),
        ("Tuesday, March 28, 2017", date(2017, 3, 28)),
        ("Tue, 28 Mar 2017 10:00:00 GMT", date(2017, 3, 28)),
        (None, None),
    ],
)
def test_dates_the_caller_gives(value: object, expected: date | None) -> None:
    assert as_date(value) == expected


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("03/04/2018", ValueError, "needs a date such as 2017-03-28"),
        ("2017-02-30", ValueError, "needs a real date"),
        ("yesterday", ValueError, "got 'yesterday'"),
        ("2017-03-28junk", ValueError, "got '2017-03-28junk'"),
        ("Talks on March 28, 2017 went on for hours", ValueError, "needs a date"),
        (20170328, TypeError, "got int 20170328"),
    ],
)
def test_dates_that_are_refused(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        as_date(value)


def test_known_normalises_and_checks() -> None:
    given = known(title="  Talks in\n Tokyo ", author="", url=" https://example.org/a ")
    assert (given.title, given.author, given.url) == (
        "Talks in Tokyo",
        None,
        "https://example.org/a",
    )
    with pytest.raises(ValueError, match=r"absolute http or https URL, got 'example\.org/a'"):
        known(url="example.org/a")
    with pytest.raises(TypeError, match="title needs a str"):
        known(title=3)
    assert [language_tag(v) for v in ("en", "en_GB", "zh-Hant-TW", "English", 3, "")] == [
        "en", "en-GB", "zh-Hant-TW", None, None, None,
    ]  # fmt: skip


def test_parse_takes_what_the_caller_knows() -> None:
    plain = parse(TEXT)
    assert plain.published is None
    article = parse(
        TEXT,
        published="2017-03-28",
        title="Abe and Putin meet",
        author="Jane Doe",
        url="https://example.org/talks",
    )
    assert (article.title, article.published, article.author, article.url) == (
        "Abe and Putin meet", date(2017, 3, 28), "Jane Doe", "https://example.org/talks",
    )  # fmt: skip
    assert summit_day(article) == date(2017, 3, 27)  # "on Monday" before 28 March 2017
    assert article.text == TEXT  # offsets still index the input


def test_given_metadata_wins_over_the_text() -> None:
    text = "Talks in Tokyo\n\nMarch 1, 2015\n\nOn Monday, Abe met Putin in Tokyo."
    assert parse(text).published == date(2015, 3, 1)
    article = parse(text, published=date(2017, 3, 28), title="Other")
    assert (article.published, article.title) == (date(2017, 3, 28), "Other")
    assert summit_day(article) == date(2017, 3, 27)


def test_bad_metadata_fails_before_parsing() -> None:
    with pytest.raises(ValueError, match="published needs"):
        parse(TEXT, published="sometime")
    with pytest.raises(ValueError, match="url needs"):
        parse(TEXT, url="ftp://example.org/a")


def test_parse_file_takes_the_same_keywords(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = parse_file(path, published="2017-03-28", url="https://example.org/a")
    assert (article.source, article.url, summit_day(article)) == (
        str(path), "https://example.org/a", date(2017, 3, 27),
    )  # fmt: skip


def test_extract_many_applies_batch_metadata_under_each_records_own() -> None:
    inputs = [
        TEXT,
        {"text": TEXT, "date": "2018-06-12"},  # its own date wins
        {"text": TEXT, "date": "someday"},  # an unreadable date is a failure, not a guess
    ]
    first, second, third = extract_many(inputs, published="2017-03-28")
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert (first.published, summit_day(first)) == (date(2017, 3, 28), date(2017, 3, 27))
    assert (second.published, summit_day(second)) == (date(2018, 6, 12), date(2018, 6, 11))
    assert isinstance(third, Failure)
    assert (third.kind, third.source) == ("bad-record", "<record 2>")
    assert "someday" in third.reason
    with pytest.raises(ValueError, match="published needs"):
        list(extract_many([TEXT], published="soon"))


@pytest.mark.parametrize(
    ("shape", "record"),
    [
        ("dipevents", {"text": TEXT, "published": "2017-03-28", "url": "https://e.org/a"}),
        (
            "trafilatura --json --with-metadata",
            {
                "title": "Abe and Putin meet",
                "author": "Jane Doe; John Roe",
                "hostname": "e.org",
                "date": "2017-03-28",
                "fingerprint": "24e830f40f743a7c",
                "id": None,
                "license": None,
                "comments": "",
                "raw_text": "x",
                "text": TEXT,
                "language": "en",
                "image": None,
                "pagetype": "article",
                "filedate": "2026-12-01",
                "source": "https://e.org/a",
                "source-hostname": "Example News",
                "excerpt": None,
                "categories": "",
                "tags": "",
            },
        ),
        (
            "news-please",
            {
                "authors": ["Jane Doe"],
                "date_download": "2026-12-01 10:00:00",
                "date_publish": "2017-03-28 08:00:00",
                "maintext": TEXT,
                "title": "Abe and Putin meet",
                "url": "https://e.org/a",
                "source_domain": "e.org",
                "language": "en",
            },
        ),
        (
            "newspaper4k",
            {
                "url": "https://e.org/a",
                "title": "Abe and Putin meet",
                "authors": ["Jane Doe"],
                "publish_date": "2017-03-28T08:00:00+09:00",
                "text": TEXT,
                "meta_lang": "en",
                "meta_site_name": "Example News",
            },
        ),
        (
            "Apify",
            {
                "url": "https://e.org/a",
                "text": TEXT,
                "metadata": {"title": "Abe and Putin meet", "author": "Jane Doe"},
                "date": "2017-03-28",
            },
        ),
        (
            "Diffbot",
            {
                "title": "Abe and Putin meet",
                "text": TEXT,
                "date": "Tue, 28 Mar 2017 08:00:00 GMT",
                "authors": [{"name": "Jane Doe", "link": "https://e.org/jane"}],
                "pageUrl": "https://e.org/a",
                "siteName": "Example News",
            },
        ),
    ],
)
def test_records_of_common_tools_keep_their_metadata(shape: str, record: dict[str, object]) -> None:
    (article,) = extract_many([record])
    assert isinstance(article, Article), article
    assert article.published == date(2017, 3, 28), shape
    assert article.url == "https://e.org/a", shape
    assert summit_day(article) == date(2017, 3, 27), shape
    if "title" in record or "metadata" in record:
        assert article.title == "Abe and Putin meet", shape
        assert article.author == "Jane Doe", shape


def test_records_that_cannot_be_read() -> None:
    with pytest.raises(RecordError, match="text string"):
        read_record({"title": "no text"})
    with pytest.raises(RecordError, match='"title": expected a string'):
        read_record({"text": "x", "title": ["a"]})
    with pytest.raises(RecordError, match="url needs"):
        read_record({"text": "x", "url": "not a url"})
    assert read_record({"text": "x", "filedate": "2026-12-01"}).known.published is None


def test_cli_published_and_record_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, err = run(
        "extract", "--published", "2017-03-28", "--url", "https://e.org/a", str(path)
    )
    assert code == 0, err
    record = json.loads(out)
    assert (record["published"], record["url"]) == ("2017-03-28", "https://e.org/a")
    assert record["events"][0]["date"]["start"] == "2017-03-27"
    jsonschema.validate(record, json_schema())
    code, _, err = run("extract", "--published", "2017-02-30", str(path))
    assert code == 2
    assert err == "dipevents extract: --published needs a real date, got '2017-02-30'\n"


def test_cli_json_lines_records_keep_their_metadata() -> None:
    lines = [
        {
            "text": TEXT,
            "title": "Abe and Putin meet",
            "date": "2017-03-28",
            "url": "https://e.org/a",
        },
        {"text": TEXT, "published": "2018-06-12", "author": "Jane Doe"},
        {"text": TEXT, "date": "tomorrow"},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    code, out, err = run("extract", "-", stdin=stdin)
    assert code == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["title"], first["published"], first["url"]) == (
        "Abe and Putin meet", "2017-03-28", "https://e.org/a",
    )  # fmt: skip
    assert (second["published"], second["author"]) == ("2018-06-12", "Jane Doe")
    assert err.startswith('dipevents: <stdin>:3: "date" needs a date')


def test_article_json_round_trip_keeps_url_and_language() -> None:
    from dipevents import from_dict

    article = Article(text="x", url="https://e.org/a", language="en-GB", publisher="Example")
    data = to_dict(article)
    assert (data["url"], data["language"]) == ("https://e.org/a", "en-GB")
    assert from_dict(data, Article) == article
    assert "url" not in to_dict(Article(text="x"))  # unchanged JSON for articles without
    jsonschema.validate(data, json_schema())
    with pytest.raises(ValueError, match=r"Article\.url needs an absolute http or https URL"):
        Article(text="x", url="/relative/path")
    with pytest.raises(ValueError, match=r"Article\.language needs a language tag"):
        Article(text="x", language="en GB")
