"""Keeping what a follow-up copies from other models true when those change
outside an import (the admin, the API): its item's closed flag, its meeting's
forum and the unit its responsible names. Connected in decisions/apps.py."""

from django.db.models.signals import post_delete, post_save

from decisions.models import FollowUp, Unit, UnitAlias
from decisions.services import link_follow_ups_to_unit
from minutes.models import AgendaItem, Meeting


def agenda_item_saved(sender, instance, **kwargs):
    FollowUp.objects.filter(agenda_item=instance).sync_item_copies()


def meeting_saved(sender, instance, created, **kwargs):
    # Only the forum can have changed (a new meeting has no follow-ups yet).
    if not created:
        FollowUp.objects.filter(agenda_item__meeting=instance).exclude(
            body_id=instance.body_id
        ).update(body_id=instance.body_id)


def unit_saved(sender, instance, **kwargs):
    link_follow_ups_to_unit(instance)


def unit_alias_saved(sender, instance, **kwargs):
    link_follow_ups_to_unit(instance.unit)


def unit_alias_deleted(sender, instance, **kwargs):
    # Only unlinking: the unit itself may be being deleted with its aliases.
    unit = Unit.objects.filter(pk=instance.unit_id).first()
    if unit is not None:
        link_follow_ups_to_unit(unit, link_new=False)


def connect() -> None:
    post_save.connect(agenda_item_saved, sender=AgendaItem)
    post_save.connect(meeting_saved, sender=Meeting)
    post_save.connect(unit_saved, sender=Unit)
    post_save.connect(unit_alias_saved, sender=UnitAlias)
    post_delete.connect(unit_alias_deleted, sender=UnitAlias)
