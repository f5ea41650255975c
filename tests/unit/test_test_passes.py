"""The suite's two passes split the work as scripts/run-tests says, and lose no database test.

Side by side, the PostgreSQL pass leaves the tests that touch no database --db chooses to the
SQLite pass. That is only safe while every fixture that reads --db is one conftest knows: a new
one missing from DATABASE_FIXTURES would quietly stop its tests running on PostgreSQL.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests import conftest

TESTS = Path(__file__).resolve().parents[1]


READS_DB = re.compile(r"""["']--db["']|\boption\.db\b""")
# Functions that may read --db without being a database fixture: the option's own hooks.
NOT_FIXTURES = {"pytest_addoption", "pytest_collection_modifyitems"}


def functions_reading_db() -> set[str]:
    """Names of the functions under tests/ (fixtures, tests, helpers) that read the --db option."""
    found = set()
    for path in TESTS.rglob("*.py"):
        if path == Path(__file__).resolve():
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                    and READS_DB.search(ast.get_source_segment(source, node) or "")):
                found.add(node.name)
    return found


def test_every_function_that_reads_the_db_option_is_a_database_fixture_or_a_known_hook():
    reading = functions_reading_db()
    assert {"database_url", "shared_app"} <= reading  # the scan finds them
    unknown = reading - conftest.DATABASE_FIXTURES - NOT_FIXTURES
    assert not unknown, f"{unknown} read --db: add them to conftest.DATABASE_FIXTURES"


def _items(*fixture_sets: tuple[str, ...], marked: frozenset[int] = frozenset()) -> list[Any]:
    """Stand-in test items with these fixtures; those numbered in `marked` are `sqlite_pass`."""
    return [SimpleNamespace(fixturenames=list(names), name=f"t{n}",
                            get_closest_marker=lambda name, n=n: (
                                name if name == "sqlite_pass" and n in marked else None))
            for n, names in enumerate(fixture_sets)]


def _collect(db: str, items: list[Any]) -> tuple[list[str], list[str]]:
    """Run the collection hook; (kept, deselected) test names."""
    deselected: list[Any] = []
    config = SimpleNamespace(
        getoption=lambda name: db,
        hook=SimpleNamespace(pytest_deselected=lambda items: deselected.extend(items)))
    conftest.pytest_collection_modifyitems(config, items)  # type: ignore[arg-type]
    return [i.name for i in items], [i.name for i in deselected]


ITEMS = (("make_app", "auth"), ("tmp_path",), ("pg_schema",), ("shared_app",), ())


def test_beside_the_sqlite_pass_the_postgres_pass_runs_only_database_tests(monkeypatch):
    monkeypatch.setenv("RFH_SQLITE_PASS", "1")
    monkeypatch.delenv("RFH_POSTGRES_PASS", raising=False)
    assert _collect("postgres", _items(*ITEMS)) == (["t0", "t2", "t3"], ["t1", "t4"])


def test_beside_the_postgres_pass_the_sqlite_pass_leaves_it_the_postgres_only_tests(monkeypatch):
    monkeypatch.setenv("RFH_POSTGRES_PASS", "1")
    monkeypatch.delenv("RFH_SQLITE_PASS", raising=False)
    assert _collect("sqlite", _items(*ITEMS)) == (["t0", "t1", "t3", "t4"], ["t2"])


@pytest.mark.parametrize("db", ["sqlite", "postgres"])
def test_a_pass_run_alone_keeps_every_test(monkeypatch, db):
    monkeypatch.delenv("RFH_SQLITE_PASS", raising=False)
    monkeypatch.delenv("RFH_POSTGRES_PASS", raising=False)
    assert _collect(db, _items(*ITEMS)) == (["t0", "t1", "t2", "t3", "t4"], [])


def test_beside_the_sqlite_pass_the_postgres_pass_leaves_it_the_sqlite_pass_tests(monkeypatch):
    monkeypatch.setenv("RFH_SQLITE_PASS", "1")
    monkeypatch.delenv("RFH_POSTGRES_PASS", raising=False)
    items = _items(*ITEMS, marked=frozenset({0}))
    assert _collect("postgres", items) == (["t2", "t3"], ["t0", "t1", "t4"])


def test_a_sqlite_pass_test_runs_in_the_sqlite_pass_beside_postgres(monkeypatch):
    monkeypatch.setenv("RFH_POSTGRES_PASS", "1")
    monkeypatch.delenv("RFH_SQLITE_PASS", raising=False)
    assert _collect("sqlite", _items(*ITEMS, marked=frozenset({0}))) == (
        ["t0", "t1", "t3", "t4"], ["t2"])


@pytest.mark.parametrize("db", ["sqlite", "postgres"])
def test_a_sqlite_pass_test_runs_in_a_pass_run_alone(monkeypatch, db):
    monkeypatch.delenv("RFH_SQLITE_PASS", raising=False)
    monkeypatch.delenv("RFH_POSTGRES_PASS", raising=False)
    assert _collect(db, _items(*ITEMS, marked=frozenset({0})))[0][0] == "t0"
