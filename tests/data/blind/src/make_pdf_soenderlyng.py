"""PDF (via ODT made with odfpy + LibreOffice): Sønderlyng Kommune, Byrådet 9. december 2025.
'Beslutningsprotokol' in a two-column layout: every item is a borderless table whose left column holds
the labels (Punkt 187, Sagsnr., Sagsfremstilling, Indstilling, earlier committees' decisions, Byrådets
beslutning, Fraværende, Bilag) and whose right column holds the text. Items numbered through the year
(187-197), open and closed items in two sections, page header and 'side X af Y' footer on every page."""
import subprocess

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableProperties, TableCellProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = "/work/blind/r5/src/byraadet_soenderlyng_protokol.odt"

doc = OpenDocumentText()

# ---- styles
pl = PageLayout(name="A4")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                   marginbottom="1.5cm", marginleft="2.2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)

def pstyle(name, size="10.5pt", bold=False, family="paragraph", space_after="0.12cm", color=None,
           align=None, auto=False, keep=False):
    s = Style(name=name, family=family)
    tp = dict(fontsize=size, fontname="Liberation Sans", fontfamily="Liberation Sans")
    if bold:
        tp["fontweight"] = "bold"
    if color:
        tp["color"] = color
    s.addElement(TextProperties(**tp))
    pp = dict(marginbottom=space_after)
    if align:
        pp["textalign"] = align
    if keep:
        pp["keepwithnext"] = "always"
    s.addElement(ParagraphProperties(**pp))
    (doc.automaticstyles if auto else doc.styles).addElement(s)
    return s

body = pstyle("Body", auto=True)
small = pstyle("Small", size="8.5pt", color="#555555", auto=True)
label = pstyle("Label", bold=True, size="10pt", color="#1F3864", auto=True)
h_item = pstyle("ItemHead", size="13pt", bold=True, auto=True, space_after="0.2cm", keep=True)
h_sec = pstyle("SectionHead", size="15pt", bold=True, auto=True, space_after="0.3cm", keep=True)
title = pstyle("DocTitle", size="22pt", bold=True, auto=True, space_after="0.2cm")
sub = pstyle("DocSub", size="14pt", bold=True, auto=True, space_after="0.4cm")
hdr = pstyle("Hdr", size="8.5pt", color="#555555", auto=True)
ftr = pstyle("Ftr", size="8.5pt", color="#555555", auto=True, align="end")

tbl = Style(name="ItemTable", family="table")
tbl.addElement(TableProperties(width="16.8cm", align="left"))
doc.automaticstyles.addElement(tbl)
col_l = Style(name="ColL", family="table-column")
col_l.addElement(TableColumnProperties(columnwidth="4.3cm"))
col_r = Style(name="ColR", family="table-column")
col_r.addElement(TableColumnProperties(columnwidth="12.5cm"))
doc.automaticstyles.addElement(col_l)
doc.automaticstyles.addElement(col_r)
cell = Style(name="Cell", family="table-cell")
cell.addElement(TableCellProperties(padding="0.08cm", border="none"))
doc.automaticstyles.addElement(cell)
cell_top = Style(name="CellTop", family="table-cell")
cell_top.addElement(TableCellProperties(padding="0.08cm", bordertop="0.06pt solid #1F3864",
                                        borderbottom="none", borderleft="none", borderright="none"))
doc.automaticstyles.addElement(cell_top)

mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header()
hp = P(stylename=hdr, text="Sønderlyng Kommune  -  Byrådet  -  Beslutningsprotokol")
h.addElement(hp)
mp.addElement(h)
f = Footer()
fp = P(stylename=ftr, text="Byrådet 9. december 2025  -  side ")
fp.addElement(PageNumber(selectpage="current", text="1"))
fp.addText(" af ")
fp.addElement(PageCount(text="1"))
f.addElement(fp)
mp.addElement(f)
doc.masterstyles.addElement(mp)


def para(text, style=body):
    doc.text.addElement(P(stylename=style, text=text))


def item(rows, head):
    """rows: list of (label, [lines]) ; head: (label, title) first row"""
    t = Table(name=f"Punkt{head[0].split()[-1]}", stylename=tbl)
    t.addElement(TableColumn(stylename=col_l))
    t.addElement(TableColumn(stylename=col_r))
    first = True
    for lab, lines in [(head[0], [head[1]])] + rows:
        tr = TableRow()
        cs = cell_top if first else cell
        c1 = TableCell(stylename=cs)
        c1.addElement(P(stylename=h_item if first else label, text=lab))
        c2 = TableCell(stylename=cs)
        for ln in lines:
            c2.addElement(P(stylename=h_item if first else body, text=ln))
        tr.addElement(c1)
        tr.addElement(c2)
        t.addElement(tr)
        first = False
    doc.text.addElement(t)
    para("")


ABS = ("Fraværende", ["Bo Riis (V)"])

# ---- front
para("Beslutningsprotokol", title)
para("Byrådet", sub)
front = Table(name="Mødeinfo", stylename=tbl)
front.addElement(TableColumn(stylename=col_l))
front.addElement(TableColumn(stylename=col_r))
for k, v in (("Mødedato", "Tirsdag den 9. december 2025"), ("Mødetid", "Kl. 19.00 - 22.10"),
             ("Mødested", "Byrådssalen, Sønderlyng Rådhus"),
             ("Fraværende", "Bo Riis (V). Stedfortræder Karen Lund (V) var indkaldt, men meldte forfald."),
             ("Bemærkninger", "Borgmester Niels Aagaard (A) ledede mødet. Mødet var det sidste i valgperioden "
                              "2022-2025.")):
    tr = TableRow()
    a = TableCell(stylename=cell)
    a.addElement(P(stylename=label, text=k))
    b = TableCell(stylename=cell)
    b.addElement(P(stylename=body, text=v))
    tr.addElement(a)
    tr.addElement(b)
    front.addElement(tr)
doc.text.addElement(front)
para("")
para("Åbne punkter", h_sec)

item([("Sagsnr.", ["00.01.00-A00-41-25"]),
      ("Indstilling", ["Kommunaldirektøren indstiller, at dagsordenen godkendes."]),
      ("Byrådets beslutning", ["Godkendt."]),
      ABS], ("Punkt 187", "Godkendelse af dagsorden"))

item([("Sagsnr.", ["07.00.00-G01-3-25"]),
      ("Sagsfremstilling", [
          "Affaldsområdet er takstfinansieret og skal hvile i sig selv. Taksterne for 2026 stiger for en "
          "almindelig husstand med 6 procent til 3.420 kr. om året. Stigningen skyldes især højere "
          "forbrændingsafgifter og indførelsen af indsamling af tekstilaffald.",
          "Der er ikke ændringer i serviceniveauet ud over tekstilindsamlingen, som indføres fra 1. april 2026."]),
      ("Indstilling", ["Direktøren for Teknik og Miljø indstiller,",
                       "at taksterne for affald 2026 godkendes som foreslået i bilag 1, og",
                       "at takstbladet offentliggøres på kommunens hjemmeside."]),
      ("Teknik- og Miljøudvalget 18.11.2025", ["Anbefales."]),
      ("Økonomiudvalget 25.11.2025", ["Anbefales."]),
      ("Byrådets beslutning", ["Godkendt."]),
      ABS,
      ("Bilag", ["Takstblad for affald 2026", "Beregning af affaldstakster 2026"])],
     ("Punkt 188", "Takster for affald 2026"))

item([("Sagsnr.", ["01.02.05-P16-7-24"]),
      ("Sagsfremstilling", [
          "Forslag til lokalplan 88 har været i offentlig høring fra 2. september til 28. oktober 2025. "
          "Der er kommet 9 høringssvar, som primært handler om trafikken på Skovvej og om højden på "
          "etageboligerne. Forvaltningen foreslår, at bebyggelsen mod skoven reduceres fra tre til to etager.",
          "Lokalplanen giver mulighed for 120 boliger, heraf 40 almene boliger."]),
      ("Indstilling", ["Direktøren for Teknik og Miljø indstiller,",
                       "at lokalplan 88 vedtages endeligt med de ændringer, der fremgår af høringsnotatet."]),
      ("Teknik- og Miljøudvalget 18.11.2025", ["Anbefales."]),
      ("Økonomiudvalget 25.11.2025", ["Anbefales. Ø og O kunne ikke anbefale."]),
      ("Byrådets beslutning", [
          "Vedtaget med 17 stemmer for (A, V, C, F) mod 4 (Ø, O).",
          "Forvaltningen offentliggør lokalplanen senest 14 dage efter vedtagelsen."]),
      ABS,
      ("Bilag", ["Lokalplan 88 - endelig udgave", "Høringsnotat for lokalplan 88"])],
     ("Punkt 189", "Lokalplan 88 for boligområde ved Skovbrynet - endelig vedtagelse"))

item([("Sagsnr.", ["00.30.14-S00-3-25"]),
      ("Sagsfremstilling", [
          "Budgetopfølgning 3 viser et forventet mindreforbrug på serviceudgifterne på 4,8 mio. kr. Der "
          "forventes et merforbrug på overførselsudgifterne på 12,1 mio. kr., som delvist modsvares af "
          "den midtvejsregulering, som staten udmelder i december."]),
      ("Indstilling", ["Kommunaldirektøren indstiller, at budgetopfølgningen tages til efterretning."]),
      ("Økonomiudvalget 25.11.2025", ["Anbefales."]),
      ("Byrådets beslutning", ["Taget til efterretning."]),
      ABS,
      ("Bilag", ["Budgetopfølgning 3 2025"])],
     ("Punkt 190", "Budgetopfølgning 3 2025"))

item([("Sagsnr.", ["18.20.00-G01-2-25"]),
      ("Sagsfremstilling", [
          "Kultur- og Fritidsudvalget har anbefalet en ny idrætshal i Sønderlyng Nord til 42 mio. kr. "
          "Der er i investeringsoversigten afsat 35 mio. kr. Merudgiften på 7 mio. kr. foreslås "
          "finansieret af kassebeholdningen.",
          "Foreningerne i Sønderlyng Nord har i dag kun adgang til skolens gymnastiksal, og flere "
          "foreninger har ventelister."]),
      ("Indstilling", ["Direktøren for Kultur og Fritid indstiller,",
                       "at der gives en anlægsbevilling på 42 mio. kr. til en ny idrætshal, og",
                       "at merudgiften på 7 mio. kr. finansieres af kassebeholdningen."]),
      ("Kultur- og Fritidsudvalget 12.11.2025", ["Anbefales."]),
      ("Økonomiudvalget 25.11.2025", ["Oversendes til Byrådet uden anbefaling."]),
      ("Byrådets beslutning", [
          "Sagen sendes tilbage til Kultur- og Fritidsudvalget med henblik på en løsning inden for de "
          "afsatte 35 mio. kr. og behandles igen i Byrådet i februar 2026."]),
      ABS,
      ("Bilag", ["Projektbeskrivelse - idrætshal i Sønderlyng Nord"])],
     ("Punkt 191", "Anlægsbevilling til ny idrætshal i Sønderlyng Nord"))

item([("Sagsnr.", ["05.05.00-A00-4-25"]),
      ("Sagsfremstilling", [
          "Byrådsmedlem Erik Bach (O) har i henhold til styrelsesloven anmodet om at få følgende forslag "
          "optaget på dagsordenen:",
          "\"Dansk Folkeparti foreslår,",
          "at der indføres tre timers gratis parkering i Sønderlyng midtby, og",
          "at P-afgiften på Torvet afskaffes fra 1. marts 2026.\"",
          "Forvaltningen oplyser, at forslaget vil medføre et indtægtstab på ca. 1,9 mio. kr. årligt."]),
      ("Byrådets beslutning", [
          "Forslaget blev oversendt til Teknik- og Miljøudvalget til videre behandling."]),
      ABS],
     ("Punkt 192", "Medlemsforslag fra Dansk Folkeparti om gratis parkering i midtbyen"))

item([("Sagsnr.", ["00.01.10-A00-2-25"]),
      ("Sagsfremstilling", [
          "Byrådet skal fastlægge mødeplanen for 2026. Forslaget indeholder 11 ordinære møder, som "
          "afholdes den sidste tirsdag i måneden kl. 19.00, dog ikke i juli."]),
      ("Indstilling", ["Kommunaldirektøren indstiller, at mødeplanen for 2026 godkendes."]),
      ("Byrådets beslutning", [
          "Godkendt med den ændring, at mødet i juni flyttes til den 16. juni 2026."]),
      ABS,
      ("Bilag", ["Mødeplan for Byrådet 2026"])],
     ("Punkt 193", "Mødeplan for Byrådet 2026"))

item([("Sagsnr.", ["00.22.04-A00-1-25"]),
      ("Sagsfremstilling", [
          "Byrådet skal udpege to medlemmer til bestyrelsen for Sønderlyng Forsyning A/S for perioden "
          "1. januar 2026 til 31. december 2029."]),
      ("Indstilling", ["Kommunaldirektøren indstiller, at Byrådet udpeger to medlemmer til bestyrelsen."]),
      ("Byrådets beslutning", [
          "Byrådet udpegede Jens Holm (A) og Lise Mark (V). Udpegningen gælder fra 1. januar 2026."]),
      ABS],
     ("Punkt 194", "Udpegning af medlemmer til bestyrelsen for Sønderlyng Forsyning A/S"))

item([("Sagsnr.", ["00.01.00-A00-42-25"]),
      ("Byrådets beslutning", [
          "Ingrid Sørensen, Kirkevej 8, spurgte til den manglende vejbelysning på Kirkevej. Borgmesteren "
          "besvarede spørgsmålet.",
          "Teknik og Miljø besvarer de tekniske spørgsmål skriftligt inden jul."]),
      ABS],
     ("Punkt 195", "Spørgetid for borgerne"))

para("Lukkede punkter", h_sec)

item([("Sagsnr.", ["02.34.02-G10-2-25"]),
      ("Byrådets beslutning", ["Lukket punkt."])],
     ("Punkt 196", "Køb af ejendom, Industrivej 14"))

item([("Sagsnr.", ["81.00.00-G00-9-25"]),
      ("Byrådets beslutning", ["Lukket punkt."])],
     ("Punkt 197", "Personalesag"))

para("Underskrifter: Niels Aagaard (A), borgmester, og de øvrige tilstedeværende medlemmer af Byrådet.", small)

doc.save(OUT)
subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", "/work/blind/r5", OUT],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("ok")
