"""Generate the DOCX and the two PDF sources of blind7 (PDFs via libreoffice --convert-to pdf)."""
import os
import subprocess
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(foot + " – Side ")
    field(fp, "PAGE")
    fp.add_run(" af ")
    field(fp, "NUMPAGES")


def bold(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- C: DOCX with heading styles
def ravnsholt():
    d = Document()
    d.add_heading("Referat", level=0)
    d.add_paragraph("Børne- og Skoleudvalget")
    d.add_paragraph("Onsdag den 13. januar 2027 kl. 15.30")
    d.add_paragraph("Mødelokale Ravnen, Ravnsholt Rådhus")
    d.add_paragraph("Medlemmer: Mette Skov (A), formand, Lone Friis (V), Jonas Bech (F), Kim Aagaard (O), Sara Lind (B)")
    d.add_paragraph("Afbud: Jonas Bech (F)")
    header_footer(d, "Ravnsholt Kommune – Børne- og Skoleudvalget – 13.01.2027", "Referat")

    d.add_heading("Pkt. 7 – Godkendelse af dagsorden", level=1)
    d.add_paragraph("Sagsnr.: 00.01.00-A00-1-27")
    d.add_heading("Beslutning", level=3)
    d.add_paragraph("Dagsordenen blev godkendt.")

    d.add_heading("Pkt. 8 – Skoledistrikter fra skoleåret 2027/28", level=1)
    d.add_paragraph("Sagsnr.: 17.02.00-P20-4-26")
    d.add_heading("Baggrund", level=3)
    d.add_paragraph("Elevtallet i den nordlige del af kommunen stiger, mens det falder i den sydlige del. "
                    "Byrådet besluttede den 30. september 2026 med budget 2027, at skoledistrikterne skulle "
                    "justeres, så kapaciteten på skolerne udnyttes bedre.")
    d.add_heading("Sagsfremstilling", level=3)
    d.add_paragraph("Forvaltningen har udarbejdet et forslag, hvor ca. 60 elever fra Bakkegården overføres "
                    "til Ravnsholt Centralskole. Overgangen sker for nye elever i 0. klasse fra august 2027, "
                    "mens elever, der allerede går på en skole, kan blive, hvor de er.")
    d.add_heading("Indstilling", level=3)
    d.add_paragraph("Børne- og Skoleforvaltningen indstiller,")
    d.add_paragraph("a) at forslaget til nye skoledistrikter sendes i høring hos skolebestyrelserne i perioden 18. januar til 1. marts 2027,")
    d.add_paragraph("b) at høringssvarene forelægges udvalget, inden sagen sendes videre til Byrådet.")
    d.add_heading("Beslutning", level=3)
    d.add_paragraph("Indstillingen blev godkendt, dog således at høringsperioden forlænges til den 15. marts 2027. "
                    "Høringssvarene forelægges udvalget på mødet i april 2027.")
    d.add_paragraph("Bilag: Forslag til nye skoledistrikter")
    d.add_paragraph("Bilag: Elevprognose 2027-2033")

    d.add_heading("Pkt. 9 – Lukket punkt: Personalesag", level=1)
    d.add_paragraph("Sagsnr.: 81.00.00-G01-2-27")

    d.add_heading("Pkt. 10 – Status på inklusionsindsatsen", level=1)
    d.add_paragraph("Sagsnr.: 17.01.10-P22-1-25")
    d.add_heading("Sagsfremstilling", level=3)
    d.add_paragraph("Byrådet vedtog i september 2025 en inklusionsstrategi, som løber frem til 2028. "
                    "Andelen af elever i almenundervisningen er steget fra 94,1 til 94,8 procent. "
                    "Den næste måling foretages i efteråret 2027.")
    d.add_heading("Indstilling", level=3)
    d.add_paragraph("Forvaltningen indstiller, at orienteringen tages til efterretning.")
    d.add_heading("Beslutning", level=3)
    d.add_paragraph("Taget til efterretning. Udvalget ønsker en temadrøftelse om inklusion i udskolingen på et kommende møde.")
    d.add_paragraph("Bilag: Statusnotat inklusion 2026")

    d.add_heading("Pkt. 11 – Ansøgning om dispensation fra klassekvotienten på Vestervang Skole", level=1)
    d.add_paragraph("Sagsnr.: 17.02.02-G01-9-26")
    d.add_heading("Sagsfremstilling", level=3)
    d.add_paragraph("Vestervang Skole søger om at måtte have 29 elever i den kommende 0. klasse. "
                    "Skolebestyrelsen bakker op om ansøgningen.")
    d.add_heading("Indstilling", level=3)
    d.add_paragraph("Børne- og Skoleforvaltningen indstiller,")
    d.add_paragraph("a) at der gives dispensation til 29 elever i 0. klasse i skoleåret 2027/28,")
    d.add_paragraph("b) at dispensationen gælder for ét skoleår,")
    d.add_paragraph("c) at skolen tildeles ekstra ressourcer til tolærertimer svarende til 0,5 årsværk.")
    d.add_heading("Beslutning", level=3)
    d.add_paragraph("Udvalget ønskede yderligere oplysninger om skolens lokaleforhold. Sagen genoptages på udvalgets møde i marts.")
    d.add_paragraph("Lone Friis (V) erklærede sig inhabil og deltog ikke i behandlingen af sagen.")

    d.add_heading("Pkt. 12 – Eventuelt", level=1)
    d.add_paragraph("Sagsnr.: 00.01.00-A00-1-27")
    d.add_heading("Beslutning", level=3)
    d.add_paragraph("Formanden orienterede om dialogmødet med Ungerådet. "
                    "Forvaltningen sender invitationer til dialogmødet ud senest i uge 6.")
    d.save(os.path.join(OUT, "boerne_skole_ravnsholt_overskrifter.docx"))


# ---------------------------------------------------------------- D: two-column PDF
def soelund():
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(d, "Ældrerådet i Sølund Kommune · Referat 2. december 2026", "Ældrerådet")
    bold(d, "Ældrerådet i Sølund Kommune", 16)
    bold(d, "Referat af ordinært møde", 13)
    d.add_paragraph("Dato: Onsdag den 2. december 2026, kl. 10.00-12.30")
    d.add_paragraph("Sted: Sølund Aktivitetscenter, lokale 3")
    d.add_paragraph("Til stede: Else Kragh (formand), Bent Ravn, Inger Holst, Poul Winther, Grethe Bak")
    d.add_paragraph("Afbud: Poul Winther")
    d.add_paragraph("Fra forvaltningen: konsulent Maja Friis (sekretær)")
    # switch to two columns for the items (new continuous section)
    new = d.add_section(0)  # WD_SECTION.CONTINUOUS
    cols = new._sectPr.xpath("./w:cols")
    c = cols[0] if cols else OxmlElement("w:cols")
    c.set(qn("w:num"), "2")
    c.set(qn("w:space"), "567")
    if not cols:
        new._sectPr.append(c)

    bold(d, "1. Godkendelse af dagsorden")
    d.add_paragraph("Beslutning: Godkendt.")

    bold(d, "2. Høring: Kvalitetsstandard for praktisk hjælp 2027")
    d.add_paragraph("Sagsnr. 27.12.00-G01-5-26")
    d.add_paragraph("Sagsfremstilling: Forvaltningen har sendt et udkast til ny kvalitetsstandard for "
                    "praktisk hjælp i høring. Rengøring ændres fra hver anden uge til hver tredje uge for "
                    "borgere, der kan klare dele af opgaven selv. Social- og Sundhedsudvalget behandler "
                    "kvalitetsstandarden den 20. januar 2027.")
    d.add_paragraph("Bilag: Udkast til kvalitetsstandard for praktisk hjælp 2027")
    d.add_paragraph("Beslutning: Ældrerådet er bekymret for ændringen af rengøringsintervallet. "
                    "Else Kragh og Inger Holst udarbejder høringssvaret, som sendes til forvaltningen senest den 14. december 2026.")

    bold(d, "3. Budget 2027 – konsekvenser for ældreområdet")
    d.add_paragraph("Sagsnr. 00.30.10-S00-2-26")
    d.add_paragraph("Sagsfremstilling: Byrådet vedtog budget 2027 den 8. oktober 2026. Maja Friis gennemgik "
                    "de ændringer, der vedrører ældreområdet, herunder lukningen af dagcentret på Mosevej "
                    "pr. 1. april 2027.")
    d.add_paragraph("Bilag: Oversigt over budgetændringer på ældreområdet")
    d.add_paragraph("Bilag: Tidsplan for lukning af dagcentret på Mosevej")
    d.add_paragraph("Beslutning: Orienteringen blev taget til efterretning.")

    bold(d, "4. Valg til Ældrerådet 2027")
    d.add_paragraph("Sagsnr. 00.22.02-A00-1-26")
    d.add_paragraph("Sagsfremstilling: Der skal være valg til Ældrerådet i efteråret 2027. "
                    "Ved valget i 2023 var stemmeprocenten 48.")
    d.add_paragraph("Beslutning: Sekretariatet udarbejder en tidsplan for valget, som forelægges på mødet i februar 2027. "
                    "Valgbestyrelsen nedsættes medio marts 2027.")

    bold(d, "5. Eventuelt")
    d.add_paragraph("Bent Ravn nævnte, at der er mangel på bænke langs stien ved Sølund Sø. "
                    "Næste møde afholdes onsdag den 13. januar 2027.")
    path = os.path.join(HERE, "aeldreraad_soelund_tospalte.docx")
    d.save(path)
    return path


# ---------------------------------------------------------------- E: protocol table PDF
def kaerby():
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    header_footer(d, "Kærby Kommune · Byrådet · Beslutningsprotokol", "Byrådet 26.11.2026")
    bold(d, "BESLUTNINGSPROTOKOL", 16)
    d.add_paragraph("Byrådet – ordinært møde torsdag den 26. november 2026 kl. 19.00")
    d.add_paragraph("Mødested: Byrådssalen, Kærby Rådhus")
    d.add_paragraph("Fraværende: Hanne Vig (A), stedfortræder Ole Bak (A) indkaldt")
    rows = [
        ("201", ["Godkendelse af dagsorden", "Sagsnr. 00.01.00-A00-1-26"], ["Godkendt."]),
        ("202", ["Budgetopfølgning pr. 30.09.2026", "Sagsnr. 00.30.14-Ø00-3-26",
                 "Økonomiudvalget indstiller,",
                 "at der gives tillægsbevillinger som anført i bilag 1,",
                 "at budgetopfølgningen i øvrigt tages til efterretning.",
                 "Økonomiudvalget den 12.11.2026, pkt. 88: Anbefales. Økonomiudvalget ønskede en analyse af udgifterne til anbringelser.",
                 "Bilag: Budgetopfølgning 3, 2026",
                 "Bilag: Oversigt over tillægsbevillinger"],
         ["Godkendt.",
          "Administrationen fremlægger en plan for nedbringelse af merforbruget på det specialiserede socialområde senest i februar 2027."]),
        ("203", ["Lokalplan 114 – Boliger ved Møllebakken", "Sagsnr. 01.02.05-P16-12-25",
                 "Plan- og Teknikudvalget indstiller,",
                 "at lokalplan 114 vedtages endeligt med de ændringer, der fremgår af hvidbogen.",
                 "Bilag: Hvidbog med høringssvar"],
         ["Godkendt med 19 stemmer for og 6 imod (Ø og F).",
          "Ø og F kunne ikke tiltræde indstillingen, da boligerne ikke indeholder almene boliger.",
          "Søren Lyhne (V) deltog ikke i behandlingen af sagen."]),
        ("204", ["Forslag om gratis buskort til unge", "Sagsnr. 13.05.00-A00-2-26",
                 "Enhedslisten foreslår, at byrådet beslutter at indføre gratis buskort for unge under 18 år fra 1. august 2027."],
         ["Forslaget oversendes til Teknik- og Miljøudvalget til behandling."]),
        ("205", ["Lukket punkt: Salg af erhvervsgrund", "Sagsnr. 82.06.00-G01-7-26"], ["Lukket punkt."]),
        ("206", ["Ændring af styrelsesvedtægten", "Sagsnr. 00.01.10-A00-1-26",
                 "Økonomiudvalget indstiller,",
                 "at styrelsesvedtægten ændres, så Klima- og Naturudvalget nedlægges pr. 1. januar 2027,",
                 "at opgaverne overføres til Teknik- og Miljøudvalget,",
                 "at ændringen behandles i byrådet ved to behandlinger."],
         ["Sagen blev udsat til næste møde."]),
        ("207", ["Meddelelser", "Sagsnr. 00.01.00-A00-1-26",
                 "Borgmesteren orienterede om, at den nye skole i Kærby Øst tages i brug den 9. august 2027."],
         ["Taget til efterretning."]),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Nr.", "Sag", "Beslutning")):
        c.paragraphs[0].add_run(txt).bold = True
    for n, left, right in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(n).bold = True
        cells[1].paragraphs[0].add_run(left[0]).bold = True
        for line in left[1:]:
            cells[1].add_paragraph(line)
        cells[2].paragraphs[0].add_run(right[0])
        for line in right[1:]:
            cells[2].add_paragraph(line)
    widths = (Cm(1.3), Cm(9.5), Cm(7.2))
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph("")
    d.add_paragraph("Mødet hævet kl. 21.05.")
    path = os.path.join(HERE, "byraad_kaerby_protokol_tabel.docx")
    d.save(path)
    return path


if __name__ == "__main__":
    ravnsholt()
    for p in (soelund(), kaerby()):
        subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, p], check=True)
