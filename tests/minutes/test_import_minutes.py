"""The import service: SQL statements per referat do not grow with its items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from minutes.services import import_minutes

ITEM = """
Punkt {n}: Sag nummer {n}

00.01.00-A00-{n}-{day:02d}

Sagsfremstilling

Forvaltningen har udarbejdet et forslag.

Indstilling

Direktøren indstiller,

1. at forslaget godkendes, og
2. at forvaltningen vender tilbage med en evaluering.

Beslutning

Godkendt. Forvaltningen vender tilbage med en evaluering i 4. kvartal 2026.

Bilag

Forslag {n}
"""


def referat(items: int, day: int) -> bytes:
    header = f"Referat af møde i Planudvalget\n\nMødedato: {day}. marts 2026 kl. 9.00\n"
    # Case numbers of their own: a case coming back would add the suggestion
    # update, which the follow-up tests cover.
    body = "".join(ITEM.format(n=n, day=day) for n in range(1, items + 1))
    return (header + body).encode()


@pytest.mark.django_db
def test_statements_per_import_do_not_grow_with_the_number_of_items():
    def statements(items: int, day: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            report = import_minutes(data=referat(items, day), filename="r.txt")
        assert report.counts["agenda items"] == items
        assert report.counts["follow-ups"] == items
        return len(queries)

    import_minutes(data=referat(1, day=1), filename="r.txt")  # creates the body

    assert statements(2, day=3) == statements(12, day=10)


@pytest.mark.django_db
def test_a_postponed_item_is_due_on_the_next_meeting_the_referat_announces():
    from decisions.models import FollowUp

    text = (
        "Referat af møde i Planudvalget\n\nMødedato: 3. marts 2026 kl. 9.00\n"
        "\nPunkt 1: Ny cykelsti\n\nBeslutning\n\nSagen blev udsat.\n"
        "\nPunkt 2: Næste møde\n\nBeslutning\n\n"
        "Næste møde afholdes tirsdag den 14. april 2026.\n"
    )

    import_minutes(data=text.encode(), filename="r.txt")

    postponed = FollowUp.objects.get(origin="postponed")
    assert postponed.due_date.isoformat() == "2026-04-14"
    assert FollowUp.objects.count() == 1
