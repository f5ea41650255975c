"""`python -m bench` (= `make bench`): run every benchmark, write bench/results/, update the README.

    python -m bench                 # the full run (many minutes; run it on a quiet machine)
    python -m bench --quick         # a few seconds each, to check the harness (results/quick/)
    python -m bench --only ceiling,quality

The service runs under gunicorn with the Procfile's configuration on a fresh database: a new
schema on BENCH_DATABASE_URL (or TEST_DATABASE_URL) when set, else a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import report
from bench.server import ROOT, Service, prepare_database
from bench.wrk import wrk_available

BENCHMARKS = ("quality", "ceiling", "length", "memory", "memory_history", "soak", "retrain",
              "correction_memory", "replay")
FULL = {"wrk_seconds": 20, "connections": 16, "rounds": 3, "length_repeats": 10,
        "memory_requests": 10_000, "history_cases": 100_000, "soak_seconds": 60,
        "soak_connections": 32, "retrain_sizes": "1000,10000,100000", "learning": True}
QUICK = {"wrk_seconds": 3, "connections": 16, "rounds": 1, "length_repeats": 2,
         "memory_requests": 300, "history_cases": 1_000, "soak_seconds": 5,
         "soak_connections": 8, "retrain_sizes": None, "learning": False}


def write(name: str, data: dict[str, Any]) -> None:
    """bench/results/<name>.json."""
    report.RESULTS.mkdir(parents=True, exist_ok=True)
    (report.RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n")
    print(f"  wrote {(report.RESULTS / name).relative_to(ROOT)}.json", flush=True)


@contextmanager
def fresh_database() -> Iterator[tuple[str, str]]:
    """A migrated, empty database for the run: (url, description)."""
    from sqlalchemy import create_engine, text

    from backend.settings import normalise_database_url

    base = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if not base:
        with tempfile.TemporaryDirectory(prefix="rfh-bench-db-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", "SQLite (temporary file)"
        return
    base = normalise_database_url(base)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}", "PostgreSQL (fresh schema)"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def train() -> dict[str, Any]:
    """The default model, trained once for every benchmark of the run."""
    from backend.learning import registry
    from backend.routing.training import train_default
    from backend.settings import DEFAULT_MODEL_DIR

    trained = train_default(DEFAULT_MODEL_DIR)
    return {"artifact": registry.dump_model(trained.pipeline, trained.priority),
            "meta": trained.meta, "scores": trained.scores, "pipeline": trained.pipeline,
            "priority": trained.priority}


def run_quality() -> None:
    from bench.quality import routing_quality

    write("quality", routing_quality())


def run_ceiling(url: str, p: dict[str, Any]) -> None:
    from bench.ceiling import NO_CACHE, cached_path, ceiling_ratio

    with Service(url, env=NO_CACHE) as service:
        result = ceiling_ratio(service, duration=p["wrk_seconds"], connections=p["connections"],
                               rounds=p["rounds"])
    print(f"  ratio {result['ratio']} (bare {result['bare']['requests_per_s']} req/s, "
          f"suggestions {result['suggestions']['requests_per_s']} req/s, "
          f"p99 {result['p99_ms']} ms at {p['connections']} connections)")
    write("ceiling", result)
    with Service(url) as service:  # the answer cache on: reopened tickets, reported apart
        cached = cached_path(service, duration=p["wrk_seconds"], connections=p["connections"])
    print(f"  cached path {cached['requests_per_s']} req/s, p99 {cached['p99_ms']} ms")
    write("cached", cached)


def run_length(url: str, p: dict[str, Any], trained: dict[str, Any]) -> None:
    from backend.routing.handbook import load_handbook
    from backend.routing.router import Router
    from backend.routing.training import routing_file
    from backend.settings import DEFAULT_MODEL_DIR
    from bench.ceiling import NO_CACHE
    from bench.length import in_process, over_http

    router = Router(load_handbook(routing_file(DEFAULT_MODEL_DIR)), trained["pipeline"], 1,
                    priority_model=trained["priority"])
    result: dict[str, Any] = {"repeats": p["length_repeats"],
                              "in_process": in_process(router, repeats=p["length_repeats"])}
    with Service(url, env=NO_CACHE) as service:
        result["http"] = over_http(service, repeats=p["length_repeats"])
    write("length", result)


def run_memory(url: str, p: dict[str, Any], name: str = "memory", past_cases: int = 0) -> None:
    """Web PSS and worker RSS across the memory goal's requests (``past_cases``: how many the
    database at url holds, for the result)."""
    from bench.ceiling import NO_CACHE
    from bench.memory import memory_after

    with Service(url, env=NO_CACHE) as service:
        result = memory_after(service, total_requests=p["memory_requests"],
                              connections=p["connections"])
    if past_cases:
        result["past_cases"] = past_cases
    stored = f", {past_cases:,} past cases" if past_cases else ""
    print(f"  {result['requests']} requests{stored}, max growth {result['max_growth_kib']} KiB, "
          f"web PSS {result['web_pss_mib']} MiB")
    write(name, result)


def run_memory_history(p: dict[str, Any], trained: dict[str, Any]) -> None:
    """The memory goal's measure on a database with a stored history (a second database)."""
    from bench.memory import store_history

    with fresh_database() as (url, _described):
        prepare_database(url, trained)
        store_history(url, p["history_cases"])
        run_memory(url, p, "memory_history", past_cases=p["history_cases"])


def run_soak(url: str, p: dict[str, Any]) -> None:
    from bench.soak import count_feedback_rows
    from bench.soak import run_soak as soak
    from tests.fakes.github import GitHubFake
    from tests.fakes.zendesk import ZendeskFake
    from tests.robustness.services import RFH_REPO, integration_env

    with GitHubFake() as github, ZendeskFake() as zendesk:
        github.seed_defaults()
        zendesk.seed_defaults()
        ticket_ids = [zendesk.add_ticket(f"Code search misses results in repo {i}",
                                         "Results from the default branch are missing.")
                      for i in range(20)]
        env = {**integration_env(github, zendesk), "OUTBOUND_TIMEOUT_SECONDS": "10",
               "ESCALATION_WAIT_SECONDS": "30"}
        with Service(url, env=env) as service:
            result = soak(service, duration=p["soak_seconds"], connections=p["soak_connections"],
                          ticket_ids=ticket_ids, list_issues=lambda: github.issues(RFH_REPO),
                          feedback_before=count_feedback_rows(url))
    print(f"  {result['requests']} requests: 5xx {result['server_errors']}, duplicates "
          f"{result['duplicate_issues']}, lost feedback {result['lost_feedback']}")
    write("soak", result)


def run_retrain(p: dict[str, Any]) -> None:
    """The learning helper's retraining benchmark, when present (it writes retrain.json)."""
    if not (ROOT / "bench" / "retrain_scaling.py").exists():
        print("  bench/retrain_scaling.py not present: skipped")
        return
    if p["retrain_sizes"] is None:
        print("  skipped in --quick (it trains real models); the existing retrain.json is kept")
        return
    subprocess.run([sys.executable, "-m", "bench.retrain_scaling", "--sizes", p["retrain_sizes"]],
                   cwd=ROOT, check=True)


def run_learning(name: str, p: dict[str, Any]) -> None:
    """The correction memory's cost, or the replay of real corrections (its README section)."""
    if not p["learning"]:
        print(f"  skipped in --quick (minutes of work); the existing {name}.json is kept")
        return
    args = ["--readme", "--ceiling"] if name == "replay" else []
    subprocess.run([sys.executable, "-m", f"bench.{name}", *args], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> None:
    """Parse options, run the chosen benchmarks, write results, summary and README table."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds per benchmark")
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    args = parser.parse_args(argv)
    chosen = [b.strip() for b in args.only.split(",") if b.strip()]
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    if "ceiling" in chosen and not wrk_available():
        # Fail before minutes of other benchmarks, not with a traceback half-way through.
        parser.error("the ceiling benchmark needs wrk: apt-get install wrk "
                     "(or leave it out with --only)")
    params = QUICK if args.quick else FULL
    if args.quick:  # a harness check: keep its figures away from the published ones
        report.RESULTS = report.RESULTS / "quick"

    with fresh_database() as (url, described):
        write("meta", {"when": datetime.now(UTC).isoformat(timespec="seconds"),
                       "cpus": os.cpu_count(), "quick": args.quick, "database": described,
                       "load_average": [round(x, 2) for x in os.getloadavg()],
                       "python": sys.version.split()[0], "parameters": params})
        needs_service = {"ceiling", "length", "memory", "memory_history", "soak"} & set(chosen)
        trained = train() if needs_service else None
        if trained is not None:
            prepare_database(url, trained)
        for name in chosen:
            print(f"== {name}", flush=True)
            if name == "quality":
                run_quality()
            elif name == "ceiling":
                run_ceiling(url, params)
            elif name == "length":
                assert trained is not None
                run_length(url, params, trained)
            elif name == "memory":
                run_memory(url, params)
            elif name == "memory_history":
                assert trained is not None
                run_memory_history(params, trained)
            elif name == "soak":
                run_soak(url, params)
            elif name == "retrain":
                run_retrain(params)
            else:
                run_learning(name, params)

    print(f"wrote {report.write_summary().relative_to(ROOT)}")
    if not args.quick and report.update_readme():
        print("updated the figures table in README.md")
    else:
        print("README.md not updated; the table:\n" + report.table())


if __name__ == "__main__":
    main()
