from h import *
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(9.5)
nid = multilevel(doc, [("%1.", 567), ("%1.%2", 1134)])
sec = doc.sections[0]
sec.footer.paragraphs[0].text = "Hedeby Kommune · Beskæftigelsesudvalget · Referat 8. september 2025"

def P(text="", bold=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return p

def ITEM(title):
    p = doc.add_paragraph(style="List Paragraph"); numbered(p, nid, 0)
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run(title); r.bold = True; r.font.size = Pt(13)

def SUB(title):
    p = doc.add_paragraph(style="List Paragraph"); numbered(p, nid, 1)
    r = p.add_run(title); r.bold = True; r.italic = True

def SEC(h, *lines):
    P(h, bold=True)
    for ln in lines:
        if ln.startswith("- "):
            doc.add_paragraph(ln[2:], style="List Bullet")
        else:
            P(ln)

P("Referat", bold=True, size=20)
P("Beskæftigelsesudvalget", bold=True, size=14)
t = doc.add_table(rows=5, cols=2); t.style = "Table Grid"
for i, (a, b) in enumerate([("Dato", "Mandag den 8. september 2025"), ("Tid", "Kl. 16.00 - 18.00"),
                             ("Sted", "Jobcenter Hedeby, mødelokale Kompasset"),
                             ("Deltagere", "Morten Aaby (A), formand; Line Hjort (V); Ole Bak (A); Tina Friis (SF); Jakob Sand (DD)"),
                             ("Afbud", "Ingen")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
P("Fra administrationen deltog jobcenterchef Hanne Krog og konsulent Rasmus Bech (referent).")

ITEM("Godkendelse af dagsorden")
P("Sagsnr. 15.00.00-A00-9-25")
SEC("Beslutning", "Godkendt. Punkt 6 blev behandlet før punkt 5.")

ITEM("Beskæftigelsesplan 2026")
P("Sagsnr. 15.00.00-P15-2-25")
SEC("Sagsfremstilling",
    "Beskæftigelsesplanen fastlægger de lokale mål for beskæftigelsesindsatsen i 2026 med udgangspunkt i "
    "beskæftigelsesministerens mål og de lokale politiske prioriteter. Planen har fire indsatsområder:",
    "- flere ledige i job gennem virksomhedsrettede forløb",
    "- færre unge på offentlig forsørgelse",
    "- bedre match mellem virksomhedernes behov og ledige med kompetencer",
    "- en styrket indsats for borgere med handicap",
    "Det Lokale Beskæftigelsesråd har på sit møde den 26. august 2025 anbefalet planen med en bemærkning om, "
    "at erhvervsskolerne skal inddrages i indsatsen for de unge.")
SEC("Indstilling", "Jobcenterchefen indstiller, at",
    "1) beskæftigelsesplanen for 2026 godkendes,",
    "2) målet for unge på offentlig forsørgelse skærpes til et fald på 10 pct., og",
    "3) planen sendes til Byrådet til endelig godkendelse.")
SEC("Beslutning",
    "Godkendt med den ændring, at målet for unge skærpes som foreslået i indstillingens punkt 2.",
    "Planen oversendes til Byrådet til endelig godkendelse på mødet den 30. september 2025.",
    "Fraværende: Ole Bak (A)")
SEC("Bilag", "Beskæftigelsesplan 2026 - udkast", "Udtalelse fra Det Lokale Beskæftigelsesråd")

ITEM("Budget 2026 - forslag til besparelser på beskæftigelsesområdet")
P("Sagsnr. 00.30.00-S00-3-25")
P("Økonomiudvalget har bedt fagudvalgene om forslag til besparelser på i alt 1 pct. af serviceudgifterne. "
  "For Beskæftigelsesudvalget svarer det til 2,4 mio. kr. Administrationen har udarbejdet forslag inden for "
  "to målgrupper:")
SUB("Forsikrede ledige")
P("Antallet af eksterne kursusforløb reduceres, og en større del af opkvalificeringen gennemføres i jobcentrets "
  "egne værksteder. Besparelse 0,9 mio. kr.")
SUB("Jobparate kontanthjælpsmodtagere")
P("Mentorordningen omlægges fra eksterne leverandører til to interne mentorer. Besparelse 1,1 mio. kr. Ordningen "
  "kan tidligst træde i kraft 1. marts 2026 på grund af opsigelsesvarsler.")
SUB("Administration")
P("Én stilling i ydelseskontoret nedlægges ved naturlig afgang. Besparelse 0,4 mio. kr.")
SEC("Indstilling", "Jobcenterchefen indstiller, at udvalget drøfter forslagene og prioriterer dem.")
SEC("Beslutning",
    "Udvalget drøftede forslagene. Tina Friis (SF) kunne ikke støtte omlægningen af mentorordningen.",
    "Administrationen udarbejder et revideret forslag, som behandles på udvalgets ekstraordinære møde i uge 39.")

ITEM("Evaluering af ungeindsatsen \"Job først\"")
P("Sagsnr. 15.20.00-G01-4-25")
SEC("Indstilling", "Jobcenterchefen indstiller, at evalueringen tages til efterretning.")
SEC("Beslutning", "Udsat til udvalgets møde i november, da evalueringsrapporten ikke var færdig.")

ITEM("Samarbejdsaftale med Hedeby Erhvervsforum")
P("Sagsnr. 15.00.00-K08-1-25")
SEC("Sagsfremstilling",
    "Jobcentret og Hedeby Erhvervsforum foreslår en samarbejdsaftale om rekruttering til industrien, hvor "
    "erhvervsforummet stiller en virksomhedskonsulent til rådighed i 2026. Aftalen koster 350.000 kr. årligt.")
SEC("Indstilling", "Jobcenterchefen indstiller, at samarbejdsaftalen godkendes for 2026 og 2027.")
SEC("Beslutning",
    "Godkendt for 2026. Aftalen evalueres i efteråret 2026, før der tages stilling til en forlængelse.",
    "Line Hjort (V) deltog ikke i behandlingen af sagen på grund af inhabilitet.")
SEC("Bilag", "Udkast til samarbejdsaftale")

ITEM("Lukket punkt - klage over tilbagebetalingskrav")
P("Sagsnr. 15.02.10-G01-12-25")
SEC("Beslutning", "Lukket punkt.")

ITEM("Meddelelser")
P("Sagsnr. 15.00.00-A00-10-25")
SUB("Ledighedstal for juli 2025")
P("Bruttoledigheden var 3,2 pct. mod 3,5 pct. i juli 2024.")
SUB("Virksomhedsbesøg")
P("Udvalget besøger Nordtech A/S den 6. oktober 2025 kl. 14.00. Administrationen sender program ud.")
SUB("Ny jobcenterlov")
P("Jobcenterchefen orienterede om den nye lov om en aktiv beskæftigelsesindsats, som træder i kraft 1. januar 2026.")
SEC("Beslutning", "Meddelelserne blev taget til efterretning.")

ITEM("Eventuelt")
SEC("Beslutning",
    "Jakob Sand (DD) spurgte til ventetiden på danskundervisning. Administrationen sender et skriftligt svar til "
    "udvalget senest den 19. september.")
doc.save("/work/blind/r6/beskaeftigelse_hedeby_flerniveau.docx")
