"""DOCX: Havrevang Kommune, Direktionen 23. april 2026.
Agenda as a 'Punkt | Titel | Ansvarlig | Tid' table, items as Heading 2 with typed numbers,
presenter and time slot in the heading, inline bold section labels, and each decision in a shaded box
(a one-cell table)."""
import sys
sys.path.insert(0, "/work/blind/r5/src")
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxhelp import page_x_of_y, shade_cell, label_value

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Havrevang Kommune · Direktionen"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_x_of_y(fp, prefix="Referat 23. april 2026 - side ", mid=" af ")

doc.add_heading("Referat - Direktionen", level=1)
label_value(doc, "Dato: ", "23.04.2026")
label_value(doc, "Tid: ", "08.30 - 10.45")
label_value(doc, "Sted: ", "Direktionsmødelokalet, Rådhuset")
label_value(doc, "Deltagere: ", "Kommunaldirektør Peter Holm, direktør Mette Dahl, direktør Søren Kvist, "
                                 "direktør Lene Friis")
label_value(doc, "Afbud: ", "Direktør Søren Kvist")
label_value(doc, "Øvrige: ", "HR-chef Jakob Riis (punkt 3 og 6), informationssikkerhedschef Anna Bay (punkt 4)")
label_value(doc, "Referent: ", "Direktionssekretær Helle Vinge")

doc.add_paragraph().add_run("Dagsorden").bold = True
agenda = [
    ("1", "Godkendelse af dagsorden og referat", "Peter Holm", "08.30-08.35"),
    ("2", "Budgetproces 2027 - administrative budgetforslag", "Mette Dahl", "08.35-09.15"),
    ("3", "Sygefravær 1. kvartal 2026", "Jakob Riis", "09.15-09.35"),
    ("4", "Ny informationssikkerhedspolitik", "Anna Bay", "09.35-10.00"),
    ("5", "Personalesag (lukket)", "Peter Holm", "10.00-10.10"),
    ("6", "Fælles rekrutteringsplatform", "Jakob Riis", "10.10-10.30"),
    ("7", "Ombudsmandens undersøgelse af aktindsigtssager", "Lene Friis", "10.30-10.40"),
    ("8", "Eventuelt", "", "10.40-10.45"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ("Punkt", "Titel", "Ansvarlig", "Tid")):
    c.text = h
for row in agenda:
    for c, v in zip(t.add_row().cells, row):
        c.text = v
doc.add_paragraph()


def item(heading, case):
    doc.add_heading(heading, level=2)
    p = doc.add_paragraph()
    r = p.add_run("Sag: " + case)
    r.italic = True
    r.font.size = Pt(9)


def section(label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


def plain(text, style=None):
    return doc.add_paragraph(text, style=style)


def decision(*paras):
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    shade_cell(cell, "E8EEF4")
    cell.paragraphs[0].add_run("Direktionens beslutning").bold = True
    for x in paras:
        cell.add_paragraph(x)
    doc.add_paragraph()


# 1
item("1. Godkendelse af dagsorden og referat", "00.01.00-A00-4-26")
section("Indstilling:", "Kommunaldirektøren indstiller,")
plain("1) at dagsordenen godkendes,")
plain("2) at referatet fra mødet den 9. april 2026 godkendes.")
decision("Godkendt.")

# 2
item("2. Budgetproces 2027 - administrative budgetforslag v/ Mette Dahl (08.35-09.15)", "00.30.00-S00-2-26")
section("Baggrund:", "Økonomiudvalget godkendte den 14. april 2026 den politiske tidsplan for budget 2027. "
        "Budgettet 1. behandles i Kommunalbestyrelsen den 10. september 2026. Der skal som i tidligere år "
        "udarbejdes et katalog med administrative effektiviseringer på 1 procent af servicerammen.")
section("Vurdering:", "Økonomi foreslår, at forslagene udarbejdes på en fælles skabelon, så de kan "
        "sammenlignes på tværs af fagområderne.")
section("Indstilling:", "Direktøren for Økonomi og Digitalisering indstiller,")
plain("1) at den administrative tidsplan godkendes,")
plain("2) at skabelonen for effektiviseringsforslag godkendes.")
decision("Direktionen godkendte tidsplanen og skabelonen.",
         "Fagområderne indsender forslag til effektiviseringer til Økonomi senest fredag i uge 20.",
         "Økonomi samler forslagene i et katalog, som drøftes i Direktionen ultimo maj 2026.")
section("Bilag:", "")
plain("Bilag 1 - Administrativ tidsplan budget 2027", style="List Bullet")
plain("Bilag 2 - Skabelon til effektiviseringsforslag", style="List Bullet")

# 3
item("3. Sygefravær 1. kvartal 2026 v/ Jakob Riis (09.15-09.35)", "81.28.00-P05-1-26")
section("Baggrund:", "Sygefraværet i 1. kvartal 2026 var 5,9 procent mod 5,4 procent i samme periode "
        "sidste år. Stigningen ses især i Ældre og Sundhed, hvor fraværet er 8,7 procent.")
section("Indstilling:", "HR-chefen indstiller, at orienteringen tages til efterretning.")
decision("Direktionen tog orienteringen til efterretning.",
         "Det høje fravær i Ældre og Sundhed drøftes særskilt på næstkommende møde i HovedMED.")
section("Bilag:", "")
plain("Bilag 1 - Fraværsstatistik 1. kvartal 2026", style="List Bullet")

# 4
item("4. Ny informationssikkerhedspolitik v/ Anna Bay (09.35-10.00)", "85.02.02-A00-1-25")
section("Baggrund:", "Kommunens informationssikkerhedspolitik er fra 2019 og skal opdateres, så den "
        "afspejler NIS2-reglerne og den nye fælleskommunale ramme for informationssikkerhed.")
section("Indstilling:", "Kommunaldirektøren indstiller,")
plain("1) at udkastet til informationssikkerhedspolitik godkendes,")
plain("2) at politikken forelægges Økonomiudvalget, og")
plain("3) at alle ledere gennemfører e-læring i informationssikkerhed.")
decision("Politikken blev godkendt med de drøftede justeringer og forelægges Økonomiudvalget i juni 2026.",
         "Alle chefer gennemfører e-læringsmodulet i informationssikkerhed inden sommerferien.")
section("Bilag:", "")
plain("Bilag 1 - Udkast til informationssikkerhedspolitik 2026", style="List Bullet")
plain("Bilag 2 - Oversigt over ændringer i forhold til politikken fra 2019", style="List Bullet")

# 5
item("5. Personalesag (lukket)", "81.00.00-G00-3-26")
plain("Lukket punkt - referatet offentliggøres ikke.")

# 6
item("6. Fælles rekrutteringsplatform v/ Jakob Riis (10.10-10.30)", "81.04.00-A00-2-26")
section("Baggrund:", "Kommunen anvender i dag tre forskellige systemer til rekruttering. HR foreslår, at "
        "der indgås aftale om en fælles platform via SKI-aftalen for HR-systemer.")
section("Indstilling:", "HR-chefen indstiller, at Direktionen godkender, at der indgås aftale om en "
        "fælles rekrutteringsplatform.")
decision("Punktet blev udsat og genoptages på mødet den 7. maj 2026.")

# 7
item("7. Ombudsmandens undersøgelse af aktindsigtssager v/ Lene Friis (10.30-10.40)", "00.06.00-A00-1-26")
section("Baggrund:", "Folketingets Ombudsmand har gennemgået 20 af kommunens afgørelser om aktindsigt fra "
        "2025. Ombudsmanden kritiserer, at fristen på 7 arbejdsdage blev overskredet i 6 sager, og at "
        "begrundelsen var mangelfuld i 3 sager.")
plain("Kommunen skal orientere Ombudsmanden om opfølgningen senest 1. september 2026.")
section("Indstilling:", "Direktøren for Borgerservice og Jura indstiller, at orienteringen tages til efterretning.")
decision("Taget til efterretning.",
         "Jura udarbejder en intern vejledning om behandling af aktindsigtssager inden for 3 måneder.")

# 8
item("8. Eventuelt", "00.01.00-A00-4-26")
decision("Intet.")

doc.save("/work/blind/r5/direktion_havrevang_beslutningsbokse.docx")
print("saved")
