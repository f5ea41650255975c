"""The correction memory's cost per suggestion with 100,000 remembered tickets (goal: < 5 ms p50).

`python -m bench.correction_memory [--size 100000] [--queries 300]` writes
bench/results/correction_memory.json.

Data: synthetic corrections combined from corpus training rows (bench.retrain_scaling's recipe:
every text distinct, the corpus's vocabulary), added to a CorrectionMemory in batches as a
worker catching up would. Timed: what a suggestion pays for the memory, the nearest-ticket
lookup plus the blend, on held-out corpus tickets (not in the memory) and on near-duplicates of
remembered ones. The database poll is excluded (it runs every few seconds, not per request).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import numpy as np

from backend.settings import DEFAULT_MODEL_DIR
from bench.machine import save
from bench.retrain_scaling import synthetic_feedback

GOAL_MS = 5.0
RESULTS = Path(__file__).parent / "results" / "correction_memory.json"


def build(size: int) -> Any:
    """A memory holding `size` corrections (no database: rows are handed to it directly)."""
    from backend.learning.memory import CorrectionMemory
    from backend.learning.text_encoder import TextEncoder
    from backend.models import Feedback
    from backend.routing.training import load_corpus

    encoder = TextEncoder([e.text for e in load_corpus(DEFAULT_MODEL_DIR).train])
    memory = CorrectionMemory(encoder, poll_seconds=1e9, capacity=size)
    memory._checked_at = time.monotonic()  # never poll: there is no database here
    rows = synthetic_feedback(size, seed=3)
    for start in range(0, size, 5000):
        memory.add([Feedback(id=start + n + 1, ticket_id=r["id"], team=r["team"],
                             priority=r["priority"], suggested_team="other",
                             suggested_priority=r["priority"], source="sidebar",
                             subject=r["subject"], text=r["description"])
                    for n, r in enumerate(rows[start:start + 5000])])
    return memory, rows


def main() -> None:
    """Time lookups, print the percentiles, write the JSON results."""
    from backend.learning.memory import blend
    from backend.learning.trainer import feedback_text
    from backend.models import Feedback
    from backend.routing.training import load_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    started = time.perf_counter()
    memory, rows = build(args.size)
    built = time.perf_counter() - started
    heldout = [e.text for e in load_corpus(DEFAULT_MODEL_DIR).heldout]
    near = [feedback_text(Feedback(id=0, subject=r["subject"], text=r["description"] + " thanks"))
            for r in rows[: args.queries // 2]]
    queries = (heldout * (args.queries // len(heldout) + 1))[: args.queries - len(near)] + near
    classes = sorted({r["team"] for r in rows})
    proba = np.full(len(classes), 1.0 / len(classes))
    timings, matched = [], 0
    for text in queries:
        t = time.perf_counter()
        hits = memory.nearest(text)
        blend(proba.copy(), classes, hits)
        timings.append((time.perf_counter() - t) * 1000)
        matched += bool(hits)
    p50, p95 = (float(np.percentile(timings, q)) for q in (50, 95))
    report = {
        "benchmark": "correction_memory",
        "goal": f"the memory adds < {GOAL_MS:g} ms per suggestion at p50 with "
                f"{args.size:,} remembered tickets",
        "met": p50 < GOAL_MS,
        "remembered": len(memory), "queries": len(queries), "with_a_match": matched,
        "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "build_seconds": round(built, 1),
    }
    print(f"{len(memory)} remembered: p50 {p50:.2f} ms, p95 {p95:.2f} ms "
          f"({matched}/{len(queries)} queries matched; built in {built:.1f} s)")
    save(RESULTS, report)


if __name__ == "__main__":
    main()
