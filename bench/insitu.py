"""Where a suggestion's time goes inside the loaded gunicorn workers, piece by piece.

    python -m bench.insitu                       # the default pieces, 20 s of wrk
    python -m bench.insitu --seconds 30 --pieces backend.routing.lexicon:Lexicon.walk
    python -m bench.insitu --healthz             # and /healthz's worker CPU, served the same way
    python -m bench.insitu --in-process          # and each piece's CPU in one process beside it

A warm loop in one process says little about the ratio goal: inside two workers sharing two
cores with wrk, code whose data the rest of the request has just pushed out of the CPU caches
costs several times more (in session 18 the suggestion's Core INSERT took ~60 us in a loop and
~230 us of CPU in a worker). Here the Procfile's gunicorn (answer cache off) serves the ceiling
benchmark's 2 KB suggestions while each worker adds up the wall time of the named functions
(bench/insitu_conf.py); the table gives wall and CPU microseconds per request, nested pieces
included in their callers, under the workers' CPU per request read from /proc. Wall time under
load runs above CPU time (two workers and wrk share two cores, and SQLite's writers take turns):
compare pieces with each other, and a piece with itself before and after a change. The
garbage collector's passes are a piece too ("gc"). ``--in-process`` then times the same pieces
in this process, the same tickets posted in turn through Flask's test client: what the request
flow costs without gunicorn, the other worker and wrk sharing the cores (in session 26 that
flow alone doubled the featurisation's cost over a loop of it, and the workers added ~1.3x).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from bench.compare import measure
from bench.request_cpu import CACHE, trained_artifact
from bench.server import Service, agent_token, prepare_database
from bench.tickets import suggestion_bodies
from bench.wrk import run_wrk

PIECES = (
    "backend.api.suggestions:create_suggestion",
    "backend.learning.live:LiveModel.suggest",
    "backend.routing.router:Router.suggest",
    "backend.routing.router:prepare_ticket",
    "backend.routing.router:TextView",
    "backend.routing.fast_path:FastPath.featurise",
    "backend.routing.fast_path:_TfidfPart.row",
    "backend.routing.rules:KeywordRules.single_row",
    "backend.routing.lexicon:Lexicon.walk",
    "backend.routing.matching:TextView.regex_hits",
    "backend.routing.fast_path:FastPath.proba",
    "backend.routing.fast_path:FastPath.predict_proba_one",
    "backend.routing.router:suggest_priority",
    "backend.routing.router:missing_details",
    "backend.routing.router:Router._evidence",
    "backend.routing.router:informative_count",
    "backend.api.suggestions:parse_body",
    "backend.api.suggestions:authenticate_agent",
    "backend.api.suggestions:similar_cases",
    "backend.api.suggestions:jsonify",
    "backend.row_insert:RowInsert.__call__",
    "backend.metrics:Metrics.suggestion_served",
)


def profile(pieces: list[str], seconds: float, healthz: bool = False) -> dict[str, object]:
    """Serve suggestions under wrk with the pieces timed; per request: each piece's wall us
    (``healthz``: then /healthz the same way, for the bare endpoint's figures beside them)."""
    out = Path(tempfile.mkdtemp(prefix="rfh-insitu-"))
    url = f"sqlite:///{out / 'db.sqlite3'}"
    prepare_database(url, trained_artifact(CACHE))
    bodies = suggestion_bodies()
    service = Service(url, config="python:bench.insitu_conf",
                      env={"SUGGESTION_CACHE_SIZE": "0", "RFH_INSITU_DIR": str(out),
                           "RFH_INSITU_PIECES": ",".join(pieces)})
    with service:
        # A warm-up first: the model's caches filled, as in the other benchmarks.
        run_wrk(service.url, duration=3, connections=16, bodies=bodies,
                token=agent_token(service.secret), path="/api/v1/suggestions")
        token = agent_token(service.secret)
        served, cpu_ms = measure(service, seconds, bodies=bodies, token=token,
                                 path="/api/v1/suggestions")
        bare: dict[str, float] = {}
        if healthz:
            bare_served, bare_ms = measure(service, seconds, path="/healthz")
            bare = {"requests_per_s": bare_served,
                    "worker_cpu_us_per_request": round(1000 * bare_ms, 1)}
    totals: Counter[str] = Counter()
    cpu_totals: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for dump in out.glob("*.json"):
        data = json.loads(dump.read_text())
        totals.update(data["ns"])
        cpu_totals.update(data["cpu_ns"])
        calls.update(data["calls"])
    requests = calls["wsgi_app"] or 1
    return {"requests_per_s": served,
            "worker_cpu_us_per_request": round(1000 * cpu_ms, 1),
            "wall_us_per_request": {name: round(ns / requests / 1000, 1)
                                    for name, ns in totals.most_common()},
            "cpu_us_per_request": {name: round(ns / requests / 1000, 1)
                                   for name, ns in cpu_totals.items()},
            "calls_per_request": {name: round(n / requests, 2) for name, n in calls.items()},
            "healthz": bare}


def in_process(pieces: list[str], rounds: int = 6) -> dict[str, float]:
    """CPU us per suggestion of each piece in this process: Flask's test client posts the
    ceiling benchmark's tickets in turn, answer cache off. The pieces stay wrapped afterwards
    (a command's last step)."""
    import gc

    from bench import insitu_conf
    from bench.request_cpu import build_app

    bodies = suggestion_bodies()
    headers = {"Authorization": f"Bearer {agent_token()}", "Content-Type": "application/json"}
    with tempfile.TemporaryDirectory(prefix="rfh-insitu-in-process-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'db.sqlite3'}"
        prepare_database(url, trained_artifact(CACHE))
        app = build_app(url, tmp)
        insitu_conf.time_app(app, pieces)
        client = app.test_client()
        timer = insitu_conf._gc_timer()
        try:
            for body in bodies:  # warm, as the workers are before they are measured
                client.post("/api/v1/suggestions", data=body, headers=headers)
            gc.collect()
            gc.freeze()  # as the master leaves its objects before it forks
            gc.callbacks.append(timer)
            for counter in (insitu_conf._TOTALS, insitu_conf._CPU, insitu_conf._CALLS):
                counter.clear()
            for _ in range(rounds):
                for body in bodies:
                    response = client.post("/api/v1/suggestions", data=body, headers=headers)
                    if response.status_code != 200:
                        raise RuntimeError(f"suggestion answered {response.status_code}")
        finally:
            if timer in gc.callbacks:
                gc.callbacks.remove(timer)
            gc.unfreeze()
            app.extensions["database"].dispose()  # the SQLite file is closed before it goes
    requests = insitu_conf._CALLS["wsgi_app"] or 1
    return {name: round(ns / requests / 1000, 1) for name, ns in insitu_conf._CPU.items()}


def main() -> None:
    """Profile the pieces and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--pieces", default=",".join(PIECES),
                        help="comma-separated module:Qualified.name functions to time")
    parser.add_argument("--healthz", action="store_true",
                        help="then serve /healthz the same way (its pieces count in the table)")
    parser.add_argument("--in-process", action="store_true",
                        help="then time the same pieces in this process (a third column)")
    args = parser.parse_args()
    pieces = [p for p in args.pieces.split(",") if p]
    found = profile(pieces, args.seconds, args.healthz)
    alone = in_process(pieces) if args.in_process else {}
    print(f"{found['requests_per_s']} suggestions/s, "
          f"{found['worker_cpu_us_per_request']} us of worker CPU per request")
    if found["healthz"]:
        bare: dict[str, float] = found["healthz"]  # type: ignore[assignment]
        print(f"/healthz: {bare['requests_per_s']} req/s, "
              f"{bare['worker_cpu_us_per_request']} us of worker CPU per request "
              "(the table below: suggestions only)")
    cpu = found["cpu_us_per_request"]
    print("     wall       CPU" + ("  in process" if alone else "") + "  (us per request)")
    for name, us in found["wall_us_per_request"].items():  # type: ignore[attr-defined]
        if name == "wsgi_app /healthz":  # per /healthz request, not per suggestion
            calls = found["calls_per_request"][name] or 1  # type: ignore[index]
            print(f"{us / calls:9.1f} {cpu[name] / calls:9.1f}"  # type: ignore[index]
                  f"  {name} (per /healthz request)")
            continue
        beside = "" if not alone else (f" {alone[name]:11.1f}" if name in alone else " " * 12)
        print(f"{us:9.1f} {cpu[name]:9.1f}{beside}  {name}")  # type: ignore[index]


if __name__ == "__main__":
    main()
