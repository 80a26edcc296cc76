"""The Danish words and patterns the commitment rules are made of."""

from __future__ import annotations

import re

from minutes.parsing.lexicon import MONTHS


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a vocabulary list."""
    return frozenset(text.split())


_MONTH_WORDS = frozenset(MONTHS)


_F = re.IGNORECASE

# Quick word tests. Python's re runs a case-insensitive alternation of words
# slowly (it cannot scan ahead for a first letter), and several such patterns
# below run on every sentence. Where every match of a pattern holds one of a
# few words, a substring test on the lower-cased text first tells whether the
# pattern can match at all; most sentences are settled by that test alone.
# str.lower() agrees with re.IGNORECASE on every letter except three, "İ",
# "ı" and "ſ", which re also reads as "i" or "s" ("udſat" matches "udsat"):
# a text holding one of them is always run through the pattern.


def _may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Tell whether ``text`` may hold one of ``words`` (lower case), in any case.

    Never says no when a case-insensitive pattern could find one of the
    words, so a "no" safely skips the patterns that need them.
    """
    return _lowered_may_contain(_lowered(text), words)


def _lowered(text: str) -> str | None:
    """Return ``text`` in lower case for _may_contain; None if it has a misfit."""
    if "İ" in text or "ı" in text or "ſ" in text:
        return None
    return text.lower()


def _lowered_may_contain(lowered: str | None, words: tuple[str, ...]) -> bool:
    """_may_contain on a text already passed through _lowered."""
    return lowered is None or any(map(lowered.__contains__, words))


# Phrases that commit someone to a future action on their own.
_STRONG_RE = re.compile(
    r"\b(?:"
    r"vend(?:er|e)\s+(?:\w+\s+){0,3}?tilbage"
    r"|komm(?:er|e)\s+(?:\w+\s+){0,2}?tilbage\s+(?:til|med)"
    r"|følge(?:r|s)?\s+(?:\w+\s+){0,3}?op\b"
    r"|arbejde(?:r|s)?\s+(?:der\s+)?(?:\w+\s+)?videre\b"
    r"|genoptages"
    r"|(?:fore|frem)lægge[rs]"
    r"|præsenteres\s+for\b"
    # "Sagen oversendes til 2. behandling": the case must come back
    r"|(?:over)?sendes\s+(?:videre\s+)?til\s+(?:\d\.\s*|anden\s+|endelig\s+)"
    r"behandling"
    r"|sendes\s+(?:videre\s+)?til"
    r"|udarbejde[rs]"
    r"|igangsætte[rs]|iværksætte[rs]"
    r"|planlægge[rs]"
    r"|implementere[rs]"
    r"|fastlægge[rs]"
    r"|undersøge[rs]"
    r"|orienteres|blive\s+orienteret"
    r"|får\s+(?:\w+\s+){0,5}?(?:orientering|status|redegørelse|sag|oplæg|forelagt)"
    # "Forvaltningen giver byrådet en status på ...": the giver delivers
    r"|giver\s+(?:\w+\s+){0,3}?(?:en\s+)?(?:status|orientering|redegørelse"
    r"|tilbagemelding)\b"
    r"|deadline(?:n)?\s+(?:for|er)|frist(?:en)?\s+(?:for|er)\b"
    r"|har\s+(?:en\s+|til\s+)?opgave(?:n)?\s+(?:i\s+)?at|har\s+til\s+opgave"
    r"|justere[rs]"
    r"|behandles\s+(?:igen|på|i|af|senest)"
    r"|tages\s+op\s+(?:igen|på|i)"
    r"|sættes\s+på\s+(?:dagsorden|et\s+møde|næste)"
    r"|bedes"
    r"|ønsker\s+(?:\w+\s+){0,2}?(?:at\s+få|at\s+blive|en|et)\b"
    r"|(?:anmod(?:er|ede)|beder|bad)\s+(?:\w+\s+){0,4}?om\s+(?:at|en|et)\b"
    r"|pålægger|pålagde|bemyndige(?:r|de|s)\b"
    r")",
    _F,
)
_MODAL_RE = re.compile(r"\b(skal|vil)\b", _F)
_DECIDED_RE = re.compile(
    r"\b(?:besluttede|besluttedes|besluttet|besluttes|beslutter|vedtog|vedtaget"
    r"|aftalte|aftalt|aftaltes|aftales|blev\s+enige\s+om|var\s+enige\s+om"
    r"|er\s+enige\s+om|enighed\s+om|konkluderede"
    # "Godkendt med den tilføjelse, at der afholdes ...": an added action
    r"|med\s+(?:den\s+|følgende\s+)?tilføjelse(?:n)?)\s*,?\s*(?:om\s+)?at\b",
    _F,
)
# Every match of _DECIDED_RE holds one of these (see _may_contain).
_DECIDED_WORDS = ("beslut", "vedt", "aftal", "enig", "konklud", "tilføjelse")
# The decision preamble stripped from descriptions ("Udvalget besluttede,
# at", "Godkendt, idet", "med en bemærkning om at").
_PREAMBLE_RE = re.compile(
    r"^(?:Ad\s+(?:pkt\.?\s*|punkt\s+)?\d+\s*[:.)]\s*)?(?:"
    r"[^.]{0,120}?\b(?:besluttede|besluttedes|besluttet|vedtog|aftalte|aftaltes"
    r"|blev\s+enige\s+om)\s*,?\s*(?:om\s+)?at\s+"
    r"|(?:Godkendt|Anbefales|Tiltrådt|Indstillingen\s+(?:blev\s+)?godkendt)"
    r"\s*,\s*(?:idet|og|så)\s+"
    r"|[^.]{0,120}?\bmed\s+(?:en\s+|den\s+|de\s+)?(?:bemærkning(?:en|erne)?"
    r"|tilføjelse(?:n)?)\s*(?:om)?\s*,?\s*(?:at\s+)?"
    r")?",
    _F,
)
# "Godkendt med den ændring, at fristen forlænges": the passive describes the
# amended content, not a task.
_AMENDMENT_RE = re.compile(
    r"\bmed\s+(?:følgende|den|de)\s+ændring(?:er)?\b|\bdog\s+således\b", _F
)
_AD_RE = re.compile(r"^Ad\s+(?:pkt\.?\s*|punkt\s+)?\d+\s*[:.)]\s*", _F)

# Vetoes: the sentence is not a commitment.
_REPORTED_RE = re.compile(
    r"\b(?:oplyste|fortalte|nævnte|informerede|meddelte|udtalte|berettede"
    r"|gjorde\s+opmærksom\s+på|understregede|påpegede)\s*,?\s*(?:at|om)\b"
    r"|\b(?:orienterede|redegjorde|spurgte)\b"
    r"|\b(?:konstaterede|fastslog|refererede)\s*,?\s*at\b",
    _F,
)
_CONDITION_START_RE = re.compile(
    r"^\W*(?:Hvis|Såfremt|Safremt|I\s+fald|Ifald|I\s+det\s+omfang|Skulle\s+det)\b"
    # A verb-first clause is a condition: "Sker der ændringer, orienterer ..."
    r"|^\W*[A-ZÆØÅ][a-zæøå]+(?:er|r)\s+(?:der|det|man|vi|de|han|hun)\b",
)
_CONDITION_RE = re.compile(
    r"\b(?:hvis|såfremt|i\s+fald)\b(?!\s+(?:muligt|nødvendigt)\b)", _F
)
# Words every match of the pattern above holds (see _may_contain).
_CONDITION_WORDS = ("hvis", "såfremt", "fald")
_CONSIDERATION_RE = re.compile(
    r"\bovervej\w*"
    r"|\bkan\s+(?:\w+\s+){0,4}?(?:være|blive)\s+(?:nødvendigt|relevant|"
    r"hensigtsmæssigt|en\s+mulighed|en\s+god\s+idé?)",
    _F,
)
_CONSIDERATION_WORDS = ("overvej", "kan")  # as _CONDITION_WORDS
_WISH_RE = re.compile(
    r"\bdet\s+er\s+(?:\w+\s+)?(?:vigtigt|væsentligt|ønskeligt|afgørende|centralt)"
    r"|\b(?:finder|fandt)\s+det\s+(?:\w+\s+)?(?:vigtigt|væsentligt|afgørende)"
    r"|\bvigtigt\s*,?\s*at\b|\bopfordre\w*|\bhenstill\w*|\bvil\s+gerne\b"
    r"|\bgerne\s+vil\b",
    _F,
)
# As _CONDITION_WORDS.
_WISH_WORDS = (
    "vigtigt",
    "væsentligt",
    "ønskeligt",
    "afgørende",
    "centralt",
    "opfordre",
    "henstill",
    "gerne",
)


def _is_conditional(text: str) -> bool:
    """Tell whether a sentence is (or opens with) a condition."""
    return bool(
        _CONDITION_START_RE.search(text)
        or (_may_contain(text, _CONDITION_WORDS) and _CONDITION_RE.search(text))
    )


def _is_hedged(text: str) -> bool:
    """Tell whether a sentence is a question, a condition, a consideration or a wish."""
    return bool(
        _QUESTION_RE.search(text)
        or _is_conditional(text)
        or (_may_contain(text, _CONSIDERATION_WORDS) and _CONSIDERATION_RE.search(text))
        or (_may_contain(text, _WISH_WORDS) and _WISH_RE.search(text))
    )


_NEGATION_WORDS = frozenset({"ikke", "ingen", "intet", "aldrig"})
# Present-tense verbs that report or approve rather than commit.
_STATIVE = _words(
    """
    er har bliver kan skal vil må bør får ser godkender drøfter anbefaler
    tiltræder beslutter vedtager noterer ønsker finder mener vurderer
    konstaterer oplyser støtter bakker takker bemærker understreger påpeger
    anerkender opfordrer henstiller forventer deltager mangler indstiller
    afventer glæder roser kvitterer modtager følger giver betyder kræver
    omfatter dækker består handler hedder indebærer forudsætter
    """
)
_TAKE_NOTE_RE = re.compile(
    r"\s+(?:\w+\s+){0,8}?til\s+(?:efterretning|orientering|etterretning)"
    r"|\s+(?:\w+\s+){0,2}?(?:stilling|forbehold|udgangspunkt|afsæt)\b",
    _F,
)
# Passive forms ending in -es that are not future actions: approvals,
# assessments, deponents and the postponement itself.
_PASSIVE_STOP = _words(
    """
    godkendes anbefales tiltrædes vedtages noteres bemærkes konstateres
    besluttes indstilles foreslås ønskes præsenteres vedlægges henvises
    forventes vurderes menes anses antages skønnes opleves betragtes findes
    synes lykkes trives skyldes mindes kendes kaldes omtales nævnes drøftes
    udsættes udskydes oversendes bevilges imødekommes afvises forkastes
    finansieres dækkes tilgås fås ses bruges anvendes opgøres beregnes følges
    konteres betales
    """
)
# Passives that, in context, pay for, permit or forward rather than commit:
# "udgiften afholdes af puljen", "der gives dispensation", "sagen sendes
# videre til Kommunalbestyrelsen" (the routine path of a case).
_PASSIVE_CONTEXT_RE = re.compile(
    r"(?:afholdes|dækkes|betales|finansieres|konteres)\s+(?:af|inden\s+for|via|over"
    r"|under)\b"
    r"|gives\s+(?:\w+\s+){0,2}?(?:tilladelse|dispensation|tilsagn|afslag"
    r"|tillægsbevilling|bevilling|anlægsbevilling)"
    r"|(?:over|videre)?sendes\s+(?:videre\s+)?til\s+"
    r"(?!(?:\d\.\s*|anden\s+|endelig\s+)behandling)(?:\w+\s+){0,3}?"
    r"(?-i:Kommunalbestyrelsen|Byrådet|Borgerrepræsentationen|Regionsrådet"
    r"|[A-ZÆØÅ][\w-]*udvalget)",
    _F,
)
# Sentences about money: their passives set amounts, not tasks.
_MONEY_RE = re.compile(
    r"\b(?:kr\.|mio\.|mia\.|tillægsbevilling|anlægsbevilling|rådighedsbeløb"
    r"|kassebeholdning|bevilling)",
    _F,
)
# After "skal"/"vil" a passive is a future step, except an approval: "skal
# godkendes af Kommunalbestyrelsen" is the approval path, not a task.
_APPROVAL_PASSIVES = _words(
    """
    godkendes anbefales tiltrædes vedtages noteres bevilges imødekommes
    """
)
# Words in -es that are no passive verbs (nouns, genitives, adverbs, "fælles").
_NOT_PASSIVE_IN_ES = _words(
    "proces succes kommunes borgeres dages alles regionens"
    " fælles indbyrdes ligeledes særdeles afsides"
)
_PASSIVE_BLOCKERS = frozenset(
    {"kan", "kunne", "bør", "burde", "må", "måtte", "skulle", "ville"}
)
# Words ending in -e that are not infinitives (for reading "skal/vil ...").
_NOT_INFINITIVE = _words(
    """
    ikke gerne alle samme denne disse nogle de hele næste første sidste
    seneste nærmere tidligere senere videre mere tilbage eventuelle relevante
    konkrete nye store andre egne ene inde ude oppe nede hjemme fremme
    allerede måske hurtigere bedre større mindre yderligere længere endelige
    samlede mange flere både ifølge tillige lange længe alene sammen ske
    """
)
_VERBS_IN_ENDE = _words(
    """
    vende sende anvende kende fremsende indsende tilsende udsende videresende
    genkende erkende anerkende ende afsende tænde
    """
)
_VOWEL_INFINITIVES = frozenset({"gå", "se", "stå", "nå", "bo", "tro", "slå"})
_SKIPPABLE_ADVERBS = _words(
    """
    også snarest derefter herefter nu løbende hurtigst straks selv fremover
    fortsat endvidere desuden samtidig efterfølgende sammen i dag primært
    """
)
_PREPOSITIONS = _words(
    """
    til på for i af med fra hos mod over om ved under blandt efter end som
    mellem uden gennem ifølge vedr overfor
    """
)
_SUBJECT_PRONOUNS = frozenset({"der", "vi", "man"})
_DETERMINERS = _words(
    """
    en et den det de denne dette disse næste hver alle sin sit sine deres
    vores hans hendes nogle flere mange første sidste anden andet samme
    """
)
# Words in -er that are not verbs but often stand before a name.
_NOT_VERBS_ER = _words(
    """
    eller efter derefter herefter bagefter forinden over under hver heller
    sider tider timer kroner måneder steder områder chefer ledere temaer
    """
)
# Subordinate clauses: no inverted main-clause verb can follow these.
_SUBORDINATORS = _words(
    """
    at som der hvor hvis når da fordi mens om idet så hvilket hvordan hvem
    hvad hvorfor hvornår
    """
)
# The past tense that reports what happened at the meeting. A sentence led
# by one is a report; only explicit commitment words inside it count.
_PAST_REPORT = _words(
    """
    drøftede godkendte tog gennemgik blev var havde orienterede oplyste fik
    præsenterede behandlede takkede deltog modtog gav sagde nævnte fremlagde
    konkluderede besøgte gennemførte udtrykte roste bemærkede noterede
    konstaterede kom anbefalede tiltrådte vedtog
    """
)
# Past tense and participles that report what happened at the meeting.
_FUTURE_STATE_RE = re.compile(
    r"\b(?:træder\s+i\s+kraft|gælder\s+fra|er\s+gældende|udløber|går\s+i\s+drift"
    r"|går\s+i\s+luften)\b",
    _F,
)
_QUESTION_RE = re.compile(r"\?[\"'”»)]*\s*$")
# An introduction to the points of a statement the body sends ("afgive
# høringssvar med følgende hovedpunkter:"): the list is what it will say.
# (Comments from a discussion, "drøftede X med følgende kommentarer:", may
# hold tasks and are read one by one.)
_CONTENT_INTRO_RE = re.compile(
    r"\b(?:høringssvar\w*|udtalelse(?:n|r|rne)?|brev(?:et)?)\b", _F
)
_INTERROGATIVES = _words(
    "hvilke hvilken hvilket hvordan hvad hvem hvorvidt hvornår hvorfor hvor"
)
# The date of the next meeting is the calendar, not a task: "Næste møde
# afholdes torsdag den 23. april", "Næste møde er den 13. maj",
# "Forretningsudvalgets næste møde afholdes ...", "Kommunalbestyrelsens
# næste ordinære møde, der afholdes ...". The group "stmt" is the
# announcement without its (optional) genitive owner.
_NEXT_MEETING_CORE = (
    r"(?:næste|kommende|førstkommende|næstkommende)\s+"
    r"(?:(?:ordinære|ekstraordinære|ordinær|fælles)\s+)?\w*møde"
    # "Næste dialogmøde med Ældrerådet afholdes ...": the other party
    r"(?:\s+(?:med|i)\s+[\w-]+(?:\s+[\w-]+)?)?\s*"
    r"(?::|,?\s*(?:der\s+|som\s+)?(?:afholdes|holdes|er|bliver|ligger"
    r"|finder\s+sted|fastsættes|blev\s+fastsat|fastlægges|blev\s+fastlagt)\b)"
)
_NEXT_MEETING_RE = re.compile(
    r"^\W*(?:det\s+)?(?:[\w-]+(?:s|'s|’s)\s+)?" + _NEXT_MEETING_CORE, _F
)
# Every match of the pattern above (and of the statements below) holds this.
_NEXT_MEETING_WORDS = ("møde",)

# Postponed and withdrawn items.
# Only the item itself is postponed: "Sagen/Punktet/Temadrøftelsen ... blev
# udsat", "udsætte sagen", "Udsat." ("Arbejdet med X udsættes" is not).
_ITEM_NOUN = (
    r"(?:[\w-]*(?:sagen|punktet|behandlingen|drøftelsen|orienteringen"
    r"|beslutningen|emnet|temaet|oplægget)|punkt\s+\d+)"
)
_POSTPONED_RE = re.compile(
    rf"^\W*(?:\w+\s+){{0,3}}?{_ITEM_NOUN}\b[^.]*?\b(?:(?:blev|bliver|er|var)\s+"
    rf"(?:\w+\s+)?(?:udsat|udskudt)|udsættes|udskydes)\b"
    rf"|\budsætte\s+(?:\w+\s+)?{_ITEM_NOUN}\b"
    rf"|^\W*(?:Udsat|Udskudt)\b",
    _F,
)
_WITHDRAWN_RE = re.compile(
    r"\b(?:taget|tages|trukket|trækkes|blev\s+trukket)\s+(?:\w+\s+)?(?:af|fra)\s+"
    r"dagsordenen\b"
    r"|\b(?:trukket|trækkes)\s+tilbage\b"
    r"|^\W*(?:Punktet|Sagen|Pkt\.?)\s+(?:\w+\s+)?(?:udgår|udgik)\b",
    _F,
)
# Every match of _POSTPONED_RE or _WITHDRAWN_RE holds one of these ("udsat",
# "udsættes", "udgår", "af dagsordenen", "trukket tilbage"). The two patterns
# are slow and run on every sentence; almost no sentence holds any of them.
_STATUS_WORDS = (
    # _POSTPONED_RE: "udsat", "udskudt", "udsættes", "udsætte", "udskydes"
    "udsat",
    "udskudt",
    "udsæt",
    "udskyd",
    # _WITHDRAWN_RE: "af dagsordenen", "trukket/trækkes tilbage", "udgår/udgik"
    "dagsordenen",
    "trukket",
    "trækkes",
    "udgår",
    "udgik",
)
_ITEM_SUBJECT_RE = re.compile(r"\W*(?:Punktet|Sagen|Pkt|Punkt)\b")
_COMING_BACK_RE = re.compile(
    r"\bvend(?:er|e)\s+tilbage\b|\bkommer\s+tilbage\s+til\b", _F
)
_NAME_LIST_SPLIT_RE = re.compile(r"\s*(?:,|\bog\b)\s*")
_SPACES_RE = re.compile(r"\s+")
_LEADING_AT_RE = re.compile(r"^at\s+(?=\S)")
_REASON_RE = re.compile(r",\s*(?:idet|da|fordi|eftersom)\b", _F)
_PAST_MARKERS_RE = re.compile(r"\btidligere\b|\bsidst\b|\bforrige\b", _F)

# Sections whose text is not the case presentation.
_NOT_CASE_TEXT_RE = re.compile(
    r"indstilling|beslutning|bilag|historik|sagsforløb|tidligere\s+behandling"
    r"|lovgrundlag|retsgrundlag|høringssvar|fraværende|afbud"
    # A party's motion and its reasons: what they ask for, not the case.
    r"|\bforslag\b|ændringsforslag|motivering|mindretal|protokol",
    _F,
)
_THIS_MEETING_RE = re.compile(
    r"\bpå\s+(?:dagens|dette|nærværende)\s+møde\b|\bpå\s+mødet\b(?!\s+(?:den|d\.|i)\b)",
    _F,
)
# "Her vil der blive tale om ...", "vil kunne ...": descriptions, not promises.
_NOT_A_PROMISE_RE = re.compile(
    r"\bblive\s+tale\s+om\b|\bvil\s+(?:\w+\s+)?(?:kunne|være|have)\b", _F
)
# A case-text promise needs "vil" or "vender/kommer tilbage" (see
# _is_case_promise). Most case-text sentences have neither, so these quick
# tests spare them the veto searches and the token and actor reading.
_CASE_PROMISE_WORDS = ("vil", "tilbage")
_CASE_PROMISE_RE = re.compile(r"\bvil\b|" + _COMING_BACK_RE.pattern, _F)
# A section holding none of these words can offer neither.
_CASE_TEXT_WORDS = _STATUS_WORDS + _CASE_PROMISE_WORDS
_CASE_STATIVE_INFINITIVES = _words(
    """
    være have kunne fungere betyde give medføre ske koste indebære gøre
    bidrage kræve understøtte komme ligge stå tjene finde
    """
)
