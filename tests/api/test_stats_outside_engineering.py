"""The 10% goal counts engineering's help: RFHs to Sales and CE or Data & Analytics do not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.api.test_stats import History, store

DAY = datetime(2026, 3, 4, 12, tzinfo=UTC)  # a Wednesday


def test_rfhs_to_teams_outside_engineering_are_counted_apart(database_url, client, auth):
    h = History()
    h.suggestions = [{"ticket_id": t, "created_at": DAY, "team": "cody", "priority": "se/p2",
                      "confidence": 0.8} for t in range(1, 11)]
    h.escalations = [{"ticket_id": t, "kind": kind, "state": "created", "created_at": DAY,
                      "team": team, "priority": "se/p2", "issue_number": t, "docs_update": True}
                     for t, kind, team in [(1, "rfh", "cody"), (2, "rfh", "sales-ce"),
                                           (3, "rfh", "data-analytics"), (4, "defect", "cody")]]
    # An ask in an outside team's channel did not reach engineering either.
    h.escalations.append({"ticket_id": 6, "kind": "ask", "state": "linked", "created_at": DAY,
                          "team": "data-analytics", "priority": "se/p3", "issue_number": None})
    # A team ask answered by an RFH to Sales: it did not need engineering either.
    h.escalations.append({"ticket_id": 5, "kind": "team", "state": "linked", "created_at": DAY,
                          "team": "sales-ce", "priority": "se/p3", "issue_number": None})
    h.escalations.append({"ticket_id": 5, "kind": "rfh", "state": "created",
                          "created_at": DAY + timedelta(hours=1), "team": "sales-ce",
                          "priority": "se/p3", "issue_number": 5})
    store(database_url, h)
    body = client.get("/api/v1/stats?from=2026-03-02&to=2026-03-08", headers=auth).get_json()
    totals = body["totals"]
    assert (totals["rfhs"], totals["rfhs_outside_engineering"]) == (1, 3)
    assert totals["rfh_rate"] == 0.1 and totals["goal_met"] is True
    assert [b["rfhs"] for b in body["buckets"]] == [1]
    assert body["docs_updates"] == {"rfhs": 1, "docs_updates": 1, "share": 1.0}
    [week] = body["weekly_asks"]
    assert (week["rfhs"], week["reached_engineering"], week["engineering_asks"]) == (1, 1, 0)
    assert (week["team_asks"], week["team_asks_needing_engineering"]) == (1, 0)
