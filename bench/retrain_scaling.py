"""Retraining time against training-set size (goal: 10,000 examples in under 30 s).

`python -m bench.retrain_scaling [--sizes 2000,5000,10000]` writes bench/results/retrain.json.

Data: the project's corpus (its training split) plus synthetic feedback up to each size. The
feedback is made by resampling and combining corpus training rows of one team: the subject of
one row, the description of a second and the second half of a third's, with the team as the
label and a ticket id of its own. Every text is distinct, so no duplicate is trained for free;
the vocabulary stays the corpus's, which keeps the feature count realistic.

What is timed is backend.learning.retrain.retrain() end to end, as the worker runs it: reading
feedback from the database, fitting the candidate (features and calibrated classifier), the
gate's cross-validation over the feedback (the candidate's recipe without each fold, the live
model on the same tickets) and its corpus guard, storing the candidate and promoting or
rejecting it. Setting up the database and the live model it is judged against is not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backend.settings import DEFAULT_MODEL_DIR

GOAL_SECONDS = 30.0
GOAL_SIZE = 10_000
RESULTS = Path(__file__).parent / "results" / "retrain.json"


def synthetic_feedback(count: int, seed: int = 0) -> list[dict[str, Any]]:
    """Distinct tickets combined from corpus training rows of the same team."""
    from backend.routing.corpus import load_split

    rows = load_split(DEFAULT_MODEL_DIR / "data", "train")
    by_team: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_team.setdefault(row["team"], []).append(row)
    rng = random.Random(seed)
    out = []
    for n in range(count):
        first = rng.choice(rows)
        second, third = rng.choice(by_team[first["team"]]), rng.choice(by_team[first["team"]])
        tail = third["description"][len(third["description"]) // 2 :]
        out.append({
            "id": 1_000_000 + n, "subject": first["subject"], "team": first["team"],
            "priority": first.get("priority") or "se/p2",
            "description": f"{second['description']}\n\n{tail}",
            "tags": list(second.get("tags") or []),
        })
    return out


def run(size: int, workdir: Path) -> dict[str, Any]:
    """Time one retrain with `size` training examples (corpus + feedback)."""
    from backend import create_app, migrate
    from backend.db import db
    from backend.learning import registry
    from backend.learning.feedback import record_feedback
    from backend.learning.retrain import retrain
    from backend.routing.corpus import load_split
    from backend.routing.router import Ticket
    from backend.routing.training import train_default

    url = f"sqlite:///{workdir / f'bench-{size}.sqlite3'}"
    migrate.upgrade(url)
    app = create_app({"database_url": url, "instance_path": str(workdir / "instance"),
                      "log_format": "text", "log_level": "WARNING"})
    corpus = len(load_split(DEFAULT_MODEL_DIR / "data", "train"))
    # Every feedback ticket is trained on (the gate cross-validates instead of holding a slice
    # out): `size` examples offered is the corpus plus size - corpus feedback tickets.
    chosen = synthetic_feedback(max(0, size - corpus))
    with app.app_context():
        with db.transaction() as session:
            registry.register(session, train_default(DEFAULT_MODEL_DIR), "live", note="bench")
            for row in chosen:
                record_feedback(
                    session, ticket=Ticket(subject=row["subject"], description=row["description"],
                                           tags=row["tags"], id=row["id"]),
                    team=row["team"], priority=row["priority"], suggested_team=None,
                    suggested_priority=None, model_version=1, agent=None, source="import")
        phases: list[tuple[float, str]] = []
        cpu_started = time.process_time()
        started = time.perf_counter()
        result = retrain(app.config["SETTINGS"], lock_dir=workdir,
                         progress=lambda m: phases.append((time.perf_counter() - started, m)))
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started  # this process only (jobs=1: all of it)
        with db.transaction() as session:
            version = registry.get_version(session, result.version or 0)
            meta = version.meta if version else {}
    trained_on = int(meta.get("train_size", 0)) + int(meta.get("feedback_size", 0))
    return {
        "examples": trained_on, "requested": size,
        "superseded": int(meta.get("corpus_superseded", 0)), "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2), "jobs": app.config["SETTINGS"].retrain_jobs,
        "status": result.status, "phases": [[round(t, 2), m] for t, m in phases],
        "corpus_top1": result.scores.get("corpus_heldout", {}).get("top1"),
    }


def main() -> None:
    """Run the sizes, print a line each, write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,5000,10000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    load_before = os.getloadavg()
    results = []
    with tempfile.TemporaryDirectory(prefix="rfh-bench-retrain-") as tmp:
        for size in sizes:
            outcome = run(size, Path(tmp))
            print(f"{outcome['requested']:>6} examples offered, {outcome['examples']} trained on: "
                  f"{outcome['seconds']:6.1f} s "
                  f"({outcome['status']})", flush=True)
            results.append(outcome)
    # The goal is stated for 10,000 examples; larger sizes are measured to show the scaling.
    # Offered GOAL_SIZE examples; the trainer may leave out a few corpus tickets that the
    # (synthetic) feedback supersedes, which is part of what a real retrain does.
    at_goal = [r for r in results if r["requested"] == GOAL_SIZE]
    report = {
        "benchmark": "retrain_scaling",
        "goal": f"retraining on {GOAL_SIZE:,} examples in under {GOAL_SECONDS:g} s",
        "met": bool(at_goal) and all(r["seconds"] < GOAL_SECONDS for r in at_goal),
        "data": ("project corpus (training split) + synthetic feedback made by resampling "
                 "and combining corpus training rows of one team (subject of one, description of "
                 "another, second half of a third); every text distinct"),
        "measured": "backend.learning.retrain.retrain() end to end (fit, cross-validate on the "
                    "feedback, corpus guard, store, promote/reject); database set-up not timed",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]},
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "results": results,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {RESULTS} (goal met: {report['met']})")


if __name__ == "__main__":
    main()
