"""SQLAlchemy engine and sessions per app (in app.extensions), and the `db` accessor to them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from flask import Flask, current_app, has_app_context
from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Session, scoped_session, sessionmaker

from backend.row_insert import RowInsert


class Base(DeclarativeBase):
    """Declarative base of every table."""


def schema_missing(exc: DBAPIError) -> bool:
    """True when a statement failed because the tables do not exist yet (never migrated):
    SQLite's "no such table", PostgreSQL's undefined_table (42P01)."""
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code == "42P01" or "no such table" in str(exc.orig)


def make_engine(url: str) -> Engine:
    """Create an engine tuned for the backend in use (SQLite file or PostgreSQL)."""
    kwargs: dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        # pre_ping lets the service recover by itself after the database restarts.
        kwargs.update(pool_pre_ping=True, pool_size=5, max_overflow=5, pool_timeout=5)
        kwargs["connect_args"] = {"connect_timeout": 5}
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL and a busy timeout let concurrent writers queue instead of failing with "locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL is SQLite's recommended setting: the file is never corrupted and no
    # commit is lost when the service crashes; only a power cut or an OS crash can undo the last
    # commits. FULL waits for the disk on every commit (~3 ms on this machine: a sync worker
    # recording a suggestion sat idle that long). SQLite is for local use only (docs/install.md).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """One app's engine and sessions (each app built by create_app() has its own)."""

    def __init__(self, url: str) -> None:
        """Create the engine for url; connections open on first use."""
        self.url = url
        self.engine: Engine = make_engine(url)
        self.session: scoped_session[Session] = scoped_session(
            sessionmaker(bind=self.engine, expire_on_commit=False))
        self._inserts: dict[tuple[str, tuple[str, ...]], RowInsert] = {}

    @property
    def dialect(self) -> str:
        """The database dialect name: 'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a transaction of its own, committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only session whose queries all see the database as one moment, then rolled back.

        Figures read by several queries (the dashboard's totals beside its weekly table) must
        agree even when a suggestion is recorded between two of them.
        """
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                # pysqlite opens no transaction for a SELECT, so each query would read the newest
                # commit. After an explicit BEGIN the first SELECT takes a WAL read snapshot that
                # every later one shares, until the rollback below.
                connection.exec_driver_sql("BEGIN")
            else:
                # PostgreSQL's READ COMMITTED takes a snapshot per statement; this, one per
                # transaction, and a write fails loudly (the pool resets both on return).
                connection.execution_options(isolation_level="REPEATABLE READ",
                                             postgresql_readonly=True)
            with Session(bind=connection, expire_on_commit=False) as session:
                yield session
            # On an exception, closing the connection rolls back instead.
            connection.rollback()

    def row_insert(self, table: Table, columns: tuple[str, ...]) -> RowInsert:
        """The one-row INSERT of these columns on this database, compiled once."""
        key = (table.name, columns)
        found = self._inserts.get(key)
        if found is None:
            found = self._inserts[key] = RowInsert(table, columns, self.engine)
        return found

    def dispose(self) -> None:
        """Close the sessions and every pooled connection."""
        self.session.remove()
        self.engine.dispose()


class CurrentDatabase:
    """``db``: the Database of the app in context, or one bound explicitly outside any app.

    State lives in ``app.extensions["database"]``, so two apps in one process (tests, a script
    comparing two databases) each keep their own engine. Code that runs outside an app context
    and outside Flask (a script, a thread of its own) binds one with ``db.bind(url)``.
    """

    def __init__(self) -> None:
        self._outside: Database | None = None

    def init_app(self, app: Flask) -> Database:
        """Give the app its own Database on its DATABASE_URL; sessions end with the request."""
        database = Database(app.config["DATABASE_URL"])
        app.extensions[EXTENSION] = database

        def remove_session(_exc: BaseException | None) -> None:
            database.session.remove()

        app.teardown_appcontext(remove_session)
        return database

    def bind(self, url: str) -> Database:
        """Use a database of url wherever no app is in context (replaces an earlier binding)."""
        if self._outside is not None:
            self._outside.dispose()
        self._outside = Database(url)
        return self._outside

    def unbind(self) -> None:
        """Forget the binding made by bind() (and close its connections)."""
        if self._outside is not None:
            self._outside.dispose()
            self._outside = None

    def current(self) -> Database:
        """The app's Database inside an app context, else the one bound with bind()."""
        if has_app_context():
            database: Database = current_app.extensions[EXTENSION]
            return database
        if self._outside is None:
            raise RuntimeError("no database here: work inside an app context (app.app_context()"
                               " or a request), or bind one with db.bind(url)")
        return self._outside

    @property
    def engine(self) -> Engine:
        """The current Database's engine."""
        return self.current().engine

    @property
    def session(self) -> scoped_session[Session]:
        """The current Database's request-scoped session."""
        return self.current().session

    @property
    def dialect(self) -> str:
        """The current database's dialect name: 'sqlite' or 'postgresql'."""
        return self.current().dialect

    def transaction(self) -> AbstractContextManager[Session]:
        """A session in a transaction of its own on the current database."""
        return self.current().transaction()

    def snapshot(self) -> AbstractContextManager[Session]:
        """A read-only session on the current database whose queries all see one moment."""
        return self.current().snapshot()

    def row_insert(self, table: Table, columns: tuple[str, ...]) -> RowInsert:
        """The current database's compiled one-row INSERT of these columns."""
        return self.current().row_insert(table, columns)


EXTENSION = "database"
db = CurrentDatabase()
