"""SQLAlchemy engine and session, as an unbound Flask extension usable outside Flask too."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, scoped_session, sessionmaker


class Base(DeclarativeBase):
    """Declarative base of every table."""


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
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """Holds the engine and a scoped session; bound to an app by init_app()."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.session: scoped_session[Session] = scoped_session(sessionmaker(expire_on_commit=False))

    def init_app(self, app: Flask) -> None:
        """Bind to the app's DATABASE_URL and remove the session after every request."""
        self.bind(app.config["DATABASE_URL"])
        app.teardown_appcontext(self._remove_session)
        app.extensions["database"] = self

    def bind(self, url: str) -> None:
        """(Re)create the engine for url, e.g. from a CLI command or the worker."""
        if self.engine is not None:
            self.engine.dispose()
        self.engine = make_engine(url)
        self.session.remove()
        self.session.configure(bind=self.engine)

    def _remove_session(self, _exc: BaseException | None) -> None:
        self.session.remove()

    @property
    def dialect(self) -> str:
        """The database dialect name: 'sqlite' or 'postgresql'."""
        assert self.engine is not None, "database not bound"
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a transaction of its own, committed on success, rolled back on error."""
        assert self.engine is not None, "database not bound"
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session


db = Database()
