"""The worker's decisions and bookkeeping (training replaced by a stub that records its calls)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from backend.db import db
from backend.learning import retrain as retrain_module
from backend.learning import worker
from backend.learning.feedback import record_feedback
from backend.learning.locks import exclusive
from backend.learning.retrain import LOCK_NAME, RetrainResult
from backend.learning.retrain_requests import request_retrain
from backend.models import ModelVersion, RetrainRequest
from backend.routing.router import Ticket


@pytest.fixture
def stub_training(monkeypatch):
    """Replace the expensive part of a retrain; returns the list of reasons it was called with."""
    calls: list[str] = []

    def fake(settings, say, reason, allow_bursts=False):
        calls.append(reason)
        return RetrainResult("promoted", version=99, message="stub")

    monkeypatch.setattr(retrain_module, "_retrain_locked", fake)
    return calls


def _feedback(n: int) -> None:
    with db.transaction() as session:
        for i in range(n):
            record_feedback(session, ticket=Ticket(subject="s", id=i + 1), team="cody",
                            priority="se/p2", suggested_team="docs", suggested_priority="se/p2",
                            model_version=1, agent=None)


def _request(request_id: int) -> RetrainRequest:
    with db.transaction() as session:
        row = session.get(RetrainRequest, request_id)
        assert row is not None
        return row


def test_due_after_enough_new_feedback_or_on_the_schedule(make_app):
    app = make_app(retrain_min_feedback=3, retrain_interval_seconds=3600)
    with app.app_context():
        settings = app.config["SETTINGS"]
        assert worker.due_reason(settings) is None
        _feedback(1)
        assert worker.due_reason(settings) is None
        later = datetime.now(UTC) + timedelta(hours=2)
        assert worker.due_reason(settings, now=later) == "schedule"
        _feedback(2)
        assert worker.due_reason(settings) == "feedback"
        with db.transaction() as session:  # a version trained on all of it: nothing new
            session.execute(update(ModelVersion).values(feedback_until_id=3))
        assert worker.due_reason(settings, now=later) is None


def test_a_request_is_run_by_the_worker_and_gets_the_outcome(app, stub_training):
    with app.app_context():
        row, new = request_retrain("ops")
        assert new
        result = worker.run_once(app.config["SETTINGS"], lock_dir=Path(app.instance_path))
        assert result is not None and result.status == "promoted"
        assert stub_training == ["requested"]
        done = _request(row.id)
        assert (done.status, done.version_id) == ("promoted", 99)
        assert done.started_at is not None and done.finished_at is not None
        assert worker.run_once(app.config["SETTINGS"], lock_dir=Path(app.instance_path)) is None


def test_only_one_retrain_at_a_time_and_a_busy_request_waits(app, stub_training):
    lock_dir = Path(app.instance_path)
    with app.app_context():
        row, _ = request_retrain("ops")
        assert db.engine is not None
        with exclusive(db.engine, LOCK_NAME, lock_dir) as got:
            assert got
            result = worker.run_once(app.config["SETTINGS"], lock_dir=lock_dir)
            assert result is not None and result.status == "busy"
        assert stub_training == [] and _request(row.id).status == "pending"
        worker.run_once(app.config["SETTINGS"], lock_dir=lock_dir)
        assert _request(row.id).status == "promoted"


def test_a_request_left_running_by_a_killed_worker_is_marked_failed(app, stub_training):
    with app.app_context():
        with db.transaction() as session:
            session.add(RetrainRequest(status="running", requested_by="ops"))
        stale = 1
        retrain_module.retrain(app.config["SETTINGS"], lock_dir=Path(app.instance_path))
        row = _request(stale)
        assert row.status == "failed" and "interrupted" in (row.message or "")


def test_a_failed_retrain_marks_its_request_failed(app, monkeypatch):
    def boom(settings, say, reason, allow_bursts=False):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(retrain_module, "_retrain_locked", boom)
    with app.app_context():
        row, _ = request_retrain(None)
        with pytest.raises(RuntimeError):
            worker.run_once(app.config["SETTINGS"], lock_dir=Path(app.instance_path))
        failed = _request(row.id)
        assert failed.status == "failed" and "out of memory" in (failed.message or "")


def test_the_worker_loop_stops_on_request(make_app, stub_training):
    app = make_app(retrain_check_seconds=0.01)
    stop = threading.Event()
    with app.app_context():
        request_retrain("ops")
        runs = worker.run_worker(app.config["SETTINGS"], lock_dir=Path(app.instance_path),
                                 stop=stop, max_runs=1, progress=lambda _m: None)
    assert runs == 1 and stub_training == ["requested"]


def test_cli_model_list_and_rollback(app, database_url, trained_artifact):
    from tests.conftest import install_model

    second = install_model(database_url, trained_artifact)
    runner = app.test_cli_runner()
    listed = runner.invoke(args=["model", "list"])
    assert listed.exit_code == 0, listed.output
    assert "retired" in listed.output and "live" in listed.output
    back = runner.invoke(args=["model", "rollback", str(second - 1)])
    assert back.exit_code == 0, back.output
    assert f"model version {second - 1} is live" in back.output
    # The notes say what happened: rolled back is not the same as superseded.
    with app.app_context(), db.transaction() as session:
        notes = {v.id: v.note or "" for v in session.query(ModelVersion)}
    assert f"rolled back to version {second - 1} on " in notes[second]
    assert "live again by a rollback on " in notes[second - 1]
    listed = runner.invoke(args=["model", "list"])
    assert f"rolled back to version {second - 1} on" in " ".join(listed.output.split())
    refused = runner.invoke(args=["model", "rollback", "4242"])
    assert refused.exit_code != 0 and "no model version 4242" in refused.output


def test_cli_retrain_reports_busy(app):
    assert db.engine is not None
    with app.app_context(), exclusive(db.engine, LOCK_NAME, Path(app.instance_path)):
        result = app.test_cli_runner().invoke(args=["retrain"])
    assert result.exit_code != 0 and "another retrain is running" in result.output
