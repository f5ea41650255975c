"""CPU per recorded suggestion, in process: POST /api/v1/suggestions through Flask's test client.

    python -m bench.request_cpu                   # CPU ms per request, 2 KB tickets, cache off
    python -m bench.request_cpu --profile out     # and a cProfile of the same requests (out.prof)

The app is built as gunicorn builds it (cache off as in the ceiling benchmark, text logs at
WARNING, a fresh SQLite file with the default model live) and posted the ceiling benchmark's 2 KB
tickets with an agent token, so every request goes through authentication, validation, routing,
"Seen before", the recorded row, metrics and JSON. CPU time (time.process_time) does not count
the time other processes take from this one, so the figure holds on a loaded machine, unlike
wall time; it is what the throughput ratio depends on (two workers on two cores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.server import SECRET, agent_token, prepare_database
from bench.tickets import suggestion_bodies

CACHE = Path(tempfile.gettempdir()) / "rfh-bench-request-cpu-model.json"
# What a trained artifact is made from besides its settings: the model directory (data,
# handbook, templates) and the training and routing code. A cached artifact is read only while
# these are unchanged, so a corpus or a pipeline edited since never serves an old model.
_TRAINING_CODE = ("backend/routing", "backend/learning")


def variant_cache(params: dict[str, Any] | None) -> Path:
    """Where the artifact of the default model trained with ``params`` over its settings is
    kept between runs (CACHE for the default model itself)."""
    if not params:
        return CACHE
    digest = hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()[:12]
    return CACHE.with_name(f"rfh-bench-model-{digest}.json")


def training_inputs(model_dir: Path, params: dict[str, Any] | None = None,
                    code: tuple[Path, ...] | None = None) -> str:
    """A digest of what training reads: every file of model_dir, the training and routing
    code (``code``: folders of .py files; the project's own by default) and the settings."""
    root = Path(__file__).resolve().parent.parent
    folders = code if code is not None else tuple(root / part for part in _TRAINING_CODE)
    digest = hashlib.sha256(json.dumps(params or {}, sort_keys=True).encode())
    files = [(model_dir, p) for p in model_dir.rglob("*") if p.is_file()]
    files += [(folder, p) for folder in folders for p in folder.rglob("*.py")]
    for base, path in sorted(files, key=lambda item: (str(item[0]), str(item[1]))):
        digest.update(f"\0{base.name}/{path.relative_to(base)}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def trained_artifact(cache: Path | None,
                     params: dict[str, Any] | None = None) -> dict[str, Any]:
    """The default model's artifact (trained now, or read from cache when given, present and
    made from the same training inputs; ``params``: settings over the default ones, for a
    variant to weigh against it)."""
    from backend.learning import registry
    from backend.routing.training import train_default
    from backend.settings import DEFAULT_MODEL_DIR

    inputs = training_inputs(DEFAULT_MODEL_DIR, params)
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text())
        if saved.get("inputs") == inputs:
            return {**saved, "artifact": bytes.fromhex(saved["artifact"])}
        print(f"  {cache.name}: trained from other data or code; training again", flush=True)
    trained = train_default(DEFAULT_MODEL_DIR, params=params)
    out = {"artifact": registry.dump_model(trained.pipeline, trained.priority),
           "meta": trained.meta, "scores": registry._jsonable(trained.scores),
           "inputs": inputs}
    if cache is not None:
        partial = cache.with_suffix(".partial")
        partial.write_text(json.dumps({**out, "artifact": out["artifact"].hex()}))
        partial.replace(cache)  # another bench reading it never sees half a file
    return out


def build_app(url: str, instance: str) -> Any:
    """The Flask app as the Procfile's gunicorn builds it, answer cache off."""
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="rfh-cpu-prom-"))
    from backend import create_app

    return create_app({"database_url": url, "zaf_shared_secret": SECRET,
                       "instance_path": instance, "log_format": "text", "log_level": "WARNING",
                       "suggestion_cache_size": 0, "rate_limit_feedback": "1000000/minute",
                       "rate_limit_escalations": "1000000/minute"})


def measure(client: Any, bodies: list[str], headers: dict[str, str],
            rounds: int) -> dict[str, float]:
    """CPU and wall milliseconds per request over ``rounds`` passes of the bodies."""
    cpu, wall = [], []
    for _ in range(rounds):
        for body in bodies:
            c0, w0 = time.process_time(), time.perf_counter()
            response = client.post("/api/v1/suggestions", data=body, headers=headers)
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
            assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return {"cpu_ms_mean": round(statistics.fmean(cpu) * 1000, 3),
            "cpu_ms_p50": round(statistics.median(cpu) * 1000, 3),
            "wall_ms_p50": round(statistics.median(wall) * 1000, 3),
            "requests": len(cpu)}


def main() -> None:
    """Build the app, warm it, time the requests (and profile them when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one more pass here")
    parser.add_argument("--no-cache", action="store_true", help="train even if a model is cached")
    args = parser.parse_args()
    artifact = trained_artifact(None if args.no_cache else CACHE)
    with tempfile.TemporaryDirectory(prefix="rfh-cpu-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        prepare_database(url, artifact)
        app = build_app(url, tmp)
        client = app.test_client()
        bodies = suggestion_bodies(args.size)
        headers = {"Authorization": f"Bearer {agent_token()}",
                   "Content-Type": "application/json"}
        measure(client, bodies, headers, 1)  # warm: model loaded, memories read, caches filled
        result: dict[str, Any] = dict(measure(client, bodies, headers, args.rounds))
        result["body_bytes"] = round(sum(map(len, bodies)) / len(bodies))
        result["load_average"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(result))
        if args.profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
            measure(client, bodies, headers, 2)
            profiler.disable()
            profiler.dump_stats(str(args.profile.with_suffix(".prof")))
            print(f"wrote {args.profile.with_suffix('.prof')}")


if __name__ == "__main__":
    main()
