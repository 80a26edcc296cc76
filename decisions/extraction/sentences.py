"""Sentence splitting with offsets; long runs are cut to a bounded length."""

from __future__ import annotations

import re

from decisions.extraction.actors import _BODY_RE, _OFFICIALS_RE
from decisions.extraction.types import Sentence
from decisions.extraction.vocabulary import _MONTH_WORDS, _words

# Words that end with a period without ending the sentence. Compared in lower
# case with the trailing period removed.
_ABBREVIATIONS = _words(
    """
    kl bl.a bla f.eks feks fx pr jf jfr jvf nr d ca evt mv m.v m.m mm inkl
    ekskl vedr ifm i.f.m iht i.h.t mht m.h.t hhv dvs d.v.s osv o.l ol t.o.m
    tom stk pkt kap tlf mio mia kr ml ang att ref resp gl el eks ex lign m.fl
    mfl st sept febr nov dec jan feb mar mrt apr jun jul aug sep okt kv kvt
    kvrt bl adm afd dir sekr udv tilsv vha v.h.a ift i.f.t
    """
)
# Month abbreviations are abbreviations after a day ("15. jul. 2026"); after
# anything else the word is the whole word ("inden jul. Elevrådet ...").
_MONTH_ABBREVIATIONS = _words(
    "jan feb febr mar mrt apr jun jul aug sep sept okt nov dec"
)
_DAY_BEFORE_RE = re.compile(r"\d{1,2}\.\s*$")
# Abbreviations that close a sentence as often as not ("... 7,8 mio. kr.
# Beredskabsdirektøren indhenter ..."): before a capitalised word they end it.
_FINAL_ABBREVIATIONS = _words("kr osv mv m.v m.m mm m.fl mfl o.l ol")
_BULLET_RE = re.compile(r"^[ \t]*(?:[-–•*·▪]|\d{1,2}[.)]|[a-z][.)])[ \t]+")
# Lines that always start a new sentence even after a line without a period:
# per-clause verdicts ("Ad 2: ...") and chained decisions of other bodies.
_NEW_BLOCK_RE = re.compile(
    r"^[ \t]*(?:Ad\.?\s+(?:pkt\.?\s*|punkt\s+)?\d|Fraværende\b|Afbud\b"
    r"|[A-ZÆØÅ][^\n:]{0,80},\s*(?:den\s+)?\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})",
)
# A period/!/? followed by space and a capital (or a quote/bracket and a
# capital) may end a sentence.
_BOUNDARY_RE = re.compile(r"[.!?][\"'”»)]*\s+(?=[\"'“«(]?[A-ZÆØÅ])")
_TERMINAL_RE = re.compile(r"[.!?:][\"'”»)]*\s*$")
# A sentence that continues the previous one without a verb of its own
# ("Herunder en plan for inddragelse af ...").
_CONTINUATION_RE = re.compile(r"^(?:Herunder|Heriblandt|Bl\.\s*a\.|Blandt andet)\b")


def split_sentences(text: str) -> list[Sentence]:
    """Split a decision or section text into sentences with offsets.

    Bullet lines are sentences of their own; a paragraph cut in two by a page
    break (no final period, next paragraph in lower case) is joined again;
    "kl. 17.00", "bl.a.", "d. 5. december" and other abbreviations do not end
    a sentence.
    """
    blocks = _blocks(text)
    sentences: list[Sentence] = []
    for start, end, bullet in blocks:
        first = True
        for s_start, s_end in _split_block(text, start, end):
            sentence = Sentence(s_start, s_end, text[s_start:s_end], bullet and first)
            first = False
            if (
                sentences
                and _CONTINUATION_RE.match(sentence.text)
                and not sentences[-1].text.rstrip().endswith(":")
            ):
                previous = sentences.pop()
                sentence = Sentence(
                    previous.start,
                    s_end,
                    text[previous.start : s_end],
                    previous.bullet,
                )
            sentences.append(sentence)
    return sentences


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, is_bullet) for paragraphs and list items."""
    blocks: list[list[int | bool]] = []
    position = 0
    previous_blank = True
    for line in text.splitlines(keepends=True):
        line_start, position = position, position + len(line)
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        content_start = line_start + lead
        content_end = line_start + len(line.rstrip())
        bullet = _BULLET_RE.match(line)
        if bullet:
            marker_end = line_start + bullet.end()
            blocks.append([marker_end, content_end, True])
        elif _NEW_BLOCK_RE.match(line):
            blocks.append([content_start, content_end, False])
        elif blocks and not previous_blank and not _ends_terminal(text, blocks[-1]):
            blocks[-1][1] = content_end  # a wrapped line of the same paragraph
        elif (
            blocks
            and not blocks[-1][2]
            and stripped[0].islower()
            and not _ends_terminal(text, blocks[-1])
        ):
            # A page break cut the paragraph: "... der skal indgå i" / "modellen."
            blocks[-1][1] = content_end
        elif blocks and not previous_blank and not blocks[-1][2]:
            blocks[-1][1] = content_end
        else:
            blocks.append([content_start, content_end, False])
        previous_blank = False
    return [(int(s), int(e), bool(b)) for s, e, b in blocks]


def _ends_terminal(text: str, block: list[int | bool]) -> bool:
    """Tell whether a block ends with a period, "!", "?" or ":".

    Only the block's last characters are read: a paragraph wrapped over
    many lines is asked once per line, and reading all of it each time
    would take time quadratic in its length.
    """
    start, end = int(block[0]), int(block[1])
    return bool(_TERMINAL_RE.search(text, max(start, end - 40), end))


# The longest sentence read as one. A longer run of text without a sentence
# end is cut at a comma or a space before this length: no real sentence is
# this long, and the rules read a sentence in time that grows with its length.
MAX_SENTENCE_CHARS = 2000
_CUT_AT = (", ", "; ", " ")


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE_CHARS into pieces no longer than that."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = -1
        for separator in _CUT_AT:
            found = text.rfind(separator, start + MAX_SENTENCE_CHARS // 2, limit)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = limit
        piece_end = _rstrip(text, start, cut)
        if piece_end > start:
            spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
    return spans


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [
        piece
        for span_start, span_end in _split_at_boundaries(text, start, end)
        for piece in _capped(text, span_start, span_end)
    ]


def _split_at_boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    current = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        period = match.start()
        if not _ends_sentence(text, current, period, match.end()):
            continue
        cut = match.end()
        spans.append((current, _rstrip(text, current, cut)))
        current = cut
    if current < end:
        spans.append((current, _rstrip(text, current, end)))
    return [(s, e) for s, e in spans if e > s]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_WORD_AFTER_RE = re.compile(r"[\"'“«(]?(\w+)")
_SURNAME_RE = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+$")
# Capitalised words that begin sentences rather than continue names.
_SENTENCE_STARTERS = _words(
    """
    der det den de dette denne disse sagen punktet udvalget forvaltningen
    administrationen herefter derefter videre desuden samtidig endelig også
    vi man hvis når som efter før til på i med for
    """
)


def _word_ending_at(text: str, start: int, end: int) -> str:
    """Return the run of non-space characters ending at ``end`` (from ``start``).

    Walks back from ``end``: a regex search would scan from ``start``, and the
    block can be long. Only the last 40 characters are read: every word that
    matters here (an abbreviation, a number, an initial) is shorter, and a
    long run of periods without a space must not be read once per period.
    """
    begin = end
    start = max(start, end - 40)
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _ends_sentence(text: str, start: int, period: int, after: int) -> bool:
    """Decide whether the punctuation at ``period`` ends a sentence."""
    if text[period] != ".":
        return True
    raw_word = _word_ending_at(text, start, period + 1).rstrip(".").lstrip("(\"'“«")
    word = raw_word.lower()
    if word in _MONTH_ABBREVIATIONS:
        word_start = period - len(raw_word)
        return not _DAY_BEFORE_RE.search(text, max(start, word_start - 6), word_start)
    if word in _ABBREVIATIONS:
        # "mio. kr. Beredskabet ...": the boundary pattern only stops before
        # a capital, so a lower-case final abbreviation ends the sentence
        # ("Kr. Himmelfartsdag" keeps its capital and its period).
        return word in _FINAL_ABBREVIATIONS and raw_word == word
    following = _WORD_AFTER_RE.match(text, after)
    next_raw = following.group(1) if following else ""
    next_word = next_raw.lower()
    # An initial before a surname: "A. Jensen" (but "Model B. HovedMED vil",
    # "Model B. Udvalget ...")
    if (
        len(word) == 1
        and word.isalpha()
        and _SURNAME_RE.match(next_raw)
        and next_word not in _SENTENCE_STARTERS
        and not _BODY_RE.fullmatch(next_raw)
        and not _OFFICIALS_RE.fullmatch(next_raw)
    ):
        return False
    # "den 5. December" (capitalised by mistake) keeps its ordinal.
    return not (word.isdigit() and len(word) <= 2 and next_word in _MONTH_WORDS)
