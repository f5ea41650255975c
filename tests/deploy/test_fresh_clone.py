"""A fresh clone deploys as a buildpack would: requirements.txt, then the Procfile's release, web.

Slow (a few minutes: a new virtualenv, the pinned packages, one training run), so it is marked
`slow`; `make test` and CI run it. pip installs from the machine's cache and wheel directories when
it has them, exactly as a buildpack host installs from PyPI.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from backend.auth import mint_token
from tests.conftest import PostgresSchema, postgres_url

ROOT = Path(__file__).resolve().parents[2]
SECRET = "fresh-clone-shared-secret-0123456789"
PINNED = (ROOT / ".python-version").read_text().strip()


def procfile(kind: str) -> str:
    """The command of one Procfile process type."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        name, _, command = line.partition(":")
        if name.strip() == kind:
            return command.strip()
    raise AssertionError(f"the Procfile has no {kind}: line")


def pinned_python() -> str:
    """An interpreter of the version .python-version pins (what the buildpack would install)."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == PINNED:
        return getattr(sys, "_base_executable", sys.executable)
    found = shutil.which(f"python{PINNED}")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"CI=true but no Python {PINNED} (.python-version) is on PATH")
    pytest.skip(f"no Python {PINNED} (the version .python-version pins) on PATH: install "
                f"python{PINNED} to run this test")


def fresh_clone(destination: Path) -> Path:
    """The files git tracks, as they are in the work tree: no .venv, no instance/, no caches."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (or no git on PATH): this test copies the tracked files")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is not in a clone either
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str, token: str | None = None, body: dict[str, object] | None = None) -> object:
    """GET (or POST a JSON body) and decode the JSON answer."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


def wait_ready(url: str, web: subprocess.Popen[bytes], log: Path) -> dict[str, object]:
    """/readyz's answer once the web process answers 200; fails with its log if it died."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if web.poll() is not None:
            raise AssertionError(f"web: exited {web.returncode}\n{log.read_text()[-3000:]}")
        try:
            answer = get(f"{url}/readyz")
            assert isinstance(answer, dict)
            return answer
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"web: not ready within 120 s\n{log.read_text()[-3000:]}")


@pytest.mark.slow
def test_a_fresh_clone_installs_from_requirements_and_the_procfile_starts_it(
    tmp_path: Path,
) -> None:
    clone = fresh_clone(tmp_path / "clone")
    venv = tmp_path / "venv"
    subprocess.run([pinned_python(), "-m", "venv", str(venv)], check=True, timeout=120)
    # --no-compile: byte-compiling every installed module was half the install's CPU (77 -> 40 s
    # user time on this machine), and the interpreter compiles what it imports anyway; the same
    # packages are installed.
    installed = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", "--no-compile", "-r",
         "requirements.txt"],
        cwd=clone, capture_output=True, text=True, timeout=900)
    assert installed.returncode == 0, installed.stderr[-3000:]

    schema = PostgresSchema(url).create() if (url := postgres_url()) else None
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PROMETHEUS_", "DEMO_", "LOG_", "VIRTUAL_ENV"))}
    env.update(
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        DATABASE_URL=schema.url if schema else f"sqlite:///{tmp_path / 'rfh.sqlite3'}",
        INSTANCE_PATH=str(tmp_path / "instance"), ZAF_SHARED_SECRET=SECRET,
        PORT=str(free_port()), WEB_CONCURRENCY="1",
    )
    try:
        release = subprocess.run(["bash", "-c", procfile("release")], cwd=clone, env=env,
                                 capture_output=True, text=True, timeout=900)
        assert release.returncode == 0, release.stdout[-2000:] + release.stderr[-3000:]
        assert "model version 1 is live" in release.stdout

        log = tmp_path / "web.log"
        with log.open("wb") as out:
            # `exec` so the signal below reaches gunicorn itself, as the platform's would.
            web = subprocess.Popen(["bash", "-c", f"exec {procfile('web')}"], cwd=clone, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            url_ = f"http://127.0.0.1:{env['PORT']}"
            ready = wait_ready(url_, web, log)
            assert ready["status"] == "ok" and ready["model_version"] == 1
            token = mint_token(SECRET, ttl=300, subject="12345")
            ticket = {"subject": "Batch changes stuck", "description": "Our batch change to "
                      "update 40 repositories has been 'processing' for two days."}
            answer = get(f"{url_}/api/v1/suggestions", token, {"ticket": ticket})
            assert isinstance(answer, dict) and answer["model_version"] == 1
            assert answer["team"]
        finally:
            os.killpg(web.pid, signal.SIGTERM)
            web.wait(timeout=60)
    finally:
        if schema is not None:
            schema.drop()
