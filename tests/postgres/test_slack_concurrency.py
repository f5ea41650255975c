"""20 concurrent escalations of one ticket on the real PostgreSQL post one Slack hand-off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
import yaml

from backend import create_app, migrate
from tests.conftest import ADMIN, NO_RATE_LIMITS, SECRET, PostgresSchema, install_model
from tests.fakes import slack as sl
from tests.fakes.github import GitHubFake
from tests.fakes.slack import SlackFake
from tests.fakes.zendesk import ZendeskFake
from tests.integration.test_escalation import fakes, rows, seed_ticket, settings_for
from tests.integration.test_escalation_faults import (
    assert_one_issue_for_all,
    escalate_concurrently,
    serve,
)

__all__ = ["fakes"]
ROUTING = Path(__file__).resolve().parents[2] / "model" / "routing.yaml"


def routing_channels() -> set[str]:
    """Every channel model/routing.yaml names, wherever it sits."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key.endswith("channel") and isinstance(value, str):
                    found.add(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(yaml.safe_load(ROUTING.read_text()))
    return found


def test_twenty_concurrent_escalations_post_one_hand_off(
    pg_schema: PostgresSchema, trained_artifact: dict[str, Any], tmp_path: Path,
    fakes: tuple[GitHubFake, ZendeskFake], slack_fake: SlackFake, auth: dict[str, str],
) -> None:
    github, zendesk = fakes
    for channel in routing_channels():
        slack_fake.add_channel(channel)
    migrate.upgrade(pg_schema.url)
    install_model(pg_schema.url, trained_artifact)
    tid = seed_ticket(zendesk)
    slack_fake.delay("POST", "/api/chat.postMessage", 0.3)  # the others arrive mid-post
    app = create_app({"TESTING": True, "database_url": pg_schema.url, "zaf_shared_secret": SECRET,
                      "admin_token": ADMIN, "instance_path": str(tmp_path), "log_format": "text",
                      **NO_RATE_LIMITS,
                      **settings_for(github, zendesk, escalation_wait_seconds=20,
                                     slack_bot_token=sl.DEFAULT_TOKEN,
                                     slack_api_url=slack_fake.api_url)})
    with app.app_context():
        app.extensions["live_model"].router()

    answers: list[requests.Response] = []
    for base in serve(app):
        answers = escalate_concurrently(base, auth, tid)

    assert_one_issue_for_all(answers, github)
    [(_, message)] = slack_fake.all_messages()
    assert slack_fake.count("POST", "/api/chat.postMessage") == 1
    links = {a.json()["slack"]["permalink"] for a in answers}
    assert len(links) == 1 and message["ts"].replace(".", "") in links.pop()
    with app.app_context():
        [row] = rows()
        assert (row.state, row.slack_state, row.slack_ts) == ("linked", "posted", message["ts"])
    app.extensions["database"].engine.dispose()
