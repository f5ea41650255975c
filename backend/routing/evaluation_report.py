"""`rfh evaluate`'s tables: readable at 80 columns, with every team's full key."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

TEAM_WIDTH = 15  # "search-platform", the longest team key: never cut ("cod…" could be two)
PRIORITY_READINGS = {"rules": "rules", "model": "model", "blend": "model+floors"}


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def team_table(result: dict[str, Any]) -> Table:
    """Top-1, top-3, macro-F1 and ECE of each variant on each set."""
    table = Table(title="Team: top-1 / top-3 / macro-F1 / ECE")
    table.add_column("set", no_wrap=True)
    table.add_column("variant", no_wrap=True)
    for column in ("n", "top-1", "top-3", "macro-F1", "ECE"):
        table.add_column(column, justify="right")
    for name, scored in result["sets"].items():
        for variant, s in scored["variants"].items():
            table.add_row(name, variant, str(s["n"]), _num(s["top1"]), _num(s["top3"]),
                          _num(s["macro_f1"]), _num(s["ece"]))
        table.add_section()
    return table


def priority_table(result: dict[str, Any]) -> Table:
    """Exact and within-one-step priority, and the model's ECE, per reading and set."""
    table = Table(title="Priority: exact / within one step / ECE (model+floors: shown)")
    table.add_column("set", no_wrap=True)
    table.add_column("reading", no_wrap=True)
    for column in ("n", "exact", "within 1", "ECE"):
        table.add_column(column, justify="right")
    for name, scored in result["sets"].items():
        for reading, s in scored["priority"].items():
            table.add_row(name, PRIORITY_READINGS.get(reading, reading), str(s["n"]),
                          _num(s["exact"]), _num(s["within_one"]), _num(s["ece"]))
        table.add_section()
    return table


def per_team_table(name: str, scored: dict[str, Any]) -> Table:
    """Per team on one set: recall of each variant, and the blend's precision and F1."""
    table = Table(title=f"Per team on {name}: recall by variant; blend precision, F1")
    table.add_column("team", no_wrap=True, min_width=TEAM_WIDTH)
    table.add_column("n", justify="right")
    variants = scored["variants"]
    for variant in variants:
        table.add_column(f"{variant} R", justify="right")
    table.add_column("blend P", justify="right")
    table.add_column("blend F1", justify="right")
    blend = variants["blend"]["per_team"]
    for label in variants["blend"]["labels"]:
        recalls = [_num(v["per_team"][label]["recall"]) for v in variants.values()]
        table.add_row(label, str(blend[label]["support"]), *recalls,
                      _num(blend[label]["precision"]), _num(blend[label]["f1"]))
    return table


def confusion_table(name: str, scored: dict[str, Any]) -> Table:
    """The blend's confusion matrix; columns numbered as the rows, so keys stay whole."""
    blend = scored["variants"]["blend"]
    labels = blend["labels"]
    table = Table(title=f"Blend confusion on {name} (rows: true; columns: predicted, by number)")
    table.add_column("true team", no_wrap=True, min_width=TEAM_WIDTH + 3)
    for number in range(1, len(labels) + 1):
        table.add_column(str(number), justify="right")
    for number, (label, row) in enumerate(zip(labels, blend["confusion"], strict=True), 1):
        table.add_row(f"{number:>2} {label}", *[str(v) if v else "." for v in row])
    return table


def render_tables(result: dict[str, Any], console: Console) -> None:
    """Print the summary tables, then per team and the confusion matrix per set."""
    console.print(team_table(result))
    console.print(priority_table(result))
    for name, scored in result["sets"].items():
        console.print(per_team_table(name, scored))
    name, scored = list(result["sets"].items())[-1]
    console.print(confusion_table(name, scored))
