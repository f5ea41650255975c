"""Alembic migrations driven from code (no alembic.ini), for `rfh db ...` and tests."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str) -> Config:
    """An Alembic Config pointing at our migrations and the given database."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    """Migrate the database up to revision."""
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    """Migrate the database down to revision ('base' empties it)."""
    command.downgrade(alembic_config(database_url), revision)


def revisions(database_url: str) -> list[str]:
    """All revision ids, oldest first (the history must stay linear)."""
    script = ScriptDirectory.from_config(alembic_config(database_url))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def heads(database_url: str) -> list[str]:
    """The head revisions (exactly one when the history is linear)."""
    return list(ScriptDirectory.from_config(alembic_config(database_url)).get_heads())
