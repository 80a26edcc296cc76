"""Writes the DOCX and PDF test files of this folder (run by hand, not in CI).

    .venv/bin/python tests/data/formats/make_formats.py

Needs LibreOffice (Debian: libreoffice-writer) for the PDF: the DOCX that
python-docx writes is converted with `soffice --headless --convert-to pdf`, so
the PDF has real fonts, bold and larger headings, and a running page header
and footer, like the minutes customers export from Word.
"""

import subprocess
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).parent

HEADER = [
    "Referat",
    "Miljø- og Klimaudvalget",
    "Mødedato: onsdag den 11. marts 2026 kl. 15.30",
    "Mødested: Rådhuset, mødelokale 3",
    "Fraværende: Lone Bak",
]
ITEMS = [
    (
        "Godkendelse af dagsorden",
        "26/00412",
        [
            ("Indstilling", ["Administrationen indstiller, at dagsordenen godkendes."]),
            ("Beslutning", ["Godkendt."]),
        ],
        [],
    ),
    (
        "Klimahandleplan 2026-2030, høring",
        "26/01877",
        [
            (
                "Sagsfremstilling",
                [
                    "Klimahandleplanen beskriver kommunens mål for CO2-reduktion frem mod "
                    "2030. Forvaltningen har samlet input fra borgermøder i efteråret 2025.",
                ],
            ),
            (
                "Indstilling",
                [
                    "Forvaltningen indstiller,",
                    "1. at udkastet til klimahandleplan sendes i offentlig høring i otte uger,",
                    "2. at forvaltningen fremlægger høringssvarene for udvalget.",
                ],
            ),
            (
                "Beslutning",
                [
                    "Indstillingen blev godkendt. Forvaltningen fremlægger høringssvarene "
                    "på udvalgets møde i juni 2026.",
                ],
            ),
        ],
        ["Udkast til klimahandleplan 2026-2030", "Notat om borgermøder"],
    ),
    (
        "Status på affaldssortering",
        "25/09921",
        [
            (
                "Sagsfremstilling",
                ["Sorteringen af madaffald er steget med 12 procent."],
            ),
            (
                "Indstilling",
                ["Forvaltningen indstiller, at orienteringen tages til efterretning."],
            ),
            ("Beslutning", ["Taget til efterretning."]),
        ],
        [],
    ),
]


def build_docx(path: Path, *, numbered_headings: bool) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Nordby Kommune"
    section.footer.paragraphs[0].text = "Miljø- og Klimaudvalget 11-03-2026"
    document.add_heading(HEADER[0], level=1)
    for line in HEADER[1:]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Punkt"
    table.rows[0].cells[1].text = "Titel"
    for number, (title, *_rest) in enumerate(ITEMS, start=1):
        row = table.add_row()
        row.cells[0].text = str(number)
        row.cells[1].text = title
    for number, (title, case, sections, attachments) in enumerate(ITEMS, start=1):
        if number > 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading = f"{number}. {title}" if numbered_headings else title
        document.add_heading(heading, level=2)
        document.add_paragraph(f"Sagsnr.: {case}")
        for label, paragraphs in sections:
            label_paragraph = document.add_paragraph()
            run = label_paragraph.add_run(label)
            run.bold = True
            run.font.size = Pt(12)
            for text in paragraphs:
                document.add_paragraph(text)
        if attachments:
            document.add_paragraph().add_run("Bilag").bold = True
            for attachment in attachments:
                document.add_paragraph(attachment, style="List Bullet")
    document.save(path)


CASE_TEXT = (
    "Forvaltningen har gennemgået sagen og vurderer, at forslaget kan gennemføres "
    "inden for den eksisterende økonomiske ramme. Der har været dialog med de "
    "berørte parter, og deres bemærkninger er indarbejdet i det vedlagte notat. "
    "Sagen har været drøftet i det lokale MED-udvalg, som ikke havde bemærkninger. "
)


def build_long_docx(path: Path, items: int = 36) -> None:
    """A council referat of about fifty pages, for the import benchmark."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Nordby Kommune - Byrådet"
    section.footer.paragraphs[0].text = "Byrådet 26-05-2026"
    document.add_heading("Referat", level=1)
    document.add_paragraph("Byrådet")
    document.add_paragraph("Mødedato: tirsdag den 26. maj 2026 kl. 18.00")
    document.add_paragraph("Mødested: Byrådssalen")
    for number in range(1, items + 1):
        document.add_heading(f"{number}. Sag om lokal udvikling nr. {number}", level=2)
        document.add_paragraph(f"Sagsnr.: 26/{1000 + number}")
        document.add_paragraph().add_run("Sagsfremstilling").bold = True
        for _ in range(6):
            document.add_paragraph(CASE_TEXT * 2)
        document.add_paragraph().add_run("Indstilling").bold = True
        document.add_paragraph("Økonomiudvalget indstiller,")
        document.add_paragraph("1. at forslaget godkendes,")
        document.add_paragraph("2. at forvaltningen giver en status i efteråret 2026.")
        document.add_paragraph().add_run("Beslutning").bold = True
        document.add_paragraph(
            "Godkendt. Forvaltningen fremlægger en evaluering senest 1. december 2026."
        )
    document.save(path)


def to_pdf(source: Path, target: Path) -> None:
    """Convert a DOCX with LibreOffice into target, removing the source."""
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE)]
        + [str(source)],
        check=True,
        capture_output=True,
    )
    source.with_suffix(".pdf").rename(target)
    source.unlink()


def main() -> None:
    build_docx(HERE / "udvalg_word.docx", numbered_headings=True)
    build_docx(HERE / "udvalg_pdf_source.docx", numbered_headings=True)
    to_pdf(HERE / "udvalg_pdf_source.docx", HERE / "udvalg.pdf")
    build_long_docx(HERE / "byraad_long_source.docx")
    to_pdf(HERE / "byraad_long_source.docx", HERE / "byraad_long.pdf")


if __name__ == "__main__":
    main()
