"""The layering the docs promise, checked by reading every module's imports with ``ast``."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2] / "backend"
MAX_LINES = 400

# Known offenders, each fixed on another branch of issue #17; the lead empties this list after
# merging those branches (an entry that no longer offends fails the test, so it cannot go stale).
ALLOWED: set[tuple[str, str]] = set()

DOMAIN = ("routing", "escalation", "learning", "insights")
ROUTING_MAY_NOT_IMPORT = ("flask", "backend.db", "backend.models", "backend.api",
                          "backend.escalation", "backend.learning", "backend.insights")
MAY_IMPORT_API = ("api/", "__init__.py", "cli.py")


def modules() -> Iterator[tuple[str, ast.Module, int]]:
    """(path relative to backend/, parsed tree, line count) of every backend module."""
    for path in sorted(BACKEND.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        yield path.relative_to(BACKEND).as_posix(), ast.parse(text), len(text.splitlines())


def imported(tree: ast.Module) -> set[str]:
    """Every module name a tree imports (``from a import b`` counts as a and a.b)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def uses_name(tree: ast.Module, name: str) -> bool:
    """True when the tree imports or mentions ``name``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == name:
            return True
        if isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names):
            return True
    return False


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def offences() -> set[tuple[str, str]]:
    """Every (module, what it should not use) pair in backend/."""
    found: set[tuple[str, str]] = set()
    for rel, tree, lines in modules():
        names = imported(tree)
        if lines > MAX_LINES:
            found.add((rel, f"{lines} lines"))
        if rel.startswith("routing/"):
            found.update((rel, banned) for banned in ROUTING_MAY_NOT_IMPORT
                         if any(within(n, banned) for n in names))
        if rel.split("/")[0] in DOMAIN and uses_name(tree, "APIError"):
            found.add((rel, "APIError"))
        if not rel.startswith(MAY_IMPORT_API) and any(within(n, "backend.api") for n in names):
            found.add((rel, "backend.api"))
    return found


def test_layers_hold_apart_from_the_known_offenders() -> None:
    assert offences() - ALLOWED == set()


def test_every_known_offender_still_offends() -> None:
    # Once another branch fixes one, its entry must go: the list is a to-do, not a waiver.
    assert ALLOWED - offences() == set()


def test_the_checks_see_what_they_look_for() -> None:
    tree = ast.parse("from flask import current_app\nimport backend.api.schemas\nAPIError(1)\n")
    assert {"flask", "flask.current_app", "backend.api.schemas"} <= imported(tree)
    assert uses_name(tree, "APIError")
    assert any(rel == "api/escalations.py" for rel, _, _ in modules())
