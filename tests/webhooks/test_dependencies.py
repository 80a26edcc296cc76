"""Dependencies run one way: webhooks listens to the signals minutes and
decisions send; nothing in minutes or decisions (their API and admin
included) imports webhooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.minutes.test_dependencies import _imports

ROOT = Path(__file__).parents[2]
MODULES = sorted(
    path
    for app in ("minutes", "decisions")
    for path in (ROOT / app).rglob("*.py")
    if "migrations" not in path.parts
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_minutes_and_decisions_import_nothing_from_webhooks(path: Path) -> None:
    assert not any(m.split(".")[0] == "webhooks" for m in _imports(path))


def test_the_signals_webhooks_listens_to_have_receivers() -> None:
    from decisions import signals as decisions_signals
    from minutes import signals as minutes_signals

    for signal in (
        minutes_signals.meeting_imported,
        decisions_signals.follow_up_created,
        decisions_signals.follow_up_changed,
        decisions_signals.follow_up_status_changed,
    ):
        assert signal.has_listeners()
