"""`make demo-escalation`: the service and the local fakes, one escalation, the issue printed.

Starts the GitHub and Zendesk fakes on ephemeral ports, builds the app against them on a
throwaway SQLite database (training the default model if there is none), presses Escalate once
through the HTTP API, and prints the created issue's title, labels and body, the ticket note and
the Slack hand-off. Nothing leaves this machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SHARED_SECRET = "demo-shared-secret-0123456789abcdef0123456789"  # local only, never deployed


def main() -> int:
    """Run the demo; returns the exit status."""
    from backend import create_app, migrate
    from backend.auth import mint_token
    from backend.learning.bootstrap import train_default_model
    from tests.fakes import github as gh
    from tests.fakes import zendesk as zd
    from tests.fakes.__main__ import seed_demo
    from tests.fakes.github import GitHubFake
    from tests.fakes.zendesk import ZendeskFake

    with tempfile.TemporaryDirectory(prefix="rfh-demo-") as tmp, GitHubFake() as github, \
            ZendeskFake() as zendesk:
        tickets = seed_demo(github, zendesk)
        os.environ.update(zendesk.zenpy_env())
        url = f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
        migrate.upgrade(url)
        app = create_app({
            "database_url": url, "instance_path": tmp, "log_format": "text",
            "log_level": "WARNING", "zaf_shared_secret": SHARED_SECRET,
            "github_token": gh.DEFAULT_TOKEN, "github_api_url": github.api_url,
            "rfh_repo": gh.DEFAULT_REPO, "zendesk_subdomain": zendesk.subdomain,
            "zendesk_email": zd.DEFAULT_EMAIL, "zendesk_api_token": zd.DEFAULT_TOKEN,
            "zendesk_team_field_id": 360000111,
        })
        with app.app_context():
            train_default_model(if_missing=True, output=None, echo=lambda _msg: None)
        token = mint_token(SHARED_SECRET, subject="demo-agent")
        ticket = tickets[0]
        resp = app.test_client().post(
            "/api/v1/escalations", json={"ticket_id": ticket, "timeline": "this week is fine"},
            headers={"Authorization": f"Bearer {token}"})
        data = resp.get_json()
        print(f"POST /api/v1/escalations -> {resp.status_code} {data.get('status')}")
        if resp.status_code >= 400:
            print(data)
            return 1
        issue = github.issue(gh.DEFAULT_REPO, data["issue"]["number"])
        print(f"\nIssue #{issue['number']}: {issue['html_url']}")
        print(f"Title:  {issue['title']}")
        print(f"Labels: {', '.join(label['name'] for label in issue['labels'])}")
        print("Body:\n" + "-" * 72 + f"\n{issue['body']}" + "-" * 72)
        print(f"\nZendesk ticket {ticket}: tags {zendesk.ticket_tags(ticket)}")
        print("Internal note:\n  " + zendesk.notes(ticket)[-1].replace("\n", "\n  "))
        slack = data["slack"]
        print(f"\nSlack ({slack['channel']}): {slack['hint']}\n  "
              + slack["text"].replace("\n", "\n  "))
        print("\nDraft reply to the customer:\n  "
              + data["customer_reply"].strip().replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
