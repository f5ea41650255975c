"""A retrain after one agent's burst of corrections is held back until an operator decides."""

from __future__ import annotations

from backend.learning.retrain import retrain
from tests.integration.test_learning_acceptance import KIND_TO, _inline, kind_tickets, tmp_lock


def test_a_burst_holds_the_candidate_back_and_the_live_model_stays(app, token):
    client = app.test_client()
    mallory = {"Authorization": f"Bearer {token(name='mallory')}"}
    for n, ticket in enumerate(kind_tickets(25, seed=3), start=8101):
        r = client.post("/api/v1/feedback", headers=mallory, json={
            "ticket": _inline(ticket, n), "team": KIND_TO, "priority": "se/p2"})
        assert r.status_code == 201
    with app.app_context():
        live_before = app.extensions["live_model"].current().version
        result = retrain(app.config["SETTINGS"], lock_dir=tmp_lock(app))
        assert result.status == "rejected", result.message
        assert result.message.startswith("held back: mallory made 25 corrections in ")
        assert "rfh feedback exclude" in result.message
        assert app.extensions["live_model"].force_refresh().version == live_before
