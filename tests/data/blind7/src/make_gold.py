"""Write ../gold.json (hand annotation of blind7, round r7)."""
import json, os

def fu(item, key, required=True, due=None):
    d = {"item": item, "key": key, "required": required}
    if due:
        d["due"] = list(due)
    return d

def nf(item, key):
    return {"item": item, "key": key}

docs = []

# ---------------------------------------------------------------- Lyngvig (Markdown, "Ad 1)")
docs.append({
 "file": "skolebestyrelse_lyngvig_ad.md", "body": "Skolebestyrelsen", "date": "2026-12-08",
 "start": "18:30", "location": "Personalerummet, afd. Nord",
 "items": [
  {"n": 1, "title": "Godkendelse af dagsorden og referat", "case": None, "attachments": []},
  {"n": 2, "title": "Principper for mobiltelefoner", "case": None,
   "attachments": ["Udkast til princip for mobilfri skole (version 2)"], "decision_has": "Principperne blev vedtaget"},
  {"n": 3, "title": "Budgetopfølgning 2026", "case": None,
   "attachments": ["Budgetopfølgning pr. 30. november 2026", "Forbrugsoversigt afd. Nord og Syd"],
   "decision_has": "tog orienteringen til efterretning"},
  {"n": 4, "title": "Trafiksikkerhed ved skolen", "case": None, "attachments": [], "decision_has": "fartdæmpning på Strandvejen"},
  {"n": 5, "title": "Skole-hjem-samtaler i foråret", "case": None, "attachments": [], "postponed": True},
  {"n": 6, "title": "Eventuelt", "case": None, "attachments": []},
 ],
 "followups": [
  fu(2, ["Aula", "endelige princip"], due=("2026-12-19", "2026-12-24")),
  fu(2, ["evaluerer ordningen", "maj 2027", "op igen"], due=("2027-05-01", "2027-05-31")),
  fu(3, ["mindreforbrug", "vender tilbage"], due=("2027-01-01", "2027-01-31")),
  fu(4, ["fartdæmpning", "Teknik- og Miljøudvalget"], due=("2027-01-15", "2027-01-15")),
  fu(5, ["udsat", "Skole-hjem", "næste møde"]),
 ],
 "not_followups": [
  nf(2, ["personalemødet"]),
  nf(3, ["5 procent"]),
  nf(4, ["kloakarbejde", "lukket for gennemkørsel"]),
  nf(6, ["juleklip", "legeplads", "19. januar"]),
 ],
})

# ---------------------------------------------------------------- Havlund (HTML meeting-system export)
MOSE = "Birgitte Mose"
docs.append({
 "file": "kultur_fritid_havlund_punkt_aabent.html", "body": "Kultur- og Fritidsudvalget", "date": "2026-11-24",
 "start": "16:00", "location": "Udvalgsværelse 2, Havlund Rådhus",
 "items": [
  {"n": 41, "title": "Godkendelse af dagsorden", "case": "00.22.04-A00-2-26", "attachments": [],
   "decision_has": "Godkendt", "absent": [MOSE]},
  {"n": 42, "title": "Tilskud til foreningernes energirenovering", "case": "18.15.00-Ø40-3-26",
   "proposer": "Kultur- og Fritidsforvaltningen", "clauses": 2,
   "attachments": ["Bilag 1 - Fordeling af energipulje 2026", "Bilag 2 - Ansøgninger samlet"],
   "decision_has": "Havlund Roklub tildeles 150.000 kr", "absent": [MOSE]},
  {"n": 43, "title": "Lukket punkt", "case": "82.06.00-G01-1-26", "closed": True},
  {"n": 44, "title": "Kulturstrategi 2027-2030", "case": "20.00.00-P22-1-26",
   "proposer": "Kultur- og Fritidsforvaltningen", "clauses": 1,
   "attachments": ["Udkast til Kulturstrategi 2027-2030"], "decision_has": "udsat til næste møde",
   "postponed": True, "absent": [MOSE]},
  {"n": 45, "title": "Åbningstider på bibliotekerne", "case": "20.10.00-G01-4-26",
   "proposer": "Kultur- og Fritidsforvaltningen", "clauses": 3, "attachments": [],
   "decision_has": "Indstillingens punkt 1 og 2 blev godkendt", "absent": ["Peter Holm", MOSE]},
  {"n": 46, "title": "Meddelelser", "case": "00.22.04-A00-2-26", "attachments": [],
   "decision_has": "Orienteringen blev taget til efterretning", "absent": [MOSE]},
 ],
 "followups": [
  fu(42, ["puljens resultater", "vender tilbage"], due=("2027-03-31", "2027-03-31")),
  fu(42, ["ansøgningsrunde"], required=False),
  fu(44, ["udsat", "Kulturstrategi"]),
  fu(45, ["Økonomiudvalget", "oversendes"]),
  fu(45, ["erfaringerne", "selvbetjening i juni", "juni 2027"], due=("2027-06-01", "2027-06-30")),
 ],
 "not_followups": [
  nf(42, ["evalueres i løbet af 2027"]),
  nf(44, ["vedtages af Byrådet"]),
  nf(46, ["Kulturnatten", "Svømmehallen"]),
 ],
})

# ---------------------------------------------------------------- Ravnsholt (DOCX heading styles)
docs.append({
 "file": "boerne_skole_ravnsholt_overskrifter.docx", "body": "Børne- og Skoleudvalget", "date": "2027-01-13",
 "start": "15:30", "location": "Mødelokale Ravnen, Ravnsholt Rådhus",
 "items": [
  {"n": 7, "title": "Godkendelse af dagsorden", "case": "00.01.00-A00-1-27", "attachments": [],
   "decision_has": "Dagsordenen blev godkendt"},
  {"n": 8, "title": "Skoledistrikter fra skoleåret 2027/28", "case": "17.02.00-P20-4-26",
   "proposer": "Børne- og Skoleforvaltningen", "clauses": 2,
   "attachments": ["Forslag til nye skoledistrikter", "Elevprognose 2027-2033"],
   "decision_has": "høringsperioden forlænges til den 15. marts 2027"},
  {"n": 9, "title": "Lukket punkt: Personalesag", "case": "81.00.00-G01-2-27", "closed": True},
  {"n": 10, "title": "Status på inklusionsindsatsen", "case": "17.01.10-P22-1-25",
   "proposer": "Forvaltningen", "clauses": 1, "attachments": ["Statusnotat inklusion 2026"],
   "decision_has": "Taget til efterretning"},
  {"n": 11, "title": "Ansøgning om dispensation fra klassekvotienten på Vestervang Skole", "case": "17.02.02-G01-9-26",
   "proposer": "Børne- og Skoleforvaltningen", "clauses": 3, "attachments": [],
   "decision_has": "Sagen genoptages på udvalgets møde i marts", "absent": ["Lone Friis"]},
  {"n": 12, "title": "Eventuelt", "case": "00.01.00-A00-1-27", "attachments": [],
   "decision_has": "dialogmødet med Ungerådet"},
 ],
 "followups": [
  fu(8, ["Høringssvarene forelægges", "april 2027"], due=("2027-04-01", "2027-04-30")),
  fu(8, ["høringsperiode", "i høring"], required=False),
  fu(10, ["temadrøftelse"], required=False),
  fu(11, ["genoptages", "møde i marts"], due=("2027-03-01", "2027-03-31")),
  fu(11, ["yderligere oplysninger", "lokaleforhold"], required=False),
  fu(12, ["invitation"], due=("2027-02-08", "2027-02-14")),
 ],
 "not_followups": [
  nf(8, ["skoledistrikterne skulle", "30. september 2026"]),
  nf(10, ["næste måling", "inklusionsstrategi"]),
 ],
})

# ---------------------------------------------------------------- Sølund (two-column PDF)
docs.append({
 "file": "aeldreraad_soelund_tospalte.pdf", "body": "Ældrerådet", "date": "2026-12-02",
 "start": "10:00", "location": "Sølund Aktivitetscenter, lokale 3",
 "items": [
  {"n": 1, "title": "Godkendelse af dagsorden", "case": None, "attachments": [], "decision_has": "Godkendt"},
  {"n": 2, "title": "Høring: Kvalitetsstandard for praktisk hjælp 2027", "case": "27.12.00-G01-5-26",
   "attachments": ["Udkast til kvalitetsstandard for praktisk hjælp 2027"],
   "decision_has": "bekymret for ændringen af rengøringsintervallet"},
  {"n": 3, "title": "Budget 2027 – konsekvenser for ældreområdet", "case": "00.30.10-S00-2-26",
   "attachments": ["Oversigt over budgetændringer på ældreområdet", "Tidsplan for lukning af dagcentret på Mosevej"],
   "decision_has": "Orienteringen blev taget til efterretning"},
  {"n": 4, "title": "Valg til Ældrerådet 2027", "case": "00.22.02-A00-1-26", "attachments": [],
   "decision_has": "tidsplan for valget"},
  {"n": 5, "title": "Eventuelt", "case": None, "attachments": []},
 ],
 "followups": [
  fu(2, ["høringssvar", "14. december"], due=("2026-12-14", "2026-12-14")),
  fu(4, ["tidsplan", "februar 2027"], due=("2027-02-01", "2027-02-28")),
  fu(4, ["Valgbestyrelsen", "medio marts"], due=("2027-03-15", "2027-03-20")),
 ],
 "not_followups": [
  nf(2, ["behandler kvalitetsstandarden", "20. januar 2027"]),
  nf(3, ["Mosevej", "vedtog budget"]),
  nf(4, ["stemmeprocent", "Der skal være valg"]),
  nf(5, ["bænke", "13. januar"]),
 ],
})

# ---------------------------------------------------------------- Kærby (protocol table PDF)
docs.append({
 "file": "byraad_kaerby_protokol_tabel.pdf", "body": "Byrådet", "date": "2026-11-26",
 "start": "19:00", "location": "Byrådssalen, Kærby Rådhus",
 "items": [
  {"n": 201, "title": "Godkendelse af dagsorden", "case": "00.01.00-A00-1-26", "attachments": [], "decision_has": "Godkendt"},
  {"n": 202, "title": "Budgetopfølgning pr. 30.09.2026", "case": "00.30.14-Ø00-3-26",
   "proposer": "Økonomiudvalget", "clauses": 2,
   "attachments": ["Budgetopfølgning 3, 2026", "Oversigt over tillægsbevillinger"],
   "decision_has": "plan for nedbringelse af merforbruget"},
  {"n": 203, "title": "Lokalplan 114 – Boliger ved Møllebakken", "case": "01.02.05-P16-12-25",
   "proposer": "Plan- og Teknikudvalget", "clauses": 1, "attachments": ["Hvidbog med høringssvar"],
   "decision_has": "19 stemmer for", "absent": ["Søren Lyhne"]},
  {"n": 204, "title": "Forslag om gratis buskort til unge", "case": "13.05.00-A00-2-26", "attachments": [],
   "decision_has": "Forslaget oversendes til"},
  {"n": 205, "title": "Lukket punkt: Salg af erhvervsgrund", "case": "82.06.00-G01-7-26", "closed": True},
  {"n": 206, "title": "Ændring af styrelsesvedtægten", "case": "00.01.10-A00-1-26",
   "proposer": "Økonomiudvalget", "clauses": 3, "attachments": [],
   "decision_has": "udsat til næste møde", "postponed": True},
  {"n": 207, "title": "Meddelelser", "case": "00.01.00-A00-1-26", "attachments": [],
   "decision_has": "Taget til efterretning"},
 ],
 "followups": [
  fu(202, ["merforbrug", "plan for nedbringelse"], due=("2027-02-01", "2027-02-28")),
  fu(204, ["Teknik- og Miljøudvalget", "oversendes"]),
  fu(206, ["udsat", "styrelsesvedtægt"]),
 ],
 "not_followups": [
  nf(202, ["analyse af udgifterne", "Anbefales"]),
  nf(203, ["kunne ikke tiltræde", "almene boliger"]),
  nf(204, ["indføre gratis buskort", "under 18 år"]),
  nf(207, ["Kærby Øst", "9. august 2027"]),
 ],
})

# ---------------------------------------------------------------- Engvej (plain text, housing association)
docs.append({
 "file": "boligafdeling_engvej_bestyrelse.txt", "body": "Afdelingsbestyrelse", "date": "2027-01-11",
 "start": "19:00", "location": "Fælleshuset, Engvej 40",
 "items": [
  {"n": 1, "title": "Valg af dirigent og referent", "case": None, "attachments": []},
  {"n": 2, "title": "Meddelelser fra formanden", "case": None, "attachments": []},
  {"n": 3, "title": "Vedligeholdelsesplan 2027", "case": None,
   "attachments": ["Drifts- og vedligeholdelsesplan 2027-2036", "Tilstandsrapport for blok C"],
   "decision_has": "dog således at udskiftningen af vinduer i blok C udskydes til 2028"},
  {"n": 4, "title": "Ny husorden", "case": None, "attachments": ["Udkast til husorden, januar 2027"], "postponed": True},
  {"n": 5, "title": "Udlejning af fælleshuset", "case": None, "attachments": [],
   "decision_has": "Udlejning efter kl. 24 er ikke længere tilladt"},
  {"n": 6, "title": "Eventuelt", "case": None, "attachments": []},
 ],
 "followups": [
  fu(3, ["tre tilbud", "maling af opgange"], due=("2027-02-28", "2027-02-28")),
  fu(3, ["udskydes til 2028", "vinduer"], required=False),
  fu(4, ["udsat", "husorden"]),
  fu(5, ["udlejningsregler", "beboermødet"], due=("2027-09-01", "2027-09-30")),
 ],
 "not_followups": [
  nf(2, ["huslejestigning", "varsel"]),
  nf(6, ["arbejdsdag", "8. februar"]),
 ],
})

about = (
 "Blind hand annotation (round r7) of six fictional Danish referater written for this test set and annotated from the "
 "document text as written, before any run of the product. Same schema and scorer as check/seeds-gold.json and the same "
 "conventions as blind/gold.json (r5) and blind6/gold.json (r6). Files: "
 "'skolebestyrelse_lyngvig_ad.md' = Markdown school-board minutes, header block with **Dato:**/**Sted:**/**Afbud:**, "
 "a '1) ...' agenda list that is NOT the items, items as bold '**Ad 1) Title**' paragraphs, 'Bilag:' inline or as a "
 "bullet list, 'Beslutning:' lines only on some items, no case numbers; "
 "'kultur_fritid_havlund_punkt_aabent.html' = meeting-system HTML export, metadata table, TOC list, items as "
 "<h3>Punkt 41 (Åbent) Title</h3> (badge '(Åbent)'/'(Lukket)' is not part of the title), sections as <strong> labels, "
 "'Beslutning i Kultur- og Fritidsudvalget den 24-11-2026', 'Fraværende:' under every item, items 41-46; "
 "'boerne_skole_ravnsholt_overskrifter.docx' = DOCX with Word styles (Title, Heading 1 items 'Pkt. 7 – Title' numbered "
 "through the year 7-12, Heading 3 sections), 'a) at ...' clauses, attachments as repeated 'Bilag: X' lines after the "
 "decision, running header/footer; "
 "'aeldreraad_soelund_tospalte.pdf' = LibreOffice PDF of an Ældreråd referat whose items run in TWO COLUMNS under a "
 "one-column header block, bold '1. Title' lines (item 2 and 3 titles wrap over two lines), inline 'Sagsfremstilling:'/"
 "'Bilag:'/'Beslutning:' labels, page header and 'Side 1 af 1' footer; "
 "'byraad_kaerby_protokol_tabel.pdf' = 2-page Byråd beslutningsprotokol where each item is a row of a 3-column table "
 "'Nr. | Sag | Beslutning' (items 201-207; the Sag cell holds title, Sagsnr., indstilling, the Økonomiudvalget's earlier "
 "decision and Bilag lines; the Beslutning cell is this meeting's decision), running header and 'Side x af 2' footer; "
 "'boligafdeling_engvej_bestyrelse.txt' = plain-text housing-association board minutes, 'Pkt. 1. Title' items, "
 "'Bilag:' lines, 'Beslutning:' on some items, no case numbers. Conventions: n = printed number; title = heading "
 "without number and status badge, wrapped PDF title lines joined; case null where none is printed; proposer = words "
 "before 'indstiller' (omitted for motions 'Enhedslisten foreslår' and where no indstilling); clauses = recommendation "
 "'at'/a)/numbered clauses; attachments = Bilag list, [] where none or 'Ingen bilag.'; decision_has only where the item "
 "has a decision label/column (omitted for informal paragraphs without 'Beslutning:' and for closed items); postponed for "
 "'udsat til næste møde'; 'Sagen genoptages på udvalgets møde i marts' is a resumption (required follow-up with due "
 "2027-03-31), not annotated as postponed; absent only from item-level statements (Havlund 'Fraværende:' under each "
 "item; 'deltog ikke i behandlingen'/'inhabil'); meeting-level 'Afbud'/'Fraværende' headers are not propagated. "
 "Follow-ups: required = definite action, return, referral, resumption or postponement decided by THIS meeting, one per "
 "sentence; required=false = amendments/restated clauses and wishes ('Udvalget ønsker en temadrøftelse ...'). due: 'inden "
 "jul' 2026 = 12-19..24; 'på mødet i januar' (Dec 2026 meeting) = 2027-01; 'i uge 6' 2027 = 02-08..14; 'medio marts 2027' "
 "= 03-15..20; 'inden udgangen af 1. kvartal 2027' = 03-31; 'inden udgangen af februar' (Jan 2027) = 2027-02-28; 'senest "
 "i februar 2027' = 02-28 (range from 02-01); 'beboermødet i september' = 2027-09; event deadlines ('næste møde', "
 "referrals) carry no due. not_followups keys never occur in the decision paragraph of an item with a required follow-up."
)

json.dump({"about": about, "documents": docs},
          open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
