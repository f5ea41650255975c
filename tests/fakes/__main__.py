"""Run the fakes with demo data until Ctrl-C: ``python -m tests.fakes [--github-port N]``."""

from __future__ import annotations

import argparse
import threading
import time

from tests.fakes import github as gh_mod
from tests.fakes import slack as sl_mod
from tests.fakes import zendesk as zd_mod
from tests.fakes.github import GitHubFake
from tests.fakes.slack import SlackFake
from tests.fakes.zendesk import ZendeskFake


def seed_demo(github: GitHubFake, zendesk: ZendeskFake) -> list[int]:
    """Fill both fakes with a small, plausible data set; returns the open ticket ids."""
    github.seed_defaults()
    github.add_issue(gh_mod.DEFAULT_REPO, "RFH: exports time out for large accounts",
                     "Seen on 3 tickets.\n<!-- rfh:ticket=1 -->", labels=["rfh"])
    zendesk.seed_defaults()
    org = zendesk.add_org("Globex Corporation", tags=["enterprise", "eu"])
    ruth = zendesk.add_user("Ruth Requester", "ruth@globex.example", organization_id=org)
    day = 86400.0
    now = time.time()
    open_ids = [
        zendesk.add_ticket(
            "CSV export fails with a 504 after 30 seconds",
            "Exporting the monthly report fails every time since Tuesday.",
            requester_id=ruth, organization_id=org, priority="high", tags=["export"],
            comments=["It fails for the EU workspace only.",
                      {"body": "Reproduced on our side; logs attached.", "public": False,
                       "attachments": [{"file_name": "har-export.har"}]}],
        ),
        zendesk.add_ticket(
            "SSO login loops back to the sign-in page",
            "After enabling Okta SSO our users cannot log in.",
            requester_id=ruth, organization_id=org, priority="urgent", tags=["sso"],
        ),
    ]
    for i, subject in enumerate(["Password reset mail never arrives", "Invoice shows VAT twice",
                                 "Webhook retries flood our endpoint"]):
        zendesk.add_ticket(subject, "Solved long ago.", requester_id=ruth, status="solved",
                           created_at=now - (10 - i) * day)
    return open_ids


def main(argv: list[str] | None = None) -> None:
    """Start the fakes, print how to reach them, serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m tests.fakes", description=__doc__)
    parser.add_argument("--github-port", type=int, default=0)
    parser.add_argument("--zendesk-port", type=int, default=0)
    parser.add_argument("--slack-port", type=int, default=0)
    parser.add_argument("--github-prefix", default="", help='e.g. "/api/v3" like GHE')
    parser.add_argument("--no-seed", action="store_true", help="start empty")
    args = parser.parse_args(argv)

    github = GitHubFake(port=args.github_port, api_prefix=args.github_prefix).start()
    zendesk = ZendeskFake(port=args.zendesk_port).start()
    slack = SlackFake(port=args.slack_port).start()
    tickets = [] if args.no_seed else seed_demo(github, zendesk)
    if not args.no_seed:  # the bot is in the support channel and the teams' usual ones
        slack.seed_defaults(["#team-support-engineering", "#discuss-source", "#discuss-releases",
                             "#discuss-cloud-ops", "#discuss-engineering"])
    print(f"GitHub fake:  {github.api_url}")
    print(f"  token with push: {gh_mod.DEFAULT_TOKEN}   read-only: {gh_mod.READONLY_TOKEN}")
    print(f"  repository:      {gh_mod.DEFAULT_REPO}")
    print(f"Zendesk fake: {zendesk.url}   (subdomain {zendesk.subdomain})")
    print(f"  agent: {zd_mod.DEFAULT_EMAIL} / api token {zd_mod.DEFAULT_TOKEN}")
    for name, value in zendesk.zenpy_env().items():
        print(f"  export {name}={value}")
    if tickets:
        print(f"  open tickets: {', '.join(map(str, tickets))}")
    print(f"Slack fake:   SLACK_API_URL={slack.api_url}   SLACK_BOT_TOKEN={sl_mod.DEFAULT_TOKEN}")
    print("Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        github.stop()
        zendesk.stop()
        slack.stop()


if __name__ == "__main__":
    main()
