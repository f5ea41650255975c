"""In-process suggestion latency of two source trees side by side (e.g. main vs this branch).

    python -m bench.inprocess --baseline /tmp/main-src [--size 2000] [--rounds 4]
    python -m bench.inprocess --paired [--size 2000]

Each tree trains its default model once in a child process (cached under --cache), then the
children take turns timing `Router.suggest` on the same tickets, so load on the machine (other
people's tests) falls on both sides alike. A tree is served the way its LiveModel serves it:
with the priority model when its registry stores one, without it otherwise.

--paired times this tree's router with and without its priority model in one process, ticket by
ticket in turn: on a busy machine the per-ticket ratio is steadier than two processes' medians.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the measured tree (its own backend/ and bench/ come first on sys.path).
CHILD = r"""
import json, pickle, statistics, sys, time
from pathlib import Path
tree, cache, size, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, tree)
from backend.learning import registry
from backend.routing.handbook import load_handbook
from backend.routing.router import Router
from backend.routing.training import routing_file, train_default
from backend.settings import DEFAULT_MODEL_DIR
from backend.api.schemas import TicketIn
from bench.tickets import ticket_pool
bundle = hasattr(registry, "load_models")
if cache.exists():
    artifact = cache.read_bytes()
else:
    trained = train_default(DEFAULT_MODEL_DIR)
    artifact = (registry.dump_model(trained.pipeline, trained.priority) if bundle
                else registry.dump_model(trained.pipeline))
    cache.write_bytes(artifact)
if bundle:
    team, priority = registry.load_models(artifact)
else:
    team, priority = registry.load_model(artifact), None
router = Router(load_handbook(routing_file(DEFAULT_MODEL_DIR)), team, 1, 0.5,
                priority_model=priority)
tickets = [TicketIn(**t).to_ticket() for t in ticket_pool(size, count)]
for t in tickets[:5]:
    router.suggest(t)
times = []
for _ in range(3):
    for t in tickets:
        started = time.perf_counter()
        router.suggest(t)
        times.append(time.perf_counter() - started)
print(json.dumps({"p50_ms": statistics.median(times) * 1000, "n": len(times),
                  "priority_model": priority is not None}))
"""


def measure(tree: Path, cache: Path, size: int, count: int) -> dict[str, Any]:
    """One child's timings of the tree's router on `count` tickets of about `size` bytes."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(cache), str(size), str(count)],
        cwd=tree, capture_output=True, text=True, check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


PAIRED = r"""
import json, statistics, sys, time
from pathlib import Path
cache, size, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
from backend.learning import registry
from backend.routing.handbook import load_handbook
from backend.routing.router import Router
from backend.routing.training import routing_file, train_default
from backend.settings import DEFAULT_MODEL_DIR
from backend.api.schemas import TicketIn
from bench.tickets import ticket_pool
if not cache.exists():
    trained = train_default(DEFAULT_MODEL_DIR)
    cache.write_bytes(registry.dump_model(trained.pipeline, trained.priority))
# Two loads: the routers must not share a pipeline (and so its vectorizers' memo of the text).
plain = registry.load_models(cache.read_bytes())[0]
team, priority = registry.load_models(cache.read_bytes())
handbook = load_handbook(routing_file(DEFAULT_MODEL_DIR))
routers = {"without": Router(handbook, plain, 1, 0.5),
           "with": Router(handbook, team, 1, 0.5, priority_model=priority)}
tickets = [TicketIn(**t).to_ticket() for t in ticket_pool(size, count)]
for r in routers.values():
    for t in tickets[:5]:
        r.suggest(t)
times = {name: [] for name in routers}
for round_ in range(6):
    for t in tickets:
        # Alternate who goes first: the second call of a ticket finds warmer CPU caches.
        order = list(routers.items()) if round_ % 2 == 0 else list(routers.items())[::-1]
        for name, r in order:
            started = time.perf_counter()
            r.suggest(t)
            times[name].append(time.perf_counter() - started)
ratios = [w / o for w, o in zip(times["with"], times["without"])]
print(json.dumps({"without_p50_ms": statistics.median(times["without"]) * 1000,
                  "with_p50_ms": statistics.median(times["with"]) * 1000,
                  "median_ratio": statistics.median(ratios), "n": len(ratios)}))
"""


def main() -> None:
    """Alternate baseline and this tree for --rounds rounds; print both medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", type=Path, help="the other source tree")
    parser.add_argument("--paired", action="store_true",
                        help="with vs without the priority model, in this tree only")
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/bench-inprocess"))
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.paired:
        out = subprocess.run(
            [sys.executable, "-c", PAIRED, str(args.cache / "this.skops"), str(args.size),
             str(args.count)], cwd=ROOT, capture_output=True, text=True, check=True)
        print(out.stdout.strip().splitlines()[-1])
        return
    if args.baseline is None:
        parser.error("--baseline is required (or --paired)")
    trees = {"baseline": args.baseline.resolve(), "this": ROOT}
    runs: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            result = measure(tree, args.cache / f"{name}.skops", args.size, args.count)
            runs[name].append(result["p50_ms"])
            print(f"{name:9s} p50 {result['p50_ms']:.2f} ms "
                  f"(priority model: {result['priority_model']})", flush=True)
    base, this = statistics.median(runs["baseline"]), statistics.median(runs["this"])
    print(json.dumps({"size": args.size, "baseline_p50_ms": round(base, 2),
                      "this_p50_ms": round(this, 2), "ratio": round(this / base, 3),
                      "runs": runs}))


if __name__ == "__main__":
    main()
