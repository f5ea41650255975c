"""Replay real corrections: does the team's feedback measurably improve routing?

`python -m bench.replay [--data FILE] [--splits 3] [--ceiling] [--readme]` prints a table (and with
--readme writes it into README.md between the replay markers); results in
bench/results/replay.json.

Data: tickets the corpus never saw, `{"subject", "description", "team", "priority"?, ...}` rows
(default: model/data/blind/real-format.jsonl when present, else model/data/blind/blind.jsonl).
Each split puts half of every team's tickets in A and the rest in B (a new shuffle per split).
A is replayed as agents' choices through the API (POST /suggestions, then POST /feedback with
the row's team and priority), the worker runs once (a real retrain judged by the gate), and
top-1 on B is measured: before; with the correction memory alone (the retrain not live); with
the retrained model alone (no memory); with both. Then a reorganisation: a topic the handbook
gives one team (Code Insights, code-search) moves to another (data-analytics); agents correct
its tickets one by one, and after each count the share of unseen tickets of the topic sent to
the new team is measured (memory alone at every step, with the retrain at the last ones).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import tempfile
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backend.settings import DEFAULT_MODEL_DIR
from bench.replay_ceiling import nearest_a, retrain_ceiling
from bench.replay_models import early_model_dir, tuning_model_dir
from bench.replay_report import README, REORG_RETRAIN_AT, table, write_readme

BLIND = DEFAULT_MODEL_DIR / "data" / "blind"
RESULTS = Path(__file__).parent / "results" / "replay.json"
SECRET = "bench-replay-secret-0123456789abcdef"
REORG_STEPS = (1, 2, 5, 10, 20, 40)


def default_data() -> Path:
    """The lead's real-format blind set when present, else the handbook-written one."""
    real = BLIND / "real-format.jsonl"
    return real if real.exists() else BLIND / "blind.jsonl"


def halves(rows: list[dict[str, Any]], seed: int, share: float = 0.5
           ) -> tuple[list[dict[str, Any]], ...]:
    """Half (share) of each team's tickets in A, the rest in B."""
    by_team: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_team[str(row["team"])].append(row)
    rng = random.Random(seed)
    a: list[dict[str, Any]] = []
    b: list[dict[str, Any]] = []
    for team in sorted(by_team):
        group = list(by_team[team])
        rng.shuffle(group)
        cut = int(len(group) * share)
        a.extend(group[:cut])
        b.extend(group[cut:])
    return a, b


class Replay:
    """One fresh database and app with the default model live; agents' choices via the API."""

    def __init__(self, workdir: Path, artifact: dict[str, Any],
                 model_dir: Path = DEFAULT_MODEL_DIR) -> None:
        from backend import create_app, migrate
        from backend.auth import mint_token
        from tests.conftest import install_model

        url = f"sqlite:///{workdir / 'replay.sqlite3'}"
        migrate.upgrade(url)
        install_model(url, artifact)
        self.app = create_app({"database_url": url, "instance_path": str(workdir / "instance"),
                               "model_dir": str(model_dir),
                               "zaf_shared_secret": SECRET, "log_format": "text",
                               "log_level": "WARNING", "model_poll_seconds": 0.01,
                               "retrain_min_feedback": 1,
                               # A whole team's week of choices replayed in seconds by one
                               # token: the per-agent limit is not what is measured here.
                               "rate_limit_feedback": "100000/minute"})
        self.client = self.app.test_client()
        self.auth = {"Authorization": f"Bearer {mint_token(SECRET, subject='replay-agent')}"}
        self.next_id = 500_000

    def ticket(self, row: dict[str, Any]) -> dict[str, Any]:
        """The API's inline ticket for a data row, with an id of its own."""
        self.next_id += 1
        return {"id": self.next_id, "subject": str(row.get("subject") or ""),
                "description": str(row.get("description") or ""),
                "tags": list(row.get("tags") or []),
                "organization": {"tags": list(row.get("org_tags") or [])}}

    def choose(self, row: dict[str, Any], team: str | None = None) -> None:
        """What an agent does: look at the suggestion, then send the ticket's real team."""
        ticket = self.ticket(row)
        shown = self.client.post("/api/v1/suggestions", json={"ticket": ticket},
                                 headers=self.auth).get_json()
        priority = row.get("priority") or shown["priority"]["label"]
        if not re.fullmatch(r"se/p[0-3]", str(priority)):
            priority = shown["priority"]["label"]
        r = self.client.post("/api/v1/feedback", headers=self.auth, json={
            "ticket": ticket, "team": team or row["team"], "priority": priority,
            "suggestion_id": shown["suggestion_id"]})
        assert r.status_code == 201, r.get_json()

    def top1(self, rows: list[dict[str, Any]], *, memory: bool = True, team: str | None = None
             ) -> float:
        """Share of rows routed to their team (or to `team`), with or without the memory."""
        answers = self.answers(rows, memory=memory)
        return sum(a == (team or row["team"]) for a, row in zip(answers, rows, strict=True)
                   ) / len(rows)

    def answers(self, rows: list[dict[str, Any]], *, memory: bool = True) -> list[str]:
        """The team suggested for each row, with or without the memory."""
        from backend.routing.classify import ticket_from_line
        from backend.routing.router import Router

        with self.app.app_context():
            loaded = self.app.extensions["live_model"].force_refresh()
            loaded.router.blend.memory.refresh(force=True)
            # Both sides answer as the sidebar does (the router's ranking over the model's
            # probabilities); without the memory, a plain router over the same live pipeline.
            router = loaded.router if memory else Router(
                loaded.router.handbook, loaded.pipeline, loaded.version, loaded.router.threshold)
            return [str(router.suggest(ticket_from_line(json.dumps(row))).team["key"])
                    for row in rows]

    def retrain(self) -> str:
        """The worker's next round (a retrain, as enough feedback is new); its outcome."""
        from backend.learning.worker import run_once

        with self.app.app_context():
            result = run_once(self.app.config["SETTINGS"],
                              lock_dir=Path(self.app.instance_path))
        return "none" if result is None else f"{result.status}: {result.message}"


def split_run(rows: list[dict[str, Any]], seed: int, artifact: dict[str, Any],
              model_dir: Path = DEFAULT_MODEL_DIR, ceiling: bool = False) -> dict[str, Any]:
    """One split: before, memory alone, retrain alone, both (top-1 on B); the retrain ceiling."""
    a, b = halves(rows, seed)
    with tempfile.TemporaryDirectory(prefix="rfh-replay-") as tmp:
        replay = Replay(Path(tmp), artifact, model_dir)
        first = replay.answers(b, memory=False)
        before = sum(x == row["team"] for x, row in zip(first, b, strict=True)) / len(b)
        for row in a:
            replay.choose(row)
        memory = replay.top1(b, memory=True)
        verdict = replay.retrain()
        retrained = replay.top1(b, memory=False)
        both = replay.top1(b, memory=True)
    limits = retrain_ceiling(a, b, model_dir) if ceiling else {}
    nearest = nearest_a(a, b, first, model_dir) if ceiling else {}
    print(f"  split {seed}: A={len(a)} B={len(b)} before {before:.3f} memory {memory:.3f} "
          f"retrain {retrained:.3f} both {both:.3f} ({verdict[:90]})"
          + "".join(f"; A at weight {w}: {v:.3f}" for w, v in limits.items())
          + (f"; B's {nearest['mistakes']} mistakes: nearest A ticket of the right team for "
             f"{nearest['nearest_right']} (closest {nearest['closest']:.2f})" if nearest else ""),
          flush=True)
    return {"seed": seed, "a": len(a), "b": len(b), "before": before, "memory": memory,
            "retrain": retrained, "both": both, "gate": verdict, "ceiling": limits,
            "nearest_a": nearest}


def reorganisation(artifact: dict[str, Any]) -> list[dict[str, Any]]:
    """Code Insights moves to data-analytics: share of unseen insight tickets that follow."""
    from tests.integration.test_learning_acceptance import KIND_TO, kind_tickets

    tickets = [{"subject": t.subject, "description": t.description, "team": KIND_TO}
               for t in kind_tickets(60, seed=5)]
    corrections, unseen = tickets[:40], tickets[40:]
    steps: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="rfh-replay-reorg-") as tmp:
        replay = Replay(Path(tmp), artifact)
        done = 0
        steps.append({"corrections": 0, "memory": replay.top1(unseen), "retrained": None})
        for step in REORG_STEPS:
            for row in corrections[done:step]:
                replay.choose(row)
            done = step
            entry: dict[str, Any] = {"corrections": step, "memory": replay.top1(unseen),
                                     "retrained": None}
            if step in REORG_RETRAIN_AT:
                entry["gate"] = replay.retrain()
                entry["retrained"] = replay.top1(unseen)
            print(f"  reorganisation: {step:>2} corrections -> memory {entry['memory']:.2f}"
                  + (f", after retrain {entry['retrained']:.2f}" if entry["retrained"]
                     is not None else ""), flush=True)
            steps.append(entry)
    return steps


def override(assignment: str) -> None:
    """Set a module constant, e.g. backend.learning.trainer.FEEDBACK_WEIGHT=10."""
    import importlib

    target, value = assignment.split("=", 1)
    module, name = target.rsplit(".", 1)
    loaded = importlib.import_module(module)
    current = getattr(loaded, name)
    setattr(loaded, name, type(current)(value))


def main() -> None:
    """Run the splits and the reorganisation; print; write JSON (and the README)."""
    from backend.learning import registry
    from backend.routing.corpus import read_jsonl
    from backend.routing.handbook import load_handbook
    from backend.routing.labels import labelled_rows
    from backend.routing.training import routing_file, train_default

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--splits", type=int, default=3)
    parser.add_argument("--no-reorganisation", action="store_true")
    parser.add_argument("--ceiling", action="store_true", help=(
        "Also fit the corpus plus A with A weighing 10x and 30x a corpus ticket and score B: "
        "the most a retrain on A could lift (bench/replay_ceiling.py)."))
    parser.add_argument("--readme", action="store_true", help="Write the table into README.md.")
    parser.add_argument("--tuning", action="store_true", help=(
        "Replay the corpus's later writing rounds on a model of the first (for choosing the "
        "learning's settings; never the blind sets)."))
    parser.add_argument("--early-corpus", action="store_true", help=(
        "Replay on a model of the corpus's first two writing rounds only (the per-team files, "
        "1,000 tickets, before the rounds in real tickets' forms): does the learning lift B "
        "when the model still has something to learn?"))
    parser.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE",
                        help="Override a learning constant for this run (with --tuning).")
    args = parser.parse_args()
    for assignment in args.set:
        override(assignment)
    with tempfile.TemporaryDirectory(prefix="rfh-replay-model-") as tmp:
        model_dir = DEFAULT_MODEL_DIR
        if args.tuning:
            model_dir = Path(tmp) / "model"
            rows = tuning_model_dir(model_dir)
            name = "the corpus's later rounds (tuning)"
        else:
            if args.early_corpus:
                model_dir = Path(tmp) / "model"
                early_model_dir(model_dir)
            data = args.data or default_data()
            # Teams as the file names them (Search Platform, team/cody), read as keys.
            rows = labelled_rows([r for r in read_jsonl(data) if r.get("team")],
                                 load_handbook(routing_file(model_dir)), str(data))
            name = (str(data.relative_to(README.parent)) if data.is_relative_to(README.parent)
                    else str(data)) + (" on the early corpus" if args.early_corpus else "")
        print(f"training the default model; replaying {name} ({len(rows)} tickets)", flush=True)
        trained = train_default(model_dir)
        artifact = {"artifact": registry.dump_model(trained.pipeline), "meta": trained.meta,
                    "scores": trained.scores}
        report: dict[str, Any] = {
            "benchmark": "replay", "data": name, "tickets": len(rows), "overrides": args.set,
            "splits": [split_run(rows, seed, artifact, model_dir, args.ceiling)
                       for seed in range(1, args.splits + 1)],
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
        if not (args.no_reorganisation or args.tuning or args.early_corpus):
            report["reorganisation"] = reorganisation(artifact)
    text = table(report)
    print(text)
    # Another --data set keeps its own results file: replay.json is the default set's.
    other = args.data is not None and args.data.resolve() != default_data().resolve()
    out = (RESULTS.with_name("replay-tuning.json") if args.tuning else
           RESULTS.with_name("replay-early.json") if args.early_corpus else
           RESULTS.with_name(f"replay-{args.data.stem}.json") if other else RESULTS)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    if args.readme and not (args.tuning or args.early_corpus):
        write_readme(text)


if __name__ == "__main__":
    main()
