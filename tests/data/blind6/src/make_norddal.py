import sys, json, re
from h import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

pages = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]; hp.text = "Klima-, Natur- og Miljøudvalget\t\t25-11-2025"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; field(fp.add_run(), "PAGE")

def P(text="", bold=False, size=None, color=None, align=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    return p

# front page
P("NORDDAL KOMMUNE", bold=True, size=14, color="1F4E79")
for _ in range(6): P("")
P("Referat", bold=True, size=36, color="1F4E79")
P("Klima-, Natur- og Miljøudvalget", bold=True, size=20)
P("")
P("Mødedato: Tirsdag den 25. november 2025", size=13)
P("Mødetidspunkt: Kl. 15:30", size=13)
P("Mødested: Mødelokale 2, Norddal Rådhus", size=13)
P("")
P("Medlemmer: Rikke Lund (A) formand, Ib Nørgaard (Ø), Hans Vinding (V), Maja Storm (F), Per Dahl (C)")
P("Fraværende: Hans Vinding (V)")
P("Bemærkninger: Per Dahl (C) forlod mødet kl. 17.10 under behandlingen af punkt 6.")
page_break(doc)

items = [
 (1, "Godkendelse af dagsorden"),
 (2, "Vandhandleplan 2026 - indsatser i Norddal Å"),
 (3, "Skybrudsprojekt ved Østergade - projektforslag"),
 (4, "Orientering om naturpleje på kommunale arealer"),
 (5, "Miljøgodkendelse til udvidelse af svinebedrift, Bakkegården"),
 (6, "Trafiksikkerhedsplan 2026-2029"),
 (7, "Dispensation fra strandbeskyttelseslinjen, Klitvej 18"),
 (8, "Lukket punkt: Erstatning efter ekspropriation"),
 (9, "Eventuelt"),
]
P("Indholdsfortegnelse", bold=True, size=16, color="1F4E79")
for n, t in items:
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run(f"{n}. {t}\t{pages.get(str(n), n + 2)}")

def item(n, title, case, sections):
    page_break(doc)
    P(f"{n}. {title}", bold=True, size=16, color="1F4E79")
    P("")
    p = doc.add_paragraph(); p.add_run("Sagsnr.: ").bold = True; p.add_run(case)
    for head, body in sections:
        P(head, bold=True)
        for line in body:
            if line.startswith("* "):
                doc.add_paragraph(line[2:], style="List Bullet")
            elif re.match(r"\d\. at ", line):
                p = P(line); p.paragraph_format.left_indent = Cm(1); p.paragraph_format.first_line_indent = Cm(-0.6)
            else:
                P(line)

D = "Beslutning i Klima-, Natur- og Miljøudvalget den 25-11-2025"
item(1, items[0][1], "00.01.00-A00-14-25", [
    ("Beslutningstema", ["Godkendelse af dagsorden."]),
    (D, ["Godkendt."]),
])
item(2, items[1][1], "06.02.00-P20-1-25", [
    ("Beslutningstema", ["Udvalget skal godkende kommunens indsatser i 2026 efter vandområdeplanen for Norddal Å."]),
    ("Sagsfremstilling", [
        "Staten har i vandområdeplanerne 2021-2027 pålagt Norddal Kommune at gennemføre vandløbsrestaurering på "
        "i alt 7,4 km af Norddal Å og fjerne to spærringer ved Møllegården og Tangbro.",
        "Forvaltningen har prioriteret indsatserne, så spærringen ved Møllegården fjernes først. Projektet "
        "finansieres 100 pct. af statens vandplanpulje. Forvaltningen forventer at kunne fremlægge en samlet "
        "tidsplan for de øvrige strækninger i 2. kvartal 2026.",
        "Lodsejerne langs åen er orienteret skriftligt. Enkelte lodsejere har udtrykt bekymring for vandstanden "
        "på de lavtliggende enge.",
    ]),
    ("Økonomi", ["Projekterne er fuldt eksternt finansieret. Der er ingen kommunale udgifter ud over forvaltningens timeforbrug."]),
    ("Indstilling", ["Direktøren for Teknik og Miljø indstiller, at",
                     "1. indsatsen ved Møllegården gennemføres i 2026,",
                     "2. forvaltningen søger tilskud fra vandplanpuljen til strækningen ved Tangbro,",
                     "3. lodsejerne inddrages via en følgegruppe."]),
    (D, ["Indstillingen blev godkendt.",
         "Forvaltningen indkalder lodsejerne langs Norddal Å til et informationsmøde inden udgangen af januar 2026."]),
    ("Bilag", ["* Kort over indsatser i Norddal Å", "* Prioriteringsnotat vandområdeplan 2026"]),
])
item(3, items[2][1], "06.00.00-G01-4-25", [
    ("Beslutningstema", ["Udvalget skal drøfte tre projektforslag til håndtering af skybrud i Østergade-kvarteret."]),
    ("Sagsfremstilling", [
        "Ved skybruddet den 14. august 2024 blev 46 kældre i Østergade-kvarteret oversvømmet. Norddal Forsyning og "
        "forvaltningen har udarbejdet tre forslag: A) forsinkelsesbassin i Østerparken, B) skybrudsvej ad "
        "Østergade til havnen og C) en kombination af A og B.",
        "Forslag C vurderes at give den bedste beskyttelse, men anlægsudgiften er 31 mio. kr. Forsyningens andel "
        "af medfinansieringen kræver godkendelse i Forsyningssekretariatet.",
    ]),
    ("Indstilling", ["Direktøren for Teknik og Miljø indstiller, at udvalget drøfter projektforslagene og "
                     "peger på et foretrukket forslag."]),
    (D, ["Udvalget drøftede projektforslagene og pegede foreløbigt på forslag C.",
         "Sagen genoptages på udvalgets møde i januar 2026, når forsyningens medfinansiering er afklaret."]),
    ("Bilag", ["* Skybrudsprojekt Østergade - tre løsningsforslag"]),
])
item(4, items[3][1], "01.05.00-G01-2-25", [
    ("Beslutningstema", ["Orientering om den nye plejeplan for kommunale naturarealer."]),
    ("Sagsfremstilling", [
        "Kommunen ejer 212 ha naturarealer. Fra 1. april 2026 omlægges græsslåningen på 40 ha rabatter og "
        "parkarealer til naturpleje med høslæt to gange årligt. Naturstyrelsen har tilbudt at levere får til "
        "afgræsning af overdrevet ved Galgebakken.",
    ]),
    ("Indstilling", ["Direktøren for Teknik og Miljø indstiller, at orienteringen tages til efterretning."]),
    (D, ["Orienteringen blev taget til efterretning."]),
])
item(5, items[4][1], "09.02.00-G01-22-25", [
    ("Beslutningstema", ["Udvalget skal træffe afgørelse om miljøgodkendelse efter husdyrbrugloven."]),
    ("Sagsfremstilling", [
        "Bakkegården, Bakkevej 40, har søgt om miljøgodkendelse til en udvidelse fra 320 til 410 dyreenheder. "
        "Udkastet til godkendelse har været i nabohøring i 3 uger, og der er indkommet 4 bemærkninger om lugt og "
        "trafik.",
        "Forvaltningen vurderer, at projektet overholder lovens beskyttelsesniveau for lugt, ammoniak og nitrat. "
        "Der stilles vilkår om overdækning af gyllebeholdere og om kørselsveje uden om Bakkeby.",
    ]),
    ("Indstilling", ["Direktøren for Teknik og Miljø indstiller, at",
                     "1. der meddeles miljøgodkendelse på de i udkastet anførte vilkår,",
                     "2. vilkåret om kørselsveje skærpes, så transport gennem Bakkeby ikke tillades."]),
    (D, ["Indstillingen blev godkendt.",
         "Forvaltningen annoncerer afgørelsen på kommunens hjemmeside senest den 2. december 2025.",
         "Ib Nørgaard (Ø) tog forbehold for indstillingens punkt 1."]),
    ("Bilag", ["* Udkast til miljøgodkendelse, Bakkegården", "* Høringssvar fra naboer", "* Notat om lugtberegning"]),
])
item(6, items[5][1], "05.13.00-P22-1-25", [
    ("Beslutningstema", ["Udvalget skal godkende forslag til trafiksikkerhedsplan 2026-2029."]),
    ("Indstilling", ["Direktøren for Teknik og Miljø indstiller, at forslaget til trafiksikkerhedsplan godkendes."]),
    (D, ["Punktet blev udsat til næste møde."]),
    ("Bilag", ["* Trafiksikkerhedsplan 2026-2029 - forslag"]),
])
item(7, items[6][1], "01.05.12-P19-31-25", [
    ("Beslutningstema", ["Ansøgning om dispensation til udestue inden for strandbeskyttelseslinjen."]),
    (D, ["Punktet blev trukket tilbage af forvaltningen, da ansøger har frafaldet ansøgningen."]),
])
item(8, items[7][1], "02.34.02-G01-3-25", [
    (D, ["Lukket punkt."]),
])
item(9, items[8][1], "00.01.00-A00-15-25", [
    (D, ["Maja Storm (F) spurgte til status for cykelstien ved Hørby, som forventes færdig i foråret.",
         "Formanden bad forvaltningen sende en oversigt over kommende høringer på natur- og miljøområdet til "
         "udvalget om 4 uger."]),
])
doc.save("klima_natur_miljoe_norddal_prepare.docx")
