"""bench.insitu's timers: a named function is wrapped where it is looked up, and counted."""

from __future__ import annotations

import importlib
import os
import sys
import types
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def insitu_conf(monkeypatch: pytest.MonkeyPatch) -> Any:
    """bench.insitu_conf, imported without leaving Prometheus's multiprocess directory set for
    the tests after this one (importing gunicorn's settings sets it for the whole process)."""
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", os.environ.get("PROMETHEUS_MULTIPROC_DIR", ""))
    conf = importlib.import_module("bench.insitu_conf")
    monkeypatch.setattr(conf, "_TOTALS", conf.Counter())
    monkeypatch.setattr(conf, "_CPU", conf.Counter())
    monkeypatch.setattr(conf, "_CALLS", conf.Counter())
    return conf


@pytest.fixture
def module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    made = types.ModuleType("insitu_probe")

    class Box:
        def size(self, n: int) -> int:
            return n * 2

    made.Box = Box  # type: ignore[attr-defined]
    made.twice = lambda n: n * 2  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "insitu_probe", made)
    return made


def test_functions_and_methods_are_timed_and_still_answer(insitu_conf: Any,
                                                          module: types.ModuleType) -> None:
    insitu_conf._wrap("insitu_probe:twice")
    insitu_conf._wrap("insitu_probe:Box.size")
    assert module.twice(3) == 6 and module.Box().size(4) == 8 and module.Box().size(1) == 2
    assert insitu_conf._CALLS == {"insitu_probe:twice": 1, "insitu_probe:Box.size": 2}
    assert insitu_conf._TOTALS["insitu_probe:Box.size"] > 0


def test_a_failing_call_is_still_counted(insitu_conf: Any, module: types.ModuleType) -> None:
    insitu_conf._wrap("insitu_probe:twice")
    with pytest.raises(TypeError):
        module.twice(None)
    assert insitu_conf._CALLS["insitu_probe:twice"] == 1


def test_collections_are_timed_and_full_ones_counted_apart(insitu_conf: Any) -> None:
    timer = insitu_conf._gc_timer()
    for generation in (0, 2, 1):
        timer("start", {"generation": generation})
        timer("stop", {"generation": generation, "collected": 0})
    assert insitu_conf._CALLS == {"gc": 3, "gc (full)": 1}
    assert set(insitu_conf._CPU) == {"gc", "gc (full)"}


def test_healthz_requests_are_counted_apart_from_the_suggestions(
        insitu_conf: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from flask import Flask

    app = Flask("insitu_probe_app")
    app.add_url_rule("/healthz", "healthz", lambda: "ok")
    app.add_url_rule("/api/v1/suggestions", "suggest", lambda: "s", methods=["POST"])
    server = types.SimpleNamespace(app=types.SimpleNamespace(wsgi=lambda: app))
    monkeypatch.setattr(insitu_conf, "_procfile_post_fork", lambda server, worker: None)
    monkeypatch.setattr(gc, "callbacks", [])  # the timer post_fork adds stays in this test
    monkeypatch.setenv("RFH_INSITU_PIECES", "")
    insitu_conf.post_fork(server, None)
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    assert client.post("/api/v1/suggestions").status_code == 200
    assert client.post("/api/v1/suggestions").status_code == 200
    assert insitu_conf._CALLS["wsgi_app /healthz"] == 1
    assert insitu_conf._CALLS["wsgi_app"] == 2
    assert len(gc.callbacks) == 1


def test_in_process_times_the_pieces_of_real_suggestions(
        insitu_conf: Any, trained_artifact: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.routing import router
    from bench import insitu
    from bench.tickets import suggestion_bodies

    # The suggestions count in Prometheus's files: here, not in the working directory (the
    # fixture may leave the variable empty while prometheus_client is in multiprocess mode).
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    # Restored after the test: in_process leaves its pieces wrapped (a command's last step).
    monkeypatch.setattr(router.Router, "suggest", router.Router.suggest)
    monkeypatch.setattr(insitu, "trained_artifact", lambda cache: trained_artifact)
    monkeypatch.setattr(insitu, "suggestion_bodies", lambda: suggestion_bodies(2000, 3))
    found = insitu.in_process(["backend.routing.router:Router.suggest"], rounds=2)
    # Six suggestions timed (three tickets, two rounds), the warm-up's not among them.
    assert insitu_conf._CALLS["wsgi_app"] == 6
    assert insitu_conf._CALLS["backend.routing.router:Router.suggest"] == 6
    assert 0 < found["backend.routing.router:Router.suggest"] < found["wsgi_app"]
