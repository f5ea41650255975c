"""The retrain's second thread: a failure stops the retrain, and the process's warning filters
come back as they were (scikit-learn swaps them in both threads)."""

from __future__ import annotations

import time
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest
import scipy.sparse as sp
from sqlalchemy import func, select

from backend.db import db
from backend.learning import retrain as retrain_module
from backend.models import ModelVersion


def test_a_failed_team_fit_stops_the_retrain_before_the_gates_folds(app, monkeypatch):
    calls: list[str] = []

    class FailingFit:
        pipeline = SimpleNamespace(named_steps={"features": None})
        matrix = sp.csr_matrix((0, 1))

        def fit_classifier(self):
            raise RuntimeError("out of memory")

    def slow_priority(*_args):
        calls.append("priority")
        warnings.simplefilter("ignore")  # as a fit inside catch_warnings may leave it
        time.sleep(0.3)  # still running when the team fit fails: the folds are queued
        return None

    monkeypatch.setattr(retrain_module, "prepare_blend", lambda *a, **k: FailingFit())
    monkeypatch.setattr(retrain_module, "train_priority_model", slow_priority)
    monkeypatch.setattr(retrain_module, "cross_validate", lambda *a: calls.append("folds"))
    filters = list(warnings.filters)
    with app.app_context():
        with db.transaction() as session:
            versions = session.scalar(select(func.count()).select_from(ModelVersion))
        with pytest.raises(RuntimeError, match="out of memory"):
            retrain_module.retrain(app.config["SETTINGS"], lock_dir=Path(app.instance_path))
        with db.transaction() as session:
            assert session.scalar(select(func.count()).select_from(ModelVersion)) == versions
    assert calls == ["priority"]  # the folds were cancelled, not run
    assert warnings.filters == filters
