"""Every pre-filter word table mirrors its patterns, and every word is needed.

The extraction tests a sentence for a few words before running a slow
pattern on it (see vocabulary._may_contain). Each table below has one
example per word: the pattern matches it, and that word is the only one of
the table in it, so dropping the word would make the pre-filter skip a
sentence the pattern finds.
"""

import pytest

from decisions.extraction import actors, lists, vocabulary

PREFILTERS = {
    "_DECIDED_WORDS": (
        vocabulary,
        [vocabulary._DECIDED_RE],
        {
            "beslut": "Udvalget besluttede, at der holdes et møde.",
            "vedt": "Udvalget vedtog, at der holdes et møde.",
            "aftal": "Det blev aftalt, at der holdes et møde.",
            "enig": "Parterne blev enige om at holde et møde.",
            "konklud": "Udvalget konkluderede, at der holdes et møde.",
            "tilføjelse": "Godkendt med den tilføjelse, at der holdes et møde.",
        },
    ),
    "_CONDITION_WORDS": (
        vocabulary,
        [vocabulary._CONDITION_RE],
        {
            "hvis": "Sagen forelægges igen, hvis prisen stiger.",
            "såfremt": "Sagen forelægges igen, såfremt prisen stiger.",
            "fald": "Sagen forelægges igen i fald prisen stiger.",
        },
    ),
    "_CONSIDERATION_WORDS": (
        vocabulary,
        [vocabulary._CONSIDERATION_RE],
        {
            "overvej": "En ny plan overvejes.",
            "kan": "Det kan blive nødvendigt med en ny plan.",
        },
    ),
    "_WISH_WORDS": (
        vocabulary,
        [vocabulary._WISH_RE],
        {
            "vigtigt": "Det er vigtigt med en plan.",
            "væsentligt": "Det er væsentligt med en plan.",
            "ønskeligt": "Det er ønskeligt med en plan.",
            "afgørende": "Det er afgørende med en plan.",
            "centralt": "Det er centralt med en plan.",
            "opfordre": "Udvalget opfordrer til en plan.",
            "henstill": "Udvalget henstiller til en plan.",
            "gerne": "Udvalget vil gerne se en plan.",
        },
    ),
    "_STATUS_WORDS": (
        vocabulary,
        [vocabulary._POSTPONED_RE, vocabulary._WITHDRAWN_RE],
        {
            "udsat": "Sagen blev udsat.",
            "udskudt": "Sagen blev udskudt.",
            "udsæt": "Sagen udsættes.",
            "udskyd": "Sagen udskydes.",
            "dagsordenen": "Punktet blev taget af dagsordenen.",
            "trukket": "Forslaget er trukket tilbage.",
            "trækkes": "Forslaget trækkes tilbage.",
            "udgår": "Punktet udgår.",
            "udgik": "Punktet udgik.",
        },
    ),
    "_NEXT_MEETING_WORDS": (
        vocabulary,
        [vocabulary._NEXT_MEETING_RE],
        {"møde": "Næste møde afholdes den 5. maj."},
    ),
    "_CASE_PROMISE_WORDS": (
        vocabulary,
        [vocabulary._CASE_PROMISE_RE],
        {
            "vil": "Forvaltningen vil fremlægge en plan.",
            "tilbage": "Forvaltningen vender tilbage med en plan.",
        },
    ),
    "_LISTED_WORDS": (
        lists,
        [lists._LISTED_LABEL_RE, lists._FIELD_RE],
        {
            "opfølgning": "Opfølgning: Planen sendes ud.",
            "ansvar": "Planen sendes ud. Ansvarlig: HR.",
            "frist": "Planen sendes ud. Frist: 1. maj.",
            "deadline": "Planen sendes ud. Deadline: 1. maj.",
        },
    ),
    "_ROLE_WORDS": (
        actors,
        [actors._ROLE_FOR_UNIT_RE],
        {
            "direktøren": "Direktøren for Børn & Unge fremlægger planen.",
            "chefen": "Chefen for Børn & Unge fremlægger planen.",
            "leder": "Lederen af Børn & Unge fremlægger planen.",
        },
    ),
    "_GROUP_WORDS": (
        actors,
        [actors._GROUP_RE],
        {
            "chefer": "Alle chefer fremlægger planen.",
            "leder": "Skolelederne fremlægger planen.",
            "direktører": "Alle direktører fremlægger planen.",
        },
    ),
    "_ROLE_COMPOUND_WORDS": (
        actors,
        [actors._ROLE_COMPOUND_RE],
        {
            "chefen": "Økonomichefen fremlægger planen.",
            "cheferne": "Skolecheferne fremlægger planen.",
            "direktør": "Skoledirektøren fremlægger planen.",
            "leder": "Skolelederen fremlægger planen.",
            "koordinator": "Klimakoordinatoren fremlægger planen.",
            "konsulent": "HR-konsulenten fremlægger planen.",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(PREFILTERS))
def test_a_pre_filter_has_one_example_per_word(name):
    module, _, examples = PREFILTERS[name]
    assert sorted(examples) == sorted(getattr(module, name))


@pytest.mark.parametrize(
    ("name", "word"),
    [
        (name, word)
        for name, (_, _, examples) in PREFILTERS.items()
        for word in examples
    ],
)
def test_every_pre_filter_word_is_needed_by_its_example(name, word):
    module, patterns, examples = PREFILTERS[name]
    sentence = examples[word]
    assert any(pattern.search(sentence) for pattern in patterns), sentence
    admitted_by = [w for w in getattr(module, name) if w in sentence.lower()]
    assert admitted_by == [word], sentence


def test_the_officials_pre_filter_is_built_from_the_officials():
    assert tuple(o.lower() for o in actors.OFFICIALS) == actors._OFFICIAL_WORDS
