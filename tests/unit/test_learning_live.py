"""Without a live model the web answers 503 and never trains; the release phase or worker does."""

from __future__ import annotations

from pathlib import Path

from backend import create_app
from backend.db import db
from backend.learning import registry, worker
from tests.conftest import ADMIN, SECRET, assert_error_shape


def _bare_app(database_url: str, tmp_path: Path, **overrides: object):
    return create_app({"TESTING": True, "database_url": database_url, "zaf_shared_secret": SECRET,
                       "admin_token": ADMIN, "instance_path": str(tmp_path / "instance"),
                       "log_format": "text", **overrides})


def test_no_live_model_is_a_503_in_the_error_shape_and_nothing_is_trained(database_url, tmp_path,
                                                                          auth):
    app = _bare_app(database_url, tmp_path)
    client = app.test_client()
    r = client.post("/api/v1/suggestions", headers=auth,
                    json={"ticket": {"subject": "helm upgrade fails", "description": "pods"}})
    error = assert_error_shape(r, 503, "model_unavailable")
    assert "model" in error["message"] and r.headers["Retry-After"] == "5"
    assert_error_shape(client.get("/readyz"), 503, "not_ready")
    with app.app_context(), db.transaction() as session:
        assert registry.list_versions(session) == []


def test_each_app_has_its_own_live_model(app, make_app):
    other = make_app()
    assert app.extensions["live_model"] is not other.extensions["live_model"]


def test_the_worker_trains_the_default_model_when_none_is_live(database_url, tmp_path):
    app = _bare_app(database_url, tmp_path, retrain_min_feedback=1000)
    with app.app_context():
        assert worker.run_once(app.config["SETTINGS"], lock_dir=Path(app.instance_path)) is None
        with db.transaction() as session:
            live = registry.live_row(session)
            assert live is not None and (live.meta or {}).get("kind") == "default"
        assert app.extensions["live_model"].current().version == live.id
        # Found again on the next round: trained once.
        worker.run_once(app.config["SETTINGS"], lock_dir=Path(app.instance_path))
        with db.transaction() as session:
            assert len(registry.list_versions(session)) == 1
