"""The agenda item page: sections, attendance and earlier decisions as readable
text, the source lines read-only, clauses with their outcome, follow-ups; and
the decision list with meeting, date and filters."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from minutes.admin_forms import (
    LinesField,
    PriorDecisionsField,
    SectionsField,
    text_to_blocks,
)
from minutes.models import AgendaItem, FieldCorrection
from tests.factories import (
    AgendaItemFactory,
    ClauseFactory,
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
)
from tests.minutes.test_admin import change_form_data

pytestmark = pytest.mark.django_db

SOURCE = "\n".join(
    [
        "REFERAT",
        "Punkt 1: Budget",
        "Sagsfremstilling",
        "Budgettet er lagt.",
        "Beslutning",
        "Godkendt.",
    ]
)


@pytest.fixture
def item():
    item = AgendaItemFactory(
        meeting=MeetingFactory(source_text=SOURCE),
        title="Budget",
        first_line=2,
        last_line=6,
        sections=[
            {"heading": "Sagsfremstilling", "text": "Budgettet er lagt.\nLinje to."},
            {"heading": "Økonomi", "text": "Ingen udgifter."},
        ],
        absentees=["Niels Hansen"],
        participants=["Mette Jensen", "Ole Berg"],
        prior_decisions=[
            {"body": "Økonomiudvalget", "date": "2026-02-03", "text": "Anbefales."}
        ],
    )
    clause = ClauseFactory(
        recommendation__agenda_item=item, text="at budgettet godkendes"
    )
    clause.outcome = "approved"
    clause.save()
    DecisionFactory(agenda_item=item, text="Godkendt.")
    FollowUpFactory(agenda_item=item, description="ØS vender tilbage i maj")
    return item


def page(item):
    return f"/admin/minutes/agendaitem/{item.pk}/change/"


def test_item_page_shows_structured_text_readably(admin_client, item):
    content = admin_client.get(page(item)).content.decode()

    assert "## Sagsfremstilling\nBudgettet er lagt.\nLinje to.\n\n## Økonomi" in content
    assert "Mette Jensen\nOle Berg" in content
    assert "## Økonomiudvalget, 2026-02-03\nAnbefales." in content
    assert "&quot;heading&quot;" not in content  # no JSON


def test_item_page_shows_source_lines_clauses_and_follow_ups(admin_client, item):
    content = admin_client.get(page(item)).content.decode()

    assert "Punkt 1: Budget\nSagsfremstilling\nBudgettet er lagt." in content
    assert 'name="source_text"' not in content
    assert "at budgettet godkendes <em>(Godkendt)</em>" in content
    assert "ØS vender tilbage i maj" in content


def test_saving_unchanged_records_no_correction(admin_client, item):
    data = change_form_data(admin_client.get(page(item)))

    response = admin_client.post(page(item), data)

    assert response.status_code == 302
    assert not FieldCorrection.objects.filter(
        field_name__in=["sections", "absentees", "participants", "prior_decisions"]
    ).exists()


def test_editing_sections_and_attendance_as_text(admin_client, item):
    data = change_form_data(admin_client.get(page(item)))
    data["sections"] = "## Sagsfremstilling\r\nNy tekst.\r\n\r\n## Status\r\nI gang."
    data["participants"] = "Mette Jensen\r\n\r\nKaren Olsen\r\n"
    data["prior_decisions"] = "## Teknisk Udvalg, 2026-01-12\r\nOversendes."

    response = admin_client.post(page(item), data)

    assert response.status_code == 302
    item = AgendaItem.objects.get(pk=item.pk)
    assert item.sections == [
        {"heading": "Sagsfremstilling", "text": "Ny tekst."},
        {"heading": "Status", "text": "I gang."},
    ]
    assert item.participants == ["Mette Jensen", "Karen Olsen"]
    assert item.prior_decisions == [
        {"body": "Teknisk Udvalg", "date": "2026-01-12", "text": "Oversendes."}
    ]
    assert set(
        FieldCorrection.objects.filter(object_id=item.pk).values_list(
            "field_name", flat=True
        )
    ) == {"sections", "participants", "prior_decisions"}


def test_a_bad_date_in_an_earlier_decision_is_a_form_error(admin_client, item):
    data = change_form_data(admin_client.get(page(item)))
    data["prior_decisions"] = "## Teknisk Udvalg, 2026-02-31\nOversendes."

    response = admin_client.post(page(item), data)

    assert response.status_code == 200
    assert "er ikke en gyldig dato" in response.content.decode()


def test_fields_round_trip():
    sections = [{"heading": "A", "text": "x\n\ny"}, {"heading": "B", "text": ""}]
    field = SectionsField()
    assert field.to_python(field.prepare_value(sections)) == sections
    priors = [{"body": "KB", "date": None, "text": "Godkendt."}]
    assert (
        PriorDecisionsField().to_python(PriorDecisionsField().prepare_value(priors))
        == priors
    )
    assert LinesField().to_python(" a \r\n\r\nb") == ["a", "b"]
    assert text_to_blocks("løs tekst\n## A\ntekst") == [
        ("", "løs tekst"),
        ("A", "tekst"),
    ]


def test_decision_list_shows_meeting_and_date_and_filters_by_body(admin_client):
    first = DecisionFactory(
        agenda_item__meeting=MeetingFactory(date=datetime.date(2026, 3, 4))
    )
    DecisionFactory()

    response = admin_client.get("/admin/minutes/decision/")
    filtered = admin_client.get(
        "/admin/minutes/decision/",
        {"agenda_item__meeting__body__id__exact": first.agenda_item.meeting.body_id},
    )

    content = response.content.decode()
    assert "04-03-2026" in content
    assert str(first.agenda_item.meeting.body) in content
    assert list(filtered.context["cl"].result_list) == [first]


@pytest.mark.parametrize(
    ("url", "make_rows"),
    [
        ("/admin/minutes/decision/", DecisionFactory.create_batch),
        ("/admin/minutes/agendaitem/", AgendaItemFactory.create_batch),
        ("/admin/minutes/meeting/", MeetingFactory.create_batch),
        ("/admin/minutes/attachment/", None),
    ],
)
def test_changelists_answer_in_a_fixed_number_of_queries(admin_client, url, make_rows):
    from tests.factories import AttachmentFactory

    make_rows = make_rows or AttachmentFactory.create_batch
    make_rows(1)
    admin_client.get(url)
    with CaptureQueriesContext(connection) as one_row:
        admin_client.get(url)
    make_rows(5)
    with CaptureQueriesContext(connection) as six_rows:
        admin_client.get(url)
    assert len(six_rows) == len(one_row)


def test_meeting_absentees_are_edited_one_per_line(admin_client):
    meeting = MeetingFactory(absentees=["Niels Hansen"])
    url = f"/admin/minutes/meeting/{meeting.pk}/change/"
    data = change_form_data(admin_client.get(url))
    assert data["absentees"] == "Niels Hansen"
    data["absentees"] = "Niels Hansen\r\nMette Jensen"

    response = admin_client.post(url, data)

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.absentees == ["Niels Hansen", "Mette Jensen"]
