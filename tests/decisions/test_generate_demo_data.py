"""manage.py generate_demo_data: an archive at scale for measuring."""

import pytest
from django.core.management import CommandError, call_command

from decisions.models import FollowUp
from minutes.models import AgendaItem, Meeting

pytestmark = pytest.mark.django_db


def test_makes_meetings_items_and_one_follow_up_per_item(capsys):
    call_command("generate_demo_data", meetings=30, items_per_meeting=3, batch=7)

    assert Meeting.objects.count() == 30
    assert AgendaItem.objects.count() == 90
    assert FollowUp.objects.count() == 90
    assert "30 meetings, 90 agenda items" in capsys.readouterr().out


def test_follow_ups_carry_their_items_closed_flag_and_unit():
    call_command("generate_demo_data", meetings=200, items_per_meeting=2)

    assert FollowUp.objects.filter(is_closed=True).exists()
    assert (
        not FollowUp.objects.exclude(is_closed=False)
        .exclude(agenda_item__is_closed=True)
        .exists()
    )
    with_unit = FollowUp.objects.exclude(responsible_unit=None).select_related(
        "responsible_unit"
    )
    assert all(f.responsible == f.responsible_unit.name for f in with_unit[:50])


def test_the_same_seed_gives_the_same_rows():
    def rows():
        return list(
            FollowUp.objects.order_by("pk").values_list(
                "description", "due_date", "status", "origin"
            )
        )

    call_command("generate_demo_data", meetings=20, items_per_meeting=2, seed=7)
    first = rows()
    FollowUp.objects.all().delete()
    Meeting.objects.all().delete()
    call_command("generate_demo_data", meetings=20, items_per_meeting=2, seed=7)

    assert rows() == first


def test_refuses_a_database_that_has_demo_data():
    call_command("generate_demo_data", meetings=2, items_per_meeting=1)

    with pytest.raises(CommandError, match="already has demo data"):
        call_command("generate_demo_data", meetings=2, items_per_meeting=1)
