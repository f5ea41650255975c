"""Instructions per request under callgrind: a figure a busy or throttled machine cannot move.

    python -m bench.instructions                      # recorded 2 KB suggestions, cache off
    python -m bench.instructions --path /healthz      # the bare endpoint, for the ratio
    python -m bench.instructions --root ../other      # another checkout, to compare two versions
    python -m bench.instructions --past-cases 5000    # with "Seen before" holding past tickets

Wall and CPU time on this project's machine move by a third from hour to hour, more than most
single cuts save. callgrind counts the instructions instead: the app is built and warmed as in
``bench.request_cpu`` (50 tickets posted once), the counters are zeroed, the same 50 requests run
again, and the count is divided by 50. Hash randomisation is fixed (PYTHONHASHSEED=0): with it
free, dict and set layouts alone moved the figure by ~7% between runs. BLAS runs on one thread
and the database polls are an hour apart (see count()): two counts of one version now agree to
~0.01M. Each run takes ~3 minutes.
The ratio goal is a throughput ratio under gunicorn; this figure is what routing code controls.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 50
# Named by the counting run's markers (C functions of the interpreter, called nowhere else on
# the request path): zero the counters at the first, write them out at the second.
ZERO_AT, DUMP_AT = "os_getppid", "os_getloadavg"


def serve_requests(root: Path, path: str, past_cases: int = 0) -> None:
    """The counted run: build and warm the app, then REQUESTS requests between the markers
    (``past_cases``: that many synthetic past tickets stored first, as `rfh import-history`
    and escalations leave them: "Seen before" then encodes and looks up every ticket)."""
    sys.path.insert(0, str(root))
    os.chdir(root)
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="rfh-instr-"))
    from bench.request_cpu import CACHE, build_app, trained_artifact
    from bench.server import agent_token, prepare_database
    from bench.tickets import suggestion_bodies

    artifact = trained_artifact(CACHE)
    tmp = tempfile.mkdtemp(prefix="rfh-instr-")
    url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
    prepare_database(url, artifact)
    app = build_app(url, tmp)
    if past_cases:
        from bench.retrain_scaling import synthetic_feedback
        from bench.similar_tickets import fill

        with app.app_context():
            fill(past_cases, synthetic_feedback(past_cases, seed=5))
    client = app.test_client()
    bodies = suggestion_bodies(2000, REQUESTS)
    headers = {"Authorization": f"Bearer {agent_token()}", "Content-Type": "application/json"}

    def send_all() -> None:
        for body in bodies:
            response = (client.get(path) if path == "/healthz"
                        else client.post(path, data=body, headers=headers))
            assert response.status_code == 200, response.get_data(as_text=True)[:300]

    send_all()  # warm: model loaded, caches filled
    os.getppid()
    send_all()
    os.getloadavg()


def count(root: Path, path: str, past_cases: int = 0) -> float:
    """Millions of instructions per request (callgrind, between the markers)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="rfh-callgrind-") as out:
        command = [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}/cg.%p",
                   f"--zero-before={ZERO_AT}", f"--dump-before={DUMP_AT}",
                   "--dump-instr=no", sys.executable, "-m", "bench.instructions",
                   "--serve", "--root", str(root), "--path", path,
                   "--past-cases", str(past_cases)]
        # Only the request's own work is counted. OpenBLAS's idle helper thread spins, and under
        # callgrind (~50x slower) its spinning landed in the counted window: /healthz, which
        # calls no BLAS, read 1.60M to 2.76M instructions from run to run, and 1.11M with one
        # thread. And the database is polled for a new model or new corrections every
        # MODEL_POLL_SECONDS (3 s): every ~20 requests under callgrind, ~2,000 in a worker.
        env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1",
               "MODEL_POLL_SECONDS": "3600"}
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                             check=False)
        dumps = sorted(Path(out).glob("cg.*.1"))
        if run.returncode != 0 or not dumps:
            raise SystemExit(f"callgrind run failed:\n{run.stderr[-2000:]}")
        for line in dumps[0].read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1]) / REQUESTS / 1e6
    raise SystemExit("callgrind wrote no totals")


def main() -> None:
    """Count one endpoint's instructions per request (or serve the counted run)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default="/api/v1/suggestions")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--past-cases", type=int, default=0,
                        help='synthetic past tickets stored first ("Seen before" reads them)')
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_requests(args.root.resolve(), args.path, args.past_cases)
        return
    millions = count(args.root.resolve(), args.path, args.past_cases)
    print(json.dumps({"path": args.path, "root": str(args.root.resolve()),
                      "past_cases": args.past_cases,
                      "instructions_per_request_millions": round(millions, 3),
                      "requests": REQUESTS}))


if __name__ == "__main__":
    main()
