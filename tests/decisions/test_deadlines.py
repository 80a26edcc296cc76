"""The Danish deadline grammar (decisions.deadlines); no database."""

from datetime import date

import pytest

from decisions.deadlines import (
    Deadline,
    Precision,
    danish_holidays,
    find_deadlines,
    parse_deadline,
)

P = Precision

# (phrase, meeting date, expected due date, expected precision)
TABLE = [
    # ---- every row of the DOMAIN.md table --------------------------------
    pytest.param(
        "den 29. november",
        date(2017, 11, 15),
        date(2017, 11, 29),
        P.DAY,
        id="day-without-year-is-next-such-date",
    ),
    pytest.param(
        "den 7/1 2020", date(2019, 12, 5), date(2020, 1, 7), P.DAY, id="slash-date"
    ),
    pytest.param(
        "28.11.2019", date(2019, 11, 1), date(2019, 11, 28), P.DAY, id="dotted-date"
    ),
    pytest.param(
        "d. 5. december",
        date(2017, 11, 15),
        date(2017, 12, 5),
        P.DAY,
        id="d-abbreviation",
    ),
    pytest.param(
        "i februar 2020",
        date(2019, 12, 5),
        date(2020, 2, 29),
        P.MONTH,
        id="month-with-year-leap",
    ),
    pytest.param(
        "i februar",
        date(2019, 12, 5),
        date(2020, 2, 29),
        P.MONTH,
        id="month-without-year-next-february",
    ),
    pytest.param(
        "primo januar 2018",
        date(2017, 11, 15),
        date(2018, 1, 10),
        P.PART_OF_MONTH,
        id="primo",
    ),
    pytest.param(
        "medio januar 2018",
        date(2017, 11, 15),
        date(2018, 1, 20),
        P.PART_OF_MONTH,
        id="medio",
    ),
    pytest.param(
        "ultimo januar 2018",
        date(2017, 11, 15),
        date(2018, 1, 31),
        P.PART_OF_MONTH,
        id="ultimo",
    ),
    pytest.param(
        "i slutningen af august 2024",
        date(2024, 4, 24),
        date(2024, 8, 31),
        P.PART_OF_MONTH,
        id="slutningen-af",
    ),
    pytest.param(
        "i 1. kvartal 2020",
        date(2019, 12, 5),
        date(2020, 3, 31),
        P.QUARTER,
        id="quarter",
    ),
    pytest.param(
        "i uge 39",
        date(2024, 4, 24),
        date(2024, 9, 29),
        P.WEEK,
        id="iso-week-sunday",
    ),
    pytest.param(
        "i efteråret 2024",
        date(2024, 1, 10),
        date(2024, 11, 30),
        P.SEASON,
        id="autumn-with-year",
    ),
    pytest.param(
        "inden sommerferien",
        date(2014, 6, 19),
        date(2014, 7, 1),
        P.SEASON,
        id="before-summer-holidays",
    ),
    pytest.param(
        "efter et år",
        date(2024, 4, 24),
        date(2025, 4, 24),
        P.RELATIVE,
        id="after-a-year",
    ),
    pytest.param(
        "om 4 uger",
        date(2017, 11, 15),
        date(2017, 12, 13),
        P.RELATIVE,
        id="in-four-weeks",
    ),
    # ---- days -------------------------------------------------------------
    pytest.param(
        "5/12", date(2017, 11, 15), date(2017, 12, 5), P.DAY, id="slash-no-year"
    ),
    pytest.param(
        "1. maj 2026", date(2026, 1, 20), date(2026, 5, 1), P.DAY, id="ordinal-year"
    ),
    pytest.param(
        "tirsdag den 3. marts",
        date(2026, 1, 20),
        date(2026, 3, 3),
        P.DAY,
        id="weekday-prefix",
    ),
    pytest.param(
        "senest fredag den 13. marts 2026",
        date(2026, 1, 20),
        date(2026, 3, 13),
        P.DAY,
        id="senest-weekday",
    ),
    pytest.param(
        "15-11-2026", date(2026, 1, 20), date(2026, 11, 15), P.DAY, id="dashed-date"
    ),
    pytest.param(
        "5. dec. 2026",
        date(2026, 1, 20),
        date(2026, 12, 5),
        P.DAY,
        id="abbreviated-month",
    ),
    pytest.param(
        "1.oktober", date(2026, 1, 20), date(2026, 10, 1), P.DAY, id="no-space"
    ),
    pytest.param(
        "16.-20. marts 2026",
        date(2026, 1, 20),
        date(2026, 3, 20),
        P.DAY,
        id="day-range-ends-last-day",
    ),
    pytest.param(
        "den 5 december",
        date(2026, 1, 20),
        date(2026, 12, 5),
        P.DAY,
        id="ordinal-without-period",
    ),
    pytest.param(
        "senest den 1. maj",
        date(2026, 1, 20),
        date(2026, 5, 1),
        P.DAY,
        id="senest-same-date",
    ),
    # ---- months and parts of months ---------------------------------------
    pytest.param(
        "i starten af august 2024",
        date(2024, 4, 24),
        date(2024, 8, 10),
        P.PART_OF_MONTH,
        id="starten-af",
    ),
    pytest.param(
        "i begyndelsen af marts",
        date(2026, 1, 20),
        date(2026, 3, 10),
        P.PART_OF_MONTH,
        id="begyndelsen-af",
    ),
    pytest.param(
        "i midten af august 2024",
        date(2024, 4, 24),
        date(2024, 8, 20),
        P.PART_OF_MONTH,
        id="midten-af",
    ),
    pytest.param(
        "ultimo marts",
        date(2026, 1, 20),
        date(2026, 3, 31),
        P.PART_OF_MONTH,
        id="ultimo-without-year",
    ),
    pytest.param(
        "inden udgangen af juni",
        date(2026, 1, 20),
        date(2026, 6, 30),
        P.PART_OF_MONTH,
        id="udgangen-af-month",
    ),
    pytest.param(
        "medio feb. 2026",
        date(2026, 1, 5),
        date(2026, 2, 20),
        P.PART_OF_MONTH,
        id="medio-abbreviation",
    ),
    pytest.param(
        "frem mod februar",
        date(2019, 12, 5),
        date(2020, 2, 29),
        P.MONTH,
        id="frem-mod",
    ),
    pytest.param(
        "i løbet af marts",
        date(2026, 1, 20),
        date(2026, 3, 31),
        P.MONTH,
        id="i-loebet-af-month",
    ),
    pytest.param(
        "Juni-august 2015",
        date(2015, 6, 4),
        date(2015, 8, 31),
        P.MONTH,
        id="month-range",
    ),
    pytest.param(
        "september 2024",
        date(2024, 4, 24),
        date(2024, 9, 30),
        P.MONTH,
        id="bare-month-with-year",
    ),
    pytest.param(
        "forelagt chefforum (juni)",
        date(2024, 4, 24),
        date(2024, 6, 30),
        P.MONTH,
        id="month-in-parentheses",
    ),
    pytest.param(
        "i august",
        date(2025, 12, 10),
        date(2026, 8, 31),
        P.MONTH,
        id="month-long-past-is-next-year",
    ),
    # ---- quarters, half-years, weeks ----------------------------------------
    pytest.param(
        "Q1 2020", date(2019, 12, 5), date(2020, 3, 31), P.QUARTER, id="q-notation"
    ),
    pytest.param(
        "Q3/2026", date(2026, 1, 20), date(2026, 9, 30), P.QUARTER, id="q-slash-year"
    ),
    pytest.param(
        "første kvartal",
        date(2019, 12, 5),
        date(2020, 3, 31),
        P.QUARTER,
        id="quarter-word-next-year",
    ),
    pytest.param(
        "i 2. kvartal",
        date(2026, 5, 2),
        date(2026, 6, 30),
        P.QUARTER,
        id="current-quarter",
    ),
    pytest.param(
        "fjerde kvartal 2026",
        date(2026, 1, 20),
        date(2026, 12, 31),
        P.QUARTER,
        id="fourth-quarter",
    ),
    pytest.param(
        "1. kv. 2027",
        date(2026, 1, 20),
        date(2027, 3, 31),
        P.QUARTER,
        id="kv-abbreviation",
    ),
    pytest.param(
        "1. halvår 2026",
        date(2026, 1, 20),
        date(2026, 6, 30),
        P.QUARTER,
        id="half-year",
    ),
    pytest.param(
        "uge 39 2024",
        date(2024, 4, 24),
        date(2024, 9, 29),
        P.WEEK,
        id="week-with-year",
    ),
    pytest.param(
        "uge 7-8", date(2025, 12, 10), date(2026, 2, 22), P.WEEK, id="week-range"
    ),
    pytest.param(
        "i uge 2",
        date(2025, 12, 10),
        date(2026, 1, 11),
        P.WEEK,
        id="week-next-year",
    ),
    pytest.param(
        "i næste uge", date(2024, 4, 24), date(2024, 5, 5), P.WEEK, id="next-week"
    ),
    # ---- seasons, years and holidays ------------------------------------------
    pytest.param(
        "i foråret", date(2024, 1, 24), date(2024, 5, 31), P.SEASON, id="spring"
    ),
    pytest.param(
        "i sommeren", date(2024, 1, 24), date(2024, 8, 31), P.SEASON, id="summer"
    ),
    pytest.param(
        "hen over sommer 2026",
        date(2026, 1, 20),
        date(2026, 8, 31),
        P.SEASON,
        id="summer-without-article",
    ),
    pytest.param(
        "i vinteren",
        date(2024, 4, 24),
        date(2025, 2, 28),
        P.SEASON,
        id="winter-ends-next-february",
    ),
    pytest.param(
        "inden sommeren",
        date(2014, 6, 19),
        date(2014, 7, 1),
        P.SEASON,
        id="before-summer-means-holidays",
    ),
    pytest.param(
        "inden jul",
        date(2026, 1, 20),
        date(2026, 12, 23),
        P.SEASON,
        id="before-christmas",
    ),
    pytest.param(
        "inden juleferien",
        date(2026, 1, 20),
        date(2026, 12, 23),
        P.SEASON,
        id="before-christmas-holidays",
    ),
    pytest.param(
        "inden påske",
        date(2024, 1, 19),
        date(2024, 3, 27),
        P.SEASON,
        id="before-easter",
    ),
    pytest.param(
        "inden påske 2026",
        date(2025, 12, 10),
        date(2026, 4, 1),
        P.SEASON,
        id="before-easter-with-year",
    ),
    pytest.param(
        "inden efterårsferien",
        date(2024, 1, 19),
        date(2024, 10, 11),
        P.SEASON,
        id="before-autumn-holidays-week-42",
    ),
    pytest.param(
        "inden vinterferien",
        date(2024, 1, 19),
        date(2024, 2, 9),
        P.SEASON,
        id="before-winter-holidays-week-7",
    ),
    pytest.param(
        "inden årsskiftet",
        date(2024, 1, 19),
        date(2024, 12, 31),
        P.SEASON,
        id="before-new-year",
    ),
    pytest.param(
        "frem mod sommerferien",
        date(2026, 1, 20),
        date(2026, 7, 1),
        P.SEASON,
        id="towards-summer-holidays",
    ),
    pytest.param(
        "inden udgangen af 2024",
        date(2024, 1, 19),
        date(2024, 12, 31),
        P.SEASON,
        id="end-of-year",
    ),
    pytest.param(
        "i løbet af 2025",
        date(2024, 1, 19),
        date(2025, 12, 31),
        P.SEASON,
        id="during-year",
    ),
    pytest.param(
        "i 2020.",
        date(2019, 12, 5),
        date(2020, 12, 31),
        P.SEASON,
        id="year-before-full-stop",
    ),
    pytest.param(
        "inden 2026",
        date(2024, 1, 19),
        date(2025, 12, 31),
        P.SEASON,
        id="before-a-year-begins",
    ),
    pytest.param(
        "primo 2018",
        date(2017, 11, 15),
        date(2018, 3, 31),
        P.SEASON,
        id="primo-year",
    ),
    pytest.param(
        "i år", date(2025, 3, 10), date(2025, 12, 31), P.SEASON, id="this-year"
    ),
    pytest.param(
        "i løbet af næste år",
        date(2025, 3, 10),
        date(2026, 12, 31),
        P.SEASON,
        id="next-year",
    ),
    # ---- relative periods ------------------------------------------------------
    pytest.param(
        "om to måneder",
        date(2017, 11, 15),
        date(2018, 1, 15),
        P.RELATIVE,
        id="number-word-months",
    ),
    pytest.param(
        "inden for 14 dage",
        date(2017, 11, 15),
        date(2017, 11, 29),
        P.RELATIVE,
        id="within-days",
    ),
    pytest.param(
        "efter 6 måneder",
        date(2017, 11, 15),
        date(2018, 5, 15),
        P.RELATIVE,
        id="after-months",
    ),
    pytest.param(
        "om et halvt år",
        date(2017, 11, 15),
        date(2018, 5, 15),
        P.RELATIVE,
        id="half-a-year",
    ),
    pytest.param(
        "om fjorten dage",
        date(2026, 1, 20),
        date(2026, 2, 3),
        P.RELATIVE,
        id="fjorten",
    ),
    pytest.param(
        "inden for de næste tre måneder",
        date(2026, 1, 31),
        date(2026, 4, 30),
        P.RELATIVE,
        id="next-three-months-clamped",
    ),
    pytest.param(
        "efter halvandet år",
        date(2026, 1, 20),
        date(2027, 7, 20),
        P.RELATIVE,
        id="one-and-a-half-years",
    ),
    pytest.param(
        "om tolv uger",
        date(2026, 1, 20),
        date(2026, 4, 14),
        P.RELATIVE,
        id="tolv-weeks",
    ),
]


@pytest.mark.parametrize(("phrase", "anchor", "due", "precision"), TABLE)
def test_parse_deadline_resolves_phrase(phrase, anchor, due, precision):
    deadline = parse_deadline(phrase, anchor)
    assert deadline is not None
    assert (deadline.due_date, deadline.precision) == (due, precision)
    assert deadline.is_past is False


@pytest.mark.parametrize(
    ("phrase", "anchor", "start"),
    [
        pytest.param(
            "efter den 7/1 2020", date(2019, 12, 5), date(2020, 1, 7), id="after-date"
        ),
        pytest.param(
            "efter sommerferien",
            date(2024, 4, 24),
            date(2024, 8, 10),
            id="after-summer-holidays",
        ),
        pytest.param(
            "fra 1. januar 2027", date(2026, 1, 20), date(2027, 1, 1), id="from-date"
        ),
        pytest.param(
            "efter nytår", date(2026, 11, 20), date(2027, 1, 1), id="after-new-year"
        ),
        pytest.param(
            "fra efteråret", date(2026, 1, 20), date(2026, 9, 1), id="from-autumn"
        ),
        pytest.param(
            "efter 2026", date(2025, 1, 20), date(2026, 1, 1), id="after-a-year"
        ),
    ],
)
def test_start_phrases_give_no_deadline(phrase, anchor, start):
    deadline = parse_deadline(phrase, anchor)
    assert deadline is not None
    assert deadline.precision == Precision.START_ONLY
    assert deadline.due_date is None
    assert deadline.start_date == start


@pytest.mark.parametrize(
    ("phrase", "event"),
    [
        pytest.param(
            "på næstkommende KommuneMED", "KommuneMED", id="next-named-committee"
        ),
        pytest.param("på næste møde", "", id="next-meeting"),
        pytest.param("på et kommende møde", "", id="a-coming-meeting"),
        pytest.param("på næste udvalgsmøde", "", id="next-committee-meeting"),
        pytest.param("på førstkommende møde", "", id="first-coming-meeting"),
        pytest.param("på et af de kommende møder", "", id="one-of-the-coming-meetings"),
        pytest.param("til budgetseminaret", "budgetseminaret", id="named-occasion"),
        pytest.param(
            "på næste møde i Økonomiudvalget", "Økonomiudvalget", id="meeting-of-body"
        ),
        pytest.param(
            "på Kommunalbestyrelsens næste møde",
            "Kommunalbestyrelsen",
            id="body-genitive",
        ),
    ],
)
def test_event_phrases_name_the_event_and_give_no_date(phrase, event):
    deadline = parse_deadline(phrase, date(2026, 1, 20))
    assert deadline is not None
    assert deadline.precision == Precision.EVENT
    assert deadline.due_date is None
    assert deadline.event == event
    assert deadline.text == phrase


@pytest.mark.parametrize(
    ("phrase", "due", "precision", "event"),
    [
        pytest.param(
            "på Økonomiudvalgets møde i marts",
            date(2026, 3, 31),
            P.MONTH,
            "Økonomiudvalget",
            id="event-with-month-is-month",
        ),
        pytest.param(
            "på Kommunalbestyrelsens møde den 24. februar 2026",
            date(2026, 2, 24),
            P.DAY,
            "Kommunalbestyrelsen",
            id="event-with-day-is-day",
        ),
        pytest.param(
            "til ØU's møde i april",
            date(2026, 4, 30),
            P.MONTH,
            "ØU",
            id="abbreviated-body",
        ),
    ],
)
def test_event_with_a_date_takes_the_date_and_keeps_the_event(
    phrase, due, precision, event
):
    deadline = parse_deadline(phrase, date(2026, 1, 20))
    assert deadline is not None
    assert (deadline.due_date, deadline.precision) == (due, precision)
    assert deadline.event == event
    assert deadline.text == phrase


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        pytest.param(
            "Chefforum godkendte referatet af 2. november 2017.",
            date(2017, 11, 15),
            id="explicit-past-date",
        ),
        pytest.param(
            "referatet fra mødet den 21. november",
            date(2019, 12, 5),
            id="yearless-recent-past",
        ),
        pytest.param("sagen blev udsat i 2023", date(2024, 4, 24), id="past-year"),
        pytest.param(
            "Behandlet af Økonomiudvalget d. 3. december 2019",
            date(2019, 12, 5),
            id="two-days-before",
        ),
        pytest.param("på KB mødet i april", date(2015, 6, 4), id="recent-month"),
        pytest.param(
            "ordningen blev besluttet i marts",
            date(2026, 6, 20),
            id="month-three-months-back",
        ),
        pytest.param("i efteråret", date(2019, 12, 5), id="recent-season"),
        pytest.param("beslutningen fra april 2017", date(2024, 4, 24), id="past-start"),
    ],
)
def test_dates_before_the_meeting_are_flagged_past(text, anchor):
    found = find_deadlines(text, anchor)
    assert found
    assert all(d.is_past for d in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mødet starter kl. 17.00", id="time"),
        pytest.param("fra 19.00-22.00", id="time-range"),
        pytest.param("00.01.00-A00-3-17", id="kle-case-number"),
        pytest.param("02.05.10-G01-4-17", id="kle-case-number-like-a-date"),
        pytest.param("15/7111", id="old-case-number"),
        pytest.param("Sygefraværstatistik 1.-3. kv. 2017", id="quarter-range-title"),
        pytest.param("Plan MED 2024 - 2025", id="year-range"),
        pytest.param("2.13 Standardisering og forenkling", id="catalogue-number"),
        pytest.param("1/3 af budgettet", id="fraction"),
        pytest.param("sendes til Maj Hansen", id="name-like-month"),
        pytest.param("14,9 sygedage pr. medarbejder", id="decimal-number"),
        pytest.param("Budget 2021", id="bare-year"),
        pytest.param("juni", id="bare-month-without-preposition"),
        pytest.param("en besparelse over 4 år", id="over-years-is-not-a-deadline"),
    ],
)
def test_non_dates_are_not_deadlines(text):
    assert find_deadlines(text, date(2026, 1, 20)) == []


def test_find_deadlines_returns_offsets_of_each_phrase():
    text = "Forvaltningen vender tilbage i uge 12 og igen inden sommerferien."
    found = find_deadlines(text, date(2026, 1, 20))
    assert [text[d.start : d.end] for d in found] == ["i uge 12", "inden sommerferien"]
    assert [d.text for d in found] == ["i uge 12", "inden sommerferien"]


def test_find_deadlines_prefers_the_longest_reading():
    found = find_deadlines("i slutningen af august 2024", date(2024, 4, 24))
    assert len(found) == 1
    assert found[0].text == "i slutningen af august 2024"


def test_sentence_with_past_and_future_dates_keeps_both_in_order():
    text = (
        "På baggrund af ØU drøftelse den 3. december 2019 skal der arbejdes på en "
        "revideret proces, som forelægges ØU i februar 2020."
    )
    found = find_deadlines(text, date(2019, 12, 5))
    assert [(d.text, d.is_past) for d in found] == [
        ("den 3. december 2019", True),
        ("i februar 2020", False),
    ]


def test_parse_deadline_returns_none_without_a_deadline():
    assert parse_deadline("Godkendt.", date(2026, 1, 20)) is None


def test_deadline_is_frozen():
    deadline = Deadline(date(2026, 1, 1), Precision.DAY, "1/1", 0, 3)
    with pytest.raises(AttributeError):
        deadline.due_date = None  # type: ignore[misc]


@pytest.mark.parametrize(
    ("phrase", "meeting", "due"),
    [
        pytest.param(
            "inden pinse", date(2026, 3, 1), date(2026, 5, 22), id="pentecost"
        ),
        pytest.param(
            "inden Kristi himmelfart",
            date(2026, 3, 1),
            date(2026, 5, 13),
            id="ascension",
        ),
        pytest.param(
            "efter påske 2024",
            date(2024, 1, 10),
            None,
            id="after-easter-is-no-deadline",
        ),
    ],
)
def test_holidays_that_move_come_from_the_danish_calendar(phrase, meeting, due):
    assert parse_deadline(phrase, meeting).due_date == due


def test_danish_holidays_follow_the_law_of_the_year():
    # Store bededag was abolished as a public holiday from 2024.
    assert "Great Prayer Day" in danish_holidays(2023)
    assert "Great Prayer Day" not in danish_holidays(2024)


def test_precision_constants_cover_the_documented_values():
    assert set(Precision) == {
        "day",
        "month",
        "part_of_month",
        "quarter",
        "week",
        "season",
        "relative",
        "event",
        "start_only",
    }


@pytest.mark.parametrize(
    "phrase, event",
    [
        ("på udvalgets næste møde", ""),
        ("inden Udvalgets næste møde", ""),
        ("til kommissionens næste møde", ""),
        ("på lokaludvalgets næste møde", "Lokaludvalget"),
        ("på forretningsudvalgets næstkommende møde", "Forretningsudvalget"),
    ],
)
def test_genitive_in_any_case_before_next_meeting(phrase, event):
    deadline = parse_deadline(phrase, date(2026, 1, 20))
    assert deadline is not None
    assert (deadline.precision, deadline.event, deadline.due_date) == (
        Precision.EVENT,
        event,
        None,
    )


@pytest.mark.parametrize(
    "text", ["på udvalgets møde", "på forretningsudvalgets møde", "udvalgets næste"]
)
def test_lower_case_genitive_without_next_is_no_event(text):
    assert find_deadlines(text, date(2026, 1, 20)) == []
