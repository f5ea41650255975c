"""One PostgreSQL database per test process, so concurrent runs never share advisory locks.

Tests already isolate their tables in throwaway schemas, but PostgreSQL's advisory locks (the
retrain lock, the first-start bootstrap lock) are per database: two pytest processes on the same
database (the SQLite and PostgreSQL passes of scripts/run-tests running side by side, xdist
workers, another developer's run) would take each other's retrain lock and fail a retrain test.
So each process works in a database of its own, `<database>_p<pid>`, created from the configured
one on first use and dropped when the session ends.
"""

from __future__ import annotations

import os
import re

from sqlalchemy import Connection, Engine, create_engine, make_url, text

_PREFIX_SEPARATOR = "_p"
_created: dict[str, str] = {}  # configured URL -> this process's database URL


def _alive(pid: int) -> bool:
    """Whether a process of this machine still runs (the owner of a leftover database)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _admin(base_url: str) -> Engine:
    """An autocommit engine on the configured database (CREATE DATABASE refuses a transaction)."""
    return create_engine(base_url, isolation_level="AUTOCOMMIT")


def _has_lz4(conn: Connection) -> bool:
    """Whether the server accepts lz4 TOAST compression (built --with-lz4)."""
    row = conn.execute(text(
        "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")).first()
    return row is not None and "lz4" in (row[0] or [])


def process_database_url(base_url: str) -> str:
    """This process's own database on the server of base_url (created on the first call)."""
    if base_url in _created:
        return _created[base_url]
    url = make_url(base_url)
    base_name = url.database or "postgres"
    name = f"{base_name}{_PREFIX_SEPARATOR}{os.getpid()}"
    engine = _admin(base_url)
    try:
        with engine.connect() as conn:
            # Databases left by killed runs of this machine (their process is gone) are dropped.
            pattern = re.compile(re.escape(base_name + _PREFIX_SEPARATOR) + r"(\d+)$")
            for (existing,) in conn.execute(text("SELECT datname FROM pg_database")):
                found = pattern.match(existing)
                if found and (existing == name or not _alive(int(found.group(1)))):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{existing}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            # Almost every test stores the ~18 MB model artifact; TOAST compresses it, and pglz
            # took several times lz4's CPU for it. Test databases only: where the server was
            # built without lz4, the default stays.
            if _has_lz4(conn):
                conn.execute(text(f'ALTER DATABASE "{name}" SET default_toast_compression = lz4'))
    finally:
        engine.dispose()
    _created[base_url] = url.set(database=name).render_as_string(hide_password=False)
    return _created[base_url]


def drop_process_databases() -> None:
    """Drop the databases this process created (at the end of the test session)."""
    for base_url, own_url in list(_created.items()):
        engine = _admin(base_url)
        try:
            with engine.connect() as conn:
                name = make_url(own_url).database
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            engine.dispose()
        del _created[base_url]
