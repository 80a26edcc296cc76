"""PDF (via DOCX + LibreOffice): Kildemose Kommune, Økonomiudvalget 12. marts 2026.
FirstAgenda-like layout: item number alone on its line (items numbered through the year, 45-55),
title on the next line, 'Sagsnr.:' on the line after; this meeting's decision first, earlier
committees' decisions in a 'Sagsforløb' section further down; page header and 'Side X af Y' footer on
every page; table of contents as a table (page numbers filled in from a first rendering)."""
import json
import os
import subprocess
import sys

sys.path.insert(0, "/work/blind/r5/src")
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm
from docxhelp import page_x_of_y

OUT_DOCX = "/work/blind/r5/src/oekonomiudvalget_kildemose_firstagenda.docx"
OUT_DIR = "/work/blind/r5"

ABSENT = "Fraværende: Jesper Fog (V)"

ITEMS = [
    dict(n=45, title="Godkendelse af dagsorden", case="26/0412",
         decision=["Godkendt.", ABSENT],
         sections=[("Indstilling", ["Direktionen indstiller, at dagsordenen godkendes."])],
         bilag=[]),
    dict(n=46, title="Økonomirapport pr. 31. januar 2026", case="26/1187",
         decision=["Taget til efterretning.",
                   "Direktionen fremlægger en samlet plan for budgetoverholdelse inden udgangen af april 2026.",
                   ABSENT],
         sections=[
             ("Resume", ["Økonomirapporten pr. 31. januar 2026 er årets første samlede vurdering af det forventede "
                         "regnskab. Der forventes et merforbrug på serviceudgifterne på 31,4 mio. kr., svarende til "
                         "1,6 procent af servicerammen. Merforbruget vedrører især det specialiserede børneområde, "
                         "hjemmeplejen og den kollektive trafik."]),
             ("Indstilling", ["Direktionen indstiller,",
                              "1. at økonomirapporten pr. 31. januar 2026 tages til efterretning, og",
                              "2. at fagudvalgene anmodes om at udarbejde forslag til handlemuligheder."]),
             ("Sagsbeskrivelse", [
                 "Økonomirapporten bygger på forbruget i januar og på fagområdernes vurdering af aktivitetsniveauet "
                 "resten af året. Erfaringsmæssigt er usikkerheden stor så tidligt på året, men udviklingen på det "
                 "specialiserede børneområde har været stigende gennem hele 2025, og der er ikke tegn på, at den "
                 "vender i 2026.",
                 "På det specialiserede børneområde forventes et merforbrug på 14,2 mio. kr. Antallet af børn i "
                 "specialtilbud er steget fra 212 til 241 siden budgetlægningen, og der er visiteret flere elever "
                 "til private specialskoler uden for kommunen. Forvaltningen har igangsat en gennemgang af alle "
                 "visitationer over 500.000 kr. årligt.",
                 "I hjemmeplejen forventes et merforbrug på 9,8 mio. kr. som følge af flere visiterede timer og "
                 "øgede udgifter til vikarer. Den kollektive trafik forventes at give et merforbrug på 4,1 mio. kr., "
                 "fordi Movia har varslet en efterregulering for 2025. De resterende 3,3 mio. kr. fordeler sig på "
                 "en række mindre områder.",
                 "Kommunen har i de seneste tre år overholdt servicerammen, og det er afgørende for at undgå "
                 "sanktioner, at dette også sker i 2026. Direktionen vil derfor følge udviklingen tæt og "
                 "vurdere behovet for yderligere initiativer i forbindelse med økonomirapporten pr. 31. marts.",
             ]),
             ("Økonomiske konsekvenser", ["Sagen har ingen selvstændige økonomiske konsekvenser."]),
         ],
         bilag=["Bilag 1. Økonomirapport pr. 31. januar 2026",
                "Bilag 2. Forbrugsoversigt fordelt på udvalg"]),
    dict(n=47, title="Overførsel af uforbrugte midler fra 2025 til 2026", case="26/0955",
         decision=["Anbefales over for Byrådet, idet overførslen på anlæg dog reduceres med 3,0 mio. kr. "
                   "vedrørende Kildemose Svømmehal.",
                   "Katrine Ulv (Ø) kunne ikke anbefale indstillingens punkt 2.",
                   ABSENT],
         sections=[
             ("Resume", ["Der er i regnskab 2025 et samlet mindreforbrug på drift på 22,7 mio. kr. og på anlæg på "
                         "41,5 mio. kr. Det foreslås, at der overføres 18,9 mio. kr. på drift og 38,0 mio. kr. på "
                         "anlæg til 2026."]),
             ("Indstilling", ["Direktionen indstiller over for Økonomiudvalget og Byrådet,",
                              "1. at der overføres 18,9 mio. kr. på drift fra 2025 til 2026,",
                              "2. at der overføres 38,0 mio. kr. på anlæg fra 2025 til 2026, og",
                              "3. at de overførte driftsmidler på ældreområdet reserveres til rekruttering."]),
             ("Sagsbeskrivelse", [
                 "Overførselsreglerne giver institutioner og decentrale enheder mulighed for at overføre op til "
                 "5 procent af budgettet til det efterfølgende år. Mindreforbruget på drift skyldes især "
                 "vakante stillinger på ældreområdet og forsinkede it-projekter i administrationen.",
                 "På anlæg skyldes mindreforbruget primært, at renoveringen af Kildemose Svømmehal er forsinket, "
                 "fordi der er fundet skimmelsvamp i tagkonstruktionen. Den oprindelige tidsplan kan ikke holdes, "
                 "og projektet forventes først afsluttet i 2027. Derudover er udbygningen af cykelstien langs "
                 "Møllevej forsinket på grund af ekspropriationssagen.",
                 "Overførslerne påvirker ikke kassebeholdningen i 2026, da midlerne allerede er indregnet i "
                 "kassen ultimo 2025.",
             ]),
             ("Økonomiske konsekvenser", ["Overførslerne finansieres af kassebeholdningen."]),
         ],
         bilag=["Bilag 1. Oversigt over overførsler på drift",
                "Bilag 2. Oversigt over overførsler på anlæg"]),
    dict(n=48, title="Anlægsbevilling til udvidelse af Kildemose Skole", case="25/14410",
         decision=["Anbefales over for Byrådet.",
                   "Forvaltningen forelægger en revideret tidsplan for byggeriet for Økonomiudvalget senest 1. juni 2026.",
                   ABSENT],
         sections=[
             ("Resume", ["Elevtallet på Kildemose Skole forventes at stige med 160 elever frem mod 2030 som følge af "
                         "udbygningen af Kildemose Øst. Der søges om en anlægsbevilling på 64,0 mio. kr. til en ny "
                         "indskolingsfløj med 12 klasselokaler og en udvidelse af SFO'en."]),
             ("Indstilling", ["Direktøren for Børn og Uddannelse indstiller,",
                              "1. at der gives en anlægsbevilling på 64,0 mio. kr. til udvidelse af Kildemose Skole,",
                              "2. at rådighedsbeløbet finansieres af det afsatte beløb i investeringsoversigten, og",
                              "3. at projektet udbydes i totalentreprise."]),
             ("Sagsbeskrivelse", [
                 "Befolkningsprognosen 2026 viser, at antallet af børn i skolealderen i Kildemose Skoles distrikt "
                 "stiger fra 780 i 2025 til 940 i 2030. Skolen har allerede i dag taget faglokaler i brug som "
                 "almindelige klasselokaler, og der er opstillet to pavilloner på skolens boldbane.",
                 "Projektet omfatter en ny fløj i to etager mod nord med 12 klasselokaler, et fællesareal for "
                 "indskolingen og nye toiletter. SFO'en udvides med 350 m2, og skolegården omlægges, så der "
                 "bliver plads til et nyt udeområde for de mindste elever. Byggeriet opføres efter kravene til "
                 "lavemissionsbyggeri.",
                 "Skolebestyrelsen og MED-udvalget har været inddraget i programmeringen og bakker op om "
                 "projektet. Det forventes, at byggeriet kan gå i gang i efteråret 2026.",
             ]),
             ("Sagsforløb", ["Beslutning i Børne- og Skoleudvalget den 03-03-2026:",
                             "Anbefales. Udvalget ønsker, at byggeriet afsluttes inden skolestart 2027."]),
             ("Økonomiske konsekvenser", ["Der er afsat 64,0 mio. kr. i investeringsoversigten for 2026-2028."]),
         ],
         bilag=["Bilag 1. Byggeprogram for udvidelse af Kildemose Skole",
                "Bilag 2. Økonomioversigt",
                "Bilag 3. Elevtalsprognose 2026-2032"]),
    dict(n=49, title="Lukket punkt: Salg af byggegrunde i Kildemose Øst", case="25/16022",
         closed=True),
    dict(n=50, title="Udbud af rengøring på kommunale ejendomme", case="25/12230",
         decision=["Sagen fremsendes til Teknisk Udvalg til behandling af serviceniveauet, inden "
                   "udbudsmaterialet godkendes.",
                   ABSENT],
         sections=[
             ("Resume", ["Kontrakten om rengøring af kommunens administrationsbygninger, skoler og daginstitutioner "
                         "udløber den 31. december 2026. Der skal derfor gennemføres et nyt EU-udbud. Udbuddet har "
                         "en samlet værdi på ca. 96 mio. kr. over fire år."]),
             ("Indstilling", ["Direktionen indstiller,",
                              "1. at udbudsstrategien godkendes,",
                              "2. at serviceniveauet fastholdes på det nuværende niveau, og",
                              "3. at der stilles krav om sociale klausuler og uddannelsesaftaler."]),
             ("Sagsbeskrivelse", [
                 "Den nuværende kontrakt har været i kraft siden 2021. Brugerne har generelt været tilfredse, "
                 "men der har været klager over rengøringen i daginstitutionerne, hvor hygiejnen er særlig "
                 "vigtig. Forvaltningen foreslår derfor, at der indføres en kvalitetsmåling efter INSTA 800.",
                 "Det forventes, at udbuddet kan annonceres i maj 2026, og at kontrakten kan tildeles i "
                 "september 2026. Det giver leverandøren tre måneders implementeringsperiode før "
                 "kontraktstart den 1. januar 2027.",
             ]),
             ("Økonomiske konsekvenser", ["Udbuddet forventes at kunne gennemføres inden for det nuværende budget."]),
         ],
         bilag=["Bilag 1. Udbudsstrategi for rengøring 2027-2030"]),
    dict(n=51, title="Medlemsforslag fra SF om klimabudget", case="26/1302",
         decision=["Forslaget blev forkastet.",
                   "For stemte: SF og Ø (2).",
                   "Imod stemte: A og C (4).",
                   ABSENT],
         sections=[
             ("Resume", ["Byrådsmedlem Helle Krarup (F) har den 16. februar 2026 fremsendt et medlemsforslag om, at "
                         "kommunen indfører et klimabudget. Forslaget behandles i Økonomiudvalget efter "
                         "styrelsesvedtægtens § 12."]),
             ("Forslagets ordlyd", ["SF foreslår,",
                                    "at Kildemose Kommune indfører et klimabudget fra og med budget 2027,",
                                    "at alle anlægsprojekter over 5 mio. kr. får beregnet CO2-udledningen, og",
                                    "at der hvert år udarbejdes et klimaregnskab, som forelægges Byrådet."]),
             ("Indstilling", ["Direktionen indstiller, at Økonomiudvalget tager stilling til forslaget."]),
             ("Sagsbeskrivelse", [
                 "Et klimabudget er et styringsværktøj, hvor kommunen opgør den forventede CO2-udledning på "
                 "samme måde som et økonomisk budget. Flere større kommuner har indført klimabudgetter, men "
                 "metoderne er endnu ikke standardiserede. Administrationen vurderer, at det vil kræve ca. "
                 "1,5 årsværk at indføre og drive et klimabudget.",
             ]),
         ],
         bilag=["Bilag 1. Medlemsforslag fra SF om klimabudget"]),
    dict(n=52, title="Revision af kasse- og regnskabsregulativ", case="26/0733",
         decision=["Udsat.", ABSENT],
         sections=[
             ("Resume", ["Kasse- og regnskabsregulativet skal revideres, så det afspejler den nye økonomiske "
                         "organisering og overgangen til et nyt økonomisystem pr. 1. januar 2026."]),
             ("Indstilling", ["Direktionen indstiller, at det reviderede kasse- og regnskabsregulativ godkendes."]),
         ],
         bilag=["Bilag 1. Udkast til kasse- og regnskabsregulativ 2026"]),
    dict(n=53, title="Kommunegaranti for lån til Kildemose Fjernvarme A.m.b.a.", case="26/0290",
         decision=["Anbefales over for Byrådet.",
                   "Økonomiudvalget ønsker en orientering om selskabets samlede investeringsplan i efteråret 2026.",
                   ABSENT],
         sections=[
             ("Resume", ["Kildemose Fjernvarme A.m.b.a. søger om kommunegaranti for et lån på 48 mio. kr. til "
                         "etablering af en ny varmepumpe og udvidelse af ledningsnettet i Kildemose Øst. Lånet "
                         "optages i KommuneKredit med en løbetid på 25 år."]),
             ("Indstilling", ["Direktionen indstiller,",
                              "1. at der stilles kommunegaranti for et lån på 48 mio. kr., og",
                              "2. at der opkræves en garantiprovision på 0,5 procent årligt."]),
             ("Sagsbeskrivelse", [
                 "Efter varmeforsyningsloven kan kommunen stille garanti for lån til kollektive "
                 "varmeforsyningsanlæg. Garantien påvirker ikke kommunens låneramme. Fjernvarmeselskabet har "
                 "en sund økonomi og en soliditetsgrad på 34 procent."]),
         ],
         bilag=[]),
    dict(n=54, title="Tillægsbevilling til vintertjeneste", case="26/1404",
         decision=["Godkendt.",
                   "Forvaltningen udarbejder forslag til en ny model for budgettering af vintertjenesten, som "
                   "forelægges på budgetseminaret primo juni 2026.",
                   ABSENT],
         sections=[
             ("Resume", ["Vintertjenesten har i sæsonen 2025/26 haft 47 udkald mod normalt ca. 30. Der søges om en "
                         "tillægsbevilling på 2,6 mio. kr."]),
             ("Indstilling", ["Direktøren for Teknik og Miljø indstiller, at der gives en tillægsbevilling på "
                              "2,6 mio. kr. til vintertjenesten finansieret af kassebeholdningen."]),
         ],
         bilag=["Bilag 1. Opgørelse over udkald i vintersæsonen 2025/26"]),
    dict(n=55, title="Meddelelser", case="26/0413",
         decision=["Borgmesteren orienterede om drøftelserne i KKR Sjælland om fordelingen af flygtninge.",
                   "Taget til efterretning.",
                   ABSENT],
         sections=[],
         bilag=[]),
]

MEMBERS = ["Birthe Holst (A), borgmester, formand", "Jesper Fog (V), næstformand", "Anders Lauridsen (A)",
           "Helle Krarup (F)", "Katrine Ulv (Ø)", "Morten Skaarup (C)", "Pia Thygesen (A)"]


def build(toc_pages):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kildemose Kommune\t\tØkonomiudvalget | 12-03-2026"
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)
    for r in fp.runs:
        r.font.size = Pt(8.5)

    p = doc.add_paragraph()
    r = p.add_run("Referat")
    r.bold = True
    r.font.size = Pt(26)
    p = doc.add_paragraph()
    r = p.add_run("Økonomiudvalget")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Torsdag den 12. marts 2026 kl. 16:00")
    doc.add_paragraph("Mødelokale 1, Kildemose Rådhus")
    doc.add_paragraph()
    t = doc.add_table(rows=0, cols=2)
    for k, v in (("Mødedato", "12-03-2026"), ("Mødetidspunkt", "16:00 - 18:25"),
                 ("Mødested", "Mødelokale 1, Kildemose Rådhus"), ("Fraværende", "Jesper Fog (V)"),
                 ("Medlemmer", "\n".join(MEMBERS))):
        c = t.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(k).bold = True
        c[1].text = v
        c[0].width = Cm(4)
        c[1].width = Cm(12)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    r = p.add_run("Indholdsfortegnelse")
    r.bold = True
    r.font.size = Pt(14)
    toc = doc.add_table(rows=1, cols=3)
    toc.style = "Table Grid"
    for c, h in zip(toc.rows[0].cells, ("Punkt", "Titel", "Side")):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    toc.autofit = False
    for it in ITEMS:
        c = toc.add_row().cells
        c[0].text = str(it["n"])
        c[1].text = it["title"]
        c[2].text = str(toc_pages.get(it["n"], ""))
    for col, w in zip(toc.columns, (Cm(1.6), Cm(13), Cm(1.4))):
        col.width = w
        for cell in col.cells:
            cell.width = w

    for i, it in enumerate(ITEMS):
        # FirstAgenda starts the first item on a new page; the rest follow each other
        if i == 0 or it["n"] in (48, 51, 54):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            doc.add_paragraph()
        p = doc.add_paragraph()
        r = p.add_run(str(it["n"]))
        r.bold = True
        r.font.size = Pt(18)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        r = p.add_run(it["title"])
        r.bold = True
        r.font.size = Pt(14)
        p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        r = p.add_run("Sagsnr.: " + it["case"])
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        if it.get("closed"):
            doc.add_paragraph("Punktet er behandlet for lukkede døre.")
            continue
        p = doc.add_paragraph()
        r = p.add_run("Beslutning i Økonomiudvalget den 12-03-2026")
        r.bold = True
        r.font.size = Pt(11.5)
        p.paragraph_format.keep_with_next = True
        for line in it["decision"]:
            doc.add_paragraph(line)
        for head, paras in it["sections"]:
            p = doc.add_paragraph()
            r = p.add_run(head)
            r.bold = True
            r.font.size = Pt(11.5)
            p.paragraph_format.keep_with_next = True
            for line in paras:
                doc.add_paragraph(line)
        p = doc.add_paragraph()
        r = p.add_run("Bilag")
        r.bold = True
        r.font.size = Pt(11.5)
        if it["bilag"]:
            for b in it["bilag"]:
                doc.add_paragraph(b)
        else:
            doc.add_paragraph("Ingen bilag.")
    doc.save(OUT_DOCX)


def render():
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", OUT_DIR, OUT_DOCX],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(OUT_DIR, os.path.basename(OUT_DOCX).replace(".docx", ".pdf"))


def find_pages(pdf):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = txt.split("\f")
    found = {}
    for it in ITEMS:
        for pi, pg in enumerate(pages):
            if pi < 2:
                continue
            lines = [l.strip() for l in pg.splitlines()]
            for j, l in enumerate(lines[:-1]):
                if l == str(it["n"]) and it["title"][:25] in " ".join(lines[j + 1:j + 3]):
                    found[it["n"]] = pi + 1
                    break
            if it["n"] in found:
                break
    return found


if __name__ == "__main__":
    build({})
    pdf = render()
    pages = find_pages(pdf)
    build(pages)
    pdf = render()
    pages2 = find_pages(pdf)
    print(pages, pages2 == pages)
