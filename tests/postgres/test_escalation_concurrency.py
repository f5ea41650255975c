"""20 concurrent escalations of one ticket on the real PostgreSQL create exactly one issue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests

from backend import create_app, migrate
from tests.conftest import ADMIN, NO_RATE_LIMITS, SECRET, PostgresSchema, install_model
from tests.fakes.github import GitHubFake
from tests.fakes.zendesk import ZendeskFake
from tests.integration.test_escalation import ISSUES, fakes, rows, seed_ticket, settings_for
from tests.integration.test_escalation_faults import (
    assert_one_issue_for_all,
    escalate_concurrently,
    serve,
)

__all__ = ["fakes"]


def test_twenty_concurrent_escalations_on_postgresql_create_one_issue(
    pg_schema: PostgresSchema, trained_artifact: dict[str, Any], tmp_path: Path,
    fakes: tuple[GitHubFake, ZendeskFake], auth: dict[str, str],
) -> None:
    github, zendesk = fakes
    migrate.upgrade(pg_schema.url)
    install_model(pg_schema.url, trained_artifact)
    tid = seed_ticket(zendesk)
    github.delay("POST", ISSUES, 0.3)  # keep the first caller in flight while the others arrive
    app = create_app({"TESTING": True, "database_url": pg_schema.url, "zaf_shared_secret": SECRET,
                      "admin_token": ADMIN, "instance_path": str(tmp_path), "log_format": "text",
                      **NO_RATE_LIMITS,
                      **settings_for(github, zendesk, escalation_wait_seconds=20)})
    with app.app_context():  # load the live model now, not inside the first request
        app.extensions["live_model"].router()
    assert app.extensions["database"].dialect == "postgresql"

    answers: list[requests.Response] = []
    for base in serve(app):
        answers = escalate_concurrently(base, auth, tid)

    assert_one_issue_for_all(answers, github)
    assert len(zendesk.notes(tid)) == 1
    with app.app_context():
        assert [r.state for r in rows()] == ["linked"]
    app.extensions["database"].engine.dispose()
