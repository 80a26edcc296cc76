"""decode_minutes: bytes of an upload -> text, or a precise MinutesError."""

from __future__ import annotations

import codecs
import io
import zipfile

import pytest

from minutes.parsing.text import decode_minutes
from minutes.parsing.types import MinutesError

REFERAT = "Referat\nMødedato: 12. marts 2020\n\nPunkt 1: Økonomi og æbler på Ålborg\n"


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(REFERAT.encode("utf-8"), REFERAT, id="utf-8"),
        pytest.param(
            codecs.BOM_UTF8 + REFERAT.encode("utf-8"), REFERAT, id="utf-8-bom"
        ),
        pytest.param(REFERAT.encode("cp1252"), REFERAT, id="cp1252"),
        pytest.param(
            "Kommunens budget – 5 € pr. borger\n".encode("cp1252"),
            "Kommunens budget – 5 € pr. borger\n",
            id="cp1252-dash-and-euro",
        ),
        pytest.param(REFERAT.encode("utf-16"), REFERAT, id="utf-16-with-bom"),
        pytest.param(b"a\r\nb\r\nc", "a\nb\nc", id="crlf-newlines"),
        pytest.param(b"a\rb\rc", "a\nb\nc", id="cr-newlines"),
        pytest.param(
            "A\u030alborg".encode(), "\u00c5lborg", id="decomposed-letters-become-nfc"
        ),
        pytest.param(b"side 1\n\fside 2\n", "side 1\n\fside 2\n", id="form-feed-kept"),
    ],
)
def test_decode_minutes_returns_normalised_text(data: bytes, expected: str) -> None:
    assert decode_minutes(data) == expected


def test_decoding_keeps_one_line_per_source_line() -> None:
    source = "linje 1\r\nlinje 2\r\n\flinje 3\rlinje 4\n"
    text = decode_minutes(source.encode("utf-8"))
    assert text.split("\n")[:4] == ["linje 1", "linje 2", "\flinje 3", "linje 4"]


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        pytest.param(b"", "", "file is empty", id="empty"),
        pytest.param(b" \n\n\t\n", "", "file is empty", id="only-whitespace"),
        pytest.param(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "referat.pdf",
            "PDF import is not supported yet",
            id="pdf",
        ),
        pytest.param(
            _docx_bytes(), "referat.docx", "DOCX import is not supported yet", id="docx"
        ),
        pytest.param(
            _docx_bytes(), "", "DOCX import is not supported yet", id="docx-unnamed"
        ),
        pytest.param(b"PK\x03\x04\x14\x00rest", "bilag.zip", "ZIP archive", id="zip"),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20,
            "referat.doc",
            "Word 97-2003",
            id="old-word",
        ),
        pytest.param(b"{\\rtf1\\ansi referat}", "referat.rtf", "RTF", id="rtf"),
        pytest.param(b"Referat\x00\x00\x01", "", "binary, not text", id="nul-bytes"),
        pytest.param(
            b"Referat " + bytes(range(1, 8)) * 20,
            "",
            "control bytes",
            id="control-bytes",
        ),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(
    data: bytes, filename: str, message: str
) -> None:
    with pytest.raises(MinutesError) as error:
        decode_minutes(data, filename=filename)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_too_large_file_message_gives_size_and_limit() -> None:
    data = b"x" * int(12.3 * 1024 * 1024)
    with pytest.raises(MinutesError) as error:
        decode_minutes(data)
    assert str(error.value) == "file is 12.3 MB, the limit is 5.0 MB"


def test_pdf_message_says_how_to_extract_text() -> None:
    with pytest.raises(MinutesError) as error:
        decode_minutes(b"%PDF-1.4 ...")
    assert "pdftotext" in error.value.message


def test_size_limit_is_configurable() -> None:
    with pytest.raises(MinutesError, match="the limit is 0.0 MB"):
        decode_minutes(b"Referat", max_bytes=3)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_text(encoding) -> None:
    text = "Økonomiudvalget\nMødedato: 3. marts 2026\n"
    assert decode_minutes(text.encode(encoding)) == text
