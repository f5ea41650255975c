"""The ratio goal for two checkouts side by side: both served at once, measured in turns.

    python -m bench.compare --base ../base          # this checkout against another one
    python -m bench.compare --base ../base --rounds 8 --seconds 8
    python -m bench.compare --base-python /path/to/venv/bin/python   # two CPython builds
    python -m bench.compare --base-params use_chars=false            # two model settings
    python -m bench.compare --free-features     # the bound: featurisation made free on one side

On this project's machine the ratio of one `make bench` run moves by a fifth from hour to hour
(`/healthz` alone served 3,200 req/s one morning and 4,710 the evening before), more than most
changes move it. Here both checkouts run under the Procfile's gunicorn (answer cache off, each
on its own fresh SQLite file), and every round measures `/healthz` then suggestions on one, then
on the other, alternating which goes first, so a slow minute hits both. Besides the ratios it
reads the workers' CPU milliseconds per request from /proc, which holds better than throughput
when the machine is busy.

``--params`` / ``--base-params KEY=VALUE`` train a side's model with other settings over the
default ones (``backend.routing.pipeline.DEFAULT_PARAMS``; values read as JSON, so
``char_ngrams=[3,4]`` or ``use_chars=false``) and print each side's held-out scores beside its
ratio: what a cheaper model would buy, and what it would cost in routing quality.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.request_cpu import trained_artifact, variant_cache
from bench.server import ROOT, Service, agent_token, prepare_database
from bench.tickets import suggestion_bodies
from bench.wrk import run_wrk

# The gunicorn config of ``--free-features`` (a bound, never a version to serve).
FREE_FEATURES_CONFIG = "python:bench.free_features_conf"


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds the processes have used so far."""
    total = 0
    for pid in pids:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rfind(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def measure(service: Service, seconds: float, **wrk: Any) -> tuple[float, float]:
    """(requests per second, worker CPU ms per request) of one wrk run."""
    pids = [service.master_pid, *service.worker_pids()]
    before = cpu_seconds(pids)
    result = run_wrk(service.url, duration=seconds, connections=16, **wrk)
    used = cpu_seconds(pids) - before
    return result["requests_per_s"], 1000 * used / max(1, result["requests"])


def parse_settings(pairs: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` pairs as model settings, each value read as JSON where it parses."""
    from backend.routing.pipeline import DEFAULT_PARAMS

    settings: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"expected KEY=VALUE, got {pair!r}")
        if key not in DEFAULT_PARAMS:  # a misspelt key would serve the default model unseen
            raise ValueError(f"no model setting {key!r}; the settings are "
                             f"{', '.join(sorted(DEFAULT_PARAMS))}")
        try:
            settings[key] = json.loads(raw)
        except json.JSONDecodeError:
            settings[key] = raw
    return settings


def compare(roots: dict[str, Path], rounds: int, seconds: float,
            pythons: dict[str, str] | None = None,
            params: dict[str, dict[str, Any]] | None = None,
            configs: dict[str, str] | None = None) -> dict[str, Any]:
    """Per side: every round's ratio and CPU per request, their medians, and the held-out
    scores of the model it served (``params``: a side's settings over the default model's;
    ``configs``: a side's gunicorn config, ``python:module``, instead of the Procfile's)."""
    pythons, params, configs = pythons or {}, params or {}, configs or {}
    artifacts = {name: trained_artifact(variant_cache(params.get(name)), params.get(name))
                 for name in roots}
    bodies = suggestion_bodies()
    services: dict[str, Service] = {}
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in roots}
    try:
        for name, root in roots.items():
            url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='rfh-compare-')) / 'db.sqlite3'}"
            prepare_database(url, artifacts[name])
            services[name] = Service(url, env={"SUGGESTION_CACHE_SIZE": "0"}, root=root,
                                     python=pythons.get(name, sys.executable),
                                     config=configs.get(name, Service.config)).start()
        names = list(roots)
        for turn in range(rounds):
            for name in names if turn % 2 == 0 else names[::-1]:
                service = services[name]
                bare, bare_cpu = measure(service, seconds, path="/healthz")
                served, served_cpu = measure(service, seconds, bodies=bodies,
                                             token=agent_token(service.secret),
                                             path="/api/v1/suggestions")
                row = {"ratio": served / bare, "suggestions_per_s": served,
                       "suggestion_cpu_ms": served_cpu, "healthz_per_s": bare,
                       "healthz_cpu_ms": bare_cpu}
                rows[name].append(row)
                print(turn, name, json.dumps({k: round(v, 3) for k, v in row.items()}),
                      flush=True)
    finally:
        for service in services.values():
            service.stop()
    return {name: {"rounds": runs,
                   "median": {key: round(statistics.median(r[key] for r in runs), 3)
                              for key in runs[0]},
                   "params": artifacts[name]["meta"].get("params"),
                   "heldout": artifacts[name]["scores"].get("heldout")}
            for name, runs in rows.items() if runs}


def main() -> None:
    """Serve this checkout and --base, measure them in turns, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, default=ROOT,
                        help="the checkout to compare with (default: this one)")
    parser.add_argument("--base-python", default=sys.executable,
                        help="the interpreter serving --base (a virtualenv's python, to compare "
                             "two builds of CPython on one checkout)")
    parser.add_argument("--params", action="append", default=[], metavar="KEY=VALUE",
                        help="train this side's model with this setting over the default's")
    parser.add_argument("--base-params", action="append", default=[], metavar="KEY=VALUE",
                        help="train the base side's model with this setting")
    parser.add_argument("--free-features", action="store_true",
                        help="serve this side with featurisation remembered per text "
                             "(bench/free_features_conf.py): a bound, what any faster "
                             "featurisation could buy at most")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    try:
        settings = {"base": parse_settings(args.base_params),
                    "this": parse_settings(args.params)}
    except ValueError as exc:
        parser.error(str(exc))
    result = compare({"base": args.base.resolve(), "this": ROOT}, args.rounds, args.seconds,
                     {"base": args.base_python}, settings,
                     {"this": FREE_FEATURES_CONFIG} if args.free_features else None)
    for name, summary in result.items():
        heldout = summary["heldout"] or {}
        scores = {key: round(heldout[key], 3) for key in ("top1", "macro_f1") if key in heldout}
        print(name, json.dumps(summary["median"]), "held-out", json.dumps(scores),
              json.dumps(settings[name]) if settings[name] else "")


if __name__ == "__main__":
    main()
