from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, TableColumnProperties, TableCellProperties, TableProperties)
from odf.text import P, Span, Note, NoteCitation, NoteBody, PageNumber, PageCount, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell

doc = OpenDocumentText()
S, A = doc.styles, doc.automaticstyles

def pstyle(name, size="10pt", bold=False, master=None, breakbefore=None, family_auto=False, align=None, margin_left=None):
    s = Style(name=name, family="paragraph", **({"masterpagename": master} if master else {}))
    pp = {"margintop": "0.1cm", "marginbottom": "0.15cm"}
    if breakbefore: pp["breakbefore"] = breakbefore
    if align: pp["textalign"] = align
    if margin_left: pp["marginleft"] = margin_left
    s.addElement(ParagraphProperties(**pp))
    tp = {"fontsize": size, "fontname": "Liberation Sans", "fontfamily": "Liberation Sans"}
    if bold: tp["fontweight"] = "bold"
    s.addElement(TextProperties(**tp))
    (A if family_auto else S).addElement(s)
    return s

# page layouts
pl = PageLayout(name="Portrait"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait", margin="2cm")); A.addElement(pl)
ll = PageLayout(name="Landscape"); ll.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape", margin="2cm")); A.addElement(ll)
hdr_style = pstyle("Hdr", size="8pt"); ftr_style = pstyle("Ftr", size="8pt", align="center")

def master(name, layout):
    mp = MasterPage(name=name, pagelayoutname=layout)
    h = Header(); h.addElement(P(stylename=hdr_style, text="Skovbæk Kommune - Ældre- og Omsorgsudvalget - Referat 17. marts 2026")); mp.addElement(h)
    f = Footer(); fp = P(stylename=ftr_style, text="Side "); fp.addElement(PageNumber(selectpage="current", text="1")); fp.addText(" af "); fp.addElement(PageCount(text="1")); f.addElement(fp); mp.addElement(f)
    doc.masterstyles.addElement(mp)
master("Standard", "Portrait"); master("Wide", "Landscape")

body = pstyle("Body")
title = pstyle("Title1", size="18pt", bold=True)
itemh = pstyle("ItemHead", size="13pt", bold=True, breakbefore="page")
itemh_same = pstyle("ItemHead2", size="13pt", bold=True)
sub = pstyle("Sub", size="10pt", bold=True)
clause = pstyle("Clause", margin_left="0.8cm")
to_wide = pstyle("ToWide", size="13pt", bold=True, master="Wide", family_auto=True)
to_port = pstyle("ToPort", size="10pt", bold=True, master="Standard", family_auto=True)
small = pstyle("Small", size="8pt")
bold_t = Style(name="B", family="text"); bold_t.addElement(TextProperties(fontweight="bold")); A.addElement(bold_t)

T = doc.text
fn_counter = [0]
def para(text_parts, style=body):
    """text_parts: str or list of str / ('fn', note text)."""
    p = P(stylename=style)
    if isinstance(text_parts, str): text_parts = [text_parts]
    for part in text_parts:
        if isinstance(part, tuple):
            fn_counter[0] += 1
            n = Note(id=f"ftn{fn_counter[0]}", noteclass="footnote")
            n.addElement(NoteCitation(text=str(fn_counter[0])))
            nb = NoteBody(); nb.addElement(P(stylename=small, text=part[1])); n.addElement(nb)
            p.addElement(n)
        else:
            p.addText(part)
    T.addElement(p)
    return p

para("Skovbæk Kommune", sub)
para("Referat", title)
para("Ældre- og Omsorgsudvalget", pstyle("Title2", size="14pt", bold=True))
for a, b in [("Mødedato", "17. marts 2026"), ("Tidspunkt", "16.00 - 18.30"), ("Mødested", "Plejecenter Skovbrynet, mødesalen"),
             ("Medlemmer", "Jette Ravn (A), formand, Bent Friis (V), næstformand, Sara Lind (F), Ole Krog (O), Ahmad Said (Ø)"),
             ("Afbud", "Ole Krog (O)")]:
    p = P(stylename=body); s = Span(stylename=bold_t, text=a + ": "); p.addElement(s); p.addText(b); T.addElement(p)
para("Udvalget holdt inden mødet rundvisning på Plejecenter Skovbrynet kl. 15.15-16.00.")

def item(n, t, case, sections, head_style=itemh):
    para(f"{n:02d}. {t}", head_style)
    para(["Journalnr.: " + case])
    for h, lines in sections:
        para(h, sub)
        for ln in lines:
            if isinstance(ln, str) and ln.startswith("at "):
                para(ln, clause)
            else:
                para(ln)

item(1, "Godkendelse af dagsorden", "00.01.00-A00-1-26", [
    ("Beslutning", ["Dagsordenen blev godkendt."])], head_style=pstyle("First", size="13pt", bold=True))

# item 2 on a landscape page
para("02. Budgetopfølgning pr. 28. februar 2026", to_wide)
para("Journalnr.: 00.30.10-Ø00-2-26")
para("Sagsfremstilling", sub)
para(["Forvaltningen har udarbejdet budgetopfølgning pr. 28. februar 2026 for udvalgets område. Der forventes et samlet "
      "merforbrug på 3,1 mio. kr., som primært vedrører hjemmeplejen", ("fn", "Opgjort ekskl. udgifter til midlertidige pladser efter servicelovens § 84, stk. 2."),
      ". Antallet af visiterede timer til personlig pleje er steget med 6 pct. i forhold til samme periode i 2025."])
tbl = Table(name="Budget")
for _ in range(6): tbl.addElement(TableColumn())
rows = [["Område (mio. kr.)", "Oprindeligt budget 2026", "Korrigeret budget 2026", "Forventet regnskab", "Afvigelse", "Bemærkning"],
        ["Hjemmepleje", "212,4", "214,0", "217,6", "3,6", "Flere visiterede timer"],
        ["Plejecentre", "301,8", "302,5", "302,1", "-0,4", "Vakante stillinger"],
        ["Hjælpemidler", "38,2", "38,2", "38,9", "0,7", "Flere plejesenge"],
        ["Forebyggelse og aktivitet", "24,6", "24,6", "23,8", "-0,8", "Forsinket opstart af træningshold"],
        ["I alt", "577,0", "579,3", "582,4", "3,1", ""]]
for r in rows:
    tr = TableRow()
    for c in r:
        tc = TableCell(); tc.addElement(P(stylename=body, text=c)); tr.addElement(tc)
    tbl.addElement(tr)
T.addElement(tbl)
para("Indstilling", sub)
para("Direktøren for Sundhed og Omsorg indstiller,")
para("at budgetopfølgningen tages til efterretning, og", clause)
para("at forvaltningen udarbejder forslag til, hvordan merforbruget i hjemmeplejen kan neutraliseres.", clause)
para("Beslutning", sub)
para("Taget til efterretning. Forvaltningen udarbejder forslag til tilpasninger i hjemmeplejen, som forelægges "
     "udvalget på mødet den 21. april 2026.")
para("Bilag", sub)
para("Budgetopfølgning pr. 28.02.2026 - Ældre- og Omsorgsudvalget")

# back to portrait
para("03. Kvalitetsstandarder 2026 for personlig pleje og praktisk hjælp", to_port)
para("Journalnr.: 27.12.00-P22-1-26")
for h, lines in [
    ("Sagsfremstilling", [
        ["Kommunalbestyrelsen skal mindst én gang årligt udarbejde en kvalitetsstandard for hjælp efter servicelovens § 83",
         ("fn", "Lov om social service, jf. lovbekendtgørelse nr. 1079 af 2025, § 83 og § 139."),
         ". Forslaget indeholder to ændringer: rengøring hver 14. dag kan fremover leveres som tre timer pr. måned "
         "efter borgerens valg, og der indføres et nyt tilbud om hverdagsrehabilitering før visitation til praktisk hjælp."],
        ["Ældre- og Handicaprådet skal høres, inden kvalitetsstandarden vedtages endeligt", ("fn", "Retssikkerhedslovens § 37a. Høringsfristen må ikke være under 3 uger."), "."],
    ]),
    ("Indstilling", ["Direktøren for Sundhed og Omsorg indstiller,",
                     "at forslaget til kvalitetsstandarder 2026 sendes i høring i Ældrerådet og Handicaprådet, og",
                     "at sagen herefter forelægges udvalget til endelig godkendelse."]),
    ("Beslutning", ["Godkendt. Forslaget sendes i høring i Ældrerådet og Handicaprådet med svarfrist den 10. april 2026."]),
    ("Bilag", ["Forslag til kvalitetsstandarder 2026", "Oversigt over ændringer i forhold til 2025"]),
]:
    para(h, sub)
    for ln in lines:
        para(ln, clause if isinstance(ln, str) and ln.startswith("at ") else body)

item(4, "Demensstrategi 2026-2030", "29.09.00-P15-1-25", [
    ("Sagsfremstilling", [
        ["Udvalget besluttede at igangsætte arbejdet med en ny demensstrategi", ("fn", "Jf. udvalgets beslutning af 14. januar 2025, pkt. 6."),
         ". Strategien er udarbejdet i samarbejde med pårørendeforeningen, Alzheimerforeningen og medarbejdere "
         "fra plejecentrene og har fire spor: tidlig opsporing, pårørendestøtte, demensvenlige boliger og kompetenceløft."],
        "Kompetenceløftet finansieres af den statslige ældrepulje og gennemføres i 2026 og 2027.",
    ]),
    ("Indstilling", ["Direktøren for Sundhed og Omsorg indstiller,", "at demensstrategien 2026-2030 godkendes."]),
    ("Beslutning", [["Godkendt. Strategien evalueres efter et år, og evalueringen forelægges udvalget",
                     ("fn", "Evalueringen skal omfatte antallet af udredte borgere og pårørendes tilfredshed."), "."],
                    "Sara Lind (F) ønskede ført til protokol, at hun savner konkrete mål for antallet af demensvenlige boliger."]),
    ("Bilag", ["Demensstrategi 2026-2030"]),
])
item(5, "Madservice - udbud af levering", "27.18.00-G01-1-26", [
    ("Sagsfremstilling", [
        "Den nuværende kontrakt om levering af mad til hjemmeboende borgere udløber den 30. september 2026. "
        "Forvaltningen foreslår et nyt udbud, hvor borgerne kan vælge mellem kølemad og varm mad.",
        "Ældrerådet har i sit høringssvar af 2. marts 2026 anbefalet, at der også tilbydes dagens ret med levering "
        "til spisefællesskaber.",
    ]),
    ("Indstilling", ["Direktøren for Sundhed og Omsorg indstiller,",
                     "at udbudsmaterialet godkendes, og",
                     "at sagen oversendes til Økonomiudvalget med henblik på godkendelse af udbudsform og kontraktperiode."]),
    ("Beslutning", ["Indstillingen blev godkendt. Sagen oversendes til Økonomiudvalget med udvalgets anbefaling."]),
    ("Bilag", ["Udkast til udbudsmateriale - madservice", "Høringssvar fra Ældrerådet"]),
])
item(6, "Plejeboligprognose 2026-2035", "27.21.00-A00-3-26", [
    ("Indstilling", ["Direktøren for Sundhed og Omsorg indstiller,", "at prognosen tages til efterretning."]),
    ("Beslutning", ["Udsat."]),
    ("Bilag", ["Plejeboligprognose 2026-2035"]),
])
item(7, "Klage over afgørelse om visitation (lukket)", "27.12.04-K07-11-26", [
    ("Beslutning", ["Behandlet på lukket møde."])])
item(8, "Meddelelser", "00.01.00-A00-2-26", [
    ("Beslutning", [
        "Sundhedschefen orienterede om status på rekruttering af social- og sundhedsassistenter. Næste dialogmøde "
        "med Ældrerådet afholdes den 2. juni 2026.",
        "Forvaltningen sender et notat om sygefraværet i hjemmeplejen til udvalget primo april.",
        "Meddelelserne blev taget til efterretning."])])
doc.save("aeldre_omsorg_skovbaek_fodnoter.odt")
