"""Fixtures that run the real service under gunicorn against the test database and the fakes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask

from bench.server import Service
from tests.conftest import install_model
from tests.fakes import github as gh_mod
from tests.fakes import zendesk as zd_mod
from tests.fakes.github import GitHubFake
from tests.fakes.zendesk import ZendeskFake

RFH_REPO = gh_mod.DEFAULT_REPO


def integration_env(github: GitHubFake | None, zendesk: ZendeskFake | None) -> dict[str, str]:
    """Environment variables that point a service at the fakes (short outbound timeouts)."""
    env = {"OUTBOUND_TIMEOUT_SECONDS": "2", "OUTBOUND_MAX_WAIT_SECONDS": "1"}
    if github is not None:
        env.update(GITHUB_TOKEN=gh_mod.DEFAULT_TOKEN, GITHUB_API_URL=github.url,
                   RFH_REPO=RFH_REPO, PUBLIC_REPO=RFH_REPO)
    if zendesk is not None:
        env.update(ZENDESK_SUBDOMAIN=zendesk.subdomain, ZENDESK_EMAIL=zd_mod.DEFAULT_EMAIL,
                   ZENDESK_API_TOKEN=zd_mod.DEFAULT_TOKEN, **zendesk.zenpy_env())
    return env


@pytest.fixture
def start_service(
    trained_artifact: dict[str, Any],
) -> Iterator[Callable[..., Service]]:
    """Start gunicorn services on a database (the model is installed once per database)."""
    started: list[Service] = []
    installed: set[str] = set()

    def start(database_url: str, **kwargs: Any) -> Service:
        if database_url not in installed:
            install_model(database_url, trained_artifact)
            installed.add(database_url)
        service = Service(database_url, **kwargs)
        started.append(service)
        return service.start()

    yield start
    for service in started:
        service.stop()


@pytest.fixture(scope="module")
def shared_app(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
    trained_artifact: dict[str, Any],
) -> Iterator[Flask]:
    """One app (preview mode) for a whole module, so the model is loaded once, not per test."""
    from backend import create_app, migrate
    from tests.conftest import ADMIN, NO_RATE_LIMITS, SECRET, PostgresSchema, require_postgres

    tmp = tmp_path_factory.mktemp("shared-app")
    schema = None
    if request.config.getoption("--db") == "postgres":
        schema = PostgresSchema(require_postgres()).create()
        url = schema.url
    else:
        url = f"sqlite:///{tmp / 'shared.sqlite3'}"
    migrate.upgrade(url)
    install_model(url, trained_artifact)
    app = create_app({"TESTING": True, "database_url": url, "zaf_shared_secret": SECRET,
                      "admin_token": ADMIN, "instance_path": str(tmp / "instance"),
                      "log_format": "text", **NO_RATE_LIMITS})
    yield app
    app.extensions["database"].dispose()
    if schema is not None:
        schema.drop()
