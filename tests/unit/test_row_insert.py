"""The compiled one-row INSERT stores the row Core's execute stores, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, Table, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from backend.db import make_engine
from backend.models import Feedback, Suggestion
from backend.row_insert import RowInsert

SUGGESTIONS: Table = Suggestion.__table__  # type: ignore[assignment]
FEEDBACK: Table = Feedback.__table__  # type: ignore[assignment]
COLUMNS = ("ticket_id", "created_at", "model_version", "team", "confidence", "confident",
           "priority", "agent")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on an empty migrated database (SQLite, or PostgreSQL with --db=postgres)."""
    made = make_engine(database_url)
    yield made
    made.dispose()


def _stored(engine: Engine, row_id: int) -> dict[str, object]:
    with engine.connect() as connection:
        row = connection.execute(select(SUGGESTIONS).where(SUGGESTIONS.c.id == row_id)).one()
    return {key: value for key, value in row._mapping.items() if key != "id"}


def test_the_row_read_back_is_the_one_core_execute_stores(engine: Engine) -> None:
    record = RowInsert(SUGGESTIONS, COLUMNS, engine)
    # An aware time off UTC, a big ticket id, a None, a bool and a float: the column types'
    # own conversions must apply (SQLite keeps DateTime as text, Boolean as 0/1).
    values = {"ticket_id": 2**40 + 7, "created_at": datetime(2026, 12, 6, 9, 30, 1, 250,
                                                            tzinfo=timezone(timedelta(hours=2))),
              "model_version": None, "team": "cloud", "confidence": 0.8125, "confident": False,
              "priority": "se/p1", "agent": "agent 7 ✓"}
    with engine.begin() as connection:
        by_core = connection.execute(insert(SUGGESTIONS), values).inserted_primary_key
    assert by_core is not None
    first = record(values)
    second = record({**values, "confident": True, "created_at": datetime.now(UTC)})
    assert second == first + 1 and first == by_core[0] + 1  # ids as the table hands them out
    assert _stored(engine, first) == _stored(engine, by_core[0])
    assert _stored(engine, second)["confident"] is True


def test_every_column_the_insert_binds_must_be_given() -> None:
    engine = make_engine("sqlite://")
    # created_at and confident have Python-side defaults, which this path never runs.
    with pytest.raises(ValueError, match="created_at"):
        RowInsert(SUGGESTIONS, tuple(c for c in COLUMNS if c != "created_at"), engine)
    engine.dispose()


def test_database_errors_are_raised_as_sqlalchemys(engine: Engine) -> None:
    # A feedback row naming a suggestion that does not exist breaks the foreign key: the same
    # IntegrityError Connection.execute raises, which the API's error handlers map.
    columns = ("ticket_id", "suggestion_id", "created_at", "team", "priority", "source",
               "subject", "text")
    record = RowInsert(FEEDBACK, columns, engine)
    with pytest.raises(IntegrityError) as raised:
        record({"ticket_id": 1, "suggestion_id": 999_999, "created_at": datetime.now(UTC),
                "team": "cloud", "priority": "se/p2", "source": "sidebar", "subject": "",
                "text": ""})
    assert isinstance(raised.value, DBAPIError) and raised.value.statement == record.sql
    # The failed transaction was rolled back: the pooled connection works for the next row.
    assert record.engine is engine
    assert RowInsert(SUGGESTIONS, COLUMNS, engine)({
        "ticket_id": 1, "created_at": datetime.now(UTC), "model_version": 1, "team": "cloud",
        "confidence": 0.5, "confident": True, "priority": "se/p2", "agent": None}) >= 1


def test_an_unreachable_database_is_an_operational_error(tmp_path: object) -> None:
    # What errors.py answers with 503: here SQLite cannot open a file in a missing directory.
    engine = make_engine("sqlite:////nonexistent-dir/for/sure/x.sqlite3")
    with pytest.raises(OperationalError):
        RowInsert(SUGGESTIONS, COLUMNS, engine)({
            "ticket_id": 1, "created_at": datetime.now(UTC), "model_version": 1,
            "team": "cloud", "confidence": 0.5, "confident": True, "priority": "se/p2",
            "agent": None})
    engine.dispose()
