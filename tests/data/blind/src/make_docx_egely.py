"""DOCX: Egely Kommune, Børne- og Familieudvalget 5. marts 2026.
Items are Heading 1 paragraphs with Word automatic numbering (the numbers are not in the text),
sections are Heading 2, attendance is a table, header/footer with page fields."""
import sys
sys.path.insert(0, "/work/blind/r5/src")
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxhelp import page_x_of_y, new_decimal_numbering, set_numbering, label_value

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Egely Kommune\tBørne- og Familieudvalget\tReferat 05.03.2026"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
page_x_of_y(fp)

doc.add_heading("Referat", level=0)
p = doc.add_paragraph()
r = p.add_run("Børne- og Familieudvalget")
r.bold = True
r.font.size = Pt(16)

label_value(doc, "Mødedato: ", "Torsdag den 5. marts 2026")
label_value(doc, "Mødetid: ", "Kl. 16.00 - 18.40")
label_value(doc, "Mødested: ", "Udvalgsværelse 3, Egely Rådhus")

doc.add_paragraph().add_run("Fremmøde").bold = True
members = [
    ("Karen Winther", "A", "Formand", "Til stede"),
    ("Thomas Brink", "V", "Næstformand", "Til stede"),
    ("Henriette Bak", "A", "", "Afbud"),
    ("Jeppe Lund", "V", "", "Til stede"),
    ("Maja Krog", "F", "", "Til stede"),
    ("Aksel Tang", "C", "", "Til stede"),
    ("Nina Rohde", "Ø", "", "Til stede"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Medlem", "Parti", "Funktion", "Fremmøde")):
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
for row in members:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
doc.add_paragraph("Fra forvaltningen deltog direktør for Børn og Familie Lotte Schou og dagtilbudschef "
                  "Ebbe Friis. Referent: Camilla Ahm.")

NUM = new_decimal_numbering(doc, "%1.")


def item(title):
    h = doc.add_heading(title, level=1)
    set_numbering(h, NUM)
    return h


def h2(text):
    doc.add_heading(text, level=2)


def para(text):
    return doc.add_paragraph(text)


def bullets(lines):
    for l in lines:
        doc.add_paragraph(l, style="List Bullet")


# ---------------------------------------------------------------- 1
item("Godkendelse af dagsorden")
label_value(doc, "Sagsnr.: ", "27.00.00-A00-1-26")
h2("Indstilling")
para("Direktøren for Børn og Familie indstiller, at dagsordenen godkendes.")
h2("Beslutning")
para("Godkendt.")

# ---------------------------------------------------------------- 2
item("Fremtidig dagtilbudsstruktur i Egely Nord")
label_value(doc, "Sagsnr.: ", "28.00.00-P20-2-25")
h2("Resumé")
para("Børnetallet i Egely Nord falder, og tre af distriktets fem daginstitutioner har under 40 børn. "
     "Forvaltningen har på udvalgets anmodning af 8. januar 2026 udarbejdet to modeller for en ny struktur.")
h2("Sagsfremstilling")
para("Model A bevarer alle fem institutioner som selvstændige enheder med fælles ledelse. Model B samler "
     "børnene i to institutioner, hvoraf den ene udvides med en ny vuggestuefløj. Model B giver en "
     "driftsbesparelse på 2,4 mio. kr. årligt, men kræver en anlægsinvestering på 11 mio. kr.")
para("Forældrebestyrelserne har givet udtryk for bekymring for afstanden til den nærmeste institution, hvis "
     "Model B vælges. Forvaltningen vil derfor afholde dialogmøder, før en endelig beslutning træffes.")
h2("Økonomi")
para("Anlægsudgiften til Model B er ikke indeholdt i investeringsoversigten for 2026-2029.")
h2("Indstilling")
para("Direktøren for Børn og Familie indstiller,")
bullets(["at udvalget drøfter de to modeller,",
         "at udvalget peger på en foretrukken model, og",
         "at forvaltningen inddrager forældrebestyrelserne i det videre arbejde."])
h2("Beslutning")
para("Udvalget anbefaler Model B. Venstre tog forbehold.")
para("Forvaltningen afholder dialogmøder med forældrebestyrelserne i Egely Nord inden udgangen af marts 2026.")
para("Sagen oversendes til Økonomiudvalget med henblik på finansiering af anlægsudgiften.")
h2("Bilag")
bullets(["Notat om modeller for dagtilbudsstruktur Egely Nord",
         "Børnetalsprognose 2026-2032",
         "Kort over institutioner i Egely Nord"])

# ---------------------------------------------------------------- 3
item("Kvalitetsrapport for dagtilbud 2025")
label_value(doc, "Sagsnr.: ", "28.00.00-G01-4-25")
h2("Resumé")
para("Kvalitetsrapporten samler resultaterne fra sprogvurderinger, trivselsmålinger og tilsyn i kommunens "
     "23 dagtilbud. 87 procent af de 3-årige har alderssvarende sprog, hvilket er et fald fra 90 procent i 2024.")
h2("Indstilling")
para("Direktøren for Børn og Familie indstiller, at kvalitetsrapporten godkendes.")
h2("Beslutning")
para("Godkendt.")
para("Udvalget ønsker en temadrøftelse om sprogindsatsen i dagtilbuddene efter sommerferien.")
h2("Bilag")
bullets(["Kvalitetsrapport for dagtilbud 2025"])

# ---------------------------------------------------------------- 4
item("Handleplan mod ungdomskriminalitet 2026-2028")
label_value(doc, "Sagsnr.: ", "27.15.00-P20-1-26")
h2("Resumé")
para("Social- og Sundhedsudvalget og Børne- og Familieudvalget har i fællesskab bestilt en handleplan mod "
     "ungdomskriminalitet. Handleplanen indeholder tre indsatser: gadeplansarbejde i weekenden, et "
     "mentorkorps og en styrket SSP-indsats i udskolingen.")
h2("Indstilling")
para("Direktøren for Børn og Familie indstiller,")
para("1. at handleplanen godkendes,")
para("2. at indsatserne finansieres af puljen til forebyggelse, og")
para("3. at mentorkorpset etableres som et toårigt forsøg.")
h2("Tidligere beslutninger")
para("Social- og Sundhedsudvalget den 24. februar 2026: Anbefales.")
h2("Beslutning")
para("Godkendt. Nina Rohde (Ø) stemte imod indstillingens punkt 3.")
h2("Bilag")
bullets(["Handleplan mod ungdomskriminalitet 2026-2028"])

# ---------------------------------------------------------------- 5
item("Økonomisk opfølgning på anbringelsesområdet")
label_value(doc, "Sagsnr.: ", "27.24.00-S00-2-26")
h2("Resumé")
para("Der forventes et merforbrug på 9,8 mio. kr. på anbringelsesområdet i 2026, primært på grund af "
     "flere anbringelser på opholdssteder. Forvaltningen gennemgår alle anbringelser over 1 mio. kr.")
h2("Indstilling")
para("Direktøren for Børn og Familie indstiller, at orienteringen tages til efterretning.")
h2("Beslutning")
para("Taget til efterretning. Forvaltningen fremlægger forslag til tilpasningstiltag senest 1. maj 2026.")

# ---------------------------------------------------------------- 6
item("Lukket punkt: Klage over afgørelse om tabt arbejdsfortjeneste")
label_value(doc, "Sagsnr.: ", "27.36.12-K07-3-26")
para("Punktet er behandlet for lukkede døre.")

# ---------------------------------------------------------------- 7
item("Ferielukning i dagtilbud 2026")
label_value(doc, "Sagsnr.: ", "28.00.00-A00-5-26")
h2("Beslutning")
para("Sagen blev trukket tilbage af forvaltningen inden mødet.")

# ---------------------------------------------------------------- 8
item("Orientering om implementeringen af Barnets Lov")
label_value(doc, "Sagsnr.: ", "27.00.00-A00-7-24")
h2("Resumé")
para("Barnets Lov trådte i kraft den 1. januar 2024. Forvaltningen orienterer om status på "
     "implementeringen, herunder børnesamtaler og inddragelse af børnenes netværk.")
para("Forvaltningen vil i efteråret 2026 gennemføre en intern evaluering af implementeringen.")
h2("Indstilling")
para("Direktøren for Børn og Familie indstiller, at orienteringen tages til efterretning.")
h2("Beslutning")
para("Orienteringen blev taget til efterretning.")

# ---------------------------------------------------------------- 9
item("Eventuelt")
h2("Beslutning")
para("Jeppe Lund (V) bad om en oversigt over ventetiden i PPR. Oversigten eftersendes til udvalget om 14 dage.")

doc.save("/work/blind/r5/boerne_familie_egely_autonum.docx")
print("saved")
