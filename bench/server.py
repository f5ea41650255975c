"""Run the real service under gunicorn (the Procfile's settings) for benchmarks and fault tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-shared-secret-0123456789abcdef"
ADMIN = "bench-admin-token-0123456789abcdef"


def free_port() -> int:
    """An ephemeral port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The Zendesk fake's seeded agent (tests.fakes.zendesk.DEFAULT_AGENT_ID), who sees every ticket:
# with Zendesk configured, the service asks Zendesk whether the token's `sub` may see the ticket.
BENCH_AGENT_ID = "7001"


def agent_token(secret: str = SECRET, subject: str = BENCH_AGENT_ID) -> str:
    """A valid agent JWT for the service's shared secret (Zendesk user ``subject``)."""
    from backend.auth import mint_token

    # JWT_MAX_LIFETIME_SECONDS (default 3600) refuses longer-lived tokens; every bench run is
    # far shorter than an hour.
    return mint_token(secret, subject=subject, ttl=3600, extra={"name": "bench-agent"})


def rss_kib(pid: int) -> int | None:
    """Resident memory of a process in KiB (psutil when installed, else /proc), None if gone."""
    try:
        import psutil

        return int(psutil.Process(pid).memory_info().rss // 1024)
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - the process vanished
        return None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def pss_kib(pid: int) -> int | None:
    """Proportional set size of a process in KiB (shared pages split among their sharers).

    RSS counts the model's copy-on-write pages once in every worker; PSS divides them, so the
    sum over master and workers is what the web processes really cost the host.
    """
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def children(pid: int) -> list[int]:
    """Direct child processes of pid (gunicorn's workers when pid is the master)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name may contain spaces and parentheses: fields start after the last ')'
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return sorted(found)


@dataclass
class Service:
    """One gunicorn process tree serving ``backend:create_app()`` on a loopback port."""

    database_url: str
    workers: int = 2
    env: Mapping[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    secret: str = SECRET
    admin_token: str = ADMIN
    instance_path: str | None = None
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    root: Path = ROOT  # the checkout to serve (another one to compare two versions side by side)
    config: str = "python:backend.gunicorn_conf"  # gunicorn -c (bench.insitu times pieces)
    python: str = sys.executable  # the interpreter (another one to compare two builds of CPython)

    @property
    def url(self) -> str:
        """Base URL of the service."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120.0) -> Service:
        """Launch gunicorn and wait until /readyz answers 200 (model loaded in a worker)."""
        instance = self.instance_path or tempfile.mkdtemp(prefix="rfh-bench-instance-")
        self.instance_path = instance
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "ZAF_SHARED_SECRET": self.secret,
            "ADMIN_TOKEN": self.admin_token,
            "INSTANCE_PATH": instance,
            "WEB_CONCURRENCY": str(self.workers),
            "LOG_FORMAT": "text",
            "LOG_LEVEL": "WARNING",
            "PROMETHEUS_MULTIPROC_DIR": tempfile.mkdtemp(prefix="rfh-bench-prom-"),
            # The load generators post as one agent: measure the service, not its rate limits.
            "RATE_LIMIT_FEEDBACK": "1000000/minute",
            "RATE_LIMIT_ESCALATIONS": "1000000/minute",
            **self.env,
        }
        self.log_path = Path(instance) / "gunicorn.log"
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [self.python, "-m", "gunicorn", "-c", self.config,
             "--bind", f"127.0.0.1:{self.port}", "backend:create_app()"],
            cwd=self.root, env={**env, "PYTHONPATH": str(self.root)}, stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        try:
            self.wait_ready(timeout)
        except BaseException:
            self.stop()  # not left serving (a database the caller is about to drop, say)
            raise
        return self

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Poll /readyz until 200; fail with the log tail if the service dies or stays unready."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited ({self.proc.returncode}):\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + "/readyz", timeout=5) as resp:
                    if resp.status == 200 and len(self.worker_pids()) >= self.workers:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"service not ready after {timeout:.0f}s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        """The last lines gunicorn and the app wrote."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    @property
    def master_pid(self) -> int:
        """The gunicorn master's pid."""
        assert self.proc is not None, "service not started"
        return self.proc.pid

    def worker_pids(self) -> list[int]:
        """The live workers' pids."""
        return children(self.master_pid) if self.proc is not None else []

    def worker_rss_kib(self) -> dict[int, int]:
        """Resident memory of each worker, KiB."""
        sizes = {pid: rss_kib(pid) for pid in self.worker_pids()}
        return {pid: size for pid, size in sizes.items() if size is not None}

    def web_pss_kib(self) -> dict[str, int]:
        """PSS of the master and of each worker, KiB (keys "master" and the workers' pids)."""
        sizes = {"master": pss_kib(self.master_pid)}
        sizes.update({str(pid): pss_kib(pid) for pid in self.worker_pids()})
        return {name: size for name, size in sizes.items() if size is not None}

    def stop(self) -> None:
        """Stop gunicorn gracefully (SIGTERM), then kill it if it lingers."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=25)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)

    def __enter__(self) -> Service:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def headers(self, admin: bool = False) -> dict[str, str]:
        """Authorization (and JSON) headers of an agent, or of the operator."""
        bearer = self.admin_token if admin else agent_token(self.secret)
        return {"Authorization": f"Bearer {bearer}", "Content-Type": "application/json"}


def prepare_database(url: str, artifact: Mapping[str, Any] | None = None) -> int:
    """Migrate url and install a live model (trained now unless ``artifact`` is given)."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from backend import migrate
    from backend.learning import registry
    from backend.models import ModelVersion

    migrate.upgrade(url)
    if artifact is None:
        from backend.routing.training import train_default
        from backend.settings import DEFAULT_MODEL_DIR

        trained = train_default(DEFAULT_MODEL_DIR)
        artifact = {"artifact": registry.dump_model(trained.pipeline, trained.priority),
                    "meta": trained.meta, "scores": trained.scores}
    engine = create_engine(url)
    try:
        with Session(engine) as session, session.begin():
            row = ModelVersion(
                status="live", artifact=artifact["artifact"],
                sha256=registry.sha256(artifact["artifact"]), meta=artifact["meta"],
                scores=registry._jsonable(artifact["scores"]),
                training_size=int(artifact["meta"].get("train_size", 0)), note="bench",
            )
            session.add(row)
            session.flush()
            registry.promote(session, row.id)
            return int(row.id)
    finally:
        engine.dispose()
