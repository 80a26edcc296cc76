"""parse_text and its recognisers on small synthetic referater.

The fixtures under tests/data/referater/ are written for these tests, one per
layout family (PDF text, Markdown, upper-case headings, plain numbered items,
running "Sag nr." numbers).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from datetime import date, time
from pathlib import Path

import pytest

from minutes.parsing import parse_minutes
from minutes.parsing.dates import find_clock_time, find_date, find_time_range
from minutes.parsing.headings import (
    ATTACHMENTS,
    DECISION,
    HISTORY,
    RECOMMENDATION,
    SECTION,
    classify_heading,
    match_case_line,
    match_item_heading,
    match_labelled_case,
    split_title,
)
from minutes.parsing.lines import markdown_plain
from minutes.parsing.recommendation import match_proposer
from minutes.parsing.structure import parse_text
from minutes.parsing.types import (
    ItemStatus,
    MinutesError,
    ParsedAgendaItem,
    ParsedMinutes,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "referater"
HEADER = "Referat af møde i Økonomiudvalget\n\nDato: 12. marts 2020\n\n"


def parse(body: str, header: str = HEADER) -> ParsedMinutes:
    return parse_text(header + textwrap.dedent(body).lstrip("\n"))


def only_item(body: str) -> ParsedAgendaItem:
    minutes = parse(body)
    assert len(minutes.items) == 1, [item.title for item in minutes.items]
    return minutes.items[0]


def fixture(name: str) -> ParsedMinutes:
    return parse_minutes((DATA / name).read_bytes(), filename=name)


# --------------------------------------------------------------------------
# Recognisers


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "Punkt 1: Godkendelse", (1, "Godkendelse", True), id="punkt-colon"
        ),
        pytest.param(
            "## **Punkt 2: CF - Kommissorium**",
            (2, "CF - Kommissorium", True),
            id="markdown-bold-punkt",
        ),
        pytest.param(
            "# Punkt 7: CF - Eventuelt", (7, "CF - Eventuelt", True), id="md-h1"
        ),
        pytest.param("Pkt. 1 Budget", (1, "Budget", True), id="pkt-dot"),
        pytest.param("Punkt 1 - Budget", (1, "Budget", True), id="punkt-dash"),
        pytest.param(
            "Punkt 131 Lokalplan 245", (131, "Lokalplan 245", True), id="punkt-131"
        ),
        pytest.param("Sag nr. 131: Regnskab", (131, "Regnskab", True), id="sag-nr"),
        pytest.param(
            "Dagsordenspunkt 4. Budget", (4, "Budget", True), id="dagsordenspunkt"
        ),
        pytest.param(
            "1. Godkendelse af dagsorden",
            (1, "Godkendelse af dagsorden", False),
            id="numbered",
        ),
        pytest.param(
            "131. Regnskab 2021", (131, "Regnskab 2021", False), id="numbered-131"
        ),
        pytest.param("3) Eventuelt", (3, "Eventuelt", False), id="numbered-paren"),
        pytest.param("Punkt 3", (3, "", True), id="punkt-without-title"),
    ],
)
def test_item_heading_forms_are_recognised(line: str, expected: tuple) -> None:
    match = match_item_heading(markdown_plain(line)[0])
    assert match is not None
    assert (match.number, match.title, match.labelled) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("1. at chefforum godkender dagsordenen", id="numbered-clause"),
        pytest.param("1. At dagsordenen godkendes", id="numbered-clause-capital"),
        pytest.param("Sag nr. 15/7111", id="case-number-not-item"),
        pytest.param("Sag nr. 2020-001234", id="esdh-number-not-item"),
        pytest.param("16. Juni (BSV)\tDe to MED drøfter", id="table-row"),
        pytest.param("2.13 Standardisering og forenkling", id="decimal"),
        pytest.param("1. juni er fristen", id="lower-case-title"),
        pytest.param("Punktet blev taget af dagsordenen", id="punktet-word"),
    ],
)
def test_lines_that_only_look_like_item_headings_are_not(line: str) -> None:
    assert match_item_heading(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "body", "heading_date", "inline"),
    [
        pytest.param("Indstilling", RECOMMENDATION, "", None, "", id="indstilling"),
        pytest.param("INDSTILLING", RECOMMENDATION, "", None, "", id="upper"),
        pytest.param("### **INDSTILLING**", RECOMMENDATION, "", None, "", id="md-bold"),
        pytest.param(
            "Forvaltningens indstilling", RECOMMENDATION, "", None, "", id="forv"
        ),
        pytest.param(
            "Forslag til beslutning", RECOMMENDATION, "", None, "", id="forslag"
        ),
        pytest.param("Beslutning:", DECISION, "", None, "", id="beslutning-colon"),
        pytest.param(
            "BESLUTNING I CHEFFORUM DEN 19-06-2014",
            DECISION,
            "CHEFFORUM",
            date(2014, 6, 19),
            "",
            id="beslutning-i-forum-den",
        ),
        pytest.param(
            "Beslutning i Økonomiudvalget den 12. marts 2020",
            DECISION,
            "Økonomiudvalget",
            date(2020, 3, 12),
            "",
            id="beslutning-i-udvalg",
        ),
        pytest.param(
            "Økonomiudvalgets beslutning den 3. februar 2026",
            DECISION,
            "Økonomiudvalget",
            date(2026, 2, 3),
            "",
            id="genitive",
        ),
        pytest.param(
            "Direktørforums beslutning af 6. november 2017;",
            DECISION,
            "Direktørforum",
            date(2017, 11, 6),
            "",
            id="genitive-af-semicolon",
        ),
        pytest.param(
            "Udvalgets beslutning", DECISION, "Udvalget", None, "", id="udvalgets"
        ),
        pytest.param("Afgørelse", DECISION, "", None, "", id="afgorelse"),
        pytest.param(
            "Beslutning: Godkendt.", DECISION, "", None, "Godkendt.", id="inline"
        ),
        pytest.param("**Bilag**", ATTACHMENTS, "", None, "", id="bilag-bold"),
        pytest.param("Bilag:", ATTACHMENTS, "", None, "", id="bilag-colon"),
        pytest.param(
            "Bilag: Notat.pdf", ATTACHMENTS, "", None, "Notat.pdf", id="bilag-inline"
        ),
        pytest.param("Historik", HISTORY, "", None, "", id="historik"),
        pytest.param("Sagsforløb", HISTORY, "", None, "", id="sagsforlob"),
        pytest.param("## Økonomi og finansiering", SECTION, "", None, "", id="okonomi"),
        pytest.param("Supplerende sagsfremstilling", SECTION, "", None, "", id="suppl"),
        pytest.param("Beslutningskompetence", SECTION, "", None, "", id="kompetence"),
        pytest.param("Retsgrundlag:", SECTION, "", None, "", id="retsgrundlag"),
        pytest.param(
            "Beslutning\tGodkendt.", DECISION, "", None, "Godkendt.", id="tab-column"
        ),
        pytest.param(
            "Beslutning       Godkendt.",
            DECISION,
            "",
            None,
            "Godkendt.",
            id="space-column",
        ),
        pytest.param(
            "Beslutning Økonomiudvalget den 03-02-2026",
            DECISION,
            "Økonomiudvalget",
            date(2026, 2, 3),
            "",
            id="without-preposition",
        ),
    ],
)
def test_section_headings_are_classified(
    line: str, kind: str, body: str, heading_date: date | None, inline: str
) -> None:
    heading = classify_heading(markdown_plain(line)[0])
    assert heading is not None
    assert (heading.kind, heading.body, heading.date, heading.inline) == (
        kind,
        body,
        heading_date,
        inline,
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Beslutning i sagen træffes af Kommunalbestyrelsen.", id="prose"),
        pytest.param("Bilag 1: Erfaringer med Netværksstrukturen", id="numbered-bilag"),
        pytest.param("Bilag ØU beslutning_notat om telefoner_0.pdf", id="bilag-file"),
        pytest.param("Adgangskontrol på Rådhuset", id="sub-heading"),
        pytest.param("Status sygefravær 1. kvartal 2024", id="status-prefix"),
        pytest.param("Beslutning om budget for 2021", id="beslutning-om"),
    ],
)
def test_lines_that_are_not_section_headings(line: str) -> None:
    assert classify_heading(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("00.01.00-A00-3-17", "00.01.00-A00-3-17", id="kle"),
        pytest.param("81.28.00-P05-1-17", "81.28.00-P05-1-17", id="kle-p"),
        pytest.param("15/7111", "15/7111", id="old"),
        pytest.param("2020-001234", "2020-001234", id="esdh"),
        pytest.param("Godkendelse af dagsorden", None, id="title"),
        pytest.param("2020-2021", None, id="year-range"),
    ],
)
def test_case_number_lines(line: str, expected: str | None) -> None:
    assert match_case_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Sagsnr.: 20/1234", "20/1234", id="sagsnr"),
        pytest.param("Sagsnr. 21/345", "21/345", id="sagsnr-no-colon"),
        pytest.param("J.nr. 00.01.00-G01-1-20", "00.01.00-G01-1-20", id="jnr"),
        pytest.param("Sag: 2020-001234", "2020-001234", id="sag"),
        pytest.param(
            "Sagsnr.: 20/1234          Dok.nr.: 2020-004567",
            "20/1234",
            id="two-columns",
        ),
        pytest.param("Journalnummer: ABC-77", "ABC-77", id="unknown-scheme"),
        pytest.param("Sagen blev behandlet i 2019", None, id="prose"),
    ],
)
def test_labelled_case_numbers(line: str, expected: str | None) -> None:
    assert match_labelled_case(line) == expected


@pytest.mark.parametrize(
    ("raw", "title", "presenter", "start", "end", "participants", "closed"),
    [
        pytest.param(
            "CF - Forenklingsprogram 2020 v. Søren (10.35-11.05)",
            "CF - Forenklingsprogram 2020",
            "Søren",
            time(10, 35),
            time(11, 5),
            (),
            False,
            id="presenter-and-slot",
        ),
        pytest.param(
            "CF - Administrativ proces v. Søren (10.05-10.35) (Finn og Mona deltager)",
            "CF - Administrativ proces",
            "Søren",
            time(10, 5),
            time(10, 35),
            ("Finn", "Mona"),
            False,
            id="participants-note",
        ),
        pytest.param(
            "CF - Bordet rundt - siden sidst (11.25-11.55)",
            "CF - Bordet rundt - siden sidst",
            "",
            time(11, 25),
            time(11, 55),
            (),
            False,
            id="slot-only",
        ),
        pytest.param(
            "Status v/ Mette Lund (kl. 9.20 - 9.50)",
            "Status",
            "Mette Lund",
            time(9, 20),
            time(9, 50),
            (),
            False,
            id="v-slash-and-kl",
        ),
        pytest.param("Lukket", "Lukket", "", None, None, (), True, id="lukket"),
        pytest.param(
            "Lukket punkt: Salg",
            "Lukket punkt: Salg",
            "",
            None,
            None,
            (),
            True,
            id="lukket-punkt",
        ),
        pytest.param(
            "Trafik (Lukket)", "Trafik", "", None, None, (), True, id="lukket-suffix"
        ),
        pytest.param(
            "Lukket dialog med borgerne",
            "Lukket dialog med borgerne",
            "",
            None,
            None,
            (),
            False,
            id="lukket-as-adjective",
        ),
        pytest.param(
            "Budget 2021 (2. behandling)",
            "Budget 2021 (2. behandling)",
            "",
            None,
            None,
            (),
            False,
            id="note-that-belongs-to-title",
        ),
        pytest.param(
            "Ændringer ved Rådhuset",
            "Ændringer ved Rådhuset",
            "",
            None,
            None,
            (),
            False,
            id="ved-is-not-presenter-without-slot",
        ),
    ],
)
def test_titles_are_split_into_title_presenter_and_slot(
    raw: str,
    title: str,
    presenter: str,
    start: time | None,
    end: time | None,
    participants: tuple,
    closed: bool,
) -> None:
    parts = split_title(raw)
    assert (parts.title, parts.presenter, parts.start, parts.end) == (
        title,
        presenter,
        start,
        end,
    )
    assert parts.participants == participants
    assert parts.closed is closed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Onsdag d. 15. november 2017 kl. 09:00", date(2017, 11, 15), id="long"
        ),
        pytest.param("d. 04. juni 2015", date(2015, 6, 4), id="zero-padded-day"),
        pytest.param(
            "REFERAT Chefforum d. 15-11-2017", date(2017, 11, 15), id="dashes"
        ),
        pytest.param("05.05.2022", date(2022, 5, 5), id="dots"),
        pytest.param("15/11/17", date(2017, 11, 15), id="two-digit-year"),
        pytest.param("2019-12-05", date(2019, 12, 5), id="iso"),
        pytest.param("15. nov. 2017", date(2017, 11, 15), id="abbreviated-month"),
        pytest.param("31. februar 2020", None, id="impossible"),
        pytest.param("sag 15/7111", None, id="case-number"),
    ],
)
def test_danish_dates_are_found(text: str, expected: date | None) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "bare", "expected"),
    [
        pytest.param("kl. 09:00", False, time(9, 0), id="colon"),
        pytest.param("Kl. 9.00", False, time(9, 0), id="dot"),
        pytest.param("kl 16", False, time(16, 0), id="hour-only"),
        pytest.param("16:00", True, time(16, 0), id="bare"),
        pytest.param("16:00", False, None, id="bare-needs-label"),
    ],
)
def test_clock_times_are_found(text: str, bare: bool, expected: time | None) -> None:
    assert find_clock_time(text, bare=bare) == expected


def test_time_ranges_are_found() -> None:
    assert find_time_range("Kl. 16.00 - 18.30") == (time(16, 0), time(18, 30))
    assert find_time_range("12.03.2020") is None


@pytest.mark.parametrize(
    ("line", "proposer"),
    [
        pytest.param(
            "Kommunaldirektøren indstiller,", "Kommunaldirektøren", id="comma"
        ),
        pytest.param(
            "By, Kultur, Miljø & Beskæftigelse Indstiller,",
            "By, Kultur, Miljø & Beskæftigelse",
            id="capital-indstiller",
        ),
        pytest.param(
            "Afdelingschefen for Økonomi & Stab indstiller;",
            "Afdelingschefen for Økonomi & Stab",
            id="semicolon",
        ),
        pytest.param("Direktionen indstiller:", "Direktionen", id="colon"),
        pytest.param("Forvaltningen indstiller", "Forvaltningen", id="heading-form"),
        pytest.param(
            "Forvaltningen indstiller til Økonomiudvalget, at planen godkendes.",
            "Forvaltningen",
            id="inline-clause",
        ),
    ],
)
def test_proposer_is_the_text_before_indstiller(line: str, proposer: str) -> None:
    found = match_proposer(line)
    assert found is not None
    assert found[0] == proposer


def test_prose_with_indstiller_is_not_a_proposer_line() -> None:
    assert match_proposer("Det er uklart hvad udvalget indstiller om til sidst") is None


# --------------------------------------------------------------------------
# Header


@pytest.mark.parametrize(
    ("header", "body", "meeting_date", "start", "location"),
    [
        pytest.param(
            "REFERAT Chefforum d. 15-11-2017\n\nMødedato Onsdag d. 15. november 2017 "
            "kl. 09:00\n\nMødested Mødelokale 1\n\n",
            "Chefforum",
            date(2017, 11, 15),
            time(9, 0),
            "Mødelokale 1",
            id="title-and-unlabelled-fields",
        ),
        pytest.param(
            "# REFERAT Chefforum d. 04-06-2015\n\n**Mødedato** Torsdag d. 04. juni "
            "2015 kl. 09:00\n\n**Mødested** 915\n\n",
            "Chefforum",
            date(2015, 6, 4),
            time(9, 0),
            "915",
            id="markdown-bold-labels",
        ),
        pytest.param(
            "Referat af møde i Økonomiudvalget\nDato: 12. marts 2020\n"
            "Tidspunkt: Kl. 16.00 - 18.30\nMødested: Rådhuset, mødelokale 1\n\n",
            "Økonomiudvalget",
            date(2020, 3, 12),
            time(16, 0),
            "Rådhuset, mødelokale 1",
            id="referat-af-mode-i",
        ),
        pytest.param(
            "Økonomiudvalget – Referat\n\nDato: 12. marts 2020\nTid: 16:00\n"
            "Sted: Rådhuset\n\n",
            "Økonomiudvalget",
            date(2020, 3, 12),
            time(16, 0),
            "Rådhuset",
            id="body-dash-referat",
        ),
        pytest.param(
            "Referat - Kommunalbestyrelsen - 26. marts 2020\n\n"
            "Tid og sted: Torsdag den 26. marts 2020 kl. 19.00, Byrådssalen\n\n",
            "Kommunalbestyrelsen",
            date(2020, 3, 26),
            time(19, 0),
            "Byrådssalen",
            id="tid-og-sted",
        ),
        pytest.param(
            "      Mødedato:          Torsdag den 12. marts 2020\n"
            "      Mødested:          Rådhuset, mødelokale 1\n"
            "                         Ældrerådet\n\n",
            "Ældrerådet",
            date(2020, 3, 12),
            None,
            "Rådhuset, mødelokale 1",
            id="label-column-and-body-line",
        ),
        pytest.param(
            "Referat fra Teknik- og Miljøudvalgets møde den 3. marts 2021\n\n"
            "Mødet startede kl. 16.30\n\n",
            "Teknik- og Miljøudvalget",
            date(2021, 3, 3),
            time(16, 30),
            "",
            id="genitive-body-and-start-sentence",
        ),
        pytest.param(
            "Dagsorden og referat for Økonomiudvalget\n\nDato: 3. marts 2021\n\n",
            "Økonomiudvalget",
            date(2021, 3, 3),
            None,
            "",
            id="dagsorden-og-referat-for",
        ),
        pytest.param(
            "Referat\n\nMødedato\n\n19. januar 2021\n\nMødested\n\nLokale 3\n\n",
            "",
            date(2021, 1, 19),
            None,
            "Lokale 3",
            id="label-above-value",
        ),
    ],
)
def test_meeting_header_forms(
    header: str, body: str, meeting_date: date, start: time | None, location: str
) -> None:
    minutes = parse("Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n", header)
    assert (minutes.body, minutes.date, minutes.start_time, minutes.location) == (
        body,
        meeting_date,
        start,
        location,
    )


def test_meeting_end_time_and_absentees_are_read_from_the_header() -> None:
    header = (
        "Referat af møde i Økonomiudvalget\nDato: 12. marts 2020\n"
        "Tidspunkt: Kl. 16.00 - 18.30\nFraværende: Anne Holm (A), Bo Berg (V)\n"
        "Afbud: Carl Dam og Dorte Ravn\n\n"
    )
    minutes = parse("Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n", header)
    assert minutes.end_time == time(18, 30)
    assert minutes.absentees == ("Anne Holm", "Bo Berg", "Carl Dam", "Dorte Ravn")
    assert minutes.items[0].absentees == ()


def test_missing_meeting_date_is_an_error() -> None:
    with pytest.raises(MinutesError) as error:
        parse("Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n", "Referat\n\n")
    assert error.value.message == "no meeting date found in the header (first 40 lines)"


def test_text_without_agenda_items_or_date_is_not_a_referat() -> None:
    with pytest.raises(MinutesError, match="not a referat"):
        parse_text("Indkøbsliste\n\nMælk\nBrød\nOst\n")


def test_text_with_a_date_but_no_item_headings_is_kept_as_one_item() -> None:
    minutes = parse_text(
        "Bestyrelsesmøde\n12. marts 2020\n\nVi talte om festen.\n"
        "Kassereren køber ind.\n"
    )
    assert minutes.date.isoformat() == "2020-03-12"
    assert [item.title for item in minutes.items] == ["Vi talte om festen."]
    assert minutes.layout == "whole-document"
    assert minutes.needs_review
    assert any("needs review" in warning.message for warning in minutes.warnings)


# --------------------------------------------------------------------------
# Agenda items


@pytest.mark.parametrize(
    ("body", "numbers", "titles"),
    [
        pytest.param(
            """
            Punkt 1: CF - Godkendelse

            Beslutning

            Godkendt.

            Punkt 2: CF - Eventuelt

            Beslutning

            Intet.
            """,
            [1, 2],
            ["Godkendelse", "Eventuelt"],
            id="punkt-with-forum-prefix",
        ),
        pytest.param(
            """
            Pkt. 1 Godkendelse

            Pkt. 2 ØU - Status på budget

            Pkt. 3 ØU - Eventuelt
            """,
            [1, 2, 3],
            ["Godkendelse", "Status på budget", "Eventuelt"],
            id="pkt-items-without-content",
        ),
        pytest.param(
            """
            Sag nr. 131: Regnskab

            Sagsnr.: 20/1

            Sag nr. 132: Budget

            Sagsnr.: 20/2
            """,
            [131, 132],
            ["Regnskab", "Budget"],
            id="running-numbers",
        ),
        pytest.param(
            """
            1. Godkendelse af dagsorden

            Sagsnr.: 20/1

            Sagsfremstilling

            Punkterne er:

            1. Første punkt
            2. Andet punkt

            2. Budget

            Sagsnr.: 20/2

            Indstilling

            1. at budgettet godkendes
            2. at rammen fastholdes

            3. Eventuelt

            Intet.
            """,
            [1, 2, 3],
            ["Godkendelse af dagsorden", "Budget", "Eventuelt"],
            id="numbered-items-with-numbered-lists",
        ),
        pytest.param(
            """
            Ad punkt 1: Godkendelse

            Godkendt.

            Ad 2. Budget

            Sagsnr.: 21/2
            """,
            [1, 2],
            ["Godkendelse", "Budget"],
            id="ad-punkt",
        ),
        pytest.param(
            """
            1.Godkendelse
            Sagsnr.: 21/1

            2.Budget (Åbent punkt)
            Sagsnr.: 21/2
            """,
            [1, 2],
            ["Godkendelse", "Budget"],
            id="numbered-without-space-and-open-note",
        ),
        pytest.param(
            """
            Punkt 1
            Godkendelse af dagsorden

            Beslutning: Godkendt.
            """,
            [1],
            ["Godkendelse af dagsorden"],
            id="title-on-next-line",
        ),
        pytest.param(
            """
            1. Anlægsbevilling til renovering af svømmehallen og
               etablering af nye omklædningsrum

            Sagsnr.: 20/3456
            """,
            [1],
            [
                "Anlægsbevilling til renovering af svømmehallen og "
                "etablering af nye omklædningsrum"
            ],
            id="wrapped-title",
        ),
    ],
)
def test_item_headings_in_many_layouts(body: str, numbers: list, titles: list) -> None:
    minutes = parse(body)
    assert [item.number for item in minutes.items] == numbers
    assert [item.title for item in minutes.items] == titles
    assert [item.position for item in minutes.items] == list(range(1, len(numbers) + 1))


def test_agenda_printed_as_bare_headings_becomes_the_table_of_contents() -> None:
    minutes = parse(
        """
        Punkt 1: Godkendelse
        Punkt 2: Budget
        Punkt 3: Eventuelt

        Punkt 1: Godkendelse

        Beslutning
        Godkendt.

        Punkt 2: Budget

        Beslutning
        Godkendt.

        Punkt 3: Eventuelt

        Intet.
        """
    )
    assert [item.number for item in minutes.items] == [1, 2, 3]
    assert minutes.table_of_contents == ("Godkendelse", "Budget", "Eventuelt")
    assert not any("follows" in w.message for w in minutes.warnings)


def test_running_text_starting_with_punkt_is_not_an_item() -> None:
    minutes = parse(
        """
        Punkt 1: Budget

        Sagsfremstilling

        Punkt 3 i referatet fra sidste møde blev rettet.

        Indstilling

        Forvaltningen indstiller, at budgettet godkendes.
        """
    )
    assert [item.number for item in minutes.items] == [1]


def test_a_year_starting_a_wrapped_line_is_not_an_item_number() -> None:
    minutes = parse(
        """
        1. Plan

        Sagsnr.: 24/1

        Beslutning

        KommuneMED følger op på arbejdet med Plan MED 2024 -
        2025.

        Chefforum tog orienteringen til efterretning.

        Bilag

        Plan MED

        2. Eventuelt

        Sagsnr.: 24/2
        """
    )
    assert [item.number for item in minutes.items] == [1, 2]


def test_numbered_list_continuing_the_item_numbers_is_not_an_item() -> None:
    minutes = parse(
        """
        1. Regnskab

        Sagsnr.: 20/1

        Sagsfremstilling

        Der er tre trin:

        1. Gennemgang af bogføringen.

        2. Stikprøver på udbetalinger.

        Beslutning

        Godkendt.
        """
    )
    assert [item.number for item in minutes.items] == [1]
    assert "Stikprøver på udbetalinger" in minutes.items[0].sections[0].text


def test_notes_printed_under_the_heading_are_read() -> None:
    minutes = parse(
        """
        Punkt 1: Salg af grund
        Lukket punkt
        Sagsnr.: 20/1

        Punkt 2: Strategi
        Åbent punkt
        Kl. 10.35 - 11.05
        Oplægsholder: Søren Hansen

        Beslutning
        Godkendt.
        """
    )
    closed, strategy = minutes.items
    assert (closed.is_closed, closed.title, closed.case_number) == (
        True,
        "Salg af grund",
        "20/1",
    )
    assert strategy.is_closed is False
    assert (strategy.planned_start, strategy.planned_end) == (time(10, 35), time(11, 5))
    assert strategy.presenter == "Søren Hansen"
    assert strategy.sections == ()


def test_repeated_title_line_under_the_heading_is_not_text() -> None:
    item = only_item(
        """
        ## **Punkt 2: CF - Kommissorium for serviceoptimering**

        15/7111

        # CF - Kommissorium for serviceoptimering

        ## Baggrund

        Kritik af borgerservice.
        """
    )
    assert item.case_number == "15/7111"
    assert [section.heading for section in item.sections] == ["Baggrund"]
    assert "Kommissorium" not in item.sections[0].text


def test_heading_title_wins_over_a_differently_spelt_repeated_title() -> None:
    item = only_item(
        """
        ## **Punkt 7: CF - Eventuell**

        ## CF - Eventuelt

        ### **BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2020**

        ---

        Intet.
        """
    )
    assert item.title == "Eventuell"
    assert item.sections == ()
    assert item.decision is not None and item.decision.text == "Intet."


def test_sub_headings_stay_in_the_sagsfremstilling() -> None:
    item = only_item(
        """
        Punkt 1: Vagten

        Sagsfremstilling

        Adgangskontrol på Rådhuset

        Vores nuværende adgangskontrol er af ældre dato og skal udskiftes.

        #### Digital platform

        Annoncer kan oprettes manuelt i indkøbssystemet.

        Økonomi

        Udgiften er 300.000 kr.
        """
    )
    assert [section.heading for section in item.sections] == [
        "Sagsfremstilling",
        "Økonomi",
    ]
    text = item.sections[0].text
    assert "Adgangskontrol på Rådhuset\n\nVores nuværende" in text
    assert "Digital platform" in text


def test_tables_and_markdown_escapes_are_kept_as_text() -> None:
    item = only_item(
        """
        Punkt 1: Dagsorden

        Sagsfremstilling

        Sagstype\tSag\tTid (min)
        Orientering\tLedelsestilsyn\t15
        Beslutning\tStyringsdokumenter\t25

        | Indsats | Status |
        |---|---|
        | Solceller | Igangsat |

        Bilag

        Notat om telefoner\\_0.pdf
        """
    )
    text = item.sections[0].text
    assert (
        "Sagstype\tSag\tTid (min)\nOrientering\tLedelsestilsyn\t15\n"
        "Beslutning\tStyringsdokumenter\t25"
    ) in text
    assert item.decision is None
    assert "| Solceller | Igangsat |" in text
    assert item.attachments == ("Notat om telefoner_0.pdf",)


def test_paragraph_cut_by_a_page_break_is_joined() -> None:
    item = only_item(
        """
        Punkt 1: Indkøb

        Sagsfremstilling

        Mest muligt handles via e-handel og mindst muligt indkøbes uden for

        indkøbsaftalerne. Indkøberne skal uddannes.

        Næste afsnit.
        """
    )
    assert item.sections[0].text == (
        "Mest muligt handles via e-handel og mindst muligt indkøbes uden for "
        "indkøbsaftalerne. Indkøberne skal uddannes.\n\nNæste afsnit."
    )


# --------------------------------------------------------------------------
# Case numbers, recommendation, decision, attachments


@pytest.mark.parametrize(
    ("body", "case_number"),
    [
        pytest.param(
            "Punkt 1: A\n\n00.01.00-A00-3-17\n", "00.01.00-A00-3-17", id="kle-line"
        ),
        pytest.param("Punkt 1: A\n\n15/7111\n", "15/7111", id="old-line"),
        pytest.param("Punkt 1: A\nSagsnr.: 20/1234\n", "20/1234", id="labelled"),
        pytest.param(
            "Punkt 1: A\n\nSagsfremstilling\n\nTekst.\n\nJ.nr. 00.01.00-G01-1-20\n",
            "00.01.00-G01-1-20",
            id="labelled-later-in-item",
        ),
        pytest.param(
            "Punkt 1: A\n\nSagsfremstilling\n\n15/7111\n", "", id="not-after-text"
        ),
    ],
)
def test_case_number_is_found(body: str, case_number: str) -> None:
    assert only_item(body).case_number == case_number


@pytest.mark.parametrize(
    ("body", "proposer", "clauses", "note"),
    [
        pytest.param(
            """
            Indstilling

            Kommunaldirektøren indstiller,

            1. at chefforum godkender dagsordenen
            2. at chefforum godkender referatet.

            Direktørforum har godkendt indstillingen den 26/5.
            """,
            "Kommunaldirektøren",
            2,
            "Direktørforum har godkendt indstillingen den 26/5.",
            id="numbered-at-with-note",
        ),
        pytest.param(
            """
            INDSTILLING

            ---

            Kommunaldirektøren indstiller;

            1. At dagsordenen for mødet godkendes
            2. At referatet godkendes
            """,
            "Kommunaldirektøren",
            2,
            "",
            id="upper-heading-rule-capital-at",
        ),
        pytest.param(
            """
            Indstilling
            Kommunaldirektøren indstiller til Økonomiudvalget,
            At 1) kommissoriet godkendes,
            At 2) der afsættes 0,5 mio. kr.
            """,
            "Kommunaldirektøren",
            2,
            "",
            id="at-number-paren",
        ),
        pytest.param(
            """
            Forvaltningens indstilling

            Forvaltningen indstiller,

            a) at status tages til efterretning, og
            b) at udvalget drøfter prioriteringen.
            """,
            "Forvaltningen",
            2,
            "",
            id="lettered",
        ),
        pytest.param(
            """
            Indstilling

            Direktionen indstiller:

            - at ordningen indføres
            - at der afsættes midler, herunder
              - 1,5 mio. kr. til containere
              - 0,6 mio. kr. til pladser
            """,
            "Direktionen",
            2,
            "",
            id="bullets-with-nested-list",
        ),
        pytest.param(
            """
            Indstilling
            Forvaltningen indstiller,
            at budgetopfølgningen tages til efterretning,
            at merforbruget finansieres af kassen, og
            at udvalgene udarbejder handleplaner.
            """,
            "Forvaltningen",
            3,
            "",
            id="plain-at-lines",
        ),
        pytest.param(
            """
            Indstilling

            Forvaltningen indstiller, at dagsordenen godkendes.
            """,
            "Forvaltningen",
            1,
            "",
            id="inline-clause",
        ),
        pytest.param(
            """
            Sagsfremstilling

            Budgettet er udarbejdet efter de vedtagne principper.

            Det indstilles, at budgettet godkendes.
            """,
            "",
            1,
            "",
            id="det-indstilles",
        ),
        pytest.param(
            """
            Indstilling

            Orienteringen tages til efterretning.
            """,
            "",
            0,
            "Orienteringen tages til efterretning.",
            id="no-proposer",
        ),
        pytest.param(
            """
            Sagsfremstilling

            Orientering om sygefravær og drøftelse af delmål

            Afdelingschefen for Økonomi & Stab indstiller;

            1. at statistikken tages til efterretning.
            2. at delmål drøftes.
            """,
            "Afdelingschefen for Økonomi & Stab",
            2,
            "",
            id="proposer-line-without-heading",
        ),
    ],
)
def test_recommendation_proposer_and_clauses(
    body: str, proposer: str, clauses: int, note: str
) -> None:
    item = only_item("Punkt 1: Sag\n\n" + textwrap.dedent(body).lstrip("\n"))
    recommendation = item.recommendation
    assert recommendation is not None
    assert recommendation.proposer == proposer
    assert len(recommendation.clauses) == clauses
    assert recommendation.note == note


def test_nested_bullets_belong_to_their_clause() -> None:
    item = only_item(
        """
        Punkt 1: Forenkling

        Indstilling

        Kommunaldirektøren indstiller,

        1. at orienteringen tages til efterretning.
        2. at Chefforum drøfter det videre arbejde, herunder
          - Input til indsatser
          - Tidsplan
        """
    )
    assert item.recommendation is not None
    clause = item.recommendation.clauses[1]
    assert clause.number == 2
    assert clause.text == (
        "at Chefforum drøfter det videre arbejde, herunder\n  - Input til indsatser"
        "\n  - Tidsplan"
    )


def test_clause_text_keeps_at_and_drops_the_number() -> None:
    item = only_item(
        "Punkt 1: A\n\nIndstilling\n\nX indstiller,\n\n1. at A godkendes\n"
    )
    assert item.recommendation is not None
    assert item.recommendation.clauses[0].text == "at A godkendes"


@pytest.mark.parametrize(
    ("body", "decision_text", "heading"),
    [
        pytest.param(
            "Beslutning\n\nGodkendt.\n\nChefforum drøftede sagen.\n",
            "Godkendt.\n\nChefforum drøftede sagen.",
            "Beslutning",
            id="plain",
        ),
        pytest.param(
            "BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2020\n\n---\n\nGodkendt.\n",
            "Godkendt.",
            "BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2020",
            id="upper-with-body-and-date",
        ),
        pytest.param(
            "Udvalgets beslutning\n\nTaget til efterretning.\n",
            "Taget til efterretning.",
            "Udvalgets beslutning",
            id="udvalgets",
        ),
        pytest.param(
            "Afgørelse\n\nRådet afgiver høringssvar.\n",
            "Rådet afgiver høringssvar.",
            "Afgørelse",
            id="afgorelse",
        ),
        pytest.param(
            "Beslutning: Godkendt med bemærkninger.\n",
            "Godkendt med bemærkninger.",
            "Beslutning",
            id="inline",
        ),
        pytest.param(
            "Beslutning\n\nGodkendt.\n\nNiels Hansen deltog ikke i mødet.\n\n"
            "Bilag\n\nNotat\n",
            "Godkendt.\n\nNiels Hansen deltog ikke i mødet.",
            "Beslutning",
            id="attendance-kept-and-ends-at-bilag",
        ),
    ],
)
def test_decision_text_is_everything_under_the_decision_heading(
    body: str, decision_text: str, heading: str
) -> None:
    item = only_item("Punkt 1: Sag\n\n" + body)
    assert item.decision is not None
    assert item.decision.text == decision_text
    assert item.decision.heading == heading


def test_decisions_of_other_bodies_are_prior_decisions() -> None:
    item = only_item(
        """
        Punkt 1: Lokalplan

        Sagsforløb

        Teknik- og Miljøudvalget, 20. januar 2026, pkt. 5: Anbefales.

        Beslutning i Teknik- og Miljøudvalget den 20. januar 2026

        Anbefales over for Økonomiudvalget.

        Økonomiudvalgets beslutning den 3. februar 2026

        Anbefales.

        Beslutning i Økonomiudvalget den 12. marts 2020

        Godkendt.
        """
    )
    assert item.decision is not None
    assert item.decision.text == "Godkendt."
    priors = [(p.body, p.date, p.text) for p in item.prior_decisions]
    assert priors == [
        ("Teknik- og Miljøudvalget", date(2026, 1, 20), "Anbefales."),
        (
            "Teknik- og Miljøudvalget",
            date(2026, 1, 20),
            "Anbefales over for Økonomiudvalget.",
        ),
        ("Økonomiudvalget", date(2026, 2, 3), "Anbefales."),
    ]


def test_chained_prior_decision_lines_under_the_decision_heading() -> None:
    item = only_item(
        """
        Punkt 1: Lokalplan

        Beslutning

        Teknik- og Miljøudvalget, 3. februar 2026, pkt. 22: Anbefales.

        Godkendt.
        """
    )
    assert item.decision is not None
    assert item.decision.text == "Godkendt."
    assert [(p.body, p.text) for p in item.prior_decisions] == [
        ("Teknik- og Miljøudvalget", "Anbefales.")
    ]


def test_history_section_keeps_its_text_and_yields_prior_decisions() -> None:
    item = only_item(
        """
        Punkt 1: Præsentationslag

        Historik

        Direktørforums beslutning af 6. november 2017;
        Direktørforum tog orienteringen til efterretning.

        Beslutning

        Chefforum tog orienteringen til efterretning.
        """
    )
    assert item.sections[0].heading == "Historik"
    assert "Direktørforum tog orienteringen" in item.sections[0].text
    assert [(p.body, p.date) for p in item.prior_decisions] == [
        ("Direktørforum", date(2017, 11, 6))
    ]
    assert item.decision is not None
    assert item.decision.text == "Chefforum tog orienteringen til efterretning."


def test_decision_without_heading_after_last_section_is_taken_with_a_warning() -> None:
    minutes = parse(
        """
        Punkt 1: Indkøbssystem

        Baggrund

        Systemet indføres i juni.

        Økonomi og finansiering

        Systemet finansieres af It-budgettet.

        Orienteringen blev taget til efterretning.

        Niels Hansen deltog ikke i mødet.
        """
    )
    item = minutes.items[0]
    assert item.decision is not None
    assert item.decision.heading == ""
    assert item.decision.text == (
        "Orienteringen blev taget til efterretning.\n\n"
        "Niels Hansen deltog ikke i mødet."
    )
    assert item.sections[-1].text == "Systemet finansieres af It-budgettet."
    assert item.absentees == ("Niels Hansen",)
    assert any("read like a decision" in w.message for w in minutes.warnings)


def test_section_prose_that_is_no_decision_stays_in_the_section() -> None:
    item = only_item(
        "Punkt 1: A\n\nSagsfremstilling\n\nForvaltningen har undersøgt sagen.\n"
    )
    assert item.decision is None
    assert item.sections[0].text == "Forvaltningen har undersøgt sagen."


@pytest.mark.parametrize(
    ("body", "attachments"),
    [
        pytest.param(
            "Bilag\n\nOverblik, september 2017\n\nTemaskabelon\n",
            ("Overblik, september 2017", "Temaskabelon"),
            id="one-per-line",
        ),
        pytest.param(
            "### **Bilag**\n\n- Klimaplan.pdf\n- Statusnotat.docx\n",
            ("Klimaplan.pdf", "Statusnotat.docx"),
            id="markdown-bullets",
        ),
        pytest.param(
            "Bilag\n\nBilag 1: Erfaringer\n\nBilag 2: GovCloud notat.pdf\n",
            ("Bilag 1: Erfaringer", "Bilag 2: GovCloud notat.pdf"),
            id="bilag-n-kept",
        ),
        pytest.param(
            "Bilag:\n1. Tidsplan.pdf\n2. Notat.docx\n",
            ("Tidsplan.pdf", "Notat.docx"),
            id="numbered-list",
        ),
        pytest.param(
            "Bilag: Projektbeskrivelse.pdf\n",
            ("Projektbeskrivelse.pdf",),
            id="inline",
        ),
        pytest.param(
            "Bilag: Notat.pdf, Tidsplan.xlsx\n",
            ("Notat.pdf", "Tidsplan.xlsx"),
            id="inline-file-list",
        ),
        pytest.param(
            "Bilag\n\nOverblik over netværk, Misbrug - oktober 2017\n",
            ("Overblik over netværk, Misbrug - oktober 2017",),
            id="comma-in-title-is-not-a-list",
        ),
        pytest.param(
            "Beslutning\n\nGodkendt.\n\nBilag\n\nA.pdf\n\nB.pdf\n",
            ("A.pdf", "B.pdf"),
            id="after-decision",
        ),
    ],
)
def test_attachments_are_listed_in_order(body: str, attachments: tuple) -> None:
    assert only_item("Punkt 1: Sag\n\n" + body).attachments == attachments


def test_attachments_before_the_repeated_title_at_item_start() -> None:
    item = only_item(
        """
        Punkt 3: CF - Netværksstruktur version 2

        14/6112

        Bilag

        Bilag 1: Erfaringer med Netværksstrukturen

        Netværksstruktur version 2

        CF - Netværksstruktur version 2

        Baggrund

        Tekst.
        """
    )
    assert item.attachments == (
        "Bilag 1: Erfaringer med Netværksstrukturen",
        "Netværksstruktur version 2",
    )
    assert [s.heading for s in item.sections] == ["Baggrund"]


def test_prose_after_attachments_is_kept_with_a_warning() -> None:
    minutes = parse(
        """
        Punkt 1: Sag

        Bilag

        Notat.pdf

        Sagen blev behandlet på mødet, hvor udvalget også drøftede den videre proces.
        """
    )
    item = minutes.items[0]
    assert item.attachments == ("Notat.pdf",)
    assert "videre proces" in " ".join(s.text for s in item.sections) + (
        item.decision.text if item.decision else ""
    )
    assert any("attachment list" in w.message for w in minutes.warnings)


# --------------------------------------------------------------------------
# States and attendance


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Beslutning\n\nTemadrøftelsen blev udsat.\n",
            ItemStatus.POSTPONED,
            id="udsat",
        ),
        pytest.param(
            "Beslutning\n\nPunktet udsættes til næste møde.\n",
            ItemStatus.POSTPONED,
            id="udsaettes",
        ),
        pytest.param(
            "Sagsfremstilling\n\nPunktet blev taget af dagsordenen til dagens møde.\n",
            ItemStatus.WITHDRAWN,
            id="withdrawn-in-case-text",
        ),
        pytest.param(
            "Beslutning\n\nPunktet udgår.\n", ItemStatus.WITHDRAWN, id="udgaar"
        ),
        pytest.param(
            "Beslutning\n\nSagen blev trukket.\n", ItemStatus.WITHDRAWN, id="trukket"
        ),
        pytest.param(
            "Beslutning\n\nChefforum oplyste, at denne sag i 2023 blev udsat, da en "
            "arbejdsgruppe skulle afdække mulighederne.\n",
            ItemStatus.HANDLED,
            id="report-of-earlier-postponement",
        ),
        pytest.param(
            "Historik\n\nSagen blev udsat.\n\nBeslutning\n\nGodkendt.\n",
            ItemStatus.HANDLED,
            id="history-does-not-count",
        ),
    ],
)
def test_item_status_from_the_text(body: str, status: str) -> None:
    assert only_item("Punkt 1: Sag\n\n" + body).status == status


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        pytest.param("## **Punkt 2: Lukket**", "Lukket", id="lukket"),
        pytest.param("Punkt 2: Lukket punkt", "Lukket punkt", id="lukket-punkt"),
        pytest.param(
            "Punkt 2: Lukket sag: Salg af grund",
            "Lukket sag: Salg af grund",
            id="lukket-sag-titled",
        ),
        pytest.param("Punkt 2: Personalesag (Lukket)", "Personalesag", id="suffix"),
    ],
)
def test_closed_items_are_marked_closed_and_keep_their_printed_title(
    heading: str, title: str
) -> None:
    item = only_item(f"{heading}\n\n00.15.20-G01-2-19\n")
    assert item.is_closed is True
    assert item.title == title
    assert item.case_number == "00.15.20-G01-2-19"


@pytest.mark.parametrize(
    ("text", "absentees"),
    [
        pytest.param(
            "Niels Carsten Bluhme deltog ikke i mødet.",
            ("Niels Carsten Bluhme",),
            id="sentence",
        ),
        pytest.param(
            "Fraværende: Anne Holm, Bo Berg", ("Anne Holm", "Bo Berg"), id="fravaerende"
        ),
        pytest.param(
            "Afbud: Anne Holm og Bo Berg", ("Anne Holm", "Bo Berg"), id="afbud"
        ),
        pytest.param(
            "Ikke til stede: Anne Holm (V)", ("Anne Holm",), id="ikke-til-stede"
        ),
        pytest.param(
            "Godkendt. Hanne Juul deltog ikke i behandlingen af punktet.",
            ("Hanne Juul",),
            id="after-another-sentence",
        ),
        pytest.param("Fraværende: Ingen", (), id="no-one"),
    ],
)
def test_item_absentees_are_names_only(text: str, absentees: tuple) -> None:
    item = only_item(f"Punkt 1: Sag\n\nBeslutning\n\n{text}\n")
    assert item.absentees == absentees
    assert item.decision is not None and text in item.decision.text


def test_extra_participants_are_the_names_before_their_descriptions() -> None:
    item = only_item(
        """
        Punkt 1: Sag

        Beslutning

        Under drøftelsen deltog ud over Chefforums faste medlemmer, Marie-Louise Lund, leder for Sekretariatet, Per Bech, leder af Byplan, samt Kasper Fisk, leder af Enheden.
        """  # noqa: E501
    )
    assert item.participants == ("Marie-Louise Lund", "Per Bech", "Kasper Fisk")


# --------------------------------------------------------------------------
# Table of contents, warnings and line numbers


def test_table_of_contents_is_read_and_cross_checked_not_used() -> None:
    minutes = parse(
        """
        Indholdsfortegnelse

        CF - Godkendelse.....\t3
        CF - Eventuelt.....\t4
        CF - Ekstra punkt.....\t5

        Punkt 1: CF - Godkendelse

        Beslutning

        Godkendt.

        Punkt 2: CF - Eventuell

        Beslutning

        Intet.
        """
    )
    assert minutes.table_of_contents == (
        "CF - Godkendelse",
        "CF - Eventuelt",
        "CF - Ekstra punkt",
    )
    assert [item.title for item in minutes.items] == ["Godkendelse", "Eventuell"]
    assert any("lists 3 items but 2" in w.message for w in minutes.warnings)


def test_toc_column_header_line_is_skipped() -> None:
    minutes = parse(
        """
        Indholdsfortegnelse
        Punkt   Titel   Side
        1. Godkendelse ..... 2
        2. Budget ..... 3

        1. Godkendelse

        Sagsnr.: 20/1

        2. Budget

        Sagsnr.: 20/2
        """
    )
    assert minutes.table_of_contents == ("Godkendelse", "Budget")
    assert [item.title for item in minutes.items] == ["Godkendelse", "Budget"]


def test_toc_title_mismatch_is_warned_about() -> None:
    minutes = parse(
        """
        Indholdsfortegnelse

        1. Godkendelse ..... 3
        2. Sygefravær 1. kvrt. 2017 ..... 4

        1. Godkendelse

        Sagsnr.: 20/1

        2. Sygefravær 1. kv. 2017

        Sagsnr.: 20/2
        """
    )
    assert [item.title for item in minutes.items] == [
        "Godkendelse",
        "Sygefravær 1. kv. 2017",
    ]
    mismatches = [w for w in minutes.warnings if "table of contents says" in w.message]
    assert len(mismatches) == 1
    assert mismatches[0].line == 8


def test_items_report_their_source_lines() -> None:
    minutes = parse(
        """
        Punkt 1: Godkendelse

        Beslutning

        Godkendt.

        Punkt 2: Eventuelt

        Beslutning

        Intet.
        """
    )
    # The header takes lines 1-4.
    first, second = minutes.items
    assert (first.first_line, first.last_line) == (5, 9)
    assert (second.first_line, second.last_line) == (11, 15)
    assert first.decision is not None
    assert (first.decision.first_line, first.decision.last_line) == (7, 9)
    assert minutes.line_count == 16


# --------------------------------------------------------------------------
# PDF text


def test_running_headers_footers_and_page_numbers_are_removed() -> None:
    pages = []
    for page in range(1, 5):
        pages.append(
            "   Økonomiudvalget 12-03-2020\n\n"
            f"   Punkt {page}: Sag nummer {page}\n\n"
            "   Beslutning\n\n"
            f"   Godkendt som sag {page}.\n\n"
            f"                         Side {page} af 4\n"
        )
    text = "Referat af møde i Økonomiudvalget\nDato: 12. marts 2020\n\n" + "\f".join(
        pages
    )
    minutes = parse_text(text)
    assert [item.title for item in minutes.items] == [
        f"Sag nummer {page}" for page in range(1, 5)
    ]
    assert [item.decision.text for item in minutes.items if item.decision] == [
        f"Godkendt som sag {page}." for page in range(1, 5)
    ]
    removed = [w for w in minutes.warnings if "running page header" in w.message]
    assert len(removed) == 1
    assert "removed 7" in removed[0].message


def test_hyphenated_line_ends_are_joined_but_suspended_hyphens_kept() -> None:
    item = only_item(
        """
        Punkt 1: Budget

        Sagsfremstilling

        Opfølgningen viser et merforbrug på drifts-
        udgifterne. Økonomi-
        og Personaleafdelingen følger op. EU-
        udbuddet er afsluttet.
        """
    )
    text = item.sections[0].text
    assert "driftsudgifterne" in text
    assert "Økonomi- og Personaleafdelingen" in text
    assert "EU-udbuddet" in text


@pytest.mark.parametrize(
    ("name", "facts"),
    [
        pytest.param(
            "okonomiudvalg_pdf_layout.txt",
            {
                "body": "Økonomiudvalget",
                "date": date(2020, 3, 12),
                "start": time(16, 0),
                "end": time(18, 30),
                "location": "Rådhuset, mødelokale 1",
                "absentees": ("Hans Jensen",),
                "numbers": [1, 2, 3, 4, 5],
                "titles": [
                    "Godkendelse af dagsorden",
                    "Budgetopfølgning pr. 29. februar 2020",
                    "Anlægsbevilling til renovering af svømmehal",
                    "Lukket punkt: Salg af grund",
                    "Eventuelt",
                ],
                "cases": ["20/1234", "20/2345", "20/3456", "19/9876", ""],
                "clauses": [1, 3, 1, None, None],
                "statuses": ["handled", "handled", "postponed", "handled", "handled"],
            },
            id="okonomiudvalg-pdf",
        ),
        pytest.param(
            "kommunalbestyrelse_pdf_layout.txt",
            {
                "body": "Kommunalbestyrelsen",
                "date": date(2026, 2, 24),
                "start": time(17, 0),
                "end": None,
                "location": "Byrådssalen",
                "absentees": ("Karen Nielsen", "Per Olsen"),
                "numbers": [131, 132, 133, 134, 135, 136],
                "titles": [
                    "Godkendelse af dagsorden",
                    "Kommissorium for ny skolestruktur",
                    "Lokalplan 245 for boliger ved Stationsvej",
                    "Forslag om hundeskov i Nordparken",
                    "Lukket: Personalesag",
                    "Meddelelser",
                ],
                "cases": [
                    "00.01.00-G01-1-26",
                    "17.01.00-A00-3-25",
                    "01.02.05-P16-2-25",
                    "04.02.00-G01-1-26",
                    "81.00.00-G01-4-26",
                    "",
                ],
                "clauses": [None, 3, 1, None, None, None],
                "statuses": [
                    "handled",
                    "handled",
                    "handled",
                    "withdrawn",
                    "handled",
                    "handled",
                ],
            },
            id="kommunalbestyrelse-pdf",
        ),
        pytest.param(
            "udvalg_markdown.txt",
            {
                "body": "Klima- og Miljøudvalget",
                "date": date(2021, 9, 9),
                "start": time(15, 30),
                "end": time(17, 0),
                "location": "Rådhuset, mødelokale 2",
                "absentees": ("Ida Holm",),
                "numbers": [1, 2, 3, 4],
                "titles": [
                    "Godkendelse af dagsorden",
                    "Status på klimaplanen",
                    "Ny affaldsordning for etageboliger",
                    "Eventuelt",
                ],
                "cases": ["2021-004512", "2021-001300", "2021-002210", ""],
                "clauses": [None, 2, 2, None],
                "statuses": ["handled"] * 4,
            },
            id="udvalg-markdown",
        ),
        pytest.param(
            "aeldreraad_plain_upper.txt",
            {
                "body": "Ældrerådet",
                "date": date(2021, 1, 19),
                "start": time(10, 0),
                "end": None,
                "location": "Medborgerhuset, lokale 3",
                "absentees": ("Bent Madsen", "Grethe Lund"),
                "numbers": [1, 2, 3, 4, 5],
                "titles": [
                    "Meddelelser fra formanden",
                    "Høring om ny sundhedspolitik",
                    "Trafiksikkerhed ved plejecentret",
                    "Besøg på Søbygård",
                    "Eventuelt",
                ],
                "cases": ["", "21/345", "21/400", "20/5511", ""],
                "clauses": [None, 0, None, None, None],
                "statuses": ["handled", "handled", "handled", "withdrawn", "handled"],
            },
            id="aeldreraad-upper-case",
        ),
        pytest.param(
            "byraad_numbered_items.txt",
            {
                "body": "Byrådet",
                "date": date(2022, 4, 28),
                "start": time(19, 0),
                "end": None,
                "location": "Byrådssalen, Rådhuset",
                "absentees": (),
                "numbers": [1, 2, 3, 4],
                "titles": [
                    "Godkendelse af dagsorden",
                    "Regnskab 2021",
                    "Udbud af rengøring",
                    "Eventuelt",
                ],
                "cases": ["22/1010", "22/1500", "22/1720", ""],
                "clauses": [None, 2, 1, None],
                "statuses": ["handled"] * 4,
            },
            id="byraad-numbered-items",
        ),
        pytest.param(
            "direktion_sag_nr.txt",
            {
                "body": "Direktionen",
                "date": date(2022, 5, 5),
                "start": time(8, 30),
                "end": None,
                "location": "Direktionsgangen",
                "absentees": (),
                "numbers": [57, 58, 59, 60],
                "titles": [
                    "Godkendelse af referat",
                    "Budget 2023 – tidsplan",
                    "Orientering om sygefravær",
                    "Eventuelt",
                ],
                "cases": [
                    "00.01.00-A00-1-22",
                    "00.30.00-S00-3-22",
                    "81.28.00-P05-2-22",
                    "",
                ],
                "clauses": [None, 1, 0, None],
                "statuses": ["handled", "handled", "handled", "postponed"],
            },
            id="direktion-sag-nr",
        ),
    ],
)
def test_synthetic_referater_parse_to_their_facts(name: str, facts: dict) -> None:
    minutes = fixture(name)
    assert minutes.body == facts["body"]
    assert minutes.date == facts["date"]
    assert minutes.start_time == facts["start"]
    assert minutes.end_time == facts["end"]
    assert minutes.location == facts["location"]
    assert minutes.absentees == facts["absentees"]
    items = minutes.items
    assert [item.number for item in items] == facts["numbers"]
    assert [item.title for item in items] == facts["titles"]
    assert [item.case_number for item in items] == facts["cases"]
    assert [
        len(item.recommendation.clauses) if item.recommendation else None
        for item in items
    ] == facts["clauses"]
    assert [item.status for item in items] == facts["statuses"]


def test_pdf_fixture_text_is_dehyphenated_unwrapped_and_page_joined() -> None:
    minutes = fixture("okonomiudvalg_pdf_layout.txt")
    budget, pool = minutes.items[1], minutes.items[2]
    resume = budget.sections[0]
    assert resume.heading == "Resumé"
    assert "merforbrug på driftsudgifterne på 4,2 mio. kr." in resume.text
    assert "\n" not in resume.text
    table = budget.sections[1].text
    assert "Udvalg   " in table and "\nØkonomiudvalget   " in table
    assert "så hallen kan genåbne inden årsskiftet." in pool.sections[0].text
    assert "Side 2 af 4" not in str(minutes)
    assert budget.recommendation is not None
    assert budget.recommendation.clauses[2].text == (
        "at udvalgene pålægges at udarbejde handleplaner for at nedbringe "
        "merforbruget inden 1. juni 2020."
    )
    assert budget.absentees == ("Hans Jensen",)
    assert minutes.preamble.startswith("Medlemmer:")


def test_kommunalbestyrelse_fixture_separates_prior_decisions() -> None:
    minutes = fixture("kommunalbestyrelse_pdf_layout.txt")
    skole, lokalplan = minutes.items[1], minutes.items[2]
    assert [(p.body, p.date) for p in skole.prior_decisions] == [
        ("Børne- og Skoleudvalget", date(2026, 1, 20)),
        ("Økonomiudvalget", date(2026, 2, 3)),
    ]
    assert skole.absentees == ("Karen Nielsen", "Per Olsen")
    assert [(p.body, p.text) for p in lokalplan.prior_decisions] == [
        ("Økonomiudvalget", "Anbefales.")
    ]
    assert lokalplan.decision is not None
    assert lokalplan.decision.text.startswith("Godkendt med 19 stemmer mod 2.")


def test_markdown_fixture_presenter_participants_and_attachments() -> None:
    minutes = fixture("udvalg_markdown.txt")
    klima, affald = minutes.items[1], minutes.items[2]
    assert (klima.presenter, klima.planned_start, klima.planned_end) == (
        "Mette Lund",
        time(15, 40),
        time(16, 10),
    )
    assert klima.attachments == (
        "Klimaplan 2021-2025.pdf",
        "Statusnotat september 2021.docx",
    )
    assert klima.participants == ("Mette Lund", "Jonas Berg")
    assert affald.attachments == ("Projektbeskrivelse affaldsøer.pdf",)
    assert affald.decision is not None
    assert affald.decision.text.startswith("Godkendt, dog således")


# --------------------------------------------------------------------------
# Properties


# Words that only mark structure: item and case labels, presenter marks,
# clause letters, recommendation and attachment headings, proposer verbs.
STRUCTURE_WORDS = frozenset(
    {
        "punkt",
        "pkt",
        "sag",
        "sagsnr",
        "nr",
        "v",
        "a",
        "b",
        "bilag",
        "indstilling",
        "indstiller",
        "forvaltningens",
        "forslag",
        "til",
        "beslutning",
    }
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize(
    "name",
    [
        "udvalg_markdown.txt",
        "aeldreraad_plain_upper.txt",
        "byraad_numbered_items.txt",
        "direktion_sag_nr.txt",
    ],
)
def test_no_item_text_is_dropped(name: str) -> None:
    source = (DATA / name).read_text(encoding="utf-8")
    minutes = parse_text(source)
    first = minutes.items[0].first_line
    body_source = "\n".join(source.split("\n")[first - 1 :])
    output = [minutes.preamble]
    for item in minutes.items:
        output += [str(item.number), item.title, item.case_number, item.presenter]
        output += list(item.attachments) + [
            s.heading + " " + s.text for s in item.sections
        ]
        for slot in (item.planned_start, item.planned_end):
            if slot is not None:
                output.append(f"{slot.hour} {slot.minute:02d}")
        if item.recommendation:
            output += [item.recommendation.proposer, item.recommendation.note]
            output += [f"{c.number} {c.text}" for c in item.recommendation.clauses]
        if item.decision:
            output += [item.decision.heading, item.decision.text]
        output += [f"{p.body} {p.text}" for p in item.prior_decisions]
        if item.is_closed:
            output += [f"punkt {item.number} lukket"]
    missing = _words(body_source) - _words(" ".join(output)) - STRUCTURE_WORDS
    assert not missing, missing


def test_parsing_modules_do_not_import_django() -> None:
    code = (
        "import sys; import minutes.parsing, minutes.parsing.structure; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        pytest.param("Økonomiudvalget den 17. marts 2026", "Økonomiudvalget", id="den"),
        pytest.param(
            "Teknik- og Miljøudvalget, 10-03-2026",
            "Teknik- og Miljøudvalget",
            id="comma",
        ),
        pytest.param("Byrådet d. 26.03.2026:", "Byrådet", id="colon"),
        pytest.param("Økonomiudvalget 12-03-2020", None, id="running-page-header"),
        pytest.param("Mødet den 5. juni 2026", None, id="not-a-body"),
    ],
)
def test_a_body_and_a_date_alone_on_a_line_head_that_bodys_decision(line, body):
    from minutes.parsing.headings import DECISION, classify_heading

    heading = classify_heading(line)

    if body is None:
        assert heading is None
    else:
        assert (heading.kind, heading.body) == (DECISION, body)


@pytest.mark.parametrize(
    ("line", "number", "title", "closed"),
    [
        pytest.param(
            "Åbent punkt 7 - Godkendelse af dagsorden",
            7,
            "Godkendelse af dagsorden",
            False,
            id="aabent-punkt",
        ),
        pytest.param(
            "Lukket punkt 16 - Salg af grund, Industrivej 22",
            16,
            "Salg af grund, Industrivej 22",
            True,
            id="lukket-punkt",
        ),
        pytest.param(
            "Fortrolig sag 3: Personalesag", 3, "Personalesag", True, id="fortrolig-sag"
        ),
        pytest.param(
            "1 (Åben) Godkendelse af dagsorden",
            1,
            "Godkendelse af dagsorden",
            False,
            id="paren-aaben",
        ),
        pytest.param(
            "8 (Lukket) Ansøgning om fritagelse",
            8,
            "Ansøgning om fritagelse",
            True,
            id="paren-lukket",
        ),
        pytest.param(
            "3. (Lukket punkt) Salg af grund", 3, "Salg af grund", True, id="dot-paren"
        ),
        pytest.param(
            "Punkt 4 (Lukket): Forlig", 4, "Forlig", True, id="labelled-paren"
        ),
        pytest.param("Lukket dialog med borgerne", None, None, None, id="adjective"),
        pytest.param("Åbent hus på rådhuset", None, None, None, id="not-a-label"),
    ],
)
def test_access_words_around_the_item_number(line, number, title, closed):
    match = match_item_heading(line)

    if number is None:
        assert match is None
    else:
        assert (match.number, match.title, match.closed) == (number, title, closed)


def test_items_headed_with_access_words_parse_and_closed_ones_are_marked():
    minutes = parse(
        """
        Åbent punkt 7 - Godkendelse af dagsorden

        Sagsid: 26/101

        Beslutning Økonomiudvalget den 12-03-2020
        Godkendt.

        Lukket punkt 8 - Salg af grund

        Sagsid: 25/18803

        Beslutning Økonomiudvalget den 12-03-2020
        Godkendt.
        """
    )

    assert [(i.number, i.title, i.is_closed, i.case_number) for i in minutes.items] == [
        (7, "Godkendelse af dagsorden", False, "26/101"),
        (8, "Salg af grund", True, "25/18803"),
    ]


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sags ID: EMN-2026-00087", "EMN-2026-00087"),
        ("Sagsid: 26/101", "26/101"),
        ("Sags-id: 2020-001234", "2020-001234"),
    ],
)
def test_case_id_labels(line, case):
    assert match_labelled_case(line) == case


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Kirsten Holm (V) var fraværende.", ["Kirsten Holm"], id="party-before-verb"
        ),
        pytest.param(
            "Alle medlemmer var mødt undtagen Kirsten Holm (V).",
            ["Kirsten Holm"],
            id="undtagen",
        ),
        pytest.param(
            "Alle var til stede bortset fra Bo Berg og Ane Dam.",
            ["Bo Berg", "Ane Dam"],
            id="bortset-fra",
        ),
        pytest.param(
            "Fraværende med afbud:\nHanne Dyrberg (Vest)\nAli Demir (SF)\n\n"
            "Referent: Julie Brask",
            ["Hanne Dyrberg", "Ali Demir"],
            id="list-below-label",
        ),
        pytest.param(
            "Godkendt.\n\nFraværende:\nBirgitte Sand (V)",
            ["Birgitte Sand"],
            id="list-in-decision",
        ),
        pytest.param("Fraværende:\nIngen", [], id="ingen"),
        pytest.param(
            "Fraværende: Kommunalbestyrelsesmedlem Jytte Brun, Søby Kommune",
            ["Jytte Brun"],
            id="role-and-municipality",
        ),
        pytest.param(
            "Afbud: Anne Holm, Bo Berg og Carl Dam",
            ["Anne Holm", "Bo Berg", "Carl Dam"],
            id="comma-list",
        ),
    ],
)
def test_absentee_phrasings(text, names):
    from minutes.parsing.attendance import find_absentees

    assert find_absentees([text]) == names


@pytest.mark.parametrize(
    ("header", "absentees"),
    [
        ("Alle medlemmer var mødt undtagen Kirsten Holm (V).\n", ("Kirsten Holm",)),
        (
            "Fraværende med afbud:\nHanne Dyrberg\nAli Demir\n\n",
            ("Hanne Dyrberg", "Ali Demir"),
        ),
        (
            "Fraværende: Kommunalbestyrelsesmedlem Jytte Brun, Søby Kommune\n",
            ("Jytte Brun",),
        ),
    ],
)
def test_meeting_absentees_in_the_header(header, absentees):
    minutes = parse(
        """
        Punkt 1: Godkendelse af dagsorden

        Beslutning:
        Godkendt.
        """,
        header=HEADER + header + "\n",
    )

    assert minutes.absentees == absentees


@pytest.mark.parametrize(
    ("lines", "clauses"),
    [
        pytest.param(
            "Direktøren indstiller, at kommissionen\n1. godkender regnskabet,\n"
            "2. godkender budgettet,\n3. tager sagen til efterretning.",
            [
                "at kommissionen godkender regnskabet,",
                "at kommissionen godkender budgettet,",
                "at kommissionen tager sagen til efterretning.",
            ],
            id="numbered-after-lead-in",
        ),
        pytest.param(
            "Forvaltningen indstiller, at udvalget:\na) godkender planen,\n"
            "b) sender den i høring.",
            ["at udvalget godkender planen,", "at udvalget sender den i høring."],
            id="lettered-after-colon",
        ),
        pytest.param(
            "Direktøren indstiller, at regnskabet godkendes.",
            ["at regnskabet godkendes."],
            id="inline-clause-kept",
        ),
    ],
)
def test_clauses_after_a_lead_in(lines, clauses):
    item = only_item(
        "Punkt 1: Regnskab\n\nIndstilling:\n" + lines + "\n\nBeslutning:\nGodkendt.\n"
    )

    assert item.recommendation.proposer in {"Direktøren", "Forvaltningen"}
    assert [c.text for c in item.recommendation.clauses] == clauses


@pytest.mark.parametrize(
    ("title_line", "body"),
    [
        ("Beredskabskommissionen - ordinært møde nr. 2/2026", "Beredskabskommissionen"),
        ("Byrådet, ekstraordinært møde", "Byrådet"),
        ("Klagenævnet", "Klagenævnet"),
    ],
)
def test_body_named_with_the_kind_of_meeting(title_line, body):
    minutes = parse(
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n",
        header=f"Referat\n\n{title_line}\n\nDato: 12. marts 2020\n\n",
    )

    assert minutes.body == body


@pytest.mark.parametrize(
    ("header", "location", "start"),
    [
        pytest.param(
            "Referat fra mødet i Forretningsudvalget\nden 12. marts 2020 kl. 13.00\n"
            "i Regionshuset Holstrup, mødelokale F1\n\n",
            "Regionshuset Holstrup, mødelokale F1",
            time(13, 0),
            id="place-line-under-date",
        ),
        pytest.param(
            "Kultur- og Fritidsudvalget\n\n"
            "Afholdt: Tirsdag den 12. marts 2020 kl. 16.30"
            " i Kulturhuset Remisen, lokale 2"
            "\n\n",
            "Kulturhuset Remisen, lokale 2",
            time(16, 30),
            id="afholdt-label",
        ),
    ],
)
def test_location_after_the_date(header, location, start):
    minutes = parse(
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n", header=header
    )

    assert (minutes.date, minutes.location, minutes.start_time) == (
        date(2020, 3, 12),
        location,
        start,
    )


@pytest.mark.parametrize(
    ("decision", "text"),
    [
        pytest.param(
            "Svar senest den 1.\napril 2026.",
            "Svar senest den 1. april 2026.",
            id="ordinal-date",
        ),
        pytest.param(
            "Udgiften er ca. 2 mio.\nkr. om året.",
            "Udgiften er ca. 2 mio. kr. om året.",
            id="abbreviation",
        ),
        pytest.param(
            "Godkendt.\nSagen afsluttes.",
            "Godkendt.\nSagen afsluttes.",
            id="sentence-end-kept",
        ),
    ],
)
def test_a_line_break_after_an_ordinal_or_abbreviation_is_joined(decision, text):
    item = only_item(f"Punkt 1: Godkendelse\n\nBeslutning:\n{decision}\n")

    assert item.decision.text == text


def test_a_wrapped_toc_title_with_the_page_number_below_is_one_entry():
    minutes = parse(
        """
        Indholdsfortegnelse

        1.  Godkendelse af dagsorden                                 3
        2.  Anlægsbevilling til ny akutklinik og udvidelse af akutmodtagelsen på
            Regionshospitalet Holstrup                               4

        1. Godkendelse af dagsorden

        Beslutning:
        Godkendt.

        2. Anlægsbevilling til ny akutklinik og udvidelse af akutmodtagelsen

        Beslutning:
        Godkendt.
        """
    )

    assert len(minutes.table_of_contents) == 2
    assert minutes.table_of_contents[1].endswith("på Regionshospitalet Holstrup")
    assert not any("table of contents lists" in w.message for w in minutes.warnings)


# ---------------------------------------------------------------------------
# Layouts of a second blind evaluation (Ad. N, "Punkt N | Title", inline
# Word labels, attachments separated by ";")


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        (
            "Ad. 3 Orientering om ny integrationspolitik",
            3,
            "Orientering om ny integrationspolitik",
        ),
        ("Ad 3. Orientering om budget", 3, "Orientering om budget"),
        ("Ad pkt. 3 Orientering om budget", 3, "Orientering om budget"),
        ("Ad 3 Orientering om budget", 3, "Orientering om budget"),
        ("Ad. 5 Høringssvar: Budget 2027", 5, "Høringssvar: Budget 2027"),
    ],
)
def test_ad_item_headings(line, number, title):
    match = match_item_heading(line)
    assert match is not None and (match.number, match.title) == (number, title)


def test_ad_items_with_plain_paragraph_decisions():
    minutes = parse(
        """
        Dagsorden
        Ad. 1 Godkendelse af dagsorden
        Ad. 2 Sprogcafé i Nordparken

        Ad. 1 Godkendelse af dagsorden

        Dagsordenen blev godkendt.

        Ad. 2 Sprogcafé i Nordparken

        Rådet drøftede sprogcaféen. Jonas Brink laver et opslag inden udgangen
        af februar.
        """
    )
    assert [(i.number, i.title) for i in minutes.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Sprogcafé i Nordparken"),
    ]


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Punkt 112 | Meddelelser", 112, "Meddelelser"),
        ("Punkt 112 – Meddelelser", 112, "Meddelelser"),
        ("Punkt 112 - Meddelelser", 112, "Meddelelser"),
        ("112 | Meddelelser", 112, "Meddelelser"),
        ("112 – Meddelelser", 112, "Meddelelser"),
    ],
)
def test_separator_after_the_item_number_is_not_in_the_title(line, number, title):
    match = match_item_heading(line)
    assert match is not None and (match.number, match.title) == (number, title)


def test_a_table_row_is_not_an_item_heading():
    assert match_item_heading("3 | Vej | 2026") is None


@pytest.mark.parametrize(
    ("recommendation", "proposer", "clauses"),
    [
        (
            "Administrationens anbefaling: Direktøren for Teknik og Klima "
            "indstiller, at planen vedtages.",
            "Direktøren for Teknik og Klima",
            1,
        ),
        (
            "Administrationens anbefaling: Direktøren for Teknik og Klima "
            "indstiller,\n1) at status tages til efterretning, og\n"
            "2) at administrationen udarbejder forslag til tiltag.",
            "Direktøren for Teknik og Klima",
            2,
        ),
        (
            "Forvaltningens anbefaling: Kommunaldirektøren indstiller, at "
            "sagen sendes videre.",
            "Kommunaldirektøren",
            1,
        ),
    ],
)
def test_inline_word_labels_before_the_proposer(recommendation, proposer, clauses):
    item = only_item(
        "Pkt. 2 Klimahandleplan\nSagsnr.: 01.00.00-P20-3-25\n"
        "Baggrund: Byrådet vedtog en klimahandleplan.\n"
        f"{recommendation}\n"
        "Udvalgets beslutning: Status blev taget til efterretning. "
        + "Administrationen udarbejder forslag til supplerende tiltag og "
        + "forelægger dem for udvalget i 2. kvartal 2026 sammen med en "
        + "opgørelse af udledningen fra transportsektoren.\n"
        "Fraværende: Tove Ege (C)\n"
    )
    assert item.recommendation is not None
    assert item.recommendation.proposer == proposer
    assert len(item.recommendation.clauses) == clauses
    assert "Udvalgets beslutning" not in item.recommendation.clauses[-1].text
    assert item.decision is not None
    assert "2. kvartal 2026" in item.decision.text
    assert item.absentees == ("Tove Ege",)


@pytest.mark.parametrize(
    ("line", "titles"),
    [
        (
            "Bilag: Høringsnotat, spildevandsplan 2026-2030; Spildevandsplan "
            "2026-2030 (endelig udgave)",
            (
                "Høringsnotat, spildevandsplan 2026-2030",
                "Spildevandsplan 2026-2030 (endelig udgave)",
            ),
        ),
        ("Bilag: Notat; Tidsplan; Budget", ("Notat", "Tidsplan", "Budget")),
        ("Bilag: Klimastatus 2025 (notat)", ("Klimastatus 2025 (notat)",)),
    ],
)
def test_inline_attachment_list_separated_by_semicolons(line, titles):
    item = only_item(f"Pkt. 3 Spildevandsplan\nBeslutning: Anbefales.\n{line}\n")
    assert item.attachments == titles


@pytest.mark.parametrize(
    ("title_line", "location"),
    [
        (
            "Referat fra mødet den 12. marts 2020 kl. 17.30 i Medborgerhuset "
            "Kærby, sal 2",
            "Medborgerhuset Kærby, sal 2",
        ),
        ("Referat fra mødet den 12. marts 2020 kl. 17.30", ""),
    ],
)
def test_location_after_the_clock_on_the_title_line(title_line, location):
    minutes = parse(
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n",
        header=f"Integrationsrådet\n\n{title_line}\n\n",
    )
    assert (minutes.date, minutes.location) == (date(2020, 3, 12), location)


# --------------------------------------------------------------------------
# Closed markers a municipality writes (issue: closed items imported as open)

_MEETING = "Økonomiudvalget\nMødedato: 3. marts 2026\n\n"
_OPEN_ITEM = "Punkt 1: Budget\nSagsnr.: 26/1\nBeslutning\nGodkendt.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _OPEN_ITEM + "Punkt 2: Køb af grund - lukket punkt\nSagsnr.: 26/2\n",
            id="heading-suffix",
        ),
        pytest.param(
            "1. Budget\nSagsnr.: 26/1\nBeslutning\nGodkendt.\n\n"
            "2. Lukket punkt: Køb af grund\nSagsnr.: 26/2\nBeslutning\nGodkendt.\n",
            id="numbered-lukket-punkt",
        ),
        pytest.param(
            "Dagsorden\n1. Budget\n2. Lukket punkt: Køb af grund\n\n"
            "1. Budget\nSagsnr.: 26/1\nBeslutning\nGodkendt.\n\n"
            "2. Køb af grund\nSagsnr.: 26/2\nBeslutning\nGodkendt.\n",
            id="only-in-the-table-of-contents",
        ),
        pytest.param(
            _OPEN_ITEM + "Punkt 2: Køb af grund\nSagsnr.: 26/2\nPunktet er lukket\n",
            id="punktet-er-lukket",
        ),
        pytest.param(
            _OPEN_ITEM + "Lukket møde\n\nPunkt 2: Køb af grund\nSagsnr.: 26/2\n",
            id="lukket-moede-line",
        ),
        pytest.param(
            _OPEN_ITEM + "Lukkede punkter:\n\nPunkt 2: Køb af grund\nSagsnr.: 26/2\n",
            id="lukkede-punkter-heading",
        ),
        pytest.param(
            _OPEN_ITEM
            + "Punkt 2: Køb af grund\nSagsnr.: 26/2\nBeslutning\tLukket punkt.\n",
            id="decision-says-lukket-punkt",
        ),
    ],
)
def test_every_closed_marker_closes_the_item(text: str) -> None:
    minutes = parse_text(_MEETING + text)
    assert [(item.number, item.is_closed) for item in minutes.items] == [
        (1, False),
        (2, True),
    ]


def test_a_closed_mark_only_in_the_table_of_contents_is_reported() -> None:
    minutes = parse_text(
        _MEETING + "Dagsorden\n1. Budget\n2. Lukket punkt: Køb af grund\n\n"
        "1. Budget\nSagsnr.: 26/1\nBeslutning\nGodkendt.\n\n"
        "2. Køb af grund\nSagsnr.: 26/2\nBeslutning\nGodkendt.\n"
    )
    assert any("marks item 2 closed" in w.message for w in minutes.warnings)


def test_five_digit_running_item_numbers_are_items() -> None:
    minutes = parse_text(
        _MEETING + "Punkt 9999: Budget\nSagsnr.: 26/1\nBeslutning\nGodkendt.\n\n"
        "Punkt 10000: Køb\nSagsnr.: 26/2\nBeslutning\nGodkendt.\n"
    )
    assert [item.number for item in minutes.items] == [9999, 10000]


def test_an_impossible_meeting_date_is_named() -> None:
    with pytest.raises(
        MinutesError, match="'31-02-2024' is not a date in the calendar"
    ):
        parse_text("Økonomiudvalget\nMødedato: 31-02-2024\n\n" + _OPEN_ITEM)


def test_a_forwarded_email_is_read_without_its_quote_marks() -> None:
    minutes = parse_text(
        "Fra: Sekretær\nEmne: VS: Referat\n\nHermed referatet.\n\n"
        "> Ældrerådet\n> Møde den 3. december 2025 kl. 14.00\n>\n"
        "> Punkt 1: Godkendelse af dagsorden\n> Beslutning: Godkendt.\n>\n"
        "> Punkt 2: Madservice\n> Beslutning: Forvaltningen svarer i uge 50.\n"
    )
    assert [(item.number, item.title) for item in minutes.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Madservice"),
    ]
    assert minutes.items[1].decision.text == "Forvaltningen svarer i uge 50."


@pytest.mark.parametrize(
    ("note", "absent_from"),
    [
        pytest.param("Poul Vester deltog fra punkt 3.", [1, 2], id="joined-late"),
        pytest.param("Poul Vester deltog fra punkt III.", [1, 2], id="roman"),
        pytest.param(
            "Poul Vester (C) forlod mødet kl. 17.10 under behandlingen af punkt 2.",
            [3, 4],
            id="left-during",
        ),
        pytest.param(
            "Fraværende: Poul Vester (LA) under punkt 1-3", [1, 2, 3], id="range"
        ),
    ],
)
def test_members_present_for_part_of_the_meeting_are_absent_from_the_rest(
    note: str, absent_from: list[int]
) -> None:
    items = "".join(
        f"Punkt {n}: Sag {n}\nSagsnr.: 26/{n}\nBeslutning\nGodkendt.\n\n"
        for n in range(1, 5)
    )
    minutes = parse_text(_MEETING.rstrip("\n") + f"\n{note}\n\n" + items)
    assert [
        item.number for item in minutes.items if "Poul Vester" in item.absentees
    ] == absent_from


# A council's protocol printed as a table (Nr. | Sag | Beslutning), as a PDF
# reader gives it: the Sag cell, then the Beslutning cell, no headings.
PROTOCOL_ROWS = """\
Kommune · Byrådet · Beslutningsprotokol

Byrådet – møde torsdag den 26. november 2026 kl. 19.00

202 Budgetopfølgning pr. 30.09.2026
Sagsnr. 00.30.14-Ø00-3-26
Økonomiudvalget indstiller,
at budgetopfølgningen tages til efterretning.
Bilag: Budgetopfølgning 3, 2026
Bilag: Oversigt over tillægsbevillinger for
resten af året
Godkendt.
Administrationen fremlægger en plan senest i februar 2027.

203 Ændring af styrelsesvedtægten
Sagsnr. 00.01.10-A00-1-26
Økonomiudvalget indstiller,
at styrelsesvedtægten ændres.
Sagen blev udsat til næste møde.
"""


def test_a_line_without_the_bilag_label_ends_a_list_of_labelled_attachments():
    first = parse_text(PROTOCOL_ROWS).items[0]

    assert first.attachments == (
        "Budgetopfølgning 3, 2026",
        "Oversigt over tillægsbevillinger for resten af året",
    )
    assert first.decision.text.startswith("Godkendt.")
    assert "senest i februar 2027" in first.decision.text


def test_a_decision_sentence_after_the_last_clause_is_the_decision():
    second = parse_text(PROTOCOL_ROWS).items[1]

    assert second.decision.text == "Sagen blev udsat til næste møde."
    assert second.status == "postponed"
    assert [c.text for c in second.recommendation.clauses] == [
        "at styrelsesvedtægten ændres."
    ]


def test_a_two_page_documents_running_header_and_footer_are_removed():
    page = (
        "Kommune · Byrådet · Protokol\n\n{body}\n\nByrådet 26.11.2026 – Side {n} af 2"
    )
    text = (
        "Referat af møde i Byrådet den 26. november 2026\n\n"
        + page.format(
            body="Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt", n=1
        )
        + "\f"
        + page.format(
            body="Punkt 2: Meddelelser\n\nBeslutning\n\nTaget til efterretning.", n=2
        )
    )

    minutes = parse_text(text)

    assert [item.decision.text for item in minutes.items] == [
        "Godkendt",
        "Taget til efterretning.",
    ]


def test_a_room_on_the_line_after_the_date_is_the_location():
    text = (
        "Referat\n\nBørne- og Skoleudvalget\n\n"
        "Onsdag den 13. januar 2027 kl. 15.30\n\n"
        "Mødelokale Ravnen, Ravnsholt Rådhus\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )

    assert parse_text(text).location == "Mødelokale Ravnen, Ravnsholt Rådhus"


def test_a_member_who_declared_himself_disqualified_is_absent_from_the_item():
    from minutes.parsing.attendance import find_absentees

    assert find_absentees(
        ["Lone Friis (V) erklærede sig inhabil og deltog ikke i behandlingen."]
    ) == ["Lone Friis"]
