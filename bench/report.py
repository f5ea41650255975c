"""Turn bench/results/*.json into summary.md and the README's figures table."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from bench.soak import WARMUP_S, rss_growth_kib

RESULTS = Path(__file__).resolve().parent / "results"
README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def write_cross_validation(name: str, folds: int, shuffles: int,
                           results: list[dict[str, Any]]) -> None:
    """bench/results/<name>.json for a cross-validation on the training split."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    note = f"{folds}-fold stratified CV on model/data/train only, {shuffles} shuffle(s)"
    (RESULTS / f"{name}.json").write_text(
        json.dumps({"note": note, "results": results}, indent=2) + "\n")


def load(name: str) -> dict[str, Any] | None:
    """One result file, or None when that benchmark has not run."""
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _mib(kib: float | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def _size(n: str) -> str:
    value = int(n)
    return f"{value // 1_000_000} MB" if value >= 1_000_000 else (
        f"{value // 1000} KB" if value >= 1000 else f"{value} B")


def _verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def ratio_text(value: float, goal: float, met: bool) -> str:
    """The ratio to three places, or where three would read on the goal's other side, four
    cut toward the side it is on (0.249956 is not met: "0.2499", never "0.250")."""
    text = f"{value:.3f}"
    if (float(text) >= goal) == met:
        return text
    scaled = value * 10_000
    return f"{(math.ceil(scaled) if met else math.floor(scaled)) / 10_000:.4f}"


def goal_rows() -> list[tuple[str, str]]:
    """Issue 18's goals, each with its measured figure and whether it is met."""
    rows: list[tuple[str, str]] = []
    c = load("ceiling")
    if c and "p99_ms" in c:
        goal = c["goal"]
        runs = ", ".join(ratio_text(r, goal, r >= goal) for r in c.get("ratios", []))
        rows.append((f"Goal: throughput suggestions / `/healthz`, 2 KB tickets, cache off "
                     f"(>= {goal})",
                     f"**{ratio_text(c['ratio'], goal, c['meets_goal'])}** "
                     f"{_verdict(c['meets_goal'])} (rounds: {runs})"))
        rows.append((f"Goal: suggestion p99 at {c['suggestions']['connections']} connections "
                     f"(< {c['p99_goal_ms']:g} ms)",
                     f"**{c['p99_ms']:g} ms** {_verdict(c['meets_p99_goal'])}"))
    ln = load("length")
    if ln and "1000000" in ln.get("http", {}):
        mb = ln["http"]["1000000"]
        rows.append(("Goal: 1 MB ticket over HTTP, median (< 100 ms)",
                     f"**{mb['p50_ms']:g} ms** {_verdict(mb['p50_ms'] < 100)} "
                     f"(max {mb['max_ms']:g} ms, n={mb['n']})"))
    m = load("memory")
    if m and "web_pss_mib" in m:
        parts = ", ".join(f"{k} {_mib(v)}" for k, v in m["pss_kib_end"].items())
        rows.append((f"Goal: web PSS (master + workers) after {m['requests']:,} requests "
                     f"(<= {m['pss_goal_mib']:g} MiB)",
                     f"**{m['web_pss_mib']:g} MiB** {_verdict(m['meets_pss_goal'])} ({parts})"))
    return rows


def history_row(h: dict[str, Any]) -> tuple[str, str]:
    """Web PSS with a stored history, beside the goal measured on a fresh database."""
    parts = ", ".join(f"{k} {_mib(v)}" for k, v in h["pss_kib_end"].items())
    return (f"Web PSS after {h['requests']:,} requests with {h['past_cases']:,} past cases "
            f"stored (a deployment's history; the goal row is a fresh database)",
            f"{h['web_pss_mib']:g} MiB, {'within' if h['meets_pss_goal'] else 'over'} "
            f"{h['pss_goal_mib']:g} ({parts})")


def routing_budget(bare: float, suggestions: float, cached: float,
                   goal: float) -> dict[str, float]:
    """What the ratio goal leaves for routing, in ms of the two cores per request.

    The cached path does everything a suggestion does (authentication, validation, "Seen
    before", the recorded row, metrics, JSON) except routing, so 2000/rate of each run gives
    the request's cost with and without it; the goal's rate is goal x /healthz's.
    """
    def cost(rate: float) -> float:
        return 2000.0 / rate
    routing_now = cost(suggestions) - cost(cached)
    budget = cost(goal * bare) - cost(cached)
    return {"routing_ms": round(routing_now, 3), "budget_ms": round(budget, 3),
            "free_routing_ratio": round(cached / bare, 3)}


def routing_budget_row(c: dict[str, Any], k: dict[str, Any]) -> tuple[str, str]:
    """The ratio goal's demand on routing, from the ceiling run and its cached path."""
    b = routing_budget(c["bare"]["requests_per_s"], c["suggestions"]["requests_per_s"],
                       k["requests_per_s"], c["goal"])
    if b["budget_ms"] <= 0:
        verdict = "the goal is out of reach even if routing cost nothing"
    else:
        verdict = (f"the goal leaves routing {b['budget_ms']:g} ms, "
                   f"{b['routing_ms'] / b['budget_ms']:.1f}x less than now")
    return ("What the ratio goal asks of routing (ms of the two cores per request; the cached "
            "path is a suggestion without routing)",
            f"routing now {b['routing_ms']:g} ms; ratio if routing were free "
            f"{b['free_routing_ratio']:.2f}; {verdict}")


def figure_rows() -> list[tuple[str, str]]:
    """(measure, figure) pairs for every benchmark that has results."""
    rows: list[tuple[str, str]] = goal_rows()
    if c := load("ceiling"):
        b, s = c["bare"], c["suggestions"]
        rows += [
            (f"Bare endpoint (GET /healthz), wrk, {b['connections']} connections",
             f"{b['requests_per_s']:,.0f} req/s, p50 {b['p50_ms']} ms, p99 {b['p99_ms']} ms"),
            (f"Suggestions ({c['body_bytes']:,} B tickets, cache off), wrk, "
             f"{s['connections']} connections",
             f"{s['requests_per_s']:,.0f} req/s, p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms"),
        ]
    if k := load("cached"):
        rows.append((f"Cached path: the same {k['distinct_tickets']} tickets reopened (cache on; "
                     "not in the ratio)",
                     f"{k['requests_per_s']:,.0f} req/s, p50 {k['p50_ms']} ms, "
                     f"p99 {k['p99_ms']} ms"))
    if (c := load("ceiling")) and (k := load("cached")):
        rows.append(routing_budget_row(c, k))
    if ln := load("length"):
        cells = [f"{_size(k)} {v['p50_ms']:g}" for k, v in ln["in_process"].items()]
        rows.append(("Suggestion p50 by ticket size, in-process (ms)", ", ".join(cells)))
        cells = [f"{_size(k)} {v['p50_ms']:g}" for k, v in ln["http"].items()]
        rows.append(("Suggestion p50 by ticket size, over HTTP (ms)", ", ".join(cells)))
    if h := load("memory_history"):
        rows.append(history_row(h))
    if m := load("memory"):
        ends = ", ".join(_mib(v) for v in m["rss_kib_end"].values())
        rows.append((f"Worker RSS after {m['requests']:,} requests",
                     f"{ends} (growth at most {_mib(m['max_growth_kib'])})"))
    if q := load("quality"):
        # Older results hold one set (held-out) at the top level; newer ones one entry per set.
        sets = {"held-out": q} if "variants" in q else q
        for set_name, scored in sets.items():
            cells = [f"{name} {v['top1']:.3f}/{v['top3']:.3f}/{v['macro_f1']:.3f}"
                     for name, v in scored["variants"].items()]
            rows.append((f"Routing on {set_name} (n={scored['variants']['blend']['n']}): "
                         "top-1/top-3/macro-F1", "; ".join(cells)))
    if s := load("soak"):
        after, during = rss_growth_kib(s)
        rows.append((f"Soak {s['duration_s']:g} s x {s['connections']} connections "
                     f"({s['requests']:,} requests, {s['requests_per_s']:g} req/s)",
                     f"5xx {s['server_errors']}, duplicate issues {s['duplicate_issues']}, "
                     f"lost feedback {s['lost_feedback']}, worker RSS growth after the first "
                     f"{WARMUP_S:g} s {_mib(after)} (warm-up {_mib(during)})"))
    if r := load("retrain"):
        # Wall time on a shared host says little: the CPU time (two threads fit side by side,
        # so it can exceed the wall time) and the load go beside it, so a figure measured under
        # load is not mistaken for a quiet one.
        cells = [f"{x.get('requested', x['examples']):,}: {x['seconds']:g} s"
                 + (f" ({x['cpu_seconds']:g} s CPU)" if "cpu_seconds" in x else "")
                 for x in r.get("results", [])]
        load_before = (r.get("machine") or {}).get("load_average_before")
        if load_before:
            cells[-1] += f", load average {load_before[0]:g} before"
        rows.append(("Retrain time by examples (goal: 10k < 30 s)", ", ".join(cells)))
    if cm := load("correction_memory"):
        rows.append((f"Correction memory per suggestion, {cm['remembered']:,} remembered "
                     "(goal: p50 < 5 ms)", f"p50 {cm['p50_ms']:g} ms, p95 {cm['p95_ms']:g} ms"))
    if rp := load("replay"):
        lift = [s["both"] - s["before"] for s in rp.get("splits", [])]
        if lift:
            rows.append((f"Replay: top-1 lift on B, memory + retrain ({len(lift)} splits; "
                         "goal >= 8 points)", f"{100 * sum(lift) / len(lift):+.1f} points "
                         f"(smallest {100 * min(lift):+.1f})"))
    return rows


def table() -> str:
    """The figures as a markdown table, with when and where they were measured."""
    meta = load("meta") or {}
    lines = ["| Measure | Figure |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in figure_rows()]
    if meta:
        lines.append("")
        lines.append(f"Measured {meta.get('when', '?')} on {meta.get('cpus', '?')} CPUs "
                     f"(load average {meta.get('load_average', '?')}), database "
                     f"{meta.get('database', '?')}{' — quick run' if meta.get('quick') else ''}.")
    return "\n".join(lines)


def write_summary() -> Path:
    """bench/results/summary.md: the table and the raw files it came from."""
    path = RESULTS / "summary.md"
    files = sorted(p.name for p in RESULTS.glob("*.json"))
    path.write_text("# Benchmark summary\n\nWritten by `make bench`.\n\n" + table()
                    + "\n\nRaw results: " + ", ".join(f"`{f}`" for f in files) + "\n")
    return path


def update_readme(readme: Path = README) -> bool:
    """Replace the table between the bench markers; False (and nothing written) without them."""
    if not readme.exists():
        return False
    text = readme.read_text()
    if START not in text or END not in text:
        return False
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    readme.write_text(pattern.sub(lambda _: f"{START}\n{table()}\n{END}", text, count=1))
    return True
