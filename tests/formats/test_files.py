"""Reading article files: encodings, BOM, line endings, refusals with file and offset."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipevents import DecodeError, ParseError, parse_file


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
