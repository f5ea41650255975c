"""`rfh report`: the dashboard's figures as terminal tables, and its three charts as PNG files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

# Figure objects (not pyplot) render with the Agg canvas: no display, no global figure state.
from matplotlib.figure import Figure
from rich.console import Console
from rich.table import Table

GOAL_COLOUR = "#c0392b"
BAR_COLOUR = "#1f73b7"  # Zendesk Garden blue, as the dashboard draws


def percent(value: float | None) -> str:
    """A fraction as a percentage for people ('-' when undefined)."""
    return "-" if value is None else f"{value * 100:.1f}%"


def duration(seconds: float | None) -> str:
    """Seconds as hours or days, whichever reads better."""
    if seconds is None:
        return "-"
    hours = seconds / 3600
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} d"


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for i, column in enumerate(columns):
        table.add_column(column, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*(str(cell) for cell in row))
    return table


def tables(stats: dict[str, Any]) -> list[Table]:
    """The report's tables, in reading order."""
    t, goal = stats["totals"], stats["goal"]["rfh_rate"]
    verdict = "-" if t["goal_met"] is None else ("met" if t["goal_met"] else "missed")
    docs, delay = stats["docs_updates"], stats["time_to_escalation"]
    summary = _table("Self-sufficiency", ["figure", "value"], [
        ["tickets with a suggestion", t["tickets"]], ["RFHs to engineering", t["rfhs"]],
        ["RFHs to teams outside engineering (not counted)", t["rfhs_outside_engineering"]],
        ["defects filed (not counted)", t["defects"]],
        ["RFH rate", f"{percent(t['rfh_rate'])} (goal {percent(goal)}: {verdict})"],
        ["RFHs that led to a docs update", f"{docs['docs_updates']} ({percent(docs['share'])})"],
        ["median first suggestion to escalation", duration(delay["median_seconds"])],
        ["linked issues open / closed", f"{stats['issues']['open']} / {stats['issues']['closed']}"],
    ])
    out = [summary, _table(f"Per {stats['range']['bucket']}",
                           ["from", "tickets", "RFHs", "defects", "RFH rate"],
                           [[b["start"], b["tickets"], b["rfhs"], b["defects"],
                             percent(b["rfh_rate"])] for b in stats["buckets"]])]
    out.append(_table("Per team", ["team", "RFHs", "defects", "share of RFHs", "part of rate"],
                      [[r["name"], r["rfhs"], r["defects"], percent(r["share"]),
                        percent(r["rfh_rate"])] for r in stats["teams"]]))
    out.append(_table("Per priority", ["priority", "RFHs", "defects", "share of RFHs"],
                      [[r["priority"], r["rfhs"], r["defects"], percent(r["share"])]
                       for r in stats["priorities"]]))
    o = stats["overrides"]
    out.append(_table("Overrides per model version",
                      ["version", "feedback", "overrides", "team", "priority", "rate"],
                      [[r["model_version"] or "unknown", r["feedback"], r["overrides"],
                        r["team_changes"], r["priority_changes"], percent(r["rate"])]
                       for r in o["by_model_version"]]))
    out.append(_table("Overrides per suggested team", ["team", "feedback", "overrides", "rate"],
                      [[r["team"], r["feedback"], r["overrides"], percent(r["rate"])]
                       for r in o["by_team"]]))
    backlog = stats["open_rfhs"]
    out.append(_table(f"Open RFHs now ({backlog['total']})",
                      ["team", "open", "by priority", "oldest (days)"],
                      [[r["name"], r["open"],
                        ", ".join(f"{p} {n}" for p, n in r["by_priority"].items()),
                        r["oldest_days"]] for r in backlog["by_team"]]))
    out.append(_table("Escalations per customer", ["customer", "RFHs", "defects", "total"],
                      [[r["customer"] or "(none recorded)", r["rfhs"], r["defects"], r["total"]]
                       for r in stats["customers"]["items"]]))
    return out


def rate_chart(stats: dict[str, Any], path: Path) -> Path:
    """RFH rate per bucket against the goal line."""
    fig = Figure(figsize=(8, 4))
    ax = fig.subplots()
    labels = [b["start"] for b in stats["buckets"]]
    rates = [(b["rfh_rate"] or 0.0) * 100 for b in stats["buckets"]]
    # Positions plus tick labels: date-like strings as categories make matplotlib log a warning.
    ax.bar(range(len(labels)), rates, color=BAR_COLOUR, label="RFH rate")
    ax.set_xticks(range(len(labels)), labels)
    ax.axhline(stats["goal"]["rfh_rate"] * 100, color=GOAL_COLOUR, linestyle="--",
               label=f"goal {percent(stats['goal']['rfh_rate'])}")
    ax.set_ylabel("% of tickets (defects not counted)")
    ax.set_title(f"RFH rate per {stats['range']['bucket']}")
    ax.legend()
    ax.tick_params(axis="x", labelrotation=45)
    return _save(fig, path)


def team_chart(stats: dict[str, Any], path: Path) -> Path:
    """RFHs (and defects) per team, most leaned-on first."""
    fig = Figure(figsize=(8, 4))
    ax = fig.subplots()
    teams = list(reversed(stats["teams"]))
    names = [t["name"] for t in teams]
    ax.barh(names, [t["rfhs"] for t in teams], color=BAR_COLOUR, label="RFHs")
    ax.barh(names, [t["defects"] for t in teams], left=[t["rfhs"] for t in teams],
            color="#adb5bd", label="defects")
    ax.set_xlabel("escalations filed")
    ax.set_title("RFHs per team")
    ax.legend()
    return _save(fig, path)


def override_chart(stats: dict[str, Any], path: Path) -> Path:
    """How often agents changed the suggestion, per model version."""
    fig = Figure(figsize=(8, 4))
    ax = fig.subplots()
    rows = stats["overrides"]["by_model_version"]
    labels = [f"v{r['model_version']}" if r["model_version"] else "unknown" for r in rows]
    ax.bar(labels, [(r["rate"] or 0.0) * 100 for r in rows], color=BAR_COLOUR)
    ax.set_ylabel("% of feedback that changed team or priority")
    ax.set_title("Override rate per model version")
    return _save(fig, path)


def _save(fig: Figure, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    return path


def write_report(stats: dict[str, Any], out_dir: Path, console: Console | None = None,
                 echo: Callable[[str], None] | None = None) -> list[Path]:
    """Print the tables and write the three charts into out_dir; return the chart paths."""
    console = console or Console()
    for table in tables(stats):
        console.print(table)
    out_dir.mkdir(parents=True, exist_ok=True)
    charts = [rate_chart(stats, out_dir / "rfh_rate.png"),
              team_chart(stats, out_dir / "rfhs_per_team.png"),
              override_chart(stats, out_dir / "override_rate.png")]
    for chart in charts:
        (echo or console.print)(f"wrote {chart}")
    return charts
