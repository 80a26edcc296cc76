import json
def I(n, title, case, **kw):
    d = {"n": n, "title": title, "case": case}; d.update(kw); return d
def F(item, key, req, due=None):
    d = {"item": item, "key": key}
    if due: d["due"] = due if isinstance(due, list) else [due, due]
    d["required"] = req; return d
def N(item, key): return {"item": item, "key": key}
TMD = "Teknik- og Miljødirektøren"; DTM = "Direktøren for Teknik og Miljø"; DSO = "Direktøren for Sundhed og Omsorg"
DSS = "Direktøren for Social og Sundhed"; DPU = "Direktøren for Plan og Udvikling"; JC = "Jobcenterchefen"
docs = []
docs.append({"file": "byraadet_vesthavn_beslutningsprotokol.pdf", "body": "Byrådet", "date": "2026-05-12", "start": "18:00",
 "location": "Byrådssalen, Vesthavn Rådhus", "items": [
  I(45, "Godkendelse af dagsorden", "26/112", attachments=[], decision_has="Godkendt."),
  I(46, "Regnskab 2025 - endelig godkendelse", "26/1875", proposer="Økonomidirektøren", clauses=3,
    attachments=["Regnskab 2025 - årsberetning", "Overførselsoversigt 2025-2026", "Notat om det specialiserede socialområde"],
    decision_has="senest den 15. juni 2026"),
  I(47, "Anlægsbevilling til renovering af Havneskolen", "82.18.00-G01-3-25", proposer="Børne- og Kulturdirektøren", clauses=2,
    attachments=["Tilstandsvurdering af Havneskolen, september 2025", "Projektbeskrivelse og tidsplan", "Brev fra skolebestyrelsen ved Havneskolen"],
    decision_has="resultatet af udbuddet", absent=["Karsten Holm"]),
  I(48, "Forslag til lokalplan 312 - Boliger ved Kirkemosen", "01.02.05-P16-8-25", proposer=TMD, clauses=2,
    attachments=["Forslag til lokalplan 312", "Miljøscreening af lokalplan 312"], decision_has="borgermøde om lokalplanforslaget"),
  I(49, "Medlemsforslag fra Enhedslisten om gratis bus for unge under 18 år", "05.13.00-A00-2-26", proposer="Borgmesteren", clauses=1,
    attachments=[], decision_has="oversendt til Teknik- og Miljøudvalget"),
  I(50, "Parkeringsstrategi 2026-2030", "05.02.00-P22-1-26", proposer=TMD, clauses=3,
    attachments=["Parkeringsstrategi 2026-2030, forslag"], decision_has="udsat til Byrådets møde den 9. juni 2026", postponed=True),
  I(51, "Ændring af vedtægter for Vesthavn Forsyning A/S", "00.15.10-A00-3-26", proposer="Kommunaldirektøren", clauses=1,
    attachments=[], decision_has="taget af dagsordenen", withdrawn=True),
  I(52, "Valg af nyt medlem til Børne- og Skoleudvalget", "00.22.04-A30-5-26", proposer="Borgmesteren", clauses=1,
    attachments=[], decision_has="Birgitte Vang (A) blev valgt"),
  I(53, "Meddelelser", "26/113", attachments=[], decision_has="status på affaldsordningen"),
  I(54, "Køb af ejendom, matr.nr. 14a Vesthavn By (Lukket punkt)", "26/3390", closed=True)],
 "followups": [
  F(46, ["handleplan", "15. juni 2026"], True, "2026-06-15"),
  F(47, ["resultatet af udbuddet", "udbuddet", "3. kvartal 2026"], True, ["2026-09-28", "2026-09-30"]),
  F(48, ["offentlig høring"], True),
  F(48, ["borgermøde", "uge 22"], True, ["2026-05-25", "2026-05-31"]),
  F(49, ["oversendt til Teknik- og Miljøudvalget", "Teknik- og Miljøudvalget"], True),
  F(50, ["udsat", "9. juni 2026"], True, "2026-06-09"),
  F(51, ["taget af dagsordenen"], True),
  F(53, ["status på affaldsordningen", "affaldsordning", "september 2026"], True, ["2026-09-01", "2026-09-30"]),
  F(46, ["oversendes til revisionen", "budgetlægningen for 2027", "overførsler"], False),
  F(47, ["anlægsbevilling", "finansieres"], False),
  F(48, ["miljøvurdering"], False)],
 "not_followups": [
  N(46, ["redegørelse for udviklingen", "endelige beretning", "inden 1. juni 2026"]),
  N(47, ["tæt styring", "detailtidsplan", "aflevering i august 2027"]),
  N(48, ["3. marts 2026", "signalreguleres"]),
  N(49, ["gratis bus for alle unge", "beregner udgiften og finansieringen", "1. januar 2027"]),
  N(50, ["betalingsparkering på havnearealet"]),
  N(52, ["1. juni 2026", "valgt som medlem"])]})

docs.append({"file": "klima_natur_miljoe_norddal_prepare.pdf", "body": "Klima-, Natur- og Miljøudvalget", "date": "2025-11-25",
 "start": "15:30", "location": "Mødelokale 2, Norddal Rådhus", "items": [
  I(1, "Godkendelse af dagsorden", "00.01.00-A00-14-25", attachments=[], decision_has="Godkendt."),
  I(2, "Vandhandleplan 2026 - indsatser i Norddal Å", "06.02.00-P20-1-25", proposer=DTM, clauses=3,
    attachments=["Kort over indsatser i Norddal Å", "Prioriteringsnotat vandområdeplan 2026"], decision_has="informationsmøde"),
  I(3, "Skybrudsprojekt ved Østergade - projektforslag", "06.00.00-G01-4-25", proposer=DTM, clauses=1,
    attachments=["Skybrudsprojekt Østergade - tre løsningsforslag"], decision_has="Sagen genoptages"),
  I(4, "Orientering om naturpleje på kommunale arealer", "01.05.00-G01-2-25", proposer=DTM, clauses=1,
    attachments=[], decision_has="Orienteringen blev taget til efterretning"),
  I(5, "Miljøgodkendelse til udvidelse af svinebedrift, Bakkegården", "09.02.00-G01-22-25", proposer=DTM, clauses=2,
    attachments=["Udkast til miljøgodkendelse, Bakkegården", "Høringssvar fra naboer", "Notat om lugtberegning"],
    decision_has="annoncerer afgørelsen"),
  I(6, "Trafiksikkerhedsplan 2026-2029", "05.13.00-P22-1-25", proposer=DTM, clauses=1,
    attachments=["Trafiksikkerhedsplan 2026-2029 - forslag"], decision_has="udsat til næste møde", postponed=True),
  I(7, "Dispensation fra strandbeskyttelseslinjen, Klitvej 18", "01.05.12-P19-31-25", attachments=[],
    decision_has="trukket tilbage", withdrawn=True, absent=["Per Dahl"]),
  I(8, "Lukket punkt: Erstatning efter ekspropriation", "02.34.02-G01-3-25", closed=True),
  I(9, "Eventuelt", "00.01.00-A00-15-25", attachments=[], decision_has="oversigt over kommende høringer", absent=["Per Dahl"])],
 "followups": [
  F(2, ["informationsmøde"], True, "2026-01-31"),
  F(3, ["genoptages", "januar 2026"], True, ["2026-01-01", "2026-01-31"]),
  F(5, ["annoncerer afgørelsen", "2. december 2025"], True, "2025-12-02"),
  F(6, ["udsat"], True),
  F(7, ["trukket tilbage"], True),
  F(9, ["oversigt over kommende høringer", "om 4 uger"], True, ["2025-12-16", "2025-12-23"]),
  F(2, ["følgegruppe", "søger tilskud", "gennemføres i 2026", "samlet tidsplan"], False),
  F(5, ["miljøgodkendelse", "kørselsveje"], False)],
 "not_followups": [
  N(3, ["14. august 2024", "Forsyningssekretariatet"]),
  N(4, ["1. april 2026", "får til afgræsning", "taget til efterretning"]),
  N(5, ["nabohøring"])]})

docs.append({"file": "aeldre_omsorg_skovbaek_fodnoter.pdf", "body": "Ældre- og Omsorgsudvalget", "date": "2026-03-17",
 "start": "16:00", "location": "Plejecenter Skovbrynet, mødesalen", "items": [
  I(1, "Godkendelse af dagsorden", "00.01.00-A00-1-26", attachments=[], decision_has="Dagsordenen blev godkendt"),
  I(2, "Budgetopfølgning pr. 28. februar 2026", "00.30.10-Ø00-2-26", proposer=DSO, clauses=2,
    attachments=["Budgetopfølgning pr. 28.02.2026 - Ældre- og Omsorgsudvalget"], decision_has="21. april 2026"),
  I(3, "Kvalitetsstandarder 2026 for personlig pleje og praktisk hjælp", "27.12.00-P22-1-26", proposer=DSO, clauses=2,
    attachments=["Forslag til kvalitetsstandarder 2026", "Oversigt over ændringer i forhold til 2025"],
    decision_has="svarfrist den 10. april 2026"),
  I(4, "Demensstrategi 2026-2030", "29.09.00-P15-1-25", proposer=DSO, clauses=1,
    attachments=["Demensstrategi 2026-2030"], decision_has="evalueres efter et år"),
  I(5, "Madservice - udbud af levering", "27.18.00-G01-1-26", proposer=DSO, clauses=2,
    attachments=["Udkast til udbudsmateriale - madservice", "Høringssvar fra Ældrerådet"], decision_has="oversendes til Økonomiudvalget"),
  I(6, "Plejeboligprognose 2026-2035", "27.21.00-A00-3-26", proposer=DSO, clauses=1,
    attachments=["Plejeboligprognose 2026-2035"], decision_has="Udsat.", postponed=True),
  I(7, "Klage over afgørelse om visitation (lukket)", "27.12.04-K07-11-26", closed=True),
  I(8, "Meddelelser", "00.01.00-A00-2-26", attachments=[], decision_has="notat om sygefraværet")],
 "followups": [
  F(2, ["forslag til tilpasninger", "21. april 2026"], True, "2026-04-21"),
  F(3, ["høring i Ældrerådet og Handicaprådet", "svarfrist", "10. april 2026"], True, "2026-04-10"),
  F(4, ["evalueres efter et år", "evalueringen", "evalueres"], True, ["2027-03-10", "2027-03-17"]),
  F(5, ["oversendes til Økonomiudvalget", "Økonomiudvalget"], True),
  F(6, ["Udsat"], True),
  F(8, ["sygefraværet", "primo april"], True, ["2026-04-01", "2026-04-10"]),
  F(2, ["neutraliseres"], False),
  F(3, ["endelig godkendelse", "forelægges udvalget"], False),
  F(5, ["udbudsmaterialet"], False)],
 "not_followups": [
  N(2, ["visiterede timer", "midlertidige pladser"]),
  N(3, ["lovbekendtgørelse", "§ 37a", "én gang årligt"]),
  N(4, ["14. januar 2025", "gennemføres i 2026 og 2027"]),
  N(5, ["30. september 2026", "2. marts 2026", "spisefællesskaber"])]})

docs.append({"file": "beskaeftigelse_hedeby_flerniveau.docx", "body": "Beskæftigelsesudvalget", "date": "2025-09-08",
 "start": "16:00", "location": "Jobcenter Hedeby, mødelokale Kompasset", "items": [
  I(1, "Godkendelse af dagsorden", "15.00.00-A00-9-25", attachments=[], decision_has="Punkt 6 blev behandlet før punkt 5"),
  I(2, "Beskæftigelsesplan 2026", "15.00.00-P15-2-25", proposer=JC, clauses=3,
    attachments=["Beskæftigelsesplan 2026 - udkast", "Udtalelse fra Det Lokale Beskæftigelsesråd"],
    decision_has="30. september 2025", absent=["Ole Bak"]),
  I(3, "Budget 2026 - forslag til besparelser på beskæftigelsesområdet", "00.30.00-S00-3-25", proposer=JC, clauses=1,
    attachments=[], decision_has="revideret forslag"),
  I(4, "Evaluering af ungeindsatsen \"Job først\"", "15.20.00-G01-4-25", proposer=JC, clauses=1,
    attachments=[], decision_has="Udsat til udvalgets møde i november", postponed=True),
  I(5, "Samarbejdsaftale med Hedeby Erhvervsforum", "15.00.00-K08-1-25", proposer=JC, clauses=1,
    attachments=["Udkast til samarbejdsaftale"], decision_has="evalueres i efteråret 2026", absent=["Line Hjort"]),
  I(6, "Lukket punkt - klage over tilbagebetalingskrav", "15.02.10-G01-12-25", closed=True),
  I(7, "Meddelelser", "15.00.00-A00-10-25", attachments=[], decision_has="Meddelelserne blev taget til efterretning"),
  I(8, "Eventuelt", None, attachments=[], decision_has="19. september")],
 "followups": [
  F(2, ["oversendes til Byrådet", "Byrådet", "30. september 2025"], True, "2025-09-30"),
  F(3, ["revideret forslag", "uge 39"], True, ["2025-09-22", "2025-09-28"]),
  F(4, ["Udsat", "november"], True, ["2025-11-01", "2025-11-30"]),
  F(5, ["evalueres i efteråret 2026", "efteråret 2026"], True, ["2026-09-01", "2026-11-30"]),
  F(8, ["skriftligt svar", "19. september"], True, "2025-09-19"),
  F(2, ["målet for unge", "skærpes"], False),
  F(7, ["Nordtech", "sender program"], False)],
 "not_followups": [
  N(2, ["26. august 2025", "erhvervsskolerne"]),
  N(3, ["1. marts 2026", "naturlig afgang"]),
  N(5, ["350.000 kr"]),
  N(7, ["1. januar 2026", "3,2 pct"])]})

docs.append({"file": "plan_landdistrikt_skovlund_tabeller.docx", "body": "Plan- og Landdistriktsudvalget", "date": "2026-01-13",
 "start": "08:30", "location": "Mødelokale Lunden, Skovlund Rådhus", "items": [
  I(1, "Godkendelse af dagsorden", "00.01.00-A00-1-26", proposer="Kommunaldirektøren", clauses=1, attachments=[],
    decision_has="Godkendt.", absent=["Mads Krag"]),
  I(2, "Landsbypuljen 2026 - fordeling af tilskud", "24.10.00-Ø40-1-26", proposer=DPU, clauses=2,
    attachments=["Oversigt over ansøgninger til Landsbypuljen 2026", "Landdistriktsrådets anbefaling"],
    decision_has="30. januar 2026", absent=["Mads Krag"]),
  I(3, "Planstrategi 2026 - debatoplæg", "01.02.03-P15-1-25", proposer=DPU, clauses=3,
    attachments=["Debatoplæg - Planstrategi 2026"], decision_has="temamøde om planstrategien", absent=["Mads Krag"]),
  I(4, "Ansøgning til nedrivningspuljen 2026", "02.34.00-G01-2-26", proposer=DPU, clauses=1,
    attachments=["Liste over udpegede ejendomme"], decision_has="ultimo februar 2026"),
  I(5, "Landzonetilladelse til sommerhus ved Skovsø", "01.03.03-P19-44-25", proposer=DPU, clauses=1,
    attachments=["Ansøgning med tegninger", "Indsigelser fra naboer"], decision_has="udsat til næste møde", postponed=True),
  I(6, "Lukket punkt: Køb af jord til byudvikling i Skovlund Øst", "02.11.00-G10-1-26", closed=True),
  I(7, "Lokalplan 88 - Ørum Bageri", "01.02.05-P16-2-26", attachments=[], decision_has="Punktet udgik", withdrawn=True),
  I(8, "Meddelelser", "00.01.00-A00-2-26", attachments=[], decision_has="tog meddelelserne til efterretning")],
 "followups": [
  F(2, ["tilsagn eller afslag", "30. januar 2026"], True, "2026-01-30"),
  F(3, ["offentlig høring", "26. januar 2026"], True),
  F(3, ["temamøde", "marts 2026"], True, ["2026-03-01", "2026-03-31"]),
  F(4, ["indsendes", "ultimo februar 2026"], True, "2026-02-28"),
  F(5, ["udsat", "besigtigelse"], True),
  F(7, ["udgik"], True),
  F(2, ["overføres til puljen", "fordeles som anbefalet"], False),
  F(3, ["borgermøder"], False)],
 "not_followups": [
  N(2, ["6. januar 2026", "bortfalder"]),
  N(3, ["juni 2026", "første halvdel af valgperioden"]),
  N(4, ["40 pct", "7 ejere"]),
  N(8, ["2. marts 2026", "21. marts 2026", "årsmøde"])]})

docs.append({"file": "grundejerforening_solbakken_wix.html", "body": "Grundejerforeningen Solbakken", "date": "2026-04-14",
 "start": "19:30", "location": "Fælleshuset, Solbakkevej 2", "items": [
  I(1, "Godkendelse af dagsorden og referat fra 10. marts", None, attachments=[]),
  I(2, "Økonomi og kontingentrestancer", None, attachments=[], decision_has="sidste rykker"),
  I(3, "Asfaltering af Solbakkevej og Kløvervej", None, attachments=[], decision_has="Jens indhenter tre tilbud"),
  I(4, "Fællesarealer og legeplads", None, attachments=[], decision_has="bestiller nyt gyngestativ"),
  I(5, "Generalforsamling 2026", None, attachments=[], decision_has="Karen udsender indkaldelse"),
  I(6, "Henvendelse fra kommunen om kloakseparering", None, attachments=[], postponed=True),
  I(7, "Ny hjemmeside og nyhedsbrev", None, attachments=[], withdrawn=True),
  I(8, "Eventuelt", None, attachments=[])],
 "followups": [
  F(2, ["sidste rykker", "1. maj"], True, ["2026-04-30", "2026-05-01"]),
  F(3, ["indhenter tre tilbud"], True),
  F(3, ["generalforsamlingen til afstemning", "forelægges generalforsamlingen"], True),
  F(4, ["gyngestativ", "uge 20"], True, ["2026-05-11", "2026-05-17"]),
  F(5, ["indkaldelse", "14. maj"], True, "2026-05-14"),
  F(5, ["reviderer budgettet", "budgettet for 2027"], True),
  F(6, ["udsat til næste møde", "kloakseparering"], True),
  F(7, ["trukket"], True),
  F(2, ["inkasso"], False),
  F(3, ["mindst tre skriftlige tilbud", "lige store andele"], False),
  F(4, ["arbejdsdag", "6. juni", "børnefamilierne"], False),
  F(5, ["28. maj 2026"], False),
  F(8, ["bump", "overvejer"], False)],
 "not_followups": [
  N(2, ["31. marts", "1.150 kr"]),
  N(3, ["18. november 2025", "vejsyn"]),
  N(4, ["legepladsinspektionen"]),
  N(5, ["genopstiller"]),
  N(8, ["50-års jubilæum", "Næste bestyrelsesmøde"])]})

docs.append({"file": "social_handicap_egeskov_details.html", "body": "Social- og Handicapudvalget", "date": "2026-06-09",
 "start": "15:00", "location": "Udvalgsværelse 1, Egeskov Rådhus", "items": [
  I(1, "Godkendelse af dagsorden", "00.01.00-A00-6-26", attachments=[], decision_has="Godkendt."),
  I(2, "Kvalitetsstandard for bostøtte efter servicelovens § 85", "27.36.00-P22-2-26", proposer=DSS, clauses=2,
    attachments=["Kvalitetsstandard for bostøtte 2026", "Høringssvar fra Handicaprådet og Udsatterådet"], decision_has="december 2026"),
  I(3, "Budgetopfølgning 2 - Social- og Handicapudvalget", "00.30.10-Ø00-5-26", proposer=DSS, clauses=1,
    attachments=["Budgetopfølgning 2 - SHU"], decision_has="3. kvartal 2026"),
  I(4, "Medlemsforslag fra Dansk Folkeparti om ledsageordning til sommerhøjskole", "27.24.00-A00-1-26", attachments=[],
    decision_has="Forslaget blev forkastet", absent=["Ivan Bech"]),
  I(5, "Strategi for socialpsykiatrien 2026-2030", "29.00.00-P15-2-25", proposer=DSS, clauses=1, attachments=[],
    decision_has="Udsat.", postponed=True),
  I(6, "Tilsynsrapport for Botilbuddet Egely", "27.27.00-G01-3-26", proposer=DSS, clauses=1,
    attachments=["Tilsynsrapport Botilbuddet Egely 2026", "Handleplan Botilbuddet Egely"], decision_has="besøge Botilbuddet Egely"),
  I(7, "Lukket: Køb af plads på specialiseret botilbud", "27.27.04-G01-28-26", closed=True),
  I(8, "Meddelelser", "00.01.00-A00-7-26", attachments=[], decision_has="oversigt over ventelister")],
 "followups": [
  F(2, ["status på overgangen", "december 2026"], True, ["2026-12-01", "2026-12-31"]),
  F(3, ["oversendt til Økonomiudvalget"], True),
  F(3, ["plan for hjemtagning", "3. kvartal 2026"], True, ["2026-09-28", "2026-09-30"]),
  F(5, ["Udsat"], True),
  F(8, ["oversigt over ventelister", "1. juli 2026"], True, ["2026-06-30", "2026-07-01"]),
  F(2, ["fast kontaktperson", "evalueres efter 12 måneder"], False),
  F(6, ["besøge Botilbuddet Egely", "inden sommerferien"], False)],
 "not_followups": [
  N(2, ["gradvist"]),
  N(3, ["8,7 mio"]),
  N(4, ["ledsagelse for borgere", "250.000 kr", "sommeren 2027", "forkastet"]),
  N(6, ["påbuddet kan ophæves", "udgangen af august 2026", "14. april 2026"])]})

docs.append({"file": "udsatteraadet_noerreaa_mail.txt", "body": "Udsatterådet", "date": "2025-12-03",
 "start": "14:00", "location": "Værestedet Kajen, Havnevej 7, Nørreå", "items": [
  I(1, "Godkendelse af dagsorden og referat", None, attachments=[], decision_has="Dagsordenen blev godkendt", absent=["Jette Dam"]),
  I(2, "Nyt fra formanden", None, attachments=[], decision_has="taget til efterretning", absent=["Jette Dam"]),
  I(3, "Hjemløsestrategi 2026-2029 - høringssvar", "27.45.00-P15-1-25",
    attachments=["Forslag til hjemløsestrategi 2026-2029", "Notat om skæve boliger"], decision_has="senest den 12. december"),
  I(4, "Fordeling af § 18-midler 2025, 2. runde", "27.15.00-Ø40-3-25", attachments=[], decision_has="inden jul"),
  I(5, "Temadrøftelse om misbrugsbehandling", "29.30.00-G01-2-25", attachments=[], decision_has="udsat til januarmødet", postponed=True),
  I(6, "Besøg fra Kirkens Korshærs natvarmestue", None, attachments=[], decision_has="taget af dagsordenen", withdrawn=True),
  I(7, "Lukket punkt - henvendelse fra borger", None, closed=True),
  I(8, "Mødeplan 2026", None, attachments=[], decision_has="mødedatoer for 2026"),
  I(9, "Eventuelt", None, attachments=[], decision_has="uge 50")],
 "followups": [
  F(3, ["udkast til høringssvar", "12. december"], True, "2025-12-12"),
  F(4, ["udbetaler tilskuddene", "inden jul"], True, ["2025-12-19", "2025-12-24"]),
  F(5, ["udsat", "januarmødet"], True),
  F(6, ["taget af dagsordenen"], True),
  F(9, ["svarer skriftligt", "uge 50"], True, ["2025-12-08", "2025-12-14"]),
  F(2, ["deler sine noter"], False),
  F(3, ["rundsendes"], False),
  F(9, ["Socialudvalget"], False)],
 "not_followups": [
  N(1, ["1. oktober 2025"]),
  N(2, ["Orienteringen blev taget til efterretning"]),
  N(3, ["natvarmestuepladser", "11. november 2025", "15. december 2025"]),
  N(8, ["14. januar", "6. maj", "mødedatoer"])]})

about = ("Blind hand annotation (round r6) of eight fictional Danish referater written for this test set and annotated from the "
 "document text as written, before any run of the product. Same schema and scorer as check/seeds-gold.json and the same "
 "conventions as blind/r5/gold.json: n = the printed item number (Sag nr. 45-54 in the Vesthavn protocol; Word auto-numbered "
 "level-0 list paragraphs in the Hedeby DOCX have the rendered numbers 1-8, their level-1 sub-points 3.1-3.3 and 7.1-7.3 are NOT items; "
 "'04.'-style zero-padded numbers read as their value; the Solbakken '1)' bold paragraphs are items, the '1) Bestyrelsesmøde ...' "
 "sidebar links are not). title = the item heading as printed without its number, keeping prefixes/suffixes such as 'Lukket punkt:', "
 "'Lukket:', '(lukket)', '(Lukket punkt)'; status badges ('Åbent punkt') in an HTML summary are not part of the title. case = the printed "
 "Sagsnr./Journalnr./Sagsnummer, null where none. proposer = words before 'indstiller'; clauses = recommendation clauses (bullets, '1.', "
 "'1)', bare 'at ...' lines; 'indstiller, at X' is one); a quoted member motion's at-lines are not clauses. attachments = Bilag list "
 "without list markers or HTML file-size notes, [] where none or 'Ingen'/'Ingen bilag.'. decision_has = phrase of THIS meeting's "
 "decision (not earlier bodies' 'Beslutning i Økonomiudvalget ...'), omitted where an item has no decision label (Solbakken items 1, 6, 7, 8) "
 "and for closed items. absent only from item-level statements (inhabil/deltog ikke; 'deltog fra dagsordenspunkt 3' = absent 1-2; "
 "'forlod mødet under punkt 6' = absent from 7 on; 'Fraværende: Mads Krag (LA) under punkt 1-3'). followups: required=true = a definite "
 "action, return, referral, resumption, postponement or withdrawal created by THIS meeting's decision, one per sentence; required=false "
 "may be found without penalty (restated recommendations, wishes such as 'Udvalget ønsker at besøge ...', scheduled events such as an "
 "arbejdsdag, case-text promises). Event deadlines ('næste møde', 'januarmødet', 'inden næste bestyrelsesmøde') carry no due. due ranges: "
 "'i 3. kvartal 2026' = 2026-09-30; 'i uge 22' 2026 = 05-25..31, 'i uge 20' 2026 = 05-11..17, 'i uge 39' 2025 = 09-22..28, 'i uge 50' "
 "2025 = 12-08..14; 'om 4 uger' from 2025-11-25 = 2025-12-23 (a week early allowed); 'efter et år' from 2026-03-17 = 2027-03-17 "
 "(a week early allowed); 'inden udgangen af januar 2026' = 2026-01-31; 'primo april' = 2026-04-01..10; 'ultimo februar 2026' = "
 "2026-02-28; 'i efteråret 2026' = 2026-09-01..11-30; 'inden jul' = 2025-12-19..24; 'inden 1. maj'/'inden den 1. juli 2026' = the day "
 "before or that day; month phrases = that month. not_followups: keys are chosen so that they never occur in the decision text of an item "
 "that has a required follow-up nor in the paragraph an accepted optional follow-up comes from (so dissent inside such decisions is not "
 "keyed); they cover case-text facts and dates, earlier bodies' decisions, footnote text, motion demands, taking note, schedules.")
json.dump({"about": about, "documents": docs}, open("/work/blind/r6/gold.json", "w"), ensure_ascii=False, indent=1)
print(len(docs), sum(len(d["items"]) for d in docs), sum(len(d["followups"]) for d in docs),
      sum(1 for d in docs for f in d["followups"] if f["required"]))
