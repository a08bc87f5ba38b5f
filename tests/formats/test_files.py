"""Reading article files: encodings, BOM, line endings, refusals with file and offset."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from dipevents import DecodeError, ModelError, ParseError, parse, parse_file, to_json


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfA title\r\n\r\nA body line.\r\n")
    article = parse_file(path)
    assert article.title == "A title"
    assert article.text == "A title\r\n\r\nA body line.\r\n"
    assert article.paragraphs[0].text == "A body line."


def test_old_mac_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "cr.txt"
    path.write_bytes(b"A title\r\rA body line.\r")
    assert parse_file(path).paragraphs[0].text == "A body line."


def test_undecodable_names_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Título\n\nCañón".encode("latin-1"))
    with pytest.raises(DecodeError) as info:
        parse_file(path)
    assert info.value.offset == 1
    assert str(path) in str(info.value)
    assert "byte offset 1" in str(info.value)
    assert isinstance(info.value, UnicodeError)


def test_offset_counts_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom-bad.txt"
    path.write_bytes(b"\xef\xbb\xbfab\xffcd")
    with pytest.raises(DecodeError) as info:
        parse_file(path)
    assert info.value.offset == 5


def test_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DecodeError, match="byte offset 0"):
        parse_file(path)
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"text\x00more")
    with pytest.raises(DecodeError, match="NUL byte"):
        parse_file(nul)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot read"):
        parse_file(tmp_path / "absent.txt")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Title\n\nPutin met Abe \ud800 in Tokyo.", r"a lone surrogate \(U\+D800\) at offset 21"),
        ("Title\n\nPutin met \x00Abe.", r"a NUL character at offset 17"),
    ],
)
def test_parse_refuses_text_no_output_can_hold(text: str, found: str) -> None:
    """Issue 15: such a text was parsed, and writing its article then failed."""
    with pytest.raises(ParseError, match=rf"^a\.txt: the text holds {found}"):
        parse(text, source="a.txt")


def test_parse_refuses_a_source_no_output_can_hold() -> None:
    with pytest.raises(ModelError, match=r"Article\.source needs text without NUL"):
        parse("Title\n\nBody.", source="a\ud800.txt")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="names must be UTF-8 there")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_text("A title\n\nA body line.", encoding="utf-8")
    article = parse_file(path)
    assert article.source == f"{tmp_path}/caf\\xe9.txt"
    assert to_json(article)  # writable
