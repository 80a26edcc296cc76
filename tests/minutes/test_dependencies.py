"""Dependencies run one way: minutes (what a referat prints, and its import)
imports nothing from decisions (follow-ups). decisions joins an import through
the one hook in minutes.hooks; the API and the admin compose both."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MINUTES = Path(__file__).parents[2] / "minutes"
# The layers that compose both apps may import decisions.
COMPOSING = {"api", "admin.py", "admin_forms.py", "bench.py", "bench_import.py"}

MODULES = sorted(
    path
    for path in MINUTES.rglob("*.py")
    if "migrations" not in path.parts and not COMPOSING & {*path.parts, path.name}
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(MINUTES)))
def test_minutes_imports_nothing_from_decisions(path: Path) -> None:
    assert not any(m.split(".")[0] == "decisions" for m in _imports(path))


def test_the_models_the_referat_prints_live_in_minutes() -> None:
    from django.apps import apps

    for name in ("Recommendation", "Clause", "Decision", "Attachment"):
        assert apps.get_model("minutes", name)._meta.app_label == "minutes"
