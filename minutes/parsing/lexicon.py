"""The Danish words the parser, the deadline grammar and the extraction share.

One home for each word table, so the copies cannot disagree: months,
weekdays, the words that end the names of municipal bodies, the words for
"this meeting's body" and for "next". Each table builds the regex fragments
the modules use. Pure Python: the parser and the extraction both import it.
tests/minutes/test_lexicon.py needs every entry by an example.
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
# Abbreviations as printed ("15. nov. 2017"): trusted only beside a day or year.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mar": 3,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NUMBERS: dict[str, int] = {name: n for n, name in enumerate(MONTHS, 1)}

WEEKDAYS: tuple[str, ...] = (
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "søndag",
)

# The last word of a municipal body's name with its definite ending:
# "Økonomiudvalg-et", "Ældreråd-et", "Klagenævn-et", "Direktion-en".
BODY_WORDS: dict[str, str] = {
    "udvalg": "et",
    "bestyrelse": "n",
    "råd": "et",
    "byråd": "et",
    "nævn": "et",
    "kommission": "en",
    "direktion": "en",
    "styregruppe": "n",
    "ledelse": "n",
    "ledergruppe": "n",
    "chefgruppe": "n",
    "repræsentantskab": "et",
    "komité": "en",
    "komite": "en",
    "forum": "met",
}

# Bodies named in a decision heading that mean "this meeting's body".
GENERIC_BODIES = frozenset(
    {"", "udvalget", "udvalg", "mødet", "forummet", "forum", "dette møde"}
)

# "på næste møde", "på det førstkommende møde"
NEXT_WORDS: tuple[str, ...] = ("næstkommende", "førstkommende", "næste", "kommende")


def alternation(words) -> str:
    """A non-capturing regex alternation, longest words first."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


MONTH_PATTERN = alternation(MONTHS)
MONTH_OR_ABBREVIATION_PATTERN = alternation([*MONTHS, *MONTH_ABBREVIATIONS])
WEEKDAY_PATTERN = alternation(WEEKDAYS)
NEXT_PATTERN = alternation(NEXT_WORDS)


def body_word_pattern(*, genitive: bool = False) -> str:
    """The body words in both forms ("udvalg", "udvalget"), or their genitive
    ("udvalgs", "udvalgets") with genitive=True."""
    return alternation(_body_forms(genitive=genitive))


def _body_forms(*, genitive: bool = False) -> list[str]:
    forms = []
    for word, ending in BODY_WORDS.items():
        forms += [word, word + ending]
    return [form + "s" for form in forms] if genitive else forms


def body_name_pattern(*, genitive: bool = False) -> str:
    """A body's name by its last word, case-sensitively: a capitalised word
    ending in a body word ("Økonomiudvalget", "HovedMED", "Chefforum") or a
    capitalised body word ("Udvalget")."""
    words = alternation(_body_forms(genitive=genitive))
    med = "MEDs|MED's" if genitive else "MED"
    capitalised = alternation(f.capitalize() for f in _body_forms(genitive=genitive))
    return rf"(?-i:[A-ZÆØÅ][\wæøåÆØÅ-]*(?:{words}|{med})|{capitalised})"
