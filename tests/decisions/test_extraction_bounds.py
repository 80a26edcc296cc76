"""Extraction does bounded work per character, whatever the input's shape.

The time itself is measured by ``python -m decisions.bench`` (long sentences
of 16 KB to 1 MB); these tests pin the bounds that make it linear, by
counting rather than by the clock.
"""

from datetime import date

import pytest

from decisions import extraction
from decisions.bench import SENTENCE_SHAPES, long_sentence, long_sentence_item
from decisions.deadlines import find_deadlines
from decisions.extraction import (
    MAX_SENTENCE_CHARS,
    clause_outcomes,
    extract_follow_ups,
    split_sentences,
)


@pytest.mark.parametrize("shape", sorted(SENTENCE_SHAPES))
def test_a_long_sentence_is_read_in_pieces_no_longer_than_the_cap(shape):
    text = long_sentence(shape, 50_000)

    pieces = split_sentences(text)

    assert len(pieces) >= 50_000 // MAX_SENTENCE_CHARS
    assert all(len(piece.text) <= MAX_SENTENCE_CHARS for piece in pieces)
    assert all(piece.text == text[piece.start : piece.end] for piece in pieces)
    # In order, without overlaps, and nothing but spaces left out.
    assert all(a.end <= b.start for a, b in zip(pieces, pieces[1:], strict=False))
    assert not "".join(
        text[a.end : b.start] for a, b in zip(pieces, pieces[1:], strict=False)
    ).strip()


def test_a_long_sentence_is_cut_after_a_comma():
    text = "Udvalget besluttede, at " + "forvaltningen skal undersøge sagen, " * 200

    pieces = split_sentences(text)

    assert all(piece.text.endswith(",") for piece in pieces[:-1])


def test_a_long_word_without_spaces_is_cut_at_the_cap():
    pieces = split_sentences("x" * (3 * MAX_SENTENCE_CHARS))

    assert [len(piece.text) for piece in pieces] == [MAX_SENTENCE_CHARS] * 3


def test_sentences_of_ordinary_length_are_not_cut():
    text = "Forvaltningen udarbejder et notat, " * 40 + "som forelægges udvalget."

    assert [s.text for s in split_sentences(text)] == [text]


def test_each_piece_of_a_long_sentence_is_read_once(monkeypatch):
    reads = []
    original = extraction._SentenceReader.read

    def counting_read(self):
        reads.append(len(self.text))
        return original(self)

    monkeypatch.setattr(extraction._SentenceReader, "read", counting_read)
    item = long_sentence_item(long_sentence("commitments", 40_000))

    extract_follow_ups(item, meeting_date=date(2026, 1, 1), body_name="Udvalget")

    # The decision's pieces, and the case text's pieces that may promise.
    assert max(reads) <= MAX_SENTENCE_CHARS
    assert len(reads) <= 2 * len(split_sentences(item.decision.text))


def test_every_deadline_of_a_long_text_is_found_once_in_order():
    text = "senest den 5. december 2026 og i slutningen af maj 2027, " * 2_000

    found = find_deadlines(text, date(2026, 1, 1))

    assert len(found) == 4_000
    assert [d.text for d in found[:2]] == [
        "senest den 5. december 2026",
        "i slutningen af maj 2027",
    ]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_clause_outcomes_of_a_long_decision_are_read():
    item = long_sentence_item(long_sentence("commitments", 40_000))

    outcomes = clause_outcomes(item.recommendation.clauses, item.decision.text)

    assert len(outcomes) == 2
