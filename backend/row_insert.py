"""A one-row ``INSERT ... RETURNING id`` compiled once per engine, run on a pooled DBAPI cursor.

The suggestion endpoint records a row on every request. Through ``Connection.execute`` the
statement's compiled-cache look-up, parameter and default processing and result objects cost
more than the statement and the commit together, several times more inside a loaded worker
whose CPU caches the routing has just filled (docs/performance.md). Here SQLAlchemy still
writes the SQL for the engine's dialect and converts each value with the column type's own
bind processor, so the row stored is the one ``Connection.execute`` would store, on SQLite and
on PostgreSQL alike. The caller gives every column it writes, Python-side defaults included:
no default runs here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, Table, insert
from sqlalchemy.exc import DBAPIError


class RowInsert:
    """``INSERT INTO table (columns) VALUES (...) RETURNING id`` for one engine."""

    def __init__(self, table: Table, columns: Sequence[str], engine: Engine) -> None:
        dialect = engine.dialect
        compiled = insert(table).returning(table.c.id).compile(
            dialect=dialect, column_keys=list(columns))
        # A column with a Python-side default the caller does not give would be bound here
        # and left for SQLAlchemy's default processing, which this path skips.
        bound = set(compiled.binds)
        if bound != set(columns):
            raise ValueError(f"give every column the INSERT binds: {sorted(bound)}")
        self.engine = engine
        self.dbapi_error: type[Exception] = dialect.loaded_dbapi.Error
        self.table = table.name
        self.sql = str(compiled)
        # qmark (SQLite) takes a sequence in the statement's order; pyformat (psycopg) a dict.
        self.order: list[str] | None = (list(compiled.positiontup or ())
                                        if compiled.positional else None)
        self.processors: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.processors[name] = processor
        # The positional order with each column's processor, read once per row.
        self._ordered = ([(name, self.processors.get(name)) for name in self.order]
                         if self.order is not None else None)

    def parameters(self, row: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        """The row's values as the DBAPI takes them (converted by each column's type)."""
        if self._ordered is not None:  # qmark: a list in the statement's order, made at once
            return [row[name] if processor is None else processor(row[name])
                    for name, processor in self._ordered]
        return {name: self.processors[name](value) if name in self.processors else value
                for name, value in row.items()}

    def __call__(self, row: Mapping[str, Any]) -> int:
        """Insert the row in a transaction of its own; its new id."""
        parameters = self.parameters(row)
        dbapi_error = self.dbapi_error
        try:
            connection = self.engine.raw_connection()  # the pool's, pre-pinged where configured
            try:
                cursor = connection.cursor()
                try:
                    cursor.execute(self.sql, parameters)
                    returned = cursor.fetchone()
                finally:
                    cursor.close()
                connection.commit()
            finally:
                connection.close()  # back to the pool, which rolls back whatever is left open
        except dbapi_error as exc:
            # Raised as Connection.execute raises them, so the API maps them as it always has
            # (a database that is down or unreachable answers 503).
            raise DBAPIError.instance(self.sql, parameters, exc, dbapi_error) from exc
        if returned is None:  # RETURNING of a one-row INSERT always gives its row
            raise RuntimeError(f"INSERT INTO {self.table} returned no id")
        return int(returned[0])
