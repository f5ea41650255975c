"""GET /api/v1/model, versions, rollback, and retrain requests (the worker trains, not the web)."""

from __future__ import annotations

from backend.db import db
from backend.learning import registry
from backend.models import RetrainRequest
from tests.conftest import assert_error_shape, install_model

TICKET = {"id": 77, "subject": "Cody chat is slow", "description": "Cody answers take a minute."}


def test_model_reports_the_live_version_its_data_scores_and_overrides(client, auth):
    before = client.get("/api/v1/model", headers=auth)
    assert before.status_code == 200
    live = before.get_json()["live"]
    assert live["status"] == "live" and live["version"] == live["served_here"]
    assert live["training_size"] > 0 and live["trained_at"]
    assert 0 < live["scores"]["heldout"]["top1"] <= 1
    assert live["feedback_since"] == 0 and live["override_rate_since_live"] is None
    assert [v["version"] for v in before.get_json()["versions"]] == [live["version"]]

    shown = client.post("/api/v1/suggestions", json={"ticket": TICKET}, headers=auth).get_json()
    for team in (shown["team"]["key"], "docs" if shown["team"]["key"] != "docs" else "graph"):
        client.post("/api/v1/feedback", headers=auth, json={
            "ticket": TICKET, "team": team, "priority": shown["priority"]["label"],
            "suggestion_id": shown["suggestion_id"]})
    after = client.get("/api/v1/model", headers=auth).get_json()["live"]
    assert after["feedback_since"] == 2
    assert (after["choices_since_live"], after["overrides_since_live"]) == (2, 1)
    assert after["override_rate_since_live"] == 0.5


def test_model_needs_a_token(client):
    assert_error_shape(client.get("/api/v1/model"), 401)


def test_retrain_is_queued_for_the_worker_and_answers_202(client, auth, admin_auth):
    assert_error_shape(client.post("/api/v1/model/retrain", headers=auth), 403)
    first = client.post("/api/v1/model/retrain", headers=admin_auth)
    assert first.status_code == 202
    body = first.get_json()
    assert body["status"] == "pending" and body["requested_by"] == "admin"
    assert first.headers["Location"].endswith(f"/api/v1/model/retrain/{body['request_id']}")
    again = client.post("/api/v1/model/retrain", headers=admin_auth).get_json()
    assert again["request_id"] == body["request_id"]  # repeated clicks are one request
    status = client.get(body["status_url"], headers=admin_auth)
    assert status.status_code == 200 and status.get_json()["status"] == "pending"
    with db.transaction() as session:
        assert session.query(RetrainRequest).count() == 1
    assert_error_shape(client.get("/api/v1/model/retrain/999", headers=admin_auth), 404)


def test_rollback_switches_every_worker_back(app, client, admin_auth, database_url,
                                             trained_artifact):
    first = client.get("/api/v1/model", headers=admin_auth).get_json()["live"]["version"]
    second = install_model(database_url, trained_artifact)
    assert app.extensions["live_model"].force_refresh().version == second
    r = client.post("/api/v1/model/rollback", headers=admin_auth, json={"version": first})
    assert r.status_code == 200, r.get_data(as_text=True)
    live = r.get_json()["live"]
    assert live["version"] == first and live["served_here"] == first
    versions = client.get("/api/v1/model/versions", headers=admin_auth).get_json()["versions"]
    assert {v["version"]: v["status"] for v in versions} == {first: "live", second: "retired"}


def test_rollback_refusals(app, client, admin_auth, auth, database_url, trained_artifact):
    rejected = install_model(database_url, trained_artifact, status="rejected")
    assert_error_shape(client.post("/api/v1/model/rollback", headers=auth,
                                   json={"version": rejected}), 403)
    assert_error_shape(client.post("/api/v1/model/rollback", headers=admin_auth,
                                   json={"version": 4242}), 404, "version_not_found")
    assert_error_shape(client.post("/api/v1/model/rollback", headers=admin_auth,
                                   json={"version": rejected}), 409, "rollback_refused")
    forced = client.post("/api/v1/model/rollback", headers=admin_auth,
                         json={"version": rejected, "force": True})
    assert forced.status_code == 200 and forced.get_json()["live"]["version"] == rejected
    with app.app_context(), db.transaction() as session:
        assert registry.live_version_id(session) == rejected
