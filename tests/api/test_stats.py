"""GET /api/v1/stats against figures computed here, independently, from a seeded history."""

from __future__ import annotations

import random
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from backend.models import Escalation, Feedback, Suggestion
from tests.conftest import assert_error_shape

TEAMS = ["release", "cloud", "cody", "source", "search-platform"]
PRIORITIES = ["se/p0", "se/p1", "se/p2", "se/p3"]
CUSTOMERS = ["acme", "globex", "initech", "umbrella", None]
STATES = ["created", "created", "linked", "pending", "failed"]
FIRST_DAY = date(2026, 1, 5)  # a Monday: eight whole weeks follow
LAST_DAY = FIRST_DAY + timedelta(days=55)


@dataclass
class History:
    """What was stored, as plain Python values, for the test to count on its own."""

    suggestions: list[dict[str, Any]] = field(default_factory=list)
    escalations: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)


def _at(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        seconds=rng.randrange(86400), microseconds=rng.randrange(1_000_000))


def make_history(seed: int = 7, tickets: int = 150) -> History:
    """Eight weeks of suggestions, escalations (RFHs, defects, links, unfiled) and feedback,
    plus rows just outside the range that must not count."""
    rng = random.Random(seed)
    h = History()
    span = (LAST_DAY - FIRST_DAY).days + 3  # a few rows fall after the range
    for ticket in range(1, tickets + 1):
        start = FIRST_DAY + timedelta(days=rng.randrange(-4, span))
        for n in range(rng.choice([1, 1, 2, 3])):
            at = _at(start + timedelta(days=n * rng.randrange(0, 9)), rng)
            h.suggestions.append({"ticket_id": ticket, "created_at": at,
                                  "team": rng.choice(TEAMS), "priority": rng.choice(PRIORITIES),
                                  "confidence": rng.random(), "model_version": rng.choice([1, 2])})
        first = min(s["created_at"] for s in h.suggestions if s["ticket_id"] == ticket)
        for kind, chance in (("rfh", 0.25), ("defect", 0.12), ("link", 0.05)):
            if rng.random() < chance:
                # Some escalations precede any suggestion (filed without the sidebar).
                at = first + timedelta(hours=rng.uniform(-3, 200))
                h.escalations.append({
                    "ticket_id": ticket, "kind": kind, "state": rng.choice(STATES),
                    "created_at": at, "team": rng.choice(TEAMS), "priority": rng.choice(PRIORITIES),
                    "customer": rng.choice(CUSTOMERS), "docs_update": rng.random() < 0.3,
                    "issue_state": rng.choice(["open", "open", "closed"]),
                    "issue_number": ticket * 10 + len(h.escalations)})
        if rng.random() < 0.7:
            suggested = rng.choice([s for s in h.suggestions if s["ticket_id"] == ticket])
            imported = rng.random() < 0.1
            h.feedback.append({
                "ticket_id": ticket, "created_at": suggested["created_at"] + timedelta(minutes=5),
                "team": suggested["team"] if rng.random() < 0.7 else rng.choice(TEAMS),
                "priority": suggested["priority"] if rng.random() < 0.8 else rng.choice(PRIORITIES),
                "suggested_team": None if imported else suggested["team"],
                "suggested_priority": None if imported else suggested["priority"],
                "model_version": None if imported else rng.choice([1, 2, 3, None])})
    # Suggestions without a ticket (the demo, a preview) never count as tickets.
    h.suggestions.append({"ticket_id": None, "created_at": _at(FIRST_DAY, rng), "team": "cody",
                          "priority": "se/p2", "confidence": 0.9, "model_version": 1})
    return h


def store(url: str, h: History) -> None:
    """Write the history into the database at url."""
    engine = create_engine(url)
    with Session(engine) as session, session.begin():
        session.add_all(Suggestion(**s) for s in h.suggestions)
        for e in h.escalations:
            key = f"{e['ticket_id']}:{e['kind']}" + (":link:x" if e["kind"] == "link" else "")
            session.add(Escalation(dedupe_key=key, marker=f"m{e['ticket_id']}", repo="org/rfh",
                                   issue_url=f"https://github.test/org/rfh/issues/{e['issue_number']}",
                                   title="t", **e))
        session.add_all(Feedback(source="sidebar", **f) for f in h.feedback)
    engine.dispose()


# -- the expected figures, counted straight from the history ----------------------------------
def _in_range(at: datetime, first: date = FIRST_DAY, last: date = LAST_DAY) -> bool:
    return first <= at.astimezone(UTC).date() <= last


def _filed(h: History) -> list[dict[str, Any]]:
    return [e for e in h.escalations
            if e["state"] in ("created", "linked") and _in_range(e["created_at"])]


def _monday(day: date) -> date:
    year, week, _ = day.isocalendar()
    return date.fromisocalendar(year, week, 1)


def expected(h: History) -> dict[str, Any]:
    """Every figure the API should answer for FIRST_DAY..LAST_DAY, weekly."""
    tickets = {s["ticket_id"] for s in h.suggestions
               if s["ticket_id"] is not None and _in_range(s["created_at"])}
    filed = _filed(h)
    rfhs = [e for e in filed if e["kind"] == "rfh"]
    defects = [e for e in filed if e["kind"] == "defect"]
    weeks = {}
    for w in range(8):
        monday = FIRST_DAY + timedelta(weeks=w)
        wt = {s["ticket_id"] for s in h.suggestions if s["ticket_id"] is not None
              and _monday(s["created_at"].date()) == monday and _in_range(s["created_at"])}
        wr = sum(1 for e in rfhs if _monday(e["created_at"].date()) == monday)
        wd = sum(1 for e in defects if _monday(e["created_at"].date()) == monday)
        weeks[monday.isoformat()] = {"tickets": len(wt), "rfhs": wr, "defects": wd,
                                     "rfh_rate": wr / len(wt) if wt else None}
    fb = [f for f in h.feedback if _in_range(f["created_at"])
          and (f["suggested_team"] is not None or f["suggested_priority"] is not None)]

    def overridden(f: dict[str, Any]) -> bool:
        return f["team"] != f["suggested_team"] or f["priority"] != f["suggested_priority"]

    def override_rates(key: str) -> dict[Any, tuple[int, int]]:
        groups: dict[Any, list[bool]] = defaultdict(list)
        for f in fb:
            groups[f[key]].append(overridden(f))
        return {k: (len(v), sum(v)) for k, v in groups.items()}

    delays = []
    for e in filed:
        before = [s["created_at"] for s in h.suggestions
                  if s["ticket_id"] == e["ticket_id"] and s["created_at"] <= e["created_at"]]
        if before:
            delays.append((e["created_at"] - min(before)).total_seconds())
    customers = Counter(e["customer"] for e in filed)
    open_rfhs = [e for e in h.escalations if e["kind"] == "rfh"
                 and e["state"] in ("created", "linked") and e["issue_state"] == "open"]
    return {
        "tickets": len(tickets), "rfhs": len(rfhs), "defects": len(defects),
        "weeks": weeks,
        "teams": Counter(e["team"] for e in rfhs),
        "team_defects": Counter(e["team"] for e in defects),
        "priorities": Counter(e["priority"] for e in rfhs),
        "override_by_team": override_rates("suggested_team"),
        "override_by_version": override_rates("model_version"),
        "override_total": (len(fb), sum(overridden(f) for f in fb)),
        "median_delay": statistics.median(delays),
        "customers": customers,
        "issues": Counter(e["issue_state"] for e in filed),
        "open_rfhs": open_rfhs,
        "docs": sum(1 for e in rfhs if e["docs_update"]),
    }


@pytest.fixture
def seeded(database_url):
    history = make_history()
    store(database_url, history)
    return history


def test_stats_match_independently_counted_history(seeded, client, auth):
    exp = expected(seeded)
    asked_at = datetime.now(UTC)
    r = client.get(f"/api/v1/stats?from={FIRST_DAY}&to={LAST_DAY}&bucket=week", headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    body = r.get_json()
    totals = body["totals"]
    assert exp["rfhs"] > 10 and exp["defects"] > 5  # the seed exercises what is asserted
    assert totals["tickets"] == exp["tickets"]
    assert totals["rfhs"] == exp["rfhs"] and totals["defects"] == exp["defects"]
    # The RFH rate is RFHs over tickets: defects are not counted against the goal.
    assert totals["rfh_rate"] == pytest.approx(exp["rfhs"] / exp["tickets"])
    assert totals["rfh_rate"] != pytest.approx((exp["rfhs"] + exp["defects"]) / exp["tickets"])
    assert body["goal"]["rfh_rate"] == 0.1
    assert totals["goal_met"] is (exp["rfhs"] / exp["tickets"] <= 0.1)

    weeks = {b["start"]: b for b in body["buckets"]}
    assert list(weeks) == list(exp["weeks"])
    for start, want in exp["weeks"].items():
        got = weeks[start]
        assert (got["tickets"], got["rfhs"], got["defects"]) == (
            want["tickets"], want["rfhs"], want["defects"]), start
        assert got["rfh_rate"] == pytest.approx(want["rfh_rate"])

    teams = {t["team"]: t for t in body["teams"]}
    assert {k: t["rfhs"] for k, t in teams.items() if t["rfhs"]} == dict(exp["teams"])
    assert {k: t["defects"] for k, t in teams.items() if t["defects"]} == dict(exp["team_defects"])
    for key, n in exp["teams"].items():
        assert teams[key]["rfh_rate"] == pytest.approx(n / exp["tickets"])
    assert teams["release"]["name"] != "release"  # display names come from the handbook
    assert {p["priority"]: p["rfhs"] for p in body["priorities"] if p["rfhs"]} == dict(
        exp["priorities"])

    overrides = body["overrides"]
    assert (overrides["feedback"], overrides["overrides"]) == exp["override_total"]
    assert {o["team"]: (o["feedback"], o["overrides"]) for o in overrides["by_team"]} == exp[
        "override_by_team"]
    by_version = {o["model_version"]: (o["feedback"], o["overrides"])
                  for o in overrides["by_model_version"]}
    assert by_version == exp["override_by_version"] and None in by_version
    for row in overrides["by_model_version"]:
        assert row["rate"] == pytest.approx(row["overrides"] / row["feedback"])

    assert body["time_to_escalation"]["median_seconds"] == pytest.approx(exp["median_delay"],
                                                                         abs=1e-3)
    customers = {c["customer"]: c["total"] for c in body["customers"]["items"]}
    assert customers == dict(exp["customers"])
    assert (body["issues"]["open"], body["issues"]["closed"]) == (exp["issues"]["open"],
                                                                  exp["issues"]["closed"])
    docs = body["docs_updates"]
    assert docs["docs_updates"] == exp["docs"]
    assert docs["share"] == pytest.approx(exp["docs"] / exp["rfhs"])

    backlog = body["open_rfhs"]
    assert backlog["total"] == len(exp["open_rfhs"])
    per_team = Counter(e["team"] for e in exp["open_rfhs"])
    assert {t["team"]: t["open"] for t in backlog["by_team"]} == dict(per_team)
    assert [t["open"] for t in backlog["by_team"]] == sorted(per_team.values(), reverse=True)
    want = {e["issue_number"]: e for e in exp["open_rfhs"]}
    for item in backlog["items"]:
        e = want[item["issue_number"]]
        assert (item["team"], item["priority"]) == (e["team"], e["priority"])
        age = (asked_at - e["created_at"]).total_seconds() / 86400
        assert item["age_days"] == pytest.approx(age, abs=0.2)
    assert [i["priority"] for i in backlog["items"]] == sorted(i["priority"]
                                                               for i in backlog["items"])


def test_rfh_rate_counts_rfhs_only_never_defects(database_url, client, admin_auth):
    h = History()
    day = datetime(2026, 3, 4, 12, tzinfo=UTC)
    h.suggestions = [{"ticket_id": t, "created_at": day, "team": "cody", "priority": "se/p2",
                      "confidence": 0.8} for t in range(1, 11)]
    h.escalations = [{"ticket_id": t, "kind": kind, "state": "created", "created_at": day,
                      "team": "cody", "priority": "se/p2", "issue_number": t}
                     for t, kind in [(1, "rfh"), (2, "defect"), (3, "defect"), (4, "defect")]]
    store(database_url, h)
    body = client.get("/api/v1/stats?from=2026-03-01&to=2026-03-07", headers=admin_auth).get_json()
    assert body["totals"] == {"tickets": 10, "rfhs": 1, "defects": 3, "links": 0,
                              "rfhs_outside_engineering": 0, "rfh_rate": 0.1, "goal_met": True}


def test_unfiled_escalations_do_not_count(database_url, client, auth):
    h = History()
    day = datetime(2026, 3, 4, 12, tzinfo=UTC)
    h.suggestions = [{"ticket_id": 1, "created_at": day, "team": "cody", "priority": "se/p2",
                      "confidence": 0.8}]
    h.escalations = [{"ticket_id": 1, "kind": kind, "state": state, "created_at": day,
                      "team": "cody", "priority": "se/p2", "issue_number": None}
                     for kind, state in (("rfh", "pending"), ("defect", "failed"))]
    store(database_url, h)
    body = client.get("/api/v1/stats?from=2026-03-01&to=2026-03-31", headers=auth).get_json()
    assert body["totals"]["rfhs"] == 0 and body["totals"]["defects"] == 0
    assert body["totals"]["rfh_rate"] == 0.0
    assert body["open_rfhs"]["total"] == 0


def test_a_ticket_counts_once_by_its_last_choice_in_the_overrides(database_url, client, auth):
    """An agent changing the team, then the priority of one ticket made one override of both
    (it read as two choices, two overrides and two team changes)."""
    h = History()
    at = datetime(2026, 3, 4, 12, tzinfo=UTC)
    suggested = {"suggested_team": "cody", "suggested_priority": "se/p2", "model_version": 1}
    h.feedback = [
        {"ticket_id": 1, "created_at": at, "team": "source", "priority": "se/p2", **suggested},
        {"ticket_id": 1, "created_at": at + timedelta(seconds=20), "team": "source",
         "priority": "se/p1", **suggested},
        # Another ticket: changed, then set back to the suggestion (no override in the end).
        {"ticket_id": 2, "created_at": at, "team": "docs", "priority": "se/p2", **suggested},
        {"ticket_id": 2, "created_at": at + timedelta(seconds=30), "team": "cody",
         "priority": "se/p2", **suggested},
        # A choice without a ticket (the demo) counts on its own.
        {"ticket_id": None, "created_at": at, "team": "graph", "priority": "se/p2", **suggested},
    ]
    store(database_url, h)
    body = client.get("/api/v1/stats?from=2026-03-01&to=2026-03-31", headers=auth).get_json()
    overrides = body["overrides"]
    assert (overrides["feedback"], overrides["overrides"]) == (3, 2)
    [cody] = [o for o in overrides["by_team"] if o["team"] == "cody"]
    assert (cody["feedback"], cody["overrides"], cody["team_changes"],
            cody["priority_changes"]) == (3, 2, 2, 1)


def test_empty_range_has_no_rate_and_a_default_range(client, auth):
    body = client.get("/api/v1/stats", headers=auth).get_json()
    assert body["totals"]["tickets"] == 0 and body["totals"]["rfh_rate"] is None
    first, last = date.fromisoformat(body["range"]["from"]), date.fromisoformat(body["range"]["to"])
    assert (last - first).days == 55 and last == datetime.now(UTC).date()
    assert len(body["buckets"]) in (8, 9) and body["buckets"][0]["rfh_rate"] is None


def test_week_buckets_are_counted_from_the_from_date(seeded, client, auth):
    """From a Wednesday, each week runs Wednesday..Tuesday: no first bucket of days before From."""
    first, last = FIRST_DAY + timedelta(days=2), LAST_DAY
    body = client.get(f"/api/v1/stats?from={first}&to={last}&bucket=week", headers=auth).get_json()
    starts = [first + timedelta(weeks=w) for w in range(8)]
    assert [b["start"] for b in body["buckets"]] == [d.isoformat() for d in starts]
    assert body["buckets"][-1]["end"] == last.isoformat()  # the last week is cut short by To
    rfhs = [e for e in seeded.escalations if e["kind"] == "rfh"
            and e["state"] in ("created", "linked") and _in_range(e["created_at"], first, last)]
    for start, bucket in zip(starts, body["buckets"], strict=True):
        days = {start + timedelta(days=n) for n in range(7)}
        assert bucket["rfhs"] == sum(1 for e in rfhs if e["created_at"].date() in days), start
    assert sum(b["rfhs"] for b in body["buckets"]) == body["totals"]["rfhs"] == len(rfhs)


def test_day_and_month_buckets(seeded, client, auth):
    days = client.get(f"/api/v1/stats?from={FIRST_DAY}&to={FIRST_DAY + timedelta(days=6)}"
                      "&bucket=day", headers=auth).get_json()
    assert [b["start"] for b in days["buckets"]] == [
        (FIRST_DAY + timedelta(days=n)).isoformat() for n in range(7)]
    week = client.get(f"/api/v1/stats?from={FIRST_DAY}&to={FIRST_DAY + timedelta(days=6)}",
                      headers=auth).get_json()
    assert sum(b["rfhs"] for b in days["buckets"]) == week["totals"]["rfhs"]
    months = client.get(f"/api/v1/stats?from={FIRST_DAY}&to={LAST_DAY}&bucket=month",
                        headers=auth).get_json()
    assert [b["start"] for b in months["buckets"]] == ["2026-01-01", "2026-02-01", "2026-03-01"]
    assert sum(b["rfhs"] for b in months["buckets"]) == months["totals"]["rfhs"]


def test_bad_query_is_422(client, auth):
    for query in ("from=2026-13-01", "from=yesterday", "to=2026-02-30", "bucket=year",
                  "from=2026-03-02&to=2026-03-01", "from=2016-01-01&to=2026-01-01", "unknown=1"):
        r = client.get(f"/api/v1/stats?{query}", headers=auth)
        assert_error_shape(r, 422, "validation_error")
        # A GET has no body: the message never blames one.
        assert "body" not in r.get_json()["error"]["message"], query


def test_stats_need_a_token(client, token):
    assert_error_shape(client.get("/api/v1/stats"), 401)
    bad = {"Authorization": f"Bearer {token()}x"}
    assert_error_shape(client.get("/api/v1/stats", headers=bad), 401)
