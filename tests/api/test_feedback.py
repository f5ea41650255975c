"""POST /api/v1/feedback: confirmations and overrides stored with what they were made on."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backend.db import db
from backend.learning.feedback import MAX_TEXT_CHARS
from backend.models import Feedback
from tests.conftest import assert_error_shape

TICKET = {
    "id": 4242,
    "subject": "Cody autocomplete stopped working in IntelliJ",
    "description": "Since the plugin update Cody completions never show up in IntelliJ IDEA.",
    "tags": ["enterprise"],
}


def _suggest(client, auth):
    r = client.post("/api/v1/suggestions", json={"ticket": TICKET}, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def _rows():
    with db.transaction() as session:
        return list(session.execute(select(Feedback).order_by(Feedback.id)).scalars())


def test_confirmation_keeps_the_suggestion_and_is_not_an_override(client, token):
    headers = {"Authorization": f"Bearer {token(name='Ada Agent')}"}
    shown = _suggest(client, headers)
    r = client.post("/api/v1/feedback", headers=headers, json={
        "ticket": TICKET, "team": shown["team"]["key"], "priority": shown["priority"]["label"],
        "suggestion_id": shown["suggestion_id"],
    })
    assert r.status_code == 201
    assert r.get_json() == {"id": r.get_json()["id"], "override": False, "ticket_id": 4242}
    (row,) = _rows()
    assert (row.team, row.suggested_team) == (shown["team"]["key"], shown["team"]["key"])
    assert row.model_version == shown["model_version"]
    assert row.agent == "Ada Agent"
    assert row.suggestion_id == shown["suggestion_id"]
    assert "IntelliJ" in row.subject and "plugin update" in row.text
    assert row.text.startswith("[tags: enterprise]")


def test_override_records_what_it_overrode(client, auth):
    shown = _suggest(client, auth)
    other = "docs" if shown["team"]["key"] != "docs" else "cody"
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": TICKET, "team": other, "priority": "se/p1",
        "suggestion_id": shown["suggestion_id"],
    })
    assert r.status_code == 201 and r.get_json()["override"] is True
    (row,) = _rows()
    assert (row.team, row.priority) == (other, "se/p1")
    assert row.suggested_team == shown["team"]["key"]
    assert row.suggested_priority == shown["priority"]["label"]


def test_without_a_suggestion_id_it_compares_with_the_live_model(app, client, auth):
    expected = app.extensions["live_model"].router()
    from backend.api.schemas import TicketIn

    suggestion = expected.suggest(TicketIn.model_validate(TICKET).to_ticket())
    r = client.post("/api/v1/feedback", headers=auth,
                    json={"ticket": TICKET, "team": suggestion.team["key"],
                          "priority": suggestion.priority["label"]})
    assert r.status_code == 201 and r.get_json()["override"] is False
    (row,) = _rows()
    assert row.suggested_team == suggestion.team["key"]
    assert row.model_version == suggestion.model_version


def test_unknown_team_or_priority_is_422_and_stores_nothing(client, auth):
    for body in ({"ticket": TICKET, "team": "marketing", "priority": "se/p1"},
                 {"ticket": TICKET, "team": "cody", "priority": "p1"},
                 {"ticket": TICKET, "team": "cody"},
                 {"team": "cody", "priority": "se/p1"}):
        assert_error_shape(client.post("/api/v1/feedback", headers=auth, json=body), 422)
    assert _rows() == []


def test_a_suggestion_of_another_ticket_is_refused(client, auth):
    shown = _suggest(client, auth)
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": {**TICKET, "id": 999}, "team": "cody", "priority": "se/p2",
        "suggestion_id": shown["suggestion_id"]})
    assert_error_shape(r, 422, "unknown_suggestion")
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": TICKET, "team": "cody", "priority": "se/p2", "suggestion_id": 10**9})
    assert_error_shape(r, 422, "unknown_suggestion")


def test_the_stored_text_is_capped(client, auth):
    huge = {**TICKET, "description": "gitserver disk full " * 20_000}
    r = client.post("/api/v1/feedback", headers=auth,
                    json={"ticket": huge, "team": "source", "priority": "se/p2"})
    assert r.status_code == 201
    (row,) = _rows()
    assert len(row.text) == MAX_TEXT_CHARS


def test_feedback_needs_an_agent_token(client):
    r = client.post("/api/v1/feedback", json={"ticket": TICKET, "team": "cody",
                                              "priority": "se/p2"})
    assert_error_shape(r, 401)


def test_ticket_id_alone_needs_zendesk(client, auth):
    r = client.post("/api/v1/feedback", headers=auth,
                    json={"ticket_id": 12, "team": "cody", "priority": "se/p2"})
    assert_error_shape(r, 422, "ticket_required")
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(Feedback)).scalar() == 0


def test_a_64_bit_ticket_id_is_stored_as_sent(client, auth):
    # The column is BIGINT and /suggestions takes the same ids: feedback once refused past 2**31.
    for ticket_id in (2**31, 2**53):
        r = client.post("/api/v1/feedback", headers=auth, json={
            "ticket": {**TICKET, "id": ticket_id}, "team": "cody", "priority": "se/p2"})
        assert r.status_code == 201, r.get_data(as_text=True)[:300]
        assert r.get_json()["ticket_id"] == ticket_id
    assert [row.ticket_id for row in _rows()] == [2**31, 2**53]


def test_a_ticket_id_past_the_bound_is_422_and_stores_nothing(client, auth):
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": {**TICKET, "id": 2**53 + 1}, "team": "cody", "priority": "se/p2"})
    error = assert_error_shape(r, 422, "validation_error")
    assert ["ticket", "id"] in [d["loc"] for d in error["details"]]
    assert _rows() == []


def test_nul_bytes_are_stripped_from_the_stored_row(client, auth):
    body = ('{"ticket": {"id": 77, "subject": "Cody\\u0000 stopped", '
            '"description": "completions \\u0000never show"}, "team": "cody", "priority": "se/p2"}')
    r = client.post("/api/v1/feedback", headers=auth, data=body, content_type="application/json")
    assert r.status_code == 201, r.get_data(as_text=True)[:300]
    (row,) = _rows()
    assert row.subject == "Cody stopped"
    assert "completions never show" in row.text
    assert "\x00" not in row.subject + row.text


@pytest.mark.parametrize("lone", [b"\\ud800", b"\xed\xa0\x80"], ids=["escaped", "raw-bytes"])
def test_a_lone_surrogate_is_replaced_in_the_stored_row(client, auth, lone):
    # Sent as an escape or as the UTF-8-style bytes json.loads decodes with "surrogatepass":
    # either way no lone surrogate reaches the database.
    body = (b'{"ticket": {"id": 78, "subject": "Cody ' + lone + b' stopped", '
            b'"description": "completions never show"}, "team": "cody", "priority": "se/p2"}')
    r = client.post("/api/v1/feedback", headers=auth, data=body, content_type="application/json")
    assert r.status_code == 201, r.get_data(as_text=True)[:300]
    (row,) = _rows()
    assert row.subject == "Cody ? stopped"
    row.subject.encode("utf-8")  # no lone surrogate left


def test_the_same_choice_sent_again_is_stored_once_and_a_changed_mind_is_stored(client, auth):
    shown = _suggest(client, auth)
    choice = {"ticket": TICKET, "team": "docs", "priority": "se/p1",
              "suggestion_id": shown["suggestion_id"]}
    first = client.post("/api/v1/feedback", headers=auth, json=choice)
    again = client.post("/api/v1/feedback", headers=auth, json=choice)  # a double click
    assert first.status_code == 201 and again.status_code == 200
    assert again.get_json() == first.get_json()  # the same row, the same override flag
    assert len(_rows()) == 1
    # The agent changes their mind: a new choice is a new row.
    changed = client.post("/api/v1/feedback", headers=auth, json={**choice, "team": "cody"})
    assert changed.status_code == 201 and len(_rows()) == 2


def test_the_same_choice_after_the_repeat_window_is_a_new_row(client, auth):
    from datetime import UTC, datetime

    from backend.learning.feedback import REPEAT_WINDOW

    choice = {"ticket": TICKET, "team": "docs", "priority": "se/p1"}
    assert client.post("/api/v1/feedback", headers=auth, json=choice).status_code == 201
    with db.transaction() as session:
        (row,) = session.execute(select(Feedback)).scalars()
        row.created_at = datetime.now(UTC) - REPEAT_WINDOW * 2
    assert client.post("/api/v1/feedback", headers=auth, json=choice).status_code == 201
    assert len(_rows()) == 2


def test_a_ticket_id_that_contradicts_the_inline_ticket_is_422_on_feedback_and_suggestions(
        client, auth):
    choice = {"ticket": TICKET, "ticket_id": 77, "team": "docs", "priority": "se/p1"}
    assert_error_shape(client.post("/api/v1/feedback", headers=auth, json=choice), 422,
                       "ticket_mismatch")
    assert_error_shape(client.post("/api/v1/suggestions", headers=auth,
                                   json={"ticket": TICKET, "ticket_id": 77}), 422,
                       "ticket_mismatch")
    assert _rows() == []
    same = client.post("/api/v1/feedback", headers=auth, json={**choice, "ticket_id": 4242})
    assert same.status_code == 201
