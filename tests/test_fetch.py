"""URLs: fetched from a local HTTP server on 127.0.0.1 (never the internet), with a timeout,
a size cap and a User-Agent naming dipevents; a failed fetch is a failure like a bad file."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dipevents import Article, Failure, FetchError, ParseError, extract_many, parse_url
from dipevents._fetch import USER_AGENT, fetch, is_url
from dipevents.cli import main

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
TEXT = b"Summit in Helsinki\n\nPresident Putin met President Trump in Helsinki on 16 July 2018."
SEEN: list[str] = []  # the User-Agent of each request


class Pages(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def handle(self) -> None:
        # A client that gives up (a timeout, a body over the cap) closes the connection
        # while the page is still being written: not an error of the server.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def finish(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().finish()

    def send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN.append(self.headers.get("User-Agent", ""))
        if self.path == "/blog.html":
            self.send(200, (WEB / "blog.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/nocanonical.html":
            body = (WEB / "ministry_page.html").read_bytes()
            self.send(200, body, "text/html")
        elif self.path == "/notes.txt":
            self.send(200, TEXT, "text/plain; charset=utf-8")
        elif self.path == "/moved":
            self.send(301, b"", "text/plain", Location="/nocanonical.html")
        elif self.path == "/to-file":
            self.send(302, b"", "text/plain", Location="file:///etc/passwd")
        elif self.path == "/gzipped.html":
            body = gzip.compress((WEB / "news_jsonld.html").read_bytes())
            self.send(200, body, "text/html; charset=utf-8", Content_Encoding="gzip")
        elif self.path == "/big.html":
            self.send(200, b"<html>" + b"x" * 200_000 + b"</html>", "text/html")
        elif self.path == "/slow":
            time.sleep(2)
            self.send(200, TEXT, "text/plain")
        elif self.path == "/report.pdf":
            self.send(200, b"%PDF-1.4 ...", "application/pdf")
        else:
            self.send(404, b"not here", "text/plain")


class Quiet(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = Quiet(("127.0.0.1", 0), Pages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to 127.0.0.1 go straight to it, whatever proxy the machine sets."""
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def test_a_page_by_its_url(server: str) -> None:
    pytest.importorskip("trafilatura")
    SEEN.clear()
    article = parse_url(f"{server}/blog.html")
    assert article.format == "html"
    assert article.source == f"{server}/blog.html"
    assert article.url == "https://pacificnotes.example.com/2017/03/22/notes-on-the-tokyo-talks/"
    assert (article.title, str(article.published)) == ("Notes on the Tokyo talks", "2017-03-22")
    assert SEEN == [USER_AGENT]
    assert USER_AGENT.startswith("dipevents/")


def test_redirects_are_followed_and_the_final_address_kept(server: str) -> None:
    pytest.importorskip("trafilatura")
    article = parse_url(f"{server}/moved")
    assert article.source == f"{server}/moved"
    assert article.url == f"{server}/nocanonical.html"  # the page declares no address of its own
    assert article.title.startswith("Japan-Australia Foreign and Defence")


def test_plain_text_and_compressed_pages(server: str) -> None:
    article = parse_url(f"{server}/notes.txt")
    assert (article.format, article.title, article.url) == (
        "generic", "Summit in Helsinki", f"{server}/notes.txt",
    )  # fmt: skip
    assert [e.TYPE for e in article.events] == ["summit"]
    pytest.importorskip("trafilatura")
    assert parse_url(f"{server}/gzipped.html").author == "Mariko Sato"


@pytest.mark.parametrize(
    ("path", "reason", "status"),
    [
        ("/missing", "HTTP 404 Not Found", 404),
        ("/big.html", "200,013 bytes, over the limit of 100,000", None),
        ("/slow", "timed out after 0.5 s", None),
        ("/to-file", "redirected to 'file:///etc/passwd', not a web address", None),
    ],
)
def test_fetches_that_fail(server: str, path: str, reason: str, status: int | None) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"{server}{path}", timeout=0.5, max_bytes=100_000)
    assert caught.value.reason == reason
    assert caught.value.status == status
    assert isinstance(caught.value, OSError)
    assert str(caught.value) == f"{server}{path}: {reason}"


def test_a_refused_connection_and_a_bad_address() -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", timeout=2)  # the discard port: nothing listens
    with pytest.raises(FetchError, match="not an http or https address"):
        fetch("ftp://127.0.0.1/file")


def test_a_document_that_is_not_a_page(server: str) -> None:
    with pytest.raises(ParseError, match="the server sent application/pdf"):
        parse_url(f"{server}/report.pdf")


def test_is_url() -> None:
    assert is_url("https://example.org/a?b=c")
    assert is_url("HTTP://EXAMPLE.ORG")
    assert not is_url("example.org/a")
    assert not is_url("https://example.org/a b")
    assert not is_url("Summit in Helsinki\n\nhttps://example.org")


def test_extract_many_fetches_urls_and_reports_failures(server: str) -> None:
    first, second, third = extract_many(
        [f"{server}/notes.txt", f"{server}/missing", "Talks\n\nAbe met Putin in Tokyo."],
        published="2018-07-20",
    )
    assert isinstance(first, Article)
    assert str(first.published) == "2018-07-20"
    assert isinstance(second, Failure)
    assert (second.kind, second.source, second.reason) == (
        "fetch-error", f"{server}/missing", "HTTP 404 Not Found",
    )  # fmt: skip
    assert isinstance(third, Article)


def test_cli_fetches_urls_beside_files(server: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["extract", "--fetch-timeout", "0.5", f"{server}/notes.txt", f"{server}/slow", str(path)],
        stdout=out,
        stderr=err,
    )
    assert code == 1
    sources = [json.loads(line)["source"] for line in out.getvalue().splitlines()]
    assert sources == [f"{server}/notes.txt", str(path)]
    assert err.getvalue() == f"dipevents: {server}/slow: timed out after 0.5 s\n"
    code = main(["extract", "--fetch-timeout", "0", str(path)], stdout=io.StringIO(), stderr=err)
    assert code == 2
