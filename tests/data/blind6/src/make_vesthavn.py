import sys
from h import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Vesthavn Kommune  ·  Byrådet  ·  Beslutningsprotokol 12. maj 2026"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; side_x_af_y(fp); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

def P(text="", bold=False, size=None, italic=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def box(text):
    t = doc.add_table(rows=1, cols=1); borders(t, sz=12)
    c = t.rows[0].cells[0]; shade(c, "EDEDED")
    r = c.paragraphs[0].add_run(text); r.bold = True; r.font.size = Pt(12)

P("Vesthavn Kommune", bold=True, size=16)
P("BESLUTNINGSPROTOKOL", bold=True, size=20)
P("Byrådet", bold=True, size=14)
P("")
for a, b in [("Mødedato:", "Tirsdag den 12. maj 2026"), ("Mødetidspunkt:", "Kl. 18:00 - 21:15"),
             ("Mødested:", "Byrådssalen, Vesthavn Rådhus"), ("Fraværende:", "Mette Lykke (V)"),
             ("Stedfortræder:", "Carsten Bøgh (V)")]:
    p = doc.add_paragraph(); r = p.add_run(a + "\t"); r.bold = True; p.add_run(b)
P("")
P("Medlemmer:", bold=True)
P("Henrik Sejr (A), borgmester; Lone Faber (V), 1. viceborgmester; Karsten Holm (C); Mette Lykke (V); "
  "Lars Hein (Ø); Birgitte Vang (A); Jonas Rask (F); Susanne Moos (O); Peter Kjær (A); Anja Due (M); "
  "Thomas Bro (V); Nadia Ravn (Å) m.fl. - i alt 27 medlemmer.")
P("")
P("Indholdsfortegnelse", bold=True, size=12)
toc = [(45, "Godkendelse af dagsorden"), (46, "Regnskab 2025 - endelig godkendelse"),
       (47, "Anlægsbevilling til renovering af Havneskolen"), (48, "Forslag til lokalplan 312 - Boliger ved Kirkemosen"),
       (49, "Medlemsforslag fra Enhedslisten om gratis bus for unge under 18 år"),
       (50, "Parkeringsstrategi 2026-2030"), (51, "Ændring af vedtægter for Vesthavn Forsyning A/S"),
       (52, "Valg af nyt medlem til Børne- og Skoleudvalget"), (53, "Meddelelser"),
       (54, "Køb af ejendom, matr.nr. 14a Vesthavn By (Lukket punkt)")]
for n, t in toc:
    P(f"Sag nr. {n}\t{t}")

def item(n, title, sagsnr, ansvarlig, sections):
    page_break(doc)
    box(f"Sag nr. {n} - {title}")
    p = doc.add_paragraph(); p.add_run("Sagsnr.: ").bold = True; p.add_run(sagsnr)
    p = doc.add_paragraph(); p.add_run("Sagsansvarlig: ").bold = True; p.add_run(ansvarlig)
    for head, body in sections:
        if head:
            P(head, bold=True, size=11)
        for line in body:
            if line.startswith("- "):
                doc.add_paragraph(line[2:], style="List Bullet")
            else:
                P(line)

item(45, "Godkendelse af dagsorden", "26/112", "Sekretariatet for Byråd og Direktion", [
    ("Resumé", ["Byrådet godkender dagsordenen for mødet."]),
    ("Beslutning i Byrådet den 12. maj 2026:", ["Godkendt."]),
])

item(46, "Regnskab 2025 - endelig godkendelse", "26/1875", "Økonomi og Analyse, Jens Aagaard", [
    ("Resumé", ["Regnskabet for 2025 udviser et overskud på det skattefinansierede område på 38,4 mio. kr., "
                "hvilket er 21,7 mio. kr. bedre end det korrigerede budget. Det specialiserede socialområde har "
                "et merforbrug på 12,9 mio. kr."]),
    ("Sagsfremstilling", [
        "Driftsresultatet er påvirket af et mindreforbrug på anlæg, hvor flere projekter er forsinket, herunder "
        "cykelstien langs Strandvejen og udvidelsen af Nordby Børnehus. Uforbrugte anlægsmidler foreslås overført til 2026.",
        "På serviceudgifterne er der et samlet mindreforbrug på 9,8 mio. kr. Mindreforbruget dækker over et merforbrug "
        "på det specialiserede socialområde på 12,9 mio. kr., som primært skyldes flere borgere i botilbud efter "
        "servicelovens § 108, og mindreforbrug på dagtilbud, administration og vejvedligeholdelse.",
        "Kassebeholdningen udgjorde ultimo 2025 142,6 mio. kr., og den gennemsnitlige likviditet efter kassekreditreglen "
        "var 188,1 mio. kr. Kommunens langfristede gæld er nedbragt med 14,0 mio. kr.",
        "Revisionen afgiver sin endelige beretning om regnskab 2025 i juni 2026, og beretningen behandles derefter "
        "på et særskilt møde i Økonomiudvalget.",
        "Regnskabet skal efter styrelseslovens § 45 være godkendt af Byrådet og afgivet til revisionen inden 1. juni 2026.",
    ]),
    ("Økonomi", ["Overførslerne fra 2025 til 2026 udgør netto 14,2 mio. kr., heraf 11,6 mio. kr. på anlæg og "
                 "2,6 mio. kr. på drift. Overførslerne finansieres af kassebeholdningen."]),
    ("Indstilling", ["Økonomidirektøren indstiller, at",
                     "- regnskab 2025 godkendes og oversendes til revisionen,",
                     "- overførsler fra 2025 til 2026 på netto 14,2 mio. kr. godkendes, og",
                     "- merforbruget på det specialiserede socialområde indgår i budgetlægningen for 2027."]),
    ("Beslutning i Økonomiudvalget den 5. maj 2026:", [
        "Anbefales. Forvaltningen udarbejder en redegørelse for udviklingen i antallet af borgere i botilbud."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Godkendt.",
        "Byrådet ønsker, at forvaltningen senest den 15. juni 2026 fremlægger en handleplan for nedbringelse af "
        "merforbruget på det specialiserede socialområde for Økonomiudvalget."]),
    ("Bilag", ["- Regnskab 2025 - årsberetning", "- Overførselsoversigt 2025-2026", "- Notat om det specialiserede socialområde"]),
])

item(47, "Anlægsbevilling til renovering af Havneskolen", "82.18.00-G01-3-25", "Ejendomme og Byggeri, Sofie Ring", [
    ("Resumé", ["Havneskolens indskolingsfløj fra 1962 trænger til en gennemgribende renovering af tag, facader "
                "og ventilation. Der søges anlægsbevilling på 24,5 mio. kr."]),
    ("Sagsfremstilling", [
        "En tilstandsvurdering fra september 2025 viser fugtskader i tagkonstruktionen og et indeklima, der i perioder "
        "ligger over anbefalede grænseværdier for CO2. Skolebestyrelsen har i et brev af 3. februar 2026 opfordret "
        "Byrådet til at prioritere projektet.",
        "Projektet omfatter nyt tag med solceller, efterisolering, nye vinduer og mekanisk ventilation i 14 klasselokaler. "
        "Under byggeriet genhuses indskolingen i pavilloner på boldbanen.",
        "Tidsplanen forudsætter udbud i juni 2026, byggestart i oktober 2026 og aflevering i august 2027. "
        "Entreprenøren skal efter udbudsmaterialet aflevere en detailtidsplan senest 14 dage efter kontraktindgåelse.",
    ]),
    ("Økonomi", ["Anlægsudgiften på 24,5 mio. kr. finansieres af den afsatte rådighedsbevilling i budget 2026 "
                 "på 20,0 mio. kr. og af 4,5 mio. kr. fra puljen til energirenovering."]),
    ("Indstilling", ["Børne- og Kulturdirektøren indstiller, at",
                     "- der gives en anlægsbevilling på 24,5 mio. kr. til renovering af Havneskolen, og",
                     "- bevillingen finansieres af rådighedsbeløbet i budget 2026 og puljen til energirenovering."]),
    ("Beslutning i Børne- og Skoleudvalget den 22. april 2026:", ["Anbefales."]),
    ("Beslutning i Økonomiudvalget den 5. maj 2026:", ["Anbefales. Økonomiudvalget ønsker en tæt styring af tidsplanen."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Godkendt.",
        "Forvaltningen orienterer Byrådet om resultatet af udbuddet i 3. kvartal 2026.",
        "Lars Hein (Ø) kunne ikke tiltræde indstillingens andet punkt, da han ønsker finansieringen fundet i "
        "kassebeholdningen, og ønskede sin stemme ført til protokol.",
        "Inhabil: Karsten Holm (C) deltog ikke i sagens behandling."]),
    ("Bilag", ["- Tilstandsvurdering af Havneskolen, september 2025", "- Projektbeskrivelse og tidsplan",
               "- Brev fra skolebestyrelsen ved Havneskolen"]),
])

item(48, "Forslag til lokalplan 312 - Boliger ved Kirkemosen", "01.02.05-P16-8-25", "Plan og Byg, Kim Thorsen", [
    ("Resumé", ["Forslaget giver mulighed for op til 64 rækkehuse og 30 lejligheder på den tidligere gartnerigrund "
                "ved Kirkemosen."]),
    ("Sagsfremstilling", [
        "Plan- og Miljøudvalget besluttede den 3. marts 2026 at igangsætte planlægningen og at der skulle sikres en "
        "grøn kile mod mosen. Lokalplanforslaget fastlægger en maksimal bygningshøjde på 8,5 m og en bebyggelsesprocent "
        "på 40 for området som helhed.",
        "Vejadgang sker fra Mosevej. Vejdirektoratet har tilkendegivet, at krydset ved Mosevej/Landevejen på sigt bør "
        "signalreguleres.",
        "Der er foretaget en screening efter miljøvurderingsloven, som viser, at planen ikke kan forventes at få "
        "væsentlig indvirkning på miljøet.",
    ]),
    ("Indstilling", ["Teknik- og Miljødirektøren indstiller, at",
                     "- forslag til lokalplan 312 vedtages og sendes i offentlig høring i 8 uger, og",
                     "- der ikke gennemføres en miljøvurdering af planforslaget."]),
    ("Beslutning i Plan- og Miljøudvalget den 28. april 2026:", ["Anbefales."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Godkendt. Forslaget sendes i offentlig høring i 8 uger.",
        "Der afholdes borgermøde om lokalplanforslaget i Kirkemosehallen i uge 22."]),
    ("Bilag", ["- Forslag til lokalplan 312", "- Miljøscreening af lokalplan 312"]),
])

item(49, "Medlemsforslag fra Enhedslisten om gratis bus for unge under 18 år", "05.13.00-A00-2-26", "Trafik og Vej, Ida Holst", [
    ("Resumé", ["Lars Hein (Ø) har på vegne af Enhedslisten fremsendt følgende forslag til behandling i Byrådet:"]),
    ("Forslagets ordlyd", [
        "Enhedslisten foreslår,",
        "at Vesthavn Kommune fra 1. januar 2027 indfører gratis bus for alle unge under 18 år på de kommunale buslinjer,",
        "at forvaltningen beregner udgiften og finansieringen til budgetforhandlingerne for 2027.",
        "Motivation: Gratis bus vil styrke unges mobilitet og give færre bilture til skole og fritidsaktiviteter.",
    ]),
    ("Sagsfremstilling", [
        "Ordningen vil efter forvaltningens foreløbige skøn koste 3,5-4,2 mio. kr. årligt i tabte billetindtægter. "
        "Trafikselskabet skal inddrages, hvis ordningen skal gælde på regionale linjer."]),
    ("Indstilling", ["Borgmesteren indstiller, at forslaget oversendes til behandling i Teknik- og Miljøudvalget."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Forslaget blev oversendt til Teknik- og Miljøudvalget til videre behandling.",
        "For oversendelse stemte 26. Imod stemte 0. Susanne Moos (O) undlod at stemme."]),
    ("Bilag", ["Ingen bilag."]),
])

item(50, "Parkeringsstrategi 2026-2030", "05.02.00-P22-1-26", "Trafik og Vej, Ida Holst", [
    ("Resumé", ["Forslag til parkeringsstrategi for Vesthavn bymidte med tidsbegrænsning og betalingsparkering "
                "på havnen."]),
    ("Indstilling", ["Teknik- og Miljødirektøren indstiller, at",
                     "- parkeringsstrategien godkendes,",
                     "- der indføres betalingsparkering på havnearealet fra 1. september 2026, og",
                     "- forvaltningen udarbejder forslag til takster."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Sagen blev udsat til Byrådets møde den 9. juni 2026 efter ønske fra Venstre."]),
    ("Bilag", ["- Parkeringsstrategi 2026-2030, forslag"]),
])

item(51, "Ændring af vedtægter for Vesthavn Forsyning A/S", "00.15.10-A00-3-26", "Sekretariatet for Byråd og Direktion", [
    ("Resumé", ["Vesthavn Forsyning A/S ønsker vedtægterne ændret, så bestyrelsen udvides med et medarbejdervalgt medlem."]),
    ("Indstilling", ["Kommunaldirektøren indstiller, at vedtægtsændringerne godkendes."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Punktet blev taget af dagsordenen, da selskabets generalforsamling har trukket forslaget tilbage."]),
])

item(52, "Valg af nyt medlem til Børne- og Skoleudvalget", "00.22.04-A30-5-26", "Sekretariatet for Byråd og Direktion", [
    ("Resumé", ["Peter Kjær (A) har anmodet om at udtræde af Børne- og Skoleudvalget. Socialdemokratiet har "
                "udpeget Birgitte Vang (A) som nyt medlem."]),
    ("Indstilling", ["Borgmesteren indstiller, at Byrådet vælger Birgitte Vang (A) som medlem af Børne- og "
                     "Skoleudvalget for resten af valgperioden."]),
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Birgitte Vang (A) blev valgt som medlem af Børne- og Skoleudvalget med virkning fra den 1. juni 2026."]),
])

item(53, "Meddelelser", "26/113", "Sekretariatet for Byråd og Direktion", [
    ("Beslutning i Byrådet den 12. maj 2026:", [
        "Borgmesteren orienterede om, at kommunen har modtaget 2,1 mio. kr. fra statens pulje til lokale sundhedsklynger.",
        "Kommunaldirektøren orienterede om opstarten af den nye affaldsordning, hvor der har været problemer med "
        "tømningen i Nordby. Kommunaldirektøren giver Byrådet en status på affaldsordningen på mødet i september 2026.",
        "Til efterretning."]),
])

page_break(doc)
box("Sag nr. 54 - Køb af ejendom, matr.nr. 14a Vesthavn By (Lukket punkt)")
p = doc.add_paragraph(); p.add_run("Sagsnr.: ").bold = True; p.add_run("26/3390")
P("Sagen er behandlet for lukkede døre. Beslutningen offentliggøres, når handlen er endeligt gennemført.", italic=True)
P("")
P("Underskrifter", bold=True)
P("Henrik Sejr        Lone Faber        Karsten Holm        Mette Lykke        Lars Hein        Birgitte Vang")

doc.save("byraadet_vesthavn_beslutningsprotokol.docx")
