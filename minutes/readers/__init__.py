"""Readers: any file a customer has -> SourceDocument -> ParsedMinutes.

One reader per format, chosen by the file's content (its name only breaks a
tie): PDF, DOCX, HTML, FirstAgenda publication JSON and plain text. Each
produces the same intermediate document (see document.py) that the structure
parser reads. Pure Python, no Django.

>>> document, minutes = read_minutes(path.read_bytes(), filename=path.name)
"""

from __future__ import annotations

import re

from minutes.parsing.structure import parse_text
from minutes.parsing.text import DEFAULT_MAX_BYTES, decode_minutes
from minutes.parsing.types import MinutesError, ParsedMinutes
from minutes.readers.document import TEXT, SourceDocument

__all__ = [
    "SourceDocument",
    "check_size",
    "detect_format",
    "read_document",
    "read_minutes",
]

# Suffixes of the files a directory import takes.
SUFFIXES = frozenset(
    {".txt", ".md", ".text", ".pdf", ".html", ".htm", ".docx", ".json"}
)

_HTML_START_RE = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG_RE = re.compile(rb"<(?:p|div|h[1-6]|table|br|li|span|strong)\b", re.I)
# An unnamed file with at least this many block tags in its first 4 KB is HTML.
_MIN_HTML_TAGS = 3


def detect_format(data: bytes, filename: str = "") -> str:
    """Return "pdf", "docx", "firstagenda-json", "html" or "text"."""
    head = data[:4096]
    name = filename.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or name.endswith((".docx", ".docm")):
            return "docx"
        if b"opendocument" in head or name.endswith(".odt"):
            raise MinutesError(
                "ODT is not read: save the document as DOCX or PDF and import that"
            )
        raise MinutesError("file is a ZIP archive, not a referat (PDF, DOCX, ...)")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")) and (
        b'"Dagsordenpunkter"' in data or name.endswith(".json")
    ):
        from minutes.readers.firstagenda import looks_like_firstagenda

        if looks_like_firstagenda(data):
            return "firstagenda-json"
        raise MinutesError(
            "JSON that is not a FirstAgenda meeting (no 'Dagsordenpunkter'): "
            "only FirstAgenda's publication JSON is read"
        )
    if _HTML_START_RE.match(head) or (
        name.endswith((".html", ".htm")) and b"<" in head
    ):
        return "html"
    if len(_HTML_TAG_RE.findall(head)) >= _MIN_HTML_TAGS and b"</" in head:
        return "html"
    return "text"


def check_size(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse an empty file or one over the limit."""
    if not data or not data.strip():
        raise MinutesError("file is empty")
    if len(data) > max_bytes:
        size, limit = len(data) / 2**20, max_bytes / 2**20
        raise MinutesError(f"file is {size:.1f} MB, the limit is {limit:.1f} MB")


def read_document(
    data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceDocument:
    """Read a file into the intermediate document, or raise MinutesError."""
    check_size(data, max_bytes)
    kind = detect_format(data, filename)
    if kind == "pdf":
        from minutes.readers.pdf import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from minutes.readers.docx import read_docx

        return read_docx(data)
    if kind == "firstagenda-json":
        from minutes.readers.firstagenda import read_firstagenda

        return read_firstagenda(data)
    text = decode_minutes(data, filename=filename, max_bytes=max_bytes)
    if kind == "html":
        from minutes.readers.html import read_html

        return read_html(text)
    return SourceDocument(TEXT, "text", text)


def parse_document(document: SourceDocument) -> ParsedMinutes:
    """The structure of a read document (the reader's own, where it knows it)."""
    if document.structured is not None:
        return document.structured
    return parse_text(document.text)


def read_minutes(
    data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[SourceDocument, ParsedMinutes]:
    """Read and parse one file; raise MinutesError if it is not a referat."""
    document = read_document(data, filename, max_bytes)
    return document, parse_document(document)
