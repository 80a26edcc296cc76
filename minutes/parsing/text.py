"""Bytes of an uploaded referat -> text: the only module that looks at file formats.

Plain text is accepted as UTF-8 (with or without a byte order mark), UTF-16
with a byte order mark, or Windows-1252/Latin-1. Formats that need a text
extractor (PDF, DOCX, old Word files) are refused with a message that says
what to do instead. Line structure is preserved exactly: every "\\n" in the
result is a line break of the original file, so line numbers reported by the
structure parser are the line numbers of the file. Form feeds (page breaks in
``pdftotext`` output) are kept; the structure parser treats them as page
boundaries.
"""

from __future__ import annotations

import codecs
import unicodedata

from minutes.parsing.types import MinutesError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_MEGABYTE = 1024 * 1024

# Bytes that are never part of a text file: C0 controls other than tab, line
# feed, vertical tab, form feed and carriage return, plus DEL. Bytes 0x80-0x9F
# are printable in Windows-1252, so they are not counted.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NON_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# More than this share of control bytes means the file is not text.
_MAX_CONTROL_SHARE = 0.01

# Latin-script UTF-16 without a byte order mark: most high bytes are NUL.
_UTF16_NUL_SHARE = 0.6

_PDF_MAGIC = b"%PDF"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls (Office 97-2003)
_RTF_MAGIC = b"{\\rtf"


def decode_minutes(
    data: bytes, *, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Return the text of an uploaded referat, or raise MinutesError saying why not.

    The text has "\\n" line breaks only, is NFC-normalised and keeps form feeds.
    """
    size = len(data)
    if size == 0 or not data.strip():
        raise MinutesError("file is empty")
    if size > max_bytes:
        raise MinutesError(
            f"file is {_megabytes(size)}, the limit is {_megabytes(max_bytes)}"
        )
    _refuse_known_binary_formats(data, filename)

    text = _decode_utf16(data)
    if text is None:
        _refuse_binary(data)
        text = _decode_8bit(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise MinutesError("file is empty")
    return text


def _megabytes(size: int) -> str:
    return f"{size / _MEGABYTE:.1f} MB"


def _refuse_known_binary_formats(data: bytes, filename: str) -> None:
    head = data[:8]
    lower_name = filename.lower()
    if head.startswith(_PDF_MAGIC):
        raise MinutesError(
            "PDF import is not supported yet: extract the text first "
            "(pdftotext -layout minutes.pdf minutes.txt) and upload the .txt file"
        )
    if head.startswith(_ZIP_MAGIC):
        if lower_name.endswith((".docx", ".docm")) or b"word/" in data[:4096]:
            raise MinutesError(
                "DOCX import is not supported yet: save the document as plain text "
                "(.txt, UTF-8) and upload that file"
            )
        if lower_name.endswith(".odt") or b"opendocument" in data[:4096]:
            raise MinutesError(
                "ODT import is not supported yet: save the document as plain text "
                "(.txt, UTF-8) and upload that file"
            )
        raise MinutesError(
            "file is a ZIP archive, not a text file: upload each referat as a .txt file"
        )
    if head.startswith(_OLE2_MAGIC):
        raise MinutesError(
            "Word 97-2003 (.doc) import is not supported: save the document as "
            "plain text (.txt, UTF-8) and upload that file"
        )
    if head.startswith(_RTF_MAGIC):
        raise MinutesError(
            "RTF import is not supported: save the document as plain text "
            "(.txt, UTF-8) and upload that file"
        )


def _decode_utf16(data: bytes) -> str | None:
    """Decode UTF-16 text: with a byte order mark (Notepad's "Unicode"), or
    without one when every other byte is NUL, as in Latin-script UTF-16."""
    encoding = "utf-16"
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = _utf16_without_bom(data)
        if encoding is None:
            return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise MinutesError(
            f"file starts like UTF-16 text but is not valid UTF-16 (byte {error.start})"
        ) from None
    if "\x00" in text:
        raise MinutesError("file is binary, not text (it contains NUL characters)")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= _UTF16_NUL_SHARE * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= _UTF16_NUL_SHARE * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise MinutesError("file is binary, not text (it contains NUL bytes)")
    control = len(data.translate(None, _NON_CONTROL_BYTES))
    if control > _MAX_CONTROL_SHARE * len(data):
        raise MinutesError(
            f"file is binary, not text ({control} control bytes in {len(data)})"
        )


def _decode_8bit(data: bytes) -> str:
    """Decode UTF-8 (BOM optional); fall back to Windows-1252, then Latin-1."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 is a superset of Latin-1's printable range and is what
        # Danish Windows programs write; only five byte values are undefined.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
