"""PDF (via DOCX + LibreOffice): Engholm Kommune, Sundheds- og Forebyggelsesudvalget 25. februar 2026.
Items grouped under 'A. Sager til beslutning' / 'B. Sager til orientering' (group letters are not items),
item headings '3. Title', a small metadata table (Sagsnr., Sagsansvarlig, Åben/lukket) under each heading,
clauses as a)/b)/c), decision label 'Udvalgets beslutning', page header and footer on every page."""
import subprocess
import sys

sys.path.insert(0, "/work/blind/r5/src")
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docxhelp import page_x_of_y, shade_cell

OUT_DOCX = "/work/blind/r5/src/sundhed_forebyggelse_engholm_grupper.docx"

doc = Document()
doc.styles["Normal"].font.name = "Liberation Serif"
doc.styles["Normal"].font.size = Pt(11)
for name, size in (("Heading 1", 15), ("Heading 2", 13)):
    doc.styles[name].font.name = "Liberation Sans"
    doc.styles[name].font.size = Pt(size)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Engholm Kommune\tSundheds- og Forebyggelsesudvalget\tReferat 25. februar 2026"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_x_of_y(fp)

p = doc.add_paragraph()
r = p.add_run("REFERAT")
r.bold = True
r.font.size = Pt(22)
p = doc.add_paragraph()
r = p.add_run("Sundheds- og Forebyggelsesudvalget")
r.bold = True
r.font.size = Pt(16)
info = doc.add_table(rows=0, cols=2)
for k, v in (("Dato", "Onsdag den 25. februar 2026"), ("Start", "Kl. 14:00"), ("Slut", "Kl. 16:35"),
             ("Sted", "Mødelokale 2.01, Engholm Sundhedshus"),
             ("Medlemmer", "Ida Vestergaard (A), formand; Preben Aas (V), næstformand; Solveig Lind (A); "
                           "Martin Kold (O); Asta Nygaard (Ø)"),
             ("Fraværende", "Ingen"),
             ("Referent", "Sekretariatsleder Eva Bro")):
    c = info.add_row().cells
    c[0].text = ""
    c[0].paragraphs[0].add_run(k).bold = True
    c[1].text = v
doc.add_paragraph()


def group(text):
    doc.add_heading(text, level=1)


def item(num, title, case, owner, status="Åben"):
    doc.add_heading(f"{num}. {title}", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, (f"Sagsnr.: {case}", f"Sagsansvarlig: {owner}", f"{status} sag")):
        c.text = v
        shade_cell(c, "F2F2F2")
        for r in c.paragraphs[0].runs:
            r.font.size = Pt(9)


def label(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(0x2E, 0x5D, 0x3A)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True


def para(text):
    return doc.add_paragraph(text)


def bilag(titles):
    label("Bilag")
    for t in titles:
        doc.add_paragraph(t, style="List Bullet")


group("A. Sager til beslutning")

item(1, "Godkendelse af dagsorden", "29.00.00-A00-2-26", "Eva Bro")
label("Forslag")
para("Direktøren for Sundhed og Omsorg indstiller, at dagsordenen godkendes.")
label("Udvalgets beslutning")
para("Godkendt.")

item(2, "Sundhedspolitik 2026-2030 - udkast til høring", "29.30.00-P22-1-25", "Karina Holt")
label("Beslutningstema")
para("Udvalget skal tage stilling til, om udkastet til Sundhedspolitik 2026-2030 kan sendes i høring.")
label("Sagsfremstilling")
para("Den nuværende sundhedspolitik udløber med udgangen af 2025. Udkastet til en ny politik er udarbejdet "
     "på baggrund af udvalgets temamøde den 28. oktober 2025 og en dialogproces med borgere, foreninger og "
     "praktiserende læger. Politikken har fire indsatsområder: mental sundhed, bevægelse i hverdagen, "
     "røgfri fremtid og lighed i sundhed.")
para("Sundhedsprofilen 2025 viser, at 17 procent af de unge mellem 16 og 24 år i Engholm Kommune har en "
     "dårlig mental sundhed, hvilket er højere end landsgennemsnittet. Forvaltningen foreslår derfor, at "
     "mental sundhed blandt unge gives særlig prioritet.")
label("Forslag")
para("Direktøren for Sundhed og Omsorg indstiller,")
para("a) at udkastet til Sundhedspolitik 2026-2030 godkendes som grundlag for høring,")
para("b) at udkastet sendes i høring i Ældrerådet, Handicaprådet og Ungerådet, og")
para("c) at politikken efter høringen forelægges udvalget til endelig godkendelse.")
label("Udvalgets beslutning")
para("Godkendt med den ændring, at røgfri fremtid også omfatter e-cigaretter og snus.")
para("Udkastet sendes i høring i Ældrerådet, Handicaprådet og Ungerådet med frist den 15. april 2026.")
para("Efter høringen forelægges politikken for udvalget i maj 2026.")
bilag(["Udkast til Sundhedspolitik 2026-2030", "Opsamling fra dialogprocessen"])

item(3, "Ventetider på genoptræning", "29.15.00-G01-3-26", "Jonas Frost")
label("Beslutningstema")
para("Udvalget orienteres om ventetiderne på genoptræning efter sundhedsloven og serviceloven.")
label("Sagsfremstilling")
para("Ventetiden på genoptræning efter sygehusophold er steget fra 9 til 17 dage i løbet af 2025. "
     "Stigningen skyldes især vakante fysioterapeutstillinger. Der er nu ansat to nye fysioterapeuter, og "
     "forvaltningen forventer, at ventetiden falder til under 14 dage i løbet af foråret.")
label("Forslag")
para("Direktøren for Sundhed og Omsorg indstiller, at orienteringen tages til efterretning.")
label("Udvalgets beslutning")
para("Taget til efterretning. Udvalget ønsker en ny status på ventetiderne om et halvt år.")
bilag(["Ventetider på genoptræning 2024-2025"])

item(4, "Forebyggende hjemmebesøg - udvidet målgruppe", "27.12.00-P20-1-26", "Jonas Frost")
label("Beslutningstema")
para("Udvalget skal beslutte, om tilbuddet om forebyggende hjemmebesøg skal udvides til enlige over 70 år.")
label("Sagsfremstilling")
para("Efter serviceloven skal kommunen tilbyde forebyggende hjemmebesøg til alle borgere på 75 år og til "
     "borgere over 80 år. Forvaltningen foreslår, at enlige borgere over 70 år også tilbydes et besøg. "
     "Udvidelsen koster 0,4 mio. kr. årligt og finansieres inden for udvalgets ramme.")
label("Forslag")
para("Direktøren for Sundhed og Omsorg indstiller,")
para("a) at målgruppen for forebyggende hjemmebesøg udvides til enlige borgere over 70 år, og")
para("b) at udgiften finansieres inden for udvalgets ramme.")
label("Udvalgets beslutning")
para("Vedtaget. Martin Kold (O) tog forbehold for finansieringen.")

item(5, "Ansøgning om dispensation fra kvalitetsstandard", "27.12.00-G01-5-26", "Eva Bro", status="Lukket")
para("Lukket sag.")

item(6, "Nyt udbud af rusmiddelbehandling", "29.09.00-G01-2-26", "Karina Holt")
label("Udvalgets beslutning")
para("Punktet udgik af dagsordenen.")

group("B. Sager til orientering")

item(7, "Status på Sundhedsklynge Vest", "29.00.00-A00-4-25", "Karina Holt")
label("Sagsfremstilling")
para("Sundhedsklynge Vest er samarbejdet mellem regionen, de seks kommuner og almen praksis. Klyngen har i "
     "2025 arbejdet med fælles forløb for borgere med KOL og diabetes. Klyngens styregruppe holder næste "
     "møde den 10. marts 2026, hvor en ny samarbejdsaftale drøftes.")
label("Forslag")
para("Direktøren for Sundhed og Omsorg indstiller, at orienteringen tages til efterretning.")
label("Udvalgets beslutning")
para("Taget til efterretning.")

item(8, "Forsøg med akutteam i aften- og nattimerne", "29.15.00-A00-1-25", "Jonas Frost")
label("Sagsfremstilling")
para("Akutteamet har siden 1. september 2025 haft udvidet åbningstid til kl. 7.00. I de første fem måneder "
     "har teamet forebygget 63 indlæggelser. Forsøget er finansieret af en statslig pulje, der udløber "
     "ved årets udgang.")
label("Forslag")
para("Direktøren for Sundhed og Omsorg indstiller, at orienteringen tages til efterretning.")
label("Udvalgets beslutning")
para("Taget til efterretning.")
para("Udvalget ønsker, at akutteamets erfaringer evalueres, og at evalueringen forelægges udvalget senest "
     "den 30.09.2026.")

item(9, "Eventuelt", "29.00.00-A00-2-26", "Eva Bro")
label("Udvalgets beslutning")
para("Intet.")

doc.save(OUT_DOCX)
subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", "/work/blind/r5", OUT_DOCX],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("ok")
