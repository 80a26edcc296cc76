from h import *
from docx.shared import Cm
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)

def P(text="", bold=False, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return p

P("SKOVLUND KOMMUNE", bold=True, size=12)
P("Plan- og Landdistriktsudvalget", bold=True, size=16)
P("Referat af ordinært møde tirsdag den 13. januar 2026 kl. 8.30 - 11.00")
P("Mødested: Mødelokale Lunden, Skovlund Rådhus")
P("Til stede: Anne Bjerre (A), formand, Jens Bo (V), Karin Ulv (SF), Mads Krag (LA), Tove Hessel (A)")
P("Fraværende: Mads Krag (LA) under punkt 1-3")
P("Referent: Planchef Ulla Seier")
P("")

def item(rows):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(3.5); cells[1].width = Cm(12.5)
        r = cells[0].paragraphs[0].add_run(label); r.bold = True
        lines = value if isinstance(value, list) else [value]
        first = True
        for ln in lines:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            if label == "Sag:":
                p.add_run(ln).bold = True
            else:
                p.add_run(ln)
        if label == "Sag:":
            shade(cells[0], "DDEBF7"); shade(cells[1], "DDEBF7")
    P("")

item([("Sag:", "1. Godkendelse af dagsorden"), ("Sagsnr.:", "00.01.00-A00-1-26"),
      ("Indstilling:", "Kommunaldirektøren indstiller, at dagsordenen godkendes."),
      ("Beslutning:", "Godkendt."), ("Bilag:", "Ingen")])
item([("Sag:", "2. Landsbypuljen 2026 - fordeling af tilskud"), ("Sagsnr.:", "24.10.00-Ø40-1-26"),
      ("Sagsfremstilling:", [
          "Landsbypuljen er på 1.200.000 kr. i 2026. Der er modtaget 14 ansøgninger om i alt 2,3 mio. kr. fra "
          "forsamlingshuse, borgerforeninger og idrætsforeninger i landsbyerne.",
          "Landdistriktsrådet har den 6. januar 2026 gennemgået ansøgningerne og anbefalet en fordeling, hvor de "
          "største beløb går til nyt tag på Ørum Forsamlingshus og til multibanen i Hvidding.",
          "Tilskud, der ikke er udbetalt inden udgangen af 2026, bortfalder."]),
      ("Indstilling:", ["Direktøren for Plan og Udvikling indstiller, at",
                        "1. tilskuddene fordeles som anbefalet af Landdistriktsrådet, og",
                        "2. uforbrugte midler fra 2025 på 84.000 kr. overføres til puljen."]),
      ("Beslutning:", ["Godkendt.",
                       "Forvaltningen meddeler ansøgerne tilsagn eller afslag senest fredag den 30. januar 2026."]),
      ("Bilag:", ["Oversigt over ansøgninger til Landsbypuljen 2026", "Landdistriktsrådets anbefaling"])])
item([("Sag:", "3. Planstrategi 2026 - debatoplæg"), ("Sagsnr.:", "01.02.03-P15-1-25"),
      ("Sagsfremstilling:", [
          "Byrådet skal i første halvdel af valgperioden vedtage en planstrategi. Debatoplægget \"Skovlund - "
          "plads til livet\" lægger op til en debat om boliger i landsbyerne, grøn energi og bevarelse af "
          "skovlandskabet.",
          "Efter høringen udarbejder forvaltningen forslag til planstrategi, som forventes vedtaget af Byrådet i juni 2026."]),
      ("Indstilling:", ["Direktøren for Plan og Udvikling indstiller, at",
                        "1. debatoplægget godkendes,",
                        "2. debatoplægget sendes i offentlig høring i 8 uger, og",
                        "3. der afholdes to borgermøder i høringsperioden."]),
      ("Beslutning:", ["Godkendt. Debatoplægget sendes i offentlig høring i 8 uger fra den 26. januar 2026.",
                       "Udvalget holder temamøde om planstrategien i marts 2026.",
                       "Jens Bo (V) stemte imod, da han ønsker et stærkere fokus på erhvervsudvikling."]),
      ("Bilag:", ["Debatoplæg - Planstrategi 2026"])])
item([("Sag:", "4. Ansøgning til nedrivningspuljen 2026"), ("Sagsnr.:", "02.34.00-G01-2-26"),
      ("Sagsfremstilling:", [
          "Bolig- og Planstyrelsen har åbnet for ansøgninger til landsbypuljen til nedrivning og istandsættelse "
          "af forfaldne bygninger. Kommunen skal medfinansiere 40 pct.",
          "Forvaltningen har udpeget 11 ejendomme, hvoraf 7 ejere allerede har givet tilsagn."]),
      ("Indstilling:", ["Direktøren for Plan og Udvikling indstiller, at der søges om 2,1 mio. kr. fra puljen."]),
      ("Beslutning:", "Godkendt. Ansøgningen indsendes ultimo februar 2026."),
      ("Bilag:", "Liste over udpegede ejendomme")])
item([("Sag:", "5. Landzonetilladelse til sommerhus ved Skovsø"), ("Sagsnr.:", "01.03.03-P19-44-25"),
      ("Sagsfremstilling:", "Ejeren af Skovsøvej 9 søger om landzonetilladelse til at opføre et sommerhus på 110 m2. "
       "Naboerne har gjort indsigelse mod byggeriets placering tæt på søbredden."),
      ("Indstilling:", "Direktøren for Plan og Udvikling indstiller, at der meddeles afslag."),
      ("Beslutning:", "Sagen blev udsat til næste møde med henblik på besigtigelse."),
      ("Bilag:", ["Ansøgning med tegninger", "Indsigelser fra naboer"])])
item([("Sag:", "6. Lukket punkt: Køb af jord til byudvikling i Skovlund Øst"), ("Sagsnr.:", "02.11.00-G10-1-26"),
      ("Beslutning:", "Lukket punkt.")])
item([("Sag:", "7. Lokalplan 88 - Ørum Bageri"), ("Sagsnr.:", "01.02.05-P16-2-26"),
      ("Beslutning:", "Punktet udgik, da ansøgeren har trukket sin anmodning om lokalplan tilbage.")])
item([("Sag:", "8. Meddelelser"), ("Sagsnr.:", "00.01.00-A00-2-26"),
      ("Sagsfremstilling:", ["Status på cykelstien Skovlund-Ørum: Anlægget genoptages den 2. marts 2026 efter vinterpausen.",
                             "Landdistriktsrådet holder årsmøde den 21. marts 2026 i Hvidding."]),
      ("Beslutning:", "Udvalget tog meddelelserne til efterretning.")])
doc.save("/work/blind/r6/plan_landdistrikt_skovlund_tabeller.docx")
