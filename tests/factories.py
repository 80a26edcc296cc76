"""factory_boy factories for every model."""

import datetime

import factory
from django.contrib.auth import get_user_model

from decisions.models import FollowUp, Unit, UnitAlias
from decisions.services import unit_named
from minutes.models import (
    AgendaItem,
    Attachment,
    Body,
    Clause,
    Decision,
    Meeting,
    Recommendation,
)
from webhooks.models import EventType, Webhook, WebhookDelivery


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests-123")


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Udvalg {n}")


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(n))
    start_time = datetime.time(9, 0)
    location = "Mødelokale 1"


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: n + 1)
    position = factory.SelfAttribute("number")
    title = factory.Sequence(lambda n: f"Punkt om emne {n}")
    case_number = factory.Sequence(lambda n: f"00.01.00-A00-{n}-24")
    sections = factory.LazyFunction(
        lambda: [{"heading": "Sagsfremstilling", "text": "Sagen handler om noget."}]
    )


class AttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attachment

    agenda_item = factory.SubFactory(AgendaItemFactory)
    position = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Bilag {n}")


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    agenda_item = factory.SubFactory(AgendaItemFactory)
    proposer = "Direktøren"


class ClauseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clause

    recommendation = factory.SubFactory(RecommendationFactory)
    number = factory.Sequence(lambda n: n + 1)
    text = "at indstillingen godkendes"


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    agenda_item = factory.SubFactory(AgendaItemFactory)
    text = "Godkendt."


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Enhed {n}")


class UnitAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UnitAlias

    unit = factory.SubFactory(UnitFactory)
    alias = factory.Sequence(lambda n: f"E{n}")


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    agenda_item = factory.SubFactory(AgendaItemFactory)
    # Copies of the item's flag and forum, as the import and the services keep them.
    is_closed = factory.SelfAttribute("agenda_item.is_closed")
    body = factory.SelfAttribute("agenda_item.meeting.body")
    responsible = ""
    responsible_unit_id = factory.LazyAttribute(lambda o: unit_named(o.responsible))
    description = factory.Sequence(
        lambda n: f"Forvaltningen vender tilbage med sag {n}"
    )
    source_text = factory.SelfAttribute("description")
    origin = "decision"
    due_date = datetime.date(2030, 1, 31)
    due_precision = "month"
    due_text = "i januar 2030"


class WebhookFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Webhook

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Integration {n}")
    url = "https://hooks.example.org/minutes"
    secret = factory.Sequence(lambda n: f"secret-{n:04d}-0123456789abcdef")
    events = factory.LazyFunction(lambda: list(EventType.values))


class WebhookDeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WebhookDelivery

    webhook = factory.SubFactory(WebhookFactory)
    event = EventType.FOLLOW_UP_CREATED
    payload = factory.LazyFunction(lambda: {"event": "follow_up.created", "data": {}})
