"""Self-sufficiency statistics: the RFH rate against the 10% goal, and what a lead asks for."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from backend.insights import queries
from backend.insights.queries import Window, as_utc
from backend.models import Escalation, Feedback
from backend.routing.handbook import Handbook

Bucket = Literal["day", "week", "month"]

# The handbook: need engineering's help on at most 10% of tickets, defects not counted.
RFH_GOAL = 0.10
TOP_CUSTOMERS = 20
OPEN_ITEMS = 100
# The days a report may cover: no ticket predates the Unix epoch, and the bounds keep every
# bucket's arithmetic (a week or month either side) far from the ends of the calendar.
FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2999, 12, 31)


def team_names(handbook: Handbook | None) -> dict[str, str]:
    """Team key -> display name from the handbook (keys stand in when none is loaded)."""
    return {key: team.name for key, team in handbook.teams.items()} if handbook else {}


def outside_engineering(handbook: Handbook | None) -> frozenset[str]:
    """The keys of the handbook's teams outside of engineering (Sales and CE, Data & Analytics)."""
    if handbook is None:
        return frozenset()
    return frozenset(key for key, team in handbook.teams.items() if not team.engineering)


def window_for(start: date, end: date) -> Window:
    """The UTC time range covering the days start..end, both included."""
    return Window(datetime.combine(start, time(), UTC),
                  datetime.combine(end + timedelta(days=1), time(), UTC))


def bucket_start(day: date, bucket: Bucket, first: date | None = None) -> date:
    """The first day of the bucket holding day.

    Weeks are counted from `first` (the report's From date), so a report from a Wednesday has
    whole weeks from Wednesday to Tuesday, not a first "week" of the days before From; without
    `first` they start on Monday, as ISO weeks do. Months follow the calendar.
    """
    if bucket == "week":
        anchor = first if first is not None else day - timedelta(days=day.weekday())
        return anchor + timedelta(days=7 * ((day - anchor).days // 7))
    if bucket == "month":
        return day.replace(day=1)
    return day


def _next_bucket(start: date, bucket: Bucket) -> date:
    if bucket == "week":
        return start + timedelta(days=7)
    if bucket == "month":
        return start + relativedelta(months=1)
    return start + timedelta(days=1)


def bucket_starts(start: date, end: date, bucket: Bucket) -> list[date]:
    """Every bucket that overlaps start..end, in order (empty ones too, so a chart has no gaps)."""
    out, current = [], bucket_start(start, bucket, start)
    while current <= end:
        out.append(current)
        current = _next_bucket(current, bucket)
    return out


def ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def _series(window_days: tuple[date, date], bucket: Bucket, pairs: list[tuple[date, int]],
            escalations: list[tuple[date, str, int]]) -> list[dict[str, Any]]:
    first_day, last_day = window_days
    tickets: dict[date, set[int]] = defaultdict(set)
    for day, ticket in pairs:
        tickets[bucket_start(day, bucket, first_day)].add(ticket)
    counts: dict[tuple[date, str], int] = defaultdict(int)
    for day, kind, n in escalations:
        counts[(bucket_start(day, bucket, first_day), kind)] += n
    series = []
    for first in bucket_starts(first_day, last_day, bucket):
        # The bucket's last day inside the range: a chart can say a short last week is short.
        last = min(_next_bucket(first, bucket) - timedelta(days=1), last_day)
        n_tickets, rfhs = len(tickets[first]), counts[(first, "rfh")]
        series.append({"start": first.isoformat(), "end": last.isoformat(), "tickets": n_tickets,
                       "rfhs": rfhs, "defects": counts[(first, "defect")],
                       "rfh_rate": ratio(rfhs, n_tickets)})
    return series


def _breakdown(rows: list[tuple[Any, str, int, int]], key: str,
               tickets: int) -> list[dict[str, Any]]:
    """RFHs and defects per team or priority; rfh_rate is each one's part of the overall rate."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"rfh": 0, "defect": 0})
    for value, kind, n, _docs in rows:
        if kind in ("rfh", "defect"):
            per[str(value)][kind] += n
    total_rfhs = sum(v["rfh"] for v in per.values())
    out: list[dict[str, Any]] = [{key: value, "rfhs": v["rfh"], "defects": v["defect"],
            "rfh_rate": ratio(v["rfh"], tickets), "share": ratio(v["rfh"], total_rfhs)}
           for value, v in per.items()]
    if key == "team":
        out.sort(key=lambda r: (-r["rfhs"], -r["defects"], r["team"]))
    else:
        out.sort(key=lambda r: r[key])
    return out


def _overrides(rows: list[tuple[Any, int, int, int, int]], key: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {key: value, "feedback": n, "overrides": o, "team_changes": t, "priority_changes": p,
         "rate": ratio(o, n)}
        for value, n, o, t, p in rows
    ]
    # Unknown model versions (feedback recorded without one) sort last.
    out.sort(key=lambda r: (r[key] is None, r[key] if r[key] is not None else 0))
    return out


def _median(values: list[float]) -> dict[str, Any]:
    return {"count": len(values), "median_seconds": statistics.median(values) if values else None}


def _customers(rows: list[tuple[Any, str, int, int]]) -> dict[str, Any]:
    per: dict[str | None, dict[str, int]] = defaultdict(lambda: {"rfh": 0, "defect": 0, "link": 0})
    for customer, kind, n, _docs in rows:
        per[customer][kind] = per[customer].get(kind, 0) + n
    items: list[dict[str, Any]] = [{"customer": c, "rfhs": v["rfh"], "defects": v["defect"],
              "total": sum(v.values())} for c, v in per.items()]
    # Most escalations first; escalations with no customer recorded go after named ones.
    items.sort(key=lambda r: (-r["total"], r["customer"] is None, r["customer"] or ""))
    return {"count": len(items), "items": items[:TOP_CUSTOMERS]}


def _open_rfhs(rows: list[Escalation], now: datetime,
               names: Mapping[str, str]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for e in rows:
        age = (now - as_utc(e.created_at)).total_seconds() / 86400
        items.append({"id": e.id, "ticket_id": e.ticket_id, "team": e.team, "priority": e.priority,
                      "issue_number": e.issue_number, "issue_url": e.issue_url,
                      "customer": e.customer, "created_at": as_utc(e.created_at).isoformat(),
                      "age_days": round(age, 1)})
    teams: dict[str, dict[str, Any]] = {}
    for item in items:  # oldest first, so the first item of a team is its oldest
        team = teams.setdefault(item["team"], {
            "team": item["team"], "name": names.get(item["team"], item["team"]), "open": 0,
            "by_priority": defaultdict(int), "oldest_days": item["age_days"]})
        team["open"] += 1
        team["by_priority"][item["priority"]] += 1
    by_team = sorted(teams.values(), key=lambda t: (-t["open"], t["team"]))
    for team in by_team:
        team["by_priority"] = dict(sorted(team["by_priority"].items()))
    # The most urgent first, then the longest waiting: the order a lead works through them.
    items.sort(key=lambda i: (i["priority"], i["created_at"], i["id"]))
    return {"total": len(items), "by_team": by_team, "items": items[:OPEN_ITEMS]}


def compute_stats(session: Session, start: date, end: date, bucket: Bucket = "week",
                  *, now: datetime | None = None,
                  team_names: Mapping[str, str] | None = None,
                  outside: Collection[str] = ()) -> dict[str, Any]:
    """Every figure of the dashboard for the days start..end (UTC), both included; RFHs to
    the ``outside`` teams (outside engineering) are counted apart, not in the RFH rate."""
    now = now or datetime.now(UTC)
    names = team_names or {}
    window = window_for(start, end)
    pairs = queries.ticket_days(session, window)
    by_day = queries.escalations_by_day(session, window, outside)
    tickets = len({ticket for _, ticket in pairs})
    kinds: dict[str, int] = defaultdict(int)
    for _, kind, n in by_day:
        kinds[kind] += n
    rfhs, defects = kinds["rfh"], kinds["defect"]
    rate = ratio(rfhs, tickets)

    by_team = queries.escalations_by(session, window, Escalation.team)
    docs = sum(d for team, kind, _, d in by_team if kind == "rfh" and team not in outside)
    feedback_by_team = _overrides(queries.overrides_by(session, window, Feedback.suggested_team),
                                  "team")
    feedback_total = sum(r["feedback"] for r in feedback_by_team)
    overrides_total = sum(r["overrides"] for r in feedback_by_team)
    delays: dict[str, list[float]] = defaultdict(list)
    for kind, seconds in queries.escalation_delays(session, window):
        delays[kind].append(seconds)
    states: dict[str, dict[str, int]] = defaultdict(lambda: {"open": 0, "closed": 0})
    for kind, state, n in queries.issue_states(session, window):
        states[kind][state] = states[kind].get(state, 0) + n

    return {
        "range": {"from": start.isoformat(), "to": end.isoformat(), "bucket": bucket,
                  "timezone": "UTC"},
        "goal": {"rfh_rate": RFH_GOAL},
        "totals": {"tickets": tickets, "rfhs": rfhs, "defects": defects, "links": kinds["link"],
                   "rfhs_outside_engineering": kinds[queries.OUTSIDE],
                   "rfh_rate": rate, "goal_met": None if rate is None else rate <= RFH_GOAL},
        "buckets": _series((start, end), bucket, pairs, by_day),
        "teams": [{**row, "name": names.get(row["team"], row["team"])}
                  for row in _breakdown(by_team, "team", tickets)],
        "priorities": _breakdown(queries.escalations_by(session, window, Escalation.priority),
                                 "priority", tickets),
        "overrides": {
            "feedback": feedback_total, "overrides": overrides_total,
            "rate": ratio(overrides_total, feedback_total),
            "by_team": [{**row, "name": names.get(row["team"], row["team"])}
                        for row in feedback_by_team],
            "by_model_version": _overrides(
                queries.overrides_by(session, window, Feedback.model_version), "model_version"),
        },
        "time_to_escalation": {
            **_median([s for values in delays.values() for s in values]),
            "by_kind": {kind: _median(delays[kind]) for kind in ("rfh", "defect")},
        },
        "customers": _customers(queries.escalations_by(session, window, Escalation.customer)),
        "issues": {"open": sum(s["open"] for s in states.values()),
                   "closed": sum(s["closed"] for s in states.values()),
                   "by_kind": {k: dict(v) for k, v in sorted(states.items())}},
        "open_rfhs": _open_rfhs(queries.open_rfhs(session), now, names),
        "docs_updates": {"rfhs": rfhs, "docs_updates": docs, "share": ratio(docs, rfhs)},
    }
