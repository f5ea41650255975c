"""bench.free_features_conf: featurisation remembered per text (`--free-features`)."""

from __future__ import annotations

import importlib
import os
from typing import Any

import numpy as np
import pytest

from backend.routing.fast_path import FastPath, Features


@pytest.fixture
def conf(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The config module, imported without leaving Prometheus's multiprocess directory set for
    later tests (importing gunicorn's settings sets it for the whole process)."""
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", os.environ.get("PROMETHEUS_MULTIPROC_DIR", ""))
    return importlib.import_module("bench.free_features_conf")


def _counting() -> tuple[list[tuple[str, bool]], Any]:
    calls: list[tuple[str, bool]] = []

    def featurise(self: Any, text: str, view: Any = None, reuse: Any = None) -> Features:
        calls.append((text, reuse is not None))
        row = (np.array([len(text)], dtype=np.int32), np.array([1.0]))
        features = Features(text, sparse={"words": row}, extras={"rules": object()})
        features.taken["words"] = (np.zeros(1), np.zeros(1))  # as a decision leaves it
        return features

    return calls, featurise


def test_each_text_is_featurised_once_per_model_and_reuse(conf: Any) -> None:
    calls, featurise = _counting()
    remembered = conf._remembering(featurise)
    team, priority = object(), object()
    first = remembered(team, "login fails")
    again = remembered(team, "login fails")
    assert calls == [("login fails", False)]
    # The same rows and rule hits, in a new Features whose per-call state starts empty.
    assert again is not first and again.sparse is first.sparse
    assert again.extras["rules"] is first.extras["rules"] and again.taken == {}
    remembered(priority, "login fails", reuse=again)
    remembered(team, "login fails", reuse=again)
    remembered(team, "search is slow")
    assert calls == [("login fails", False), ("login fails", True), ("login fails", True),
                     ("search is slow", False)]


def test_post_fork_runs_the_procfile_hook_then_remembers(conf: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    hooks: list[Any] = []
    monkeypatch.setattr(conf, "_procfile_post_fork", lambda server, worker: hooks.append(worker))
    calls, featurise = _counting()
    monkeypatch.setattr(FastPath, "featurise", featurise)
    conf.post_fork(None, "worker-1")
    assert hooks == ["worker-1"]
    path = object.__new__(FastPath)
    path.featurise("a ticket")
    path.featurise("a ticket")
    assert calls == [("a ticket", False)]


def test_it_keeps_the_procfile_settings(conf: Any) -> None:
    procfile = importlib.import_module("backend.gunicorn_conf")
    assert (conf.workers, conf.preload_app) == (procfile.workers, procfile.preload_app)
