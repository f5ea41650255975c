"""Shared fixtures: an app on SQLite or the real PostgreSQL (`--db=postgres`), tokens, a model."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, make_url, text

from backend import create_app, migrate
from backend.auth import mint_token
from backend.db import db
from backend.learning import registry
from backend.models import ModelVersion
from backend.settings import normalise_database_url
from tests.model_cache import shared_training
from tests.pg_session import drop_process_databases, process_database_url

pytest_plugins = ["tests.fakes.pytest_plugin"]

SECRET = "test-shared-secret-0123456789abcdef"
ADMIN = "test-admin-token-0123456789abcdef"
ARTIFACTS = Path(__file__).parent / "artifacts"
# Load and concurrency tests post hundreds of times as one agent: test apps keep the per-agent
# limits out of their way (tests/api/test_rate_limits.py sets its own).
NO_RATE_LIMITS = {"rate_limit_feedback": "100000/minute", "rate_limit_escalations": "100000/minute"}
# How to run a test that needs the --db=postgres pass (for skip messages).
RUN_ON_POSTGRES = (" `pytest --db=postgres` and TEST_DATABASE_URL="
                   "postgresql://postgres@127.0.0.1:5432/test (as scripts/run-tests does when "
                   "TEST_DATABASE_URL is set)")


def pytest_addoption(parser: pytest.Parser) -> None:
    """--db chooses the database every `app` fixture runs on."""
    parser.addoption(
        "--db",
        choices=["sqlite", "postgres"],
        default="sqlite",
        help="Run database-backed tests on SQLite (default) or TEST_DATABASE_URL.",
    )


# The fixtures whose database --db chooses (database_url and shared_app read the option; every
# make_app test uses database_url), and the PostgreSQL-only one. A test using none of them runs
# the same in either pass (tests/unit/test_test_passes.py checks that no other fixture reads --db).
DATABASE_FIXTURES = frozenset({"database_url", "make_app", "shared_app", "pg_schema"})


def uses_database(item: pytest.Item) -> bool:
    """Whether a test's outcome depends on the database --db chooses."""
    return bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """When scripts/run-tests runs both passes side by side, run each test once where it counts.

    Tests on a `pg_schema` always run on PostgreSQL, whatever --db says: the SQLite pass
    (RFH_POSTGRES_PASS set) leaves them to the PostgreSQL pass, so they run once per CI run
    instead of twice (their trainings and gunicorns were minutes of CI). The other way round,
    the PostgreSQL pass (RFH_SQLITE_PASS set) leaves to the SQLite pass the tests that touch no
    database --db chooses (HTTP clients against the fakes, gunicorn on a SQLite file of its
    own): on PostgreSQL they only ran the same thing again; so are the tests marked
    `sqlite_pass`, whose minutes of model fitting the database under them does not change.
    Run alone, either pass keeps all.
    """
    on = config.getoption("--db")
    if on == "sqlite" and os.environ.get("RFH_POSTGRES_PASS"):
        elsewhere = [item for item in items if "pg_schema" in getattr(item, "fixturenames", ())]
    elif on == "postgres" and os.environ.get("RFH_SQLITE_PASS"):
        elsewhere = [item for item in items
                     if not uses_database(item) or item.get_closest_marker("sqlite_pass")]
    else:
        return
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        items[:] = [item for item in items if item not in elsewhere]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Drop this process's PostgreSQL database (tests/pg_session.py), if it made one."""
    drop_process_databases()


def postgres_url() -> str | None:
    """This process's database on the machine's PostgreSQL, when configured (always in CI)."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return process_database_url(normalise_database_url(url))
    if os.environ.get("CI"):
        pytest.fail("CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI")
    return None


def require_postgres() -> str:
    """Skip (visibly) outside CI when no PostgreSQL is configured."""
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_DATABASE_URL is not set: set TEST_DATABASE_URL="
                    "postgresql://postgres@127.0.0.1:5432/test (as .ci/run does) to run this test")
    return url


class PostgresSchema:
    """A throwaway schema on the real PostgreSQL, so tests never see each other's rows."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.name = f"t_{uuid.uuid4().hex[:12]}"
        self._engine = create_engine(base_url, isolation_level="AUTOCOMMIT")

    @property
    def url(self) -> str:
        """A URL whose connections use only this schema."""
        sep = "&" if "?" in self.base_url else "?"
        return f"{self.base_url}{sep}options=-csearch_path%3D{self.name}"

    def create(self) -> PostgresSchema:
        """Create the schema."""
        with self._engine.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
        return self

    def drop(self) -> None:
        """Drop the schema and everything in it."""
        with self._engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE'))
        self._engine.dispose()


@pytest.fixture
def pg_schema() -> Iterator[PostgresSchema]:
    """An empty schema on the real PostgreSQL (skips visibly outside CI when unconfigured)."""
    schema = PostgresSchema(require_postgres()).create()
    yield schema
    schema.drop()


def redis_test_url() -> str | None:
    """The machine's Redis for tests (TEST_REDIS_URL; CI sets redis://127.0.0.1:6379/15)."""
    url = os.environ.get("TEST_REDIS_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("CI=true but TEST_REDIS_URL is not set: the Redis tests must run in CI")
    return None


@pytest.fixture
def redis_limits() -> Iterator[dict[str, str]]:
    """Settings for rate limits on the real Redis, under a key prefix of this test's own.

    Skips (visibly) outside CI when TEST_REDIS_URL is not set; removes its keys afterwards.
    """
    import redis

    url = redis_test_url()
    if url is None:
        pytest.skip("TEST_REDIS_URL is not set: set TEST_REDIS_URL=redis://127.0.0.1:6379/15 "
                    "(as .ci/run does) to run this test on the machine's Redis")
    prefix = f"rfh-test-{uuid.uuid4().hex[:12]}"
    client = redis.Redis.from_url(url)
    client.ping()  # unreachable Redis fails the test here, loudly
    yield {"redis_url": url, "rate_limit_key_prefix": prefix}
    for key in client.scan_iter(match=f"*{prefix}*"):
        client.delete(key)
    client.close()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head, made once per session for database_url to copy."""
    path = tmp_path_factory.mktemp("migrated") / "template.sqlite3"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty, migrated database: SQLite, or a fresh PostgreSQL schema with --db=postgres.

    For an app test (make_app) the default model is already live in it, taken from a template
    made once per session: the same rows install_model writes.
    """
    with_model = "make_app" in request.fixturenames
    if request.config.getoption("--db") == "postgres":
        schema = PostgresSchema(require_postgres()).create()
        migrate.upgrade(schema.url)
        if with_model:
            copy_model_rows(request.getfixturevalue("postgres_with_model"), schema.url)
        yield schema.url
        schema.drop()
    else:
        # A copy of a file migrated once: the same database as migrating this one (every
        # migration test migrates databases of its own), without alembic's ~0.12 s per test.
        path = tmp_path / "test.sqlite3"
        template = "sqlite_with_model" if with_model else "migrated_sqlite"
        shutil.copyfile(request.getfixturevalue(template), path)
        yield f"sqlite:///{path}"


@pytest.fixture(scope="session")
def trained_artifact() -> dict[str, Any]:
    """The default model, trained once per test run (tests/model_cache.py)."""

    def train() -> dict[str, Any]:
        from backend.routing.training import train_default
        from backend.settings import DEFAULT_MODEL_DIR

        trained = train_default(DEFAULT_MODEL_DIR)
        artifact = registry.dump_model(trained.pipeline, trained.priority)
        return {
            "artifact": artifact,
            "meta": trained.meta,
            "scores": trained.scores,
            "pipeline": trained.pipeline,
            "priority": trained.priority,
        }

    return shared_training(train)


def install_model(url: str, trained: dict[str, Any], status: str = "live") -> int:
    """Insert a trained model into a database as a version (fast: no training)."""
    engine = create_engine(url)
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        row = ModelVersion(
            status=status,
            artifact=trained["artifact"],
            sha256=registry.sha256(trained["artifact"]),
            meta=trained["meta"],
            scores=registry._jsonable(trained["scores"]),
            training_size=int(trained["meta"].get("train_size", 0)),
            note="test fixture",
        )
        session.add(row)
        session.flush()
        if status == "live":
            registry.promote(session, row.id)
        version = row.id
    engine.dispose()
    return version


@pytest.fixture(scope="session")
def sqlite_with_model(
    migrated_sqlite: Path, trained_artifact: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """The migrated SQLite template with the default model installed live, made once per session.

    Storing the 18 MB artifact (write, hash, promote, commit) was ~0.2 s of every app test's
    set-up; database_url copies this file instead for tests that use make_app: the same rows
    install_model writes, in a few milliseconds.
    """
    path = tmp_path_factory.mktemp("with-model") / "template.sqlite3"
    shutil.copyfile(migrated_sqlite, path)
    install_model(f"sqlite:///{path}", trained_artifact)
    return path


@pytest.fixture(scope="session")
def postgres_with_model(trained_artifact: dict[str, Any]) -> Iterator[PostgresSchema]:
    """A migrated schema holding the default model live, made once per session (--db=postgres).

    Sending the 18 MB artifact from Python for every test was ~0.15 s of its set-up; the server
    copies the row between schemas (copy_model_rows) in a fraction of that.
    """
    schema = PostgresSchema(require_postgres()).create()
    migrate.upgrade(schema.url)
    install_model(schema.url, trained_artifact)
    yield schema
    schema.drop()


def copy_model_rows(template: PostgresSchema, url: str) -> None:
    """Copy the template schema's model versions into the (migrated) schema url uses.

    The same rows install_model writes; the id sequence is moved past them, as inserting would.
    """
    options = make_url(url).query["options"]  # one value: a str
    target = (options if isinstance(options, str) else options[0]).removeprefix("-csearch_path=")
    engine = create_engine(template.base_url)
    with engine.begin() as conn:
        conn.execute(text(f'INSERT INTO "{target}".model_versions '
                          f'SELECT * FROM "{template.name}".model_versions'))
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{target}\".model_versions', 'id'), "
            f'(SELECT max(id) FROM "{target}".model_versions))'))
    engine.dispose()


@pytest.fixture
def make_app(database_url: str, tmp_path: Path) -> Iterator[Callable[..., Flask]]:
    """Build an app on the test database (the model already live); overrides become settings."""
    apps: list[Flask] = []

    def factory(**overrides: Any) -> Flask:
        config = {
            "TESTING": True,
            "database_url": database_url,
            "zaf_shared_secret": SECRET,
            "admin_token": ADMIN,
            "instance_path": str(tmp_path / "instance"),
            "log_format": "text",
            **NO_RATE_LIMITS,
            **overrides,
        }
        application = create_app(config)
        apps.append(application)
        return application

    # The test's own reads outside an app context go to the test database, bound explicitly as a
    # script would; inside an app context each app uses its own Database.
    db.bind(database_url)
    yield factory
    db.unbind()
    for application in apps:  # close each app's pool (a PostgreSQL schema drops only then)
        application.extensions["database"].dispose()


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    """The app in preview mode (no GitHub or Zendesk credentials)."""
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client of the app."""
    return app.test_client()


@pytest.fixture
def token() -> Callable[..., str]:
    """Mint a valid agent JWT: Zendesk user 7001 (the fakes' seeded agent), named agent-1."""

    def mint(**extra: Any) -> str:
        claims = {"name": "agent-1", **extra}
        return mint_token(SECRET, subject=str(claims.pop("sub", "7001")), extra=claims)

    return mint


@pytest.fixture
def auth(token: Callable[..., str]) -> dict[str, str]:
    """Headers of an authenticated agent."""
    return {"Authorization": f"Bearer {token()}"}


@pytest.fixture
def admin_auth() -> dict[str, str]:
    """Headers of an operator (the admin token as a bearer token)."""
    return {"Authorization": f"Bearer {ADMIN}"}


def wait_until(check: Callable[[], bool], seconds: float = 20.0) -> None:
    """Poll ``check`` until it holds (a stand-in finishing work it was told to delay)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the stand-in never got there"
        time.sleep(0.05)


def assert_error_shape(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """Assert the one JSON error shape (and the status, and the code when given)."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.is_json, response.get_data(as_text=True)[:200]
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]
