"""The extractor on the five seed referater's decisions (written inline).

The texts below are the decisions (and a few case sections) of the seed
minutes; the expectations mirror the hand annotation in seeds-gold.json: every
required follow-up is found with its due date in range, nothing marked as not
a follow-up is produced, and few follow-ups match no annotated key at all.
Scoring follows score_minutes.py: a follow-up matches an annotation when one
of its keys occurs in description + source_text + due_text (normalised).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import pytest

from decisions.extraction import FollowUpDraft, Origin, extract_follow_ups
from minutes.parsing.status import status_of
from minutes.parsing.types import (
    ParsedAgendaItem,
    ParsedDecision,
    Section,
)

UNIT_ALIASES = {
    "ØS": "Økonomi & Stab",
    "Økonomi og Stab": "Økonomi & Stab",
    "Økonomi & Stab": "Økonomi & Stab",
    "Organisationsudvikling & HR": "HR & Organisationsudvikling",
    "HR & Organisationsudvikling": "HR & Organisationsudvikling",
    "Miljø & Teknik": "Miljø & Teknik",
    "Organisation & Politik": "Organisation & Politik",
}


@dataclass(frozen=True)
class Gold:
    """One annotated follow-up: keys, whether required, due range."""

    item: int
    keys: tuple[str, ...]
    required: bool = True
    due: tuple[str, str] | None = None


@dataclass(frozen=True)
class SeedItem:
    number: int
    title: str
    decision: str
    sections: tuple[Section, ...] = ()
    status: str | None = None  # None: what the parser decides from the texts


@dataclass(frozen=True)
class SeedMeeting:
    name: str
    meeting_date: date
    items: tuple[SeedItem, ...]
    gold: tuple[Gold, ...]
    not_followups: tuple[Gold, ...] = field(default=())


MEETING_2015 = SeedMeeting(
    "000",
    date(2015, 6, 4),
    items=(
        SeedItem(
            2,
            "CF - Kommissorium for serviceoptimering",
            "Kommissoriet blev taget til efterretning.\n\n"
            "Chefforum opfordrede til, at repræsentative nøglepersoner fra fx "
            "forenings- og kulturlivet bliver inddraget i arbejdet med at optimere "
            "mødet mellem borgere og kommune.\n\n"
            "Niels Carsten Bluhme deltog ikke i mødet.",
        ),
        SeedItem(
            3,
            "CF - Status på forhallen",
            "Orienteringen blev taget til efterretning.\n\n"
            "Niels Carsten Bluhme deltog ikke i mødet.",
        ),
        SeedItem(
            4,
            "CF - Skriftlig orientering: Orientering vedr. nyt indkøbssystem",
            "Orienteringen blev taget til efterretning.\n\n"
            "Niels Carsten Bluhme deltog ikke i mødet.",
            sections=(
                Section(
                    "Baggrund",
                    "Projektplanlægning og gennemførelsen udføres i økonomi og stab, "
                    "og vil ikke involvere andre områder.\n\n"
                    "Implementeringen og oplæring forventes gennemført Juni-august "
                    "2015, med overgang til drift og evaluering i 4. kvartal 2015.",
                ),
            ),
        ),
        SeedItem(
            5,
            "CF - Skriftlig orientering: Trivsels- og APV måling 2015; plan for valg "
            "af tværgående indsatsområde",
            "Orienteringen blev taget til efterretning.\n\n"
            "Der skal ikke foretages evaluering af processen af dette års "
            "trivselsmåling.\n\n"
            "Niels Carsten Bluhme deltog ikke i mødet.",
            sections=(
                Section(
                    "Evaluering",
                    "2. På baggrund af punkt 1 udarbejdes et oplæg til en evaluering "
                    "som drøftes og kvalificeres på Chefforum\n"
                    "3. KommuneMED drøfter og kvalificerer evalueringen, som "
                    "efterfølgende godkendes i Chefforum",
                ),
            ),
        ),
        SeedItem(
            6,
            "CF - Skriftlig orientering: Interview om fremtidens digitale "
            "infrastruktur i Albertslund",
            "Orienteringen blev taget til efterretning.\n\n"
            "Niels Carsten Bluhme deltog ikke i mødet.",
        ),
        SeedItem(
            7,
            "CF - Eventuell",
            "Chefforum vil på mødet den 18. juni blive orienteret om årsager til IT "
            "systemnedbruddet samt hvilke tiltag, der fremover vil blive taget for at "
            "undgå fremtidige nedbrud.\n\n"
            "Alle chefer blev opfordret til jævnligt at gennemgå beredskabsplanen.",
        ),
    ),
    gold=(
        Gold(7, ("IT systemnedbrud",), due=("2015-06-18", "2015-06-18")),
        Gold(7, ("beredskabsplanen",), required=False),
        Gold(2, ("nøglepersoner", "inddraget"), required=False),
        Gold(
            5,
            (
                "Chefforum drøfter",
                "3. sept",
                "samlet oplæg til drøftelse",
                "indsatsområder lægges op",
            ),
            required=False,
        ),
        Gold(4, ("Implementeringen og oplæring", "drift og evaluering"), False),
    ),
    not_followups=(
        Gold(5, ("ikke foretages evaluering",)),
        Gold(
            5,
            (
                "kvalificerer evalueringen",
                "oplæg til en evaluering",
                "fokusgruppeinterviews",
                "at evaluere processen",
            ),
        ),
    ),
)

MEETING_2017 = SeedMeeting(
    "001",
    date(2017, 11, 15),
    items=(
        SeedItem(
            1,
            "CF - Godkendelse af dagsorden og referat",
            "Chefforum godkendte dagsordenen for mødet.\n\n"
            "Chefforum godkendte referatet af 2. november 2017.",
        ),
        SeedItem(
            2,
            "CF - Temadrøftelse af tværgående samarbejder mellem ledere",
            "Chefforum drøftede de formaliserede samarbejder mellem ledere hvor der "
            "træffes beslutninger. Inputs fra drøftelsen går med i det videre arbejde "
            "med ledelsesgrundlaget.",
        ),
        SeedItem(
            3,
            "CF - Opstart af temaproces og status på netværk",
            "Chefforum besluttede at de tværgående udfordringer der identificeres af "
            'projektgruppen "Fælles om målet" kvalificeres som netværkstemaer.\n\n'
            "Chefforum besluttede at der er mulighed for den enkelte afdelingschef at "
            "byde netværkstemaer ind til kvalificering på CF d. 5. december. Deadline "
            "for dette er den 29. november, og netværkstemaet skal sendes til Mette "
            "Horsgaard.\n\n"
            "Chefforum tog status på de to igangværende netværk og læringen heraf til "
            "efterretning.",
        ),
        SeedItem(
            4,
            "CF - Tredje status på budgetaftalen for 2017",
            "Chefforum gennemgik tredje status på Budgetaftalen for 2017 med henblik "
            "på videre orientering i Økonomiudvalget.",
        ),
        SeedItem(
            5,
            "CF - Sygefraværstatistik 1.-3. kv. 2017",
            "Chefforum tog sygefraværstatistikken for 1.-3. kvartal til "
            "efterretning.\n\n"
            "Chefforum besluttede at der opstilles delmål for områder med stigende "
            "sygefravær.",
        ),
        SeedItem(
            6,
            "CF - Ændringer i Vagten som følge af besparelsen i budget 2017",
            "Chefforum besluttede at der benyttes ID-kort i forbindelse med "
            "implementering af ny adgangskontrol.\n\n"
            "Chefforum besluttede at der skal være så fleksibel tidsmæssig adgang som "
            "muligt for medarbejderne på rådhuset.\n\n"
            "Chefforum tog de øvrige ændringer i vagten til orientering, med en "
            "bemærkning om at der skal indtænkes kommunikationsperspektivet i forhold "
            "til processen med at implementere ændringerne.",
        ),
        SeedItem(
            7,
            "CF - Orientering om økonomirapport pr. 30. september 2017",
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "Helle Gehlert vil orientere om status på kommunens samlede "
                    "økonomi med udgangspunkt i økonomirapport pr. 30. september "
                    "2017, som blev fremlagt for ØU den 6. november.",
                ),
            ),
        ),
        SeedItem(
            8,
            "CF - Orientering om status for nyt præsentationslag og kommunalt "
            "samarbejde",
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "FLIS portalen fra KOMBIT udfases primo 2018. Der skal derfor "
                    "findes et nyt præsentationsværktøj til FLIS.\n\n"
                    "På baggrund af den nævnte kortlægning og den videre dialog med "
                    "Glostrup og Hvidovre vil ØS fremlægge en mere konkret sag for "
                    "anskaffelse og implementering af FLIS primo januar 2018.",
                ),
            ),
        ),
        SeedItem(
            9,
            "CF - Evt.",
            "Elisabeth Gadegaard Wolstrup er ansat som ny direktør for By, Kultur, "
            "Miljø & Beskæftigelse.",
        ),
    ),
    gold=(
        Gold(3, ("29. november", "Mette Horsgaard"), due=("2017-11-29", "2017-11-29")),
        Gold(3, ("5. december", "kvalificering"), due=("2017-12-05", "2017-12-05")),
        Gold(5, ("delmål",)),
        Gold(6, ("benyttes ID-kort", "ID-kort")),
        Gold(6, ("fleksibel",), required=False),
        Gold(6, ("kommunikationsperspektivet",), required=False),
        Gold(6, ("4 uger", "Igangsætning"), required=False),
        Gold(4, ("Økonomiudvalget", "5. december"), required=False),
        Gold(2, ("ledelsesgrundlaget",), required=False),
        Gold(8, ("primo januar 2018", "FLIS"), required=False),
        Gold(3, ("29. november", "Sekretariat for Netværksstrukturen"), False),
        Gold(3, ("22. januar",), required=False),
        Gold(3, ("kvalificeres som netværkstemaer",), required=False),
    ),
    not_followups=(
        Gold(9, ("Elisabeth Gadegaard Wolstrup",)),
        Gold(1, ("2. november",)),
        Gold(7, ("6. november",)),
    ),
)

MEETING_2014 = SeedMeeting(
    "002",
    date(2014, 6, 19),
    items=(
        SeedItem(
            1,
            "CF - Dagsorden og referat",
            "Chefforum godkendte dagsordenen og referatet fra mødet den 4. juni 2014.",
        ),
        SeedItem(
            2,
            "CF - Smart City i Albertslund",
            "Chefforum drøftede Smart City i Albertslund i en workshop faciliteret af "
            "Kuben, med henblik på en kommende strategi.",
        ),
        SeedItem(
            3,
            "CF - Netværksstruktur version 2",
            "Chefforum drøftede og kom med inputs til den fremtidige "
            "netværksstruktur. Inputs fra drøftelsen bæres med i det videre arbejde, "
            "som blandt andet omfatter en drøftelse i direktørforum inden sommeren. "
            "Efter dette møde lægges en plan for arbejdet med netværksstrukturen "
            "efter sommerferien.",
        ),
        SeedItem(
            4,
            "CF - Årshjul for lederforum-møder i 2014",
            "Chefforum drøftede årshjulet for lederforum møderne i 2014 med "
            "bemærkningerne om at der skal skabes rum for at der kan komme inputs fra "
            "chefer, direktører og ledere.",
        ),
        SeedItem(
            5,
            "CF - Orientering om ny hjemmeside i luften 17. juni 2014",
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Baggrund",
                    "Albertslund.dk går tirsdag den 17. juni i luften i en ny udgave "
                    "med øget fokus på brugervenlighed og selvbetjening.",
                ),
            ),
        ),
        SeedItem(
            6,
            "CF - Orientering om medarbejderside, version 2",
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Baggrund",
                    "Det nye system går i drift den 17. juni 2014.\n\n"
                    "Skiftet har ligeledes betydning for medarbejdersiden, da vores "
                    "licens til nuværende CMS-system, sitecore, udløber 1. oktober "
                    "2014.\n\n"
                    "Den nye medarbejderside skal gå i luften 20. september.",
                ),
            ),
        ),
        SeedItem(
            7,
            "CF - Orientering om Økonomi og Stabs ledelsestilsyn 2014",
            "Chefforum tog orienteringen til efterretning.",
        ),
        SeedItem(
            8,
            "CF - Evt.",
            "Jette orienterede om følgende:\n\n"
            "- Møde om kommunal økonomi – tendenser og hvor langt er vi på de "
            "tendenser?\n"
            "- Temamøde om budget – budgetkataloget kommer på hjemmesiden i dag",
        ),
    ),
    gold=(
        Gold(3, ("direktørforum inden sommeren",), due=("2014-06-19", "2014-07-06")),
        Gold(3, ("plan for arbejdet med netværksstrukturen",)),
        Gold(2, ("kommende strategi",), required=False),
        Gold(4, ("skabes rum", "inputs fra chefer"), required=False),
        Gold(6, ("20. september", "arbejdsgruppe"), required=False),
        Gold(7, ("5 nye steder",), required=False),
        Gold(8, ("budgetkataloget",), required=False),
        Gold(8, ("kommunal økonomi",), required=False),
    ),
    not_followups=(
        Gold(5, ("17. juni",)),
        Gold(1, ("4. juni 2014",)),
        Gold(6, ("går i drift den 17. juni", "udløber 1. oktober 2014")),
    ),
)

MEETING_2019 = SeedMeeting(
    "003",
    date(2019, 12, 5),
    items=(
        SeedItem(1, "CF - Godkendelse af dagsorden og referat", "Godkendt."),
        SeedItem(
            3,
            "CF - DIF's indsatsområder 2020-2021",
            "Chefforum drøftede DIF's indsatsområder 2020-2021.\n\n"
            "Under drøftelsen deltog ud over Chefforums faste medlemmer, Marie-Louise "
            "Lunderød, leder for Sekretariat for Politik & Ledelse, Pernille Bech, "
            "leder af Sekretariat for Byplanlægning & Erhverv, samt Kasper Fisker, "
            "leder af Den Kriminalpræventive Enhed.\n\n"
            "Det blev besluttet, at direktørerne justerer indsatsområderne en sidste "
            "gang på baggrund af dagens drøftelse.\n\n"
            "I den nuværende form kan indsatsområderne bruges som afsæt for chefernes "
            "arbejde med afdelignernes virksomhedsplaner. Opstår der tvivl i perioden "
            "frem mod endelig udgave af DIF's indsatsområder, koordinerer cheferne "
            "med deres fagdirketør.",
        ),
        SeedItem(
            4,
            "CF - Kommunalbestyrelsens fællesmøde med rådene 7. januar 2020",
            "Chefforum drøftede oplæg til ramme for fællesmødet den 7. januar 2020.\n\n"
            "Det besluttedes, at mødets tidspunkt ændres, så starttidspunktet bliver "
            "kl. 17.00. Samtidig skal forplejning og mødets længe overvejes.\n\n"
            "Det er vigtigt at arbejde med, hvordan rådene kommer til orde.\n\n"
            "Som ramme for drøftelser på mødet drøftedes bl.a., om "
            "borgerinddragelse/brugerinddragelse kunne diskuteres. Hvilken timing er "
            "ønskelig, hvordan ser rådene det, og hvordan opnår vi en "
            "forventningsafstemt god proces for alle. Hvordan kan rådene og andre "
            "inddragelsestiltag supplere hinanden?\n\n"
            "Desuden skal der i planlægningen af mødet fokuseres på relationen til "
            "udvalg og kommunalbestyrelsen og mindre på de fagspecifikke "
            "drøftelser.\n\n"
            "Det er vigtigt at rådene så vidt muligt kommer til at tale med de "
            "kommunalbestyrelsesmedlemmer, de ønsker.\n\n"
            "Der holdes fast i ideen omkring speeddating, og der lægges op til at "
            "alle fagudvalg evaluerer mødet med deres respektive råd efter den 7/1 "
            "2020.\n\n"
            "Det nærmere indhold for mødet første del skal fastlægges. Overvej, om "
            "rådenes forskellighed kan bruges som en vej til forståelse for svære "
            "prioriteringer.",
        ),
        SeedItem(
            5,
            "CF - Administrativ proces til budget 2021",
            "På baggrund af ØU drøftelse den 3. december 2019 skal der arbejdes på en "
            "revideret proces, som forelægges ØU i februar 2020.\n\n"
            "Analyser og håndfaste leverancer blev godkendt af ØU.\n\n"
            "Afdelingschefen for Økonomi & Stab takkede for alle afdelingernes inputs "
            "og forslag til forbedringer på baggrund af processen for budgettet til "
            "2020.\n\n"
            "Frem mod februar arbejder Økonomi & Stab på et nyt oplæg til "
            "budgetprocessen, som balancerer ønsket omkring tidligere politisk "
            "kvalificering og sikringen af et reelt mulighedsrum for politiske "
            "forhandlinger og prioriteringer. Proces for borgerinddragelsen og "
            "borgerdrevne budgetter skal ligeledes forelægges i februar og er en "
            "integreret del af processen.\n\n"
            "Der tages en målrettet drøftelse i Chefforum, hvor formålet er at "
            "generere idéer til alternative procesforlag.\n\n"
            "Herunder en drøftelse af, hvordan chefforum understøtter hinanden og det "
            "fælles med henblik på at undgå suboptimering.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "Til orientering vedlægges udkast til politisk tidsplan og "
                    "analysetemaer til budget 2021, som forelægges Økonomiudvalget "
                    "på mødet den 3. december.\n\n"
                    "Økonomi og Stab udarbejder en skitse til processen, som vil "
                    "blive præsenteret på mødet.",
                ),
            ),
        ),
        SeedItem(
            6,
            "CF - Forenklingsprogram 2020",
            "Chefforum drøftede oplæg til Forenklingsprogrammet med følgende "
            "kommentarer:\n\n"
            "- Cheferne har en opgave i at invitere relevante nøglepersoner og ledere "
            'til de "screeninger", som ØS laver i alle afdelinger.\n'
            "- Fokus på vigtigheden af, hvilke personer, der sidder i de forskellige "
            "organiseringer. Ved overvægt af ØS opstår risiko for tab af ejerskab i "
            "implementering.\n"
            "- Fokus på, hvor projektledelsen ligger. Projektledelsen for de enkelte "
            "indsatser skal ligge i afdelingerne.\n\n"
            "Der var generel opbakning til processen, og ØS vender tilbage til "
            "Chefforum med oplæg til de enkelte spor.",
            sections=(
                Section(
                    "Anledning",
                    "Økonomiudvalget behandler d. 3. december 2019 administrationens "
                    "forslag til realisering af disse i form af et "
                    "forenklingsprogram.",
                ),
                Section(
                    "Sagsfremstilling",
                    "Kommunaldirektøren er programejer og rapporterer løbende til "
                    "Økonomiudvalget. Chefforum vil fungere som koordinationsgruppe "
                    "med henblik på at understøtte den overordnede prioritering af "
                    "indsatser og ressourcer.",
                ),
            ),
        ),
        SeedItem(
            7,
            "CF - Orientering om Indkøbsstrategi for Albertslund Kommune",
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "Arbejdet med indsatsområderne konkretiseres i indkøbsstrategien, "
                    "som forelægges Økonomiudvalget på mødet d. 3. december 2019 "
                    "sammen med en årlig afrapportering på indkøbspolitikken.\n\n"
                    "Administrationen har derfor i efteråret gennemført en "
                    "markedsdialog med leverandører af indkøbsanalyzesystemer, og på "
                    "den baggrund indgået aftale med MIADData. Systemet implementeres "
                    "i 1. kvartal 2020.",
                ),
            ),
        ),
        SeedItem(
            8,
            "CF - Orientering om mødet i HOBS 28.11.2019 samt evaluering af "
            "beredskabsøvelsen 18.11.2019",
            "Chefforum får en samlet skriftlig orientering om mødet i HOBS og "
            "evalueringen af beredskabsøvelsen, når denne er afsluttet.",
        ),
        SeedItem(
            9,
            "CF - Bordet rundt - siden sidst i afdelingerne",
            "",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "Punktet blev taget af dagsordenen til dagens møde.",
                ),
            ),
        ),
        SeedItem(10, "CF - Evt.", "Intet."),
    ),
    gold=(
        Gold(3, ("justerer indsatsområderne",)),
        Gold(4, ("kl. 17.00", "starttidspunkt")),
        Gold(4, ("evaluerer mødet",), required=False),
        Gold(4, ("forplejning",), required=False),
        Gold(4, ("første del skal fastlægges", "nærmere indhold")),
        Gold(
            4,
            (
                "rådene kommer til orde",
                "fokuseres på relationen",
                "speeddating",
                "kommer til at tale med",
            ),
            required=False,
        ),
        Gold(
            5,
            ("forelægges ØU i februar 2020", "revideret proces"),
            due=("2020-02-01", "2020-02-29"),
        ),
        Gold(
            5,
            ("borgerinddragelsen", "borgerdrevne budgetter"),
            due=("2020-02-01", "2020-02-29"),
        ),
        Gold(5, ("målrettet drøftelse i Chefforum", "understøtter hinanden")),
        Gold(5, ("Frem mod februar", "nyt oplæg"), required=False),
        Gold(6, ("vender tilbage",)),
        Gold(6, ("invitere relevante nøglepersoner", "Projektledelsen")),
        Gold(7, ("1. kvartal 2020", "MIADData"), required=False),
        Gold(8, ("skriftlig orientering",)),
        Gold(9, ("taget af dagsordenen", "Bordet rundt")),
        Gold(3, ("koordinerer cheferne", "fagdirketør"), required=False),
        Gold(4, ("rådenes forskellighed",), required=False),
    ),
    not_followups=(
        Gold(1, ("21. november 2019",)),
        Gold(10, ("Intet",)),
        Gold(6, ("behandler d. 3. december 2019",)),
        Gold(7, ("på mødet d. 3. december 2019",)),
    ),
)

MEETING_2024 = SeedMeeting(
    "004",
    date(2024, 4, 24),
    items=(
        SeedItem(
            1,
            "CF – Godkendelse af dagsorden og referat",
            "Chefforum godkendte dagsordenen til dette møde samt referat fra "
            "Chefforum den 10. april 2024.",
        ),
        SeedItem(
            2,
            "CF - Ledelsestilsyn i Frames",
            "Chefforum blev præsenteret for Frames samt implementering af systemet "
            "med henblik på at dokumentere ledernes udførelse af forsvarlig "
            "økonomisk forvaltning. Systemet skal forebygge risici for fejl og "
            "minimere sandsynligheden for besvigelser.\n\n"
            "Kultur, Fritid, Erhverv & Ejendomme vil, som en del af pilotprojektet, "
            "blive introduceret og sat op i systemet. I den forbindelse arbejdes der "
            "også løbende i Økonomi & Stab med brugen af bl.a. standardisering samt "
            "opsætning af ledeshierarki i systemet. Efter prøveperioden skal "
            "erfaringer fra pilotprojekter behandles på Chefforum med henblik på, at "
            "Frames kan udrulles i efteråret 2024.\n\n"
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "Tidsplan for bredere udrulning af Frames afventer piloterne, men "
                    "forventes at foregå efter sommerferien, hvis alt går vel.",
                ),
            ),
        ),
        SeedItem(
            3,
            "CF - Plan MED 2024-2025",
            "Chefforum drøftede, at Plan MED indgår i Albertslund Kommunes "
            "organisationskompasset, hvor det løbende arbejde med Plan MED foregår i "
            "adfærdssporet. Plan MED skal drøftes i samtlige afdelingsMED og "
            "arbejdspladsMED, og udvalgte målsætninger og indikatorer fra Plan MED, "
            "indgår i arbejdspladsernes Plan A. KommuneMED vil efter et år følge op "
            "på arbejdet med Plan MED 2024 - 2025.\n\n"
            "Chefforum tog orienteringen til efterretning.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "HR & Organisationsudvikling vil sende information til "
                    "MED-organisationen om, hvordan og hvornår de forskellige "
                    "handlinger skal gennemføres. Inden dette sker vil tidsplanen "
                    "for MED-drøftelserne først blive forelagt chefforum (juni) og "
                    "derefter KommuneMED (august).",
                ),
            ),
        ),
        SeedItem(
            4,
            "CF - Interne styringsdokumenter",
            "Chefforum oplyste, at arbejdsgruppen bl.a. konkluderede, at der "
            "manglede en gennemskrivning af de interne styringsdokumenter, fx brugen "
            "af forkortelser og faglige termer. Videre konkluderede arbejdsgruppen, "
            "at det kan være uklart i de eksisterende styringsdokumenter, hvilke "
            "aktører der gør hvad hvornår.\n\n"
            "Chefforum besluttede, at der skal igangsættes en proces for ét udvalgt "
            "emne (løn), hvor det gennem dialog med relevante ledere og/eller chefer "
            "afdækkes, hvordan interne styringsdokumenter anvendes, samt hvem der har "
            "ansvaret for at gøre hvad hvornår. På baggrund af afdækningen af "
            "styringsdokumentet om løn, fastsætter og formulerer Chefforum "
            "principper for samarbejdet på tværs af organisationen. Efterfølgende "
            "gennemarbejder Økonomi & Stab yderligere emner, som skal godkendes af "
            "Chefforum. Chefforum oplyste, at emnet sygefravær allerede har været i "
            "proces.",
        ),
        SeedItem(
            5,
            "CF - Kom ind i Klimakampen - organisationen internt",
            "Chefforum tog orienteringen til efterretning, og besluttede, at Miljø & "
            "Teknik skal undersøge, om indholdet af kampagnen kan blive mere "
            "arbejdsrelateret, og dermed have fokus på klimavenlige adfærd på "
            "arbejdspladsen. Videre skal sagen behandles på næstkommende "
            "KommuneMED.",
        ),
        SeedItem(
            6,
            "CF - Orientering om sygefravær 1. kv. 2024",
            "Chefforum gennemgik det oplyste sygefravær for de enkelte afdelinger, "
            "hvor det samlede sygefravær for Albertslund Kommune er 14,9 sygedage pr. "
            "medarbejder i gennemsnit. Chefforum besluttede, at Organisationsudvikling "
            "& HR skal undersøge, om der kan udarbejdes oversigt over sygefravær på "
            "baggrund af en kortere tidsperiode.",
            sections=(
                Section(
                    "Sagsfremstilling",
                    "Chefforum vil på et kommende møde få en sag med nærmere "
                    "beskrivelse af tiltagene i sygefraværssindsatsen, og i den "
                    "forbindelse få mulighed for at drøfte tankerne på et mere "
                    "konkret grundlag.",
                ),
            ),
        ),
        SeedItem(
            7,
            "CF - Rådhusets telefontider",
            "Chefforum oplyste, at denne sag i 2023 blev udsat, da en nedsat "
            "arbejdsgruppe skulle afdække mulighederne for en 4-dages arbejdsuge i "
            "Albertslund Kommune.\n\n"
            "Chefforum besluttede, at Økonomiudvalgets beslutning fra april 2017 "
            "skal implementeres i hele organisationen, hvorfor der som minimum skal "
            "være telefontid i de tidsrum, der fremgår af bilaget. Det kan i den "
            "forbindelse være nødvendigt at oplyse til omstillingen, hvem opkald skal "
            "viderestilles til. Videre kan cheferne henvende sig til IT, hvis de "
            "oplever problemer med opsætning for opkald i Teams.",
            sections=(
                Section(
                    "Historik",
                    "Sagen var på dagsorden til Chefforum den 12. oktober 2023. Sagen "
                    "blev udskydt, idet der dog kort blev drøftet følgende:\n\n"
                    "- Der bør nedsættes en bredt sammensat arbejdsgruppe, som på "
                    "baggrund af et tydeligt kommissorium, skal komme med forslag til "
                    "en ny overordnet kanalstrategi.",
                ),
            ),
        ),
        SeedItem(
            8,
            "CF - Oprettelse af intern genbrugsbørs",
            "Chefforum blev præsenteret for de tre opstillede modeller, herunder "
            "erfaringer fra kommunerne Gladsaxe og Ballerup. Chefforum besluttede, at "
            "der skal arbejdes videre med model 1, med tilføjelsen om et fælles "
            "lager, der skal indgå i\n\nmodellen.",
            sections=(
                Section(
                    "Næste skridt",
                    "Efter behandlingen i Chefforum udarbejdes en politisk sag, hvor "
                    "den valgte model præsenteres. Det tilstræbes, at sagen behandles "
                    "inden sommerferien, og der arbejdes sideløbende på en klargøring "
                    "af genbrugsbørsen, der forventes at være klar til ibrugtagning i "
                    "september 2024.",
                ),
            ),
        ),
        SeedItem(
            9,
            "CF - Temadrøftelse: Kodeks VII",
            "Temadrøftelsen om kodeks VII blev udsat.",
        ),
        SeedItem(
            10,
            "CF - Temaer til kommende møder og eventuelt",
            "Chefforum besluttede, at Organisation & Politik udarbejder forslag til "
            "et nyt årshjul på baggrund af Chefforums kommentarer.\n\n"
            "Videre skal der planlægges et chefseminar i slutningen af august 2024, "
            "som afdelingscheferne Tine Buch Juhl og Marie Brøchner Jespersen, i "
            "samarbejde med Henrik Harder, arrangerer.",
        ),
    ),
    gold=(
        Gold(
            2,
            ("erfaringer fra pilotprojekter", "behandles på Chefforum"),
            due=("2024-04-25", "2024-11-30"),
        ),
        Gold(2, ("Kultur, Fritid, Erhverv & Ejendomme vil", "introduceret og sat op")),
        Gold(3, ("efter et år følge op",), due=("2025-04-17", "2025-04-24")),
        Gold(3, ("drøftes i samtlige afdelingsMED",)),
        Gold(
            3,
            (
                "forelagt chefforum (juni)",
                "onepager",
                "indgår i arbejdspladsernes Plan A",
            ),
            required=False,
        ),
        Gold(4, ("ét udvalgt emne", "(løn)")),
        Gold(4, ("yderligere emner",)),
        Gold(4, ("principper for samarbejdet", "implementeringsplan")),
        Gold(5, ("Miljø & Teknik skal undersøge", "mere arbejdsrelateret")),
        Gold(5, ("næstkommende KommuneMED",)),
        Gold(6, ("kortere tidsperiode",)),
        Gold(6, ("kommende møde",), required=False),
        Gold(7, ("implementeres i hele organisationen", "telefontid")),
        Gold(7, ("omstillingen", "henvende sig til IT"), required=False),
        Gold(8, ("arbejdes videre med model 1",)),
        Gold(
            8,
            ("politisk sag", "inden sommerferien", "september 2024"),
            required=False,
        ),
        Gold(9, ("blev udsat", "Temadrøftelsen om kodeks VII")),
        Gold(10, ("nyt årshjul",)),
        Gold(10, ("chefseminar",), due=("2024-08-15", "2024-08-31")),
        Gold(2, ("ledeshierarki",), required=False),
    ),
    not_followups=(
        Gold(1, ("10. april 2024",)),
        Gold(7, ("12. oktober 2023",)),
        Gold(7, ("4-dages arbejdsuge", "bredt sammensat arbejdsgruppe")),
        Gold(9, ("kodeks VII drøftes",)),
    ),
)

MEETINGS = (MEETING_2015, MEETING_2017, MEETING_2014, MEETING_2019, MEETING_2024)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _text_of(draft: FollowUpDraft) -> str:
    return _norm(" ".join((draft.description, draft.source_text, draft.due_text)))


def _extract(meeting: SeedMeeting) -> list[tuple[int, FollowUpDraft]]:
    found = []
    for seed in meeting.items:
        item = ParsedAgendaItem(
            number=seed.number,
            position=seed.number,
            title=seed.title,
            # The parser decides an item's status; extraction reads it.
            status=seed.status
            or status_of(seed.decision, [section.text for section in seed.sections]),
            sections=seed.sections,
            decision=ParsedDecision(seed.decision) if seed.decision else None,
        )
        for draft in extract_follow_ups(
            item,
            meeting_date=meeting.meeting_date,
            body_name="Chefforum",
            unit_aliases=UNIT_ALIASES,
        ):
            found.append((seed.number, draft))
    return found


@dataclass
class Score:
    required: int = 0
    required_found: int = 0
    scored: int = 0
    good: int = 0
    due_wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


def _score(meeting: SeedMeeting, score: Score) -> None:
    matched: set[int] = set()
    for number, draft in _extract(meeting):
        if draft.origin == Origin.CASE_TEXT:
            continue  # offered, not scored (as in score_minutes.py)
        score.scored += 1
        text = _text_of(draft)
        if any(
            nf.item == number and any(_norm(k) in text for k in nf.keys)
            for nf in meeting.not_followups
        ):
            score.false.append(f"{meeting.name} #{number}: {draft.description}")
            continue
        hit = None
        for index, gold in enumerate(meeting.gold):
            if gold.item == number and any(_norm(k) in text for k in gold.keys):
                hit = index
                if gold.required and index not in matched:
                    break
        if hit is None:
            score.unexpected.append(f"{meeting.name} #{number}: {draft.description}")
            continue
        score.good += 1
        gold = meeting.gold[hit]
        if gold.required and hit not in matched:
            matched.add(hit)
            due = draft.due_date.isoformat() if draft.due_date else ""
            if gold.due and not (due and gold.due[0] <= due <= gold.due[1]):
                score.due_wrong.append(
                    f"{meeting.name} #{number}: {due} not in {gold.due}"
                )
    for index, gold in enumerate(meeting.gold):
        if gold.required:
            score.required += 1
            if index in matched:
                score.required_found += 1
            else:
                score.missed.append(f"{meeting.name} #{gold.item}: {gold.keys[0]}")


@pytest.fixture(scope="module")
def seed_score() -> Score:
    score = Score()
    for meeting in MEETINGS:
        _score(meeting, score)
    return score


def test_every_required_seed_follow_up_is_found(seed_score):
    assert seed_score.missed == []
    assert seed_score.required_found == seed_score.required


def test_seed_due_dates_fall_in_the_annotated_ranges(seed_score):
    assert seed_score.due_wrong == []


def test_no_seed_follow_up_is_one_the_annotation_rules_out(seed_score):
    assert seed_score.false == []


def test_seed_precision_is_at_least_085(seed_score):
    precision = seed_score.good / seed_score.scored
    assert precision >= 0.85, seed_score.unexpected


@pytest.mark.parametrize("meeting", MEETINGS, ids=lambda m: m.name)
def test_seed_meetings_produce_no_unexpected_follow_ups(meeting):
    score = Score()
    _score(meeting, score)
    assert score.unexpected == []
