"""The replay's README table (bench/replay.py), written between the README's replay markers."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parents[1] / "README.md"
REORG_RETRAIN_AT = (10, 40)


def table(report: dict[str, Any]) -> str:
    """The README's markdown table."""
    runs = report["splits"]

    def stat(key: str) -> str:
        values = [r[key] for r in runs]
        spread = statistics.pstdev(values) if len(values) > 1 else 0.0
        return f"{statistics.mean(values):.3f} ± {spread:.3f} (min {min(values):.3f})"

    splits = f"{len(runs)} split{'s' * (len(runs) != 1)}"
    lines = [f"Replay of `{report['data']}` ({report['tickets']} tickets, {splits} by "
             "team into halves A/B; A replayed as agents' choices, top-1 on B):", "",
             "| top-1 on B | mean ± sd (min) |", "| --- | --- |"]
    for key, label in (("before", "before (default model)"),
                       ("memory", "correction memory alone"),
                       ("retrain", "retrained model alone"), ("both", "memory + retrained")):
        lines.append(f"| {label} | {stat(key)} |")
    for weight in runs[0].get("ceiling") or {}:
        values = [r["ceiling"][weight] for r in runs]
        spread = statistics.pstdev(values) if len(values) > 1 else 0.0
        lines.append(f"| ceiling: corpus + A fitted directly, A at weight {weight} | "
                     f"{statistics.mean(values):.3f} ± {spread:.3f} (min {min(values):.3f}) |")
    if runs[0].get("nearest_a"):
        found = [r["nearest_a"] for r in runs]
        lines += ["", "Of B's mistakes before ("
                  + ", ".join(str(f["mistakes"]) for f in found) + " in the splits), the "
                  "closest A ticket is of the right team for "
                  + ", ".join(str(f["nearest_right"]) for f in found)
                  + " (the closest A ticket to any of them at cosine "
                  + ", ".join(f"{f['closest']:.2f}" for f in found)
                  + "; the memory starts to count at 0.5)."]
    lift = [r["both"] - r["before"] for r in runs]
    lines += ["", f"Lift with both: {statistics.mean(lift) * 100:+.1f} points "
              f"(smallest {min(lift) * 100:+.1f}); gate: "
              + "; ".join(r["gate"].split(":")[0] for r in runs) + "."]
    reorg = report.get("reorganisation") or []
    if reorg:
        lines += ["", "Reorganisation (Code Insights moves from code-search to data-analytics; "
                  "share of 20 unseen insight tickets sent to data-analytics; the worker "
                  f"retrains after {' and '.join(map(str, REORG_RETRAIN_AT))} corrections):", "",
                  "| corrections | suggestion (live model + memory) | after that retrain |",
                  "| --- | --- | --- |"]
        for step in reorg:
            after = "-" if step["retrained"] is None else f"{step['retrained']:.2f}"
            lines.append(f"| {step['corrections']} | {step['memory']:.2f} | {after} |")
    return "\n".join(lines)


def write_readme(text: str) -> None:
    """Replace the text between the replay markers in README.md."""
    readme = README.read_text(encoding="utf-8")
    start, end = "<!-- replay:start -->", "<!-- replay:end -->"
    if start not in readme:
        raise SystemExit("README.md has no replay markers")
    head, rest = readme.split(start, 1)
    _, tail = rest.split(end, 1)
    README.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")
