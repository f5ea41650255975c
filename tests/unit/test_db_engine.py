"""The SQLite engine's settings: WAL, no disk wait per commit, a busy timeout, foreign keys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from backend.db import make_engine


def test_sqlite_connections_use_wal_with_normal_sync(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        with engine.connect() as conn:
            pragma = {name: conn.execute(text(f"PRAGMA {name}")).scalar()
                      for name in ("journal_mode", "synchronous", "busy_timeout", "foreign_keys")}
    finally:
        engine.dispose()
    # synchronous: 1 is NORMAL (2 is FULL, which waits for the disk on every commit).
    assert pragma == {"journal_mode": "wal", "synchronous": 1, "busy_timeout": 30000,
                      "foreign_keys": 1}
