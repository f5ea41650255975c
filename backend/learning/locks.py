"""One retrain at a time across every instance: a PostgreSQL advisory lock, or flock on SQLite."""

from __future__ import annotations

import fcntl
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text


def _key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def _lock_folder(engine: Engine, lock_dir: Path | None) -> Path:
    """Where SQLite deployments keep lock files: the instance folder, else beside the database."""
    database = engine.url.database or ""
    folder = lock_dir or (
        Path(database).parent if database and database != ":memory:" else Path(".")
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def exclusive(engine: Engine, name: str, lock_dir: Path | None = None) -> Iterator[bool]:
    """Yield True while holding the named lock, False if another process holds it (no wait).

    Both kinds are released by the operating system or the database when the holder dies,
    so a SIGKILLed trainer never leaves the lock stuck.
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = bool(
                conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(name)}).scalar()
            )
            try:
                yield got
            finally:
                if got:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                    conn.commit()
        return
    folder = _lock_folder(engine, lock_dir)
    path = folder / f".{name}.lock"
    with path.open("a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextmanager
def blocking(engine: Engine, name: str, lock_dir: Path | None = None) -> Iterator[None]:
    """Hold the named lock, waiting for it (used for first-start model bootstrap)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _key(name)})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                conn.commit()
        return
    folder = _lock_folder(engine, lock_dir)
    with (folder / f".{name}.lock").open("a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
