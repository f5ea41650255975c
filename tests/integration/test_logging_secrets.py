"""At LOG_LEVEL=DEBUG no ticket text or e-mail reaches the logs, nor a URL's password anywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from flask import Flask

from backend.logging_setup import QUIET_LIBRARIES
from tests.fakes.github import GitHubFake
from tests.fakes.zendesk import ZendeskFake
from tests.integration.test_escalation import escalate, seed_ticket, settings_for

BODY_MARKER = "Quokka-7731 frontend pods crash-loop on the staging cluster"
REQUESTER = "ruth.quokka@globex.example"
PASSWORD = "Hunter2-pw-quokka"


def test_debug_logs_hold_no_ticket_text_or_email(
    make_app: Callable[..., Flask],
    github_fake: GitHubFake,
    zendesk_fake: ZendeskFake,
    auth: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A real escalation through zenpy and PyGithub (to the stand-ins), everything at DEBUG."""
    github_fake.add_repo("acme/public-tracker", labels=["bug"])
    org = zendesk_fake.add_org("Globex Corporation")
    ruth = zendesk_fake.add_user("Ruth Quokka", REQUESTER, organization_id=org)
    tid = seed_ticket(zendesk_fake, description=BODY_MARKER, requester_id=ruth,
                      comments=[f"Reach me at {REQUESTER}. {BODY_MARKER}"])
    app = make_app(log_level="DEBUG", log_format="json", **settings_for(github_fake, zendesk_fake))
    caplog.set_level(logging.DEBUG)

    answer = escalate(app.test_client(), auth, ticket_id=tid, team="release", priority="se/p2")

    assert answer.status_code == 201, answer.get_json()
    assert zendesk_fake.notes(tid), "the escalation really went through zenpy"
    logged = capsys.readouterr().err + caplog.text
    assert BODY_MARKER not in logged and "Quokka-7731" not in logged
    assert REQUESTER not in logged
    assert logging.getLogger().getEffectiveLevel() == logging.DEBUG
    for name in QUIET_LIBRARIES:
        assert logging.getLogger(name).getEffectiveLevel() >= logging.WARNING, name


def test_database_password_never_in_readyz_or_logs(
    make_app: Callable[..., Flask],
    auth: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A database that refuses connections: the probes and the logs say so without the password."""
    url = f"postgresql://rfh:{PASSWORD}@127.0.0.1:1/rfh"
    caplog.set_level(logging.DEBUG)
    app = make_app(database_url=url, redis_url=f"redis://:{PASSWORD}@127.0.0.1:1/0",
                   log_level="DEBUG", log_format="text")
    client = app.test_client()

    ready = client.get("/readyz")
    assert ready.status_code == 503
    feedback = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": {"id": 1, "subject": "s", "description": "d"}, "team": "cody",
        "priority": "se/p2"})
    assert feedback.status_code == 503
    health = client.get("/healthz")
    assert health.status_code == 200
    # And an exception that quotes the URL, logged the way the database layer logs its errors.
    try:
        raise RuntimeError(f"could not open {url}")
    except RuntimeError:
        logging.getLogger("backend.db").exception("database error")

    shown = ready.get_data(as_text=True) + feedback.get_data(as_text=True) + health.get_data(
        as_text=True)
    logged = capsys.readouterr().err
    assert PASSWORD not in shown and PASSWORD not in logged
    assert "rfh:***@127.0.0.1:1/rfh" in logged  # the traceback is there, masked
