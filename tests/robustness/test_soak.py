"""A short soak (`make bench` runs the full 60 s x 32): mixed load on gunicorn and the fakes.

Suggestions, feedback and escalations of a handful of tickets, concurrently: no 5xx, one issue
per ticket, every acknowledged feedback stored.
"""

from __future__ import annotations

from bench.soak import run_soak
from tests.robustness.services import RFH_REPO, integration_env

DURATION = 5.0
CONNECTIONS = 8


def test_short_soak_no_5xx_no_duplicates_no_lost_feedback(
    database_url, start_service, github_fake, zendesk_fake,
):
    ticket_ids = [zendesk_fake.add_ticket(f"Code search misses results in repo {i}",
                                          "Results from the default branch are missing.")
                  for i in range(6)]
    env = {**integration_env(github_fake, zendesk_fake), "OUTBOUND_TIMEOUT_SECONDS": "10",
           "ESCALATION_WAIT_SECONDS": "30"}
    service = start_service(database_url, env=env)
    result = run_soak(service, duration=DURATION, connections=CONNECTIONS, ticket_ids=ticket_ids,
                      list_issues=lambda: github_fake.issues(RFH_REPO))
    kinds = {key.split()[0] for key in result["statuses"]}
    assert kinds == {"suggestion", "feedback", "escalation"}, result["statuses"]
    assert result["server_errors"] == 0, result["statuses"]
    assert result["client_errors"] == {}
    assert result["tickets_escalated"] >= 1
    assert result["duplicate_issues"] == 0
    assert result["escalated_without_issue"] == 0
    assert result["issue_numbers_disagreeing"] == 0
    assert result["feedback_acknowledged"] >= 1
    assert result["lost_feedback"] == 0
    assert result["feedback_rows"] == result["feedback_acknowledged"]
