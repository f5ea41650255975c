"""/demo answers only loopback callers naming a loopback host, and never starts on a public bind."""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from flask import Flask

from tests.conftest import SECRET, assert_error_shape

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK_HOSTS = ["localhost", "localhost:5000", "LOCALHOST:8080", "127.0.0.1",
                  "127.0.0.1:5000", "[::1]:5000", "[::1]"]
OTHER_HOSTS = ["rfh.example.com", "evil.example:5000", "127.0.0.1.evil.example",
               "localhost.evil.example:5000", "10.0.0.5:5000", "127.0.0.2:5000", "[::2]:5000"]


@pytest.fixture
def demo_client(make_app: Callable[..., Flask]) -> Any:
    """A client of an app with the demo on."""
    return make_app(demo_enabled=True).test_client()


@pytest.mark.parametrize("host", LOOPBACK_HOSTS)
def test_demo_answers_a_loopback_host(demo_client: Any, host: str) -> None:
    assert demo_client.get("/demo", headers={"Host": host}).status_code == 200
    token = demo_client.post("/demo/token", json={}, headers={"Host": host})
    assert token.status_code == 200 and token.get_json()["token"]


@pytest.mark.parametrize("host", OTHER_HOSTS)
def test_demo_is_404_for_any_other_host(demo_client: Any, host: str) -> None:
    for path in ("/demo", "/demo/standin.js", "/demo/app/assets/iframe.html"):
        assert_error_shape(demo_client.get(path, headers={"Host": host}), 404, "not_found")
    assert_error_shape(demo_client.post("/demo/token", json={}, headers={"Host": host}), 404)


def test_demo_is_404_for_a_remote_peer_even_naming_localhost(demo_client: Any) -> None:
    remote = {"REMOTE_ADDR": "203.0.113.9"}
    answer = demo_client.post("/demo/token", json={}, headers={"Host": "localhost:5000"},
                              environ_base=remote)
    assert_error_shape(answer, 404, "not_found")
    ok = demo_client.get("/demo", headers={"Host": "localhost"},
                         environ_base={"REMOTE_ADDR": "::1"})
    assert ok.status_code == 200


def test_the_api_still_answers_any_host(demo_client: Any, auth: dict[str, str]) -> None:
    headers = {**auth, "Host": "rfh.example.com"}
    assert demo_client.get("/api/v1/config", headers=headers).status_code == 200


# -- gunicorn_conf: the bind decides, before any worker starts ---------------------------------
def _starting(binds: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Importing gunicorn_conf points Prometheus at a multiprocess directory for the whole
    # process (as gunicorn needs); imported at the top of this module it did so for every test
    # collected after it, and /metrics in another module then read an empty directory.
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", os.environ.get("PROMETHEUS_MULTIPROC_DIR", ""))
    from backend import gunicorn_conf

    for name in ("DEMO_ENABLED", "demo_enabled", "ZAF_SHARED_SECRET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    gunicorn_conf.on_starting(SimpleNamespace(cfg=SimpleNamespace(bind=binds)))


@pytest.mark.parametrize("binds", [["0.0.0.0:5000"], ["[::]:5000"], ["10.1.2.3:80"],
                                   ["unix:/run/rfh.sock"], ["127.0.0.1:5000", "0.0.0.0:5001"]])
@pytest.mark.parametrize("flag", ["true", "1", "yes", "on", "TRUE"])
def test_gunicorn_refuses_the_demo_on_a_public_bind(
    binds: list[str], flag: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        _starting(binds, {"DEMO_ENABLED": flag, "ZAF_SHARED_SECRET": SECRET}, monkeypatch)
    assert stopped.value.code == 1
    assert "DEMO_ENABLED" in capsys.readouterr().err


def test_gunicorn_reads_demo_enabled_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        _starting(["0.0.0.0:5000"], {"demo_enabled": "true", "ZAF_SHARED_SECRET": SECRET},
                  monkeypatch)


@pytest.mark.parametrize("binds", [["127.0.0.1:5000"], ["[::1]:5000"], ["localhost:5000"],
                                   ["127.0.0.1:5000", "[::1]:5000"]])
def test_gunicorn_allows_the_demo_on_loopback(
    binds: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _starting(binds, {"DEMO_ENABLED": "true"}, monkeypatch)  # returns: no SystemExit


@pytest.mark.parametrize("flag", ["false", "0", "no", "off"])
def test_gunicorn_serves_the_api_publicly_without_the_demo(
    flag: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _starting(["0.0.0.0:5000"], {"DEMO_ENABLED": flag, "ZAF_SHARED_SECRET": SECRET}, monkeypatch)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_procfile_web_refuses_to_start_with_the_demo_on(tmp_path: Path) -> None:
    """The real Procfile command, with DEMO_ENABLED set by mistake: gunicorn stops at once."""
    web = next(line for line in (ROOT / "Procfile").read_text().splitlines()
               if line.startswith("web:"))
    port = _free_port()
    command = shlex.split(web.removeprefix("web:").replace("$PORT", str(port)))
    assert command[0] == "gunicorn"
    env = {**os.environ, "DEMO_ENABLED": "true", "ZAF_SHARED_SECRET": SECRET, "PORT": str(port),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
           "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr[-2000:]
    assert re.search(r"Refusing to start: DEMO_ENABLED is on", done.stderr)
    with socket.socket() as sock:  # and nothing was left listening
        assert sock.connect_ex(("127.0.0.1", port)) != 0


# -- rfh serve ---------------------------------------------------------------------------------
@pytest.fixture
def exec_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Record os.execvpe instead of replacing the test process with gunicorn."""
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(os, "execvpe", lambda *args: calls.append(args))
    return calls


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "rfh.example.com"])
def test_rfh_serve_refuses_a_public_host_with_the_demo(
    app: Flask, exec_calls: list[tuple[Any, ...]], host: str
) -> None:
    result = app.test_cli_runner().invoke(args=["serve", "--host", host, "--port", "5999"])
    assert result.exit_code != 0
    assert "not a loopback address" in result.output and "--no-demo" in result.output
    assert exec_calls == []


@pytest.mark.parametrize("host,bind", [("127.0.0.1", "127.0.0.1:5999"), ("::1", "[::1]:5999"),
                                       ("localhost", "localhost:5999")])
def test_rfh_serve_runs_the_demo_on_loopback(
    app: Flask, exec_calls: list[tuple[Any, ...]], host: str, bind: str
) -> None:
    result = app.test_cli_runner().invoke(args=["serve", "--host", host, "--port", "5999"])
    assert result.exit_code == 0, result.output
    [(_, args, env)] = exec_calls
    assert args[args.index("--bind") + 1] == bind and env["DEMO_ENABLED"] == "true"


def test_rfh_serve_no_demo_may_bind_publicly(
    app: Flask, exec_calls: list[tuple[Any, ...]]
) -> None:
    result = app.test_cli_runner().invoke(
        args=["serve", "--host", "0.0.0.0", "--port", "5999", "--no-demo"])
    assert result.exit_code == 0, result.output
    [(_, args, env)] = exec_calls
    assert env["DEMO_ENABLED"] == "false" and "0.0.0.0:5999" in args
    assert "/demo" not in result.output
