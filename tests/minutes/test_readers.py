"""The readers: every format a customer has, into one intermediate document."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from minutes.parsing.types import MinutesError
from minutes.readers import detect_format, read_document, read_minutes

FORMATS = Path(__file__).parents[1] / "data" / "formats"


def _titles(minutes) -> list[tuple[int, str]]:
    return [(item.number, item.title) for item in minutes.items]


EXPECTED_COMMITTEE_ITEMS = [
    (1, "Godkendelse af dagsorden"),
    (2, "Klimahandleplan 2026-2030, høring"),
    (3, "Status på affaldssortering"),
]


@pytest.mark.parametrize(
    ("data", "filename", "kind"),
    [
        pytest.param(b"%PDF-1.7\n...", "referat.txt", "pdf", id="pdf-by-content"),
        pytest.param(b'{"Dagsordenpunkter": []}', "", "firstagenda-json", id="json"),
        pytest.param(b"<!DOCTYPE html><html><p>x</p>", "", "html", id="html-doctype"),
        pytest.param(
            b"<div><h2>1. A</h2><p>b</p><p>c</p></div>", "r", "html", id="html-tags"
        ),
        pytest.param(b"Referat\n1. Punkt <ikke html>\n", "r.txt", "text", id="text"),
    ],
)
def test_format_is_detected_by_content_not_name(data, filename, kind) -> None:
    assert detect_format(data, filename) == kind


def test_docx_is_detected_inside_the_zip() -> None:
    data = (FORMATS / "udvalg_word.docx").read_bytes()
    assert detect_format(data, "upload.bin") == "docx"


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text", "x", "ODT"),
        (b"PK\x03\x04" + b"\x00" * 40, "upload.zip", "ZIP archive"),
        (b'{"meetings": []}', "upload.json", "not a FirstAgenda meeting"),
    ],
)
def test_unreadable_containers_are_refused_with_what_to_do(
    data, filename, message
) -> None:
    with pytest.raises(MinutesError, match=message):
        read_document(data, filename)


def test_pdf_reader_finds_items_in_a_word_export_with_running_headers() -> None:
    document, minutes = read_minutes((FORMATS / "udvalg.pdf").read_bytes(), "u.pdf")
    assert document.reader == "pdf"
    assert document.pages == 3
    assert minutes.body == "Miljø- og Klimaudvalget"
    assert minutes.date.isoformat() == "2026-03-11"
    assert minutes.location == "Rådhuset, mødelokale 3"
    assert _titles(minutes) == EXPECTED_COMMITTEE_ITEMS
    item = minutes.items[1]
    assert item.case_number == "26/01877"
    assert len(item.recommendation.clauses) == 2
    assert item.decision.text.startswith("Indstillingen blev godkendt.")
    assert item.attachments == (
        "Udkast til klimahandleplan 2026-2030",
        "Notat om borgermøder",
    )
    # The running header and footer of every page are not text of any item.
    texts = [s.text for i in minutes.items for s in i.sections] + [
        i.decision.text for i in minutes.items
    ]
    assert not any("Nordby Kommune" in text or "11-03-2026" in text for text in texts)
    assert any("running page header" in w.message for w in minutes.warnings)


def test_pdf_headings_are_marked_by_their_style() -> None:
    document = read_document((FORMATS / "udvalg.pdf").read_bytes(), "u.pdf")
    assert "## 2. Klimahandleplan 2026-2030, høring" in document.text
    assert "**Beslutning**" in document.text


def test_pdf_without_text_layer_asks_for_ocr() -> None:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buffer = io.BytesIO()
    pdf.save(buffer)
    with pytest.raises(MinutesError, match="no text layer: run OCR first"):
        read_document(buffer.getvalue(), "scan.pdf")


def test_broken_pdf_is_a_clear_error() -> None:
    with pytest.raises(MinutesError, match="the PDF cannot be opened"):
        read_document(b"%PDF-1.4\n garbage", "broken.pdf")


def test_docx_reader_keeps_styles_and_tables() -> None:
    document, minutes = read_minutes(
        (FORMATS / "udvalg_word.docx").read_bytes(), "u.docx"
    )
    assert document.reader == "docx"
    assert _titles(minutes) == EXPECTED_COMMITTEE_ITEMS
    assert "Punkt\tTitel" in document.text  # the agenda table, one row a line
    assert minutes.items[1].attachments == (
        "Udkast til klimahandleplan 2026-2030",
        "Notat om borgermøder",
    )


def test_docx_automatic_numbering_is_printed_as_word_shows_it() -> None:
    word = docx.Document()
    word.add_paragraph("Bestyrelsen")
    word.add_paragraph("Referat af mødet den 3. februar 2026")
    for title in ("Regnskab 2025", "Valg af revisor"):
        word.add_paragraph(title, style="List Number")
        word.add_paragraph("Beslutning").runs[0].bold = True
        word.add_paragraph("Godkendt.")
    buffer = io.BytesIO()
    word.save(buffer)
    document, minutes = read_minutes(buffer.getvalue(), "b.docx")
    assert "1. Regnskab 2025" in document.text
    assert _titles(minutes) == [(1, "Regnskab 2025"), (2, "Valg af revisor")]


def test_html_reader_reads_only_the_visible_content() -> None:
    document, minutes = read_minutes(
        (FORMATS / "byraad_webside.html").read_bytes(), "side.html"
    )
    assert document.reader == "html"
    for noise in ("cookies", "dataLayer", "Erhverv", "Torvet 1", "Skjult"):
        assert noise not in document.text
    assert minutes.body == "Byrådet"
    assert minutes.start_time.isoformat() == "19:00:00"
    assert [item.number for item in minutes.items] == [1, 2, 3]
    school = minutes.items[1]
    assert len(school.recommendation.clauses) == 2
    assert "senest 1. juni 2026" in school.decision.text
    assert school.attachments == ("Høringsnotat", "Skolestruktur - kort")
    assert minutes.items[2].is_closed


def _firstagenda(items: list[dict], **moede) -> bytes:
    meeting = {
        "Udvalg": {"Navn": "Teknik- og Miljøudvalget"},
        "Moede": {
            "Dato": "2026-04-14T16:30:00+02:00",
            "Sted": "Mødelokale 2",
            "Moededeltagere": [
                {"Name": "Anna Berg", "Absent": False},
                {"Name": "Bo Dahl", "Absent": True},
            ],
            **moede,
        },
        "Dagsordenpunkter": items,
    }
    return json.dumps(meeting).encode()


def _fa_item(number: str, title: str, html: str, **fields) -> dict:
    return {
        "Punktnummer": number,
        "Navn": title,
        "SagsNummer": fields.pop("case", ""),
        "IsOpen": fields.pop("is_open", False),
        "Bilag": [{"Navn": name} for name in fields.pop("bilag", [])],
        "Felter": [{"Navn": "", "Html": html}],
    }


def test_firstagenda_json_is_mapped_field_by_field() -> None:
    data = _firstagenda(
        [
            _fa_item(
                "1",
                "Trafiksikkerhedsplan",
                "<h3>Beslutning</h3><span>Godkendt. Forvaltningen giver en status "
                "i efteråret 2026.</span><h3>Fremstilling</h3><h4>Indstilling</h4>"
                "<p>Administrationen indstiller,</p><p>1. at planen godkendes, og</p>"
                "<p>2. at planen offentliggøres.</p>",
                case="26-004411",
                bilag=["Bilag 1. Trafiksikkerhedsplan"],
            ),
            _fa_item(
                "2", "Lukket: Køb af areal", "<h3>Beslutning</h3><p>Godkendt.</p>"
            ),
        ]
    )
    document, minutes = read_minutes(data, "moede.json")
    assert document.reader == "firstagenda-json"
    assert minutes.layout == "firstagenda-json"
    assert (minutes.body, minutes.date.isoformat()) == (
        "Teknik- og Miljøudvalget",
        "2026-04-14",
    )
    assert minutes.start_time.isoformat() == "16:30:00"
    assert minutes.location == "Mødelokale 2"
    assert minutes.absentees == ("Bo Dahl",)
    plan, closed = minutes.items
    assert (plan.number, plan.title, plan.case_number) == (
        1,
        "Trafiksikkerhedsplan",
        "26-004411",
    )
    assert plan.attachments == ("Bilag 1. Trafiksikkerhedsplan",)
    assert plan.recommendation.proposer == "Administrationen"
    assert len(plan.recommendation.clauses) == 2
    assert "status i efteråret 2026" in plan.decision.text
    assert closed.is_closed and not plan.is_closed
    # The text the meeting keeps is the public page's layout.
    assert document.text.startswith("Teknik- og Miljøudvalget\nMødedato: tirsdag")


def test_firstagenda_is_open_false_means_closed_only_where_items_are_open_too() -> None:
    items = [
        _fa_item("1", "Åbent punkt", "<p>x</p>", is_open=True),
        _fa_item("2", "Fortroligt punkt", "<p>y</p>", is_open=False),
    ]
    _, minutes = read_minutes(_firstagenda(items), "m.json")
    assert [item.is_closed for item in minutes.items] == [False, True]


def test_firstagenda_without_date_is_refused() -> None:
    data = _firstagenda([], Dato=None)
    with pytest.raises(MinutesError, match="no 'Moede.Dato'"):
        read_document(data, "m.json")


def test_informal_minutes_with_topic_lines_are_numbered_by_position() -> None:
    text = (
        "Grundejerforeningen Solsikken\nBestyrelsesmøde 5. maj 2026\n\n"
        "Emne: Vejbump på Solsikkevej\nBeslutning: Formanden skriver til kommunen.\n\n"
        "Emne: Sommerfest\nBeslutning: Festudvalget booker telt inden 1. juni.\n\n"
        "Emne: Eventuelt\nIntet.\n"
    )
    _, minutes = read_minutes(text.encode(), "referat.txt")
    assert minutes.layout == "topics"
    assert _titles(minutes) == [
        (1, "Vejbump på Solsikkevej"),
        (2, "Sommerfest"),
        (3, "Eventuelt"),
    ]
    assert "booker telt" in minutes.items[1].decision.text
