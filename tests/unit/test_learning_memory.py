"""The correction memory: a near-duplicate of a corrected ticket follows the agents at once."""

from __future__ import annotations

import time

import numpy as np

from backend.learning.memory import CorrectionMemory, blend, memory_share
from backend.learning.text_encoder import TextEncoder
from backend.models import Feedback

TICKET = {"id": 4242, "subject": "Cody autocomplete stopped working in IntelliJ",
          "description": "Since the plugin update Cody completions never show up in IntelliJ "
                         "IDEA 2023.3 for anyone on our team. Chat still answers."}
NEAR = {"id": 4243, "subject": "Cody autocomplete stopped working in IntelliJ",
        "description": "Since the plugin update Cody completions never show up in IntelliJ "
                       "IDEA 2023.3 for most of our team. Chat still answers fine."}


def _suggest(client, auth, ticket):
    r = client.post("/api/v1/suggestions", json={"ticket": ticket}, headers=auth)
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def test_a_correction_moves_a_near_duplicate_at_once_and_says_why(make_app, auth):
    app = make_app(model_poll_seconds=0.05)
    client = app.test_client()
    shown = _suggest(client, auth, TICKET)
    first = shown["team"]["key"]
    assert first == "cody"
    assert _suggest(client, auth, NEAR)["team"]["key"] == "cody"
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": TICKET, "team": "source", "priority": "se/p1",
        "suggestion_id": shown["suggestion_id"]})
    assert r.status_code == 201 and r.get_json()["override"]
    deadline = time.monotonic() + 5
    while True:  # the memory looks for new rows every poll interval
        moved = _suggest(client, auth, NEAR)
        if moved["team"]["key"] == "source" or time.monotonic() > deadline:
            break
    assert moved["team"]["key"] == "source"
    assert moved["model_version"] == shown["model_version"]  # no retrain
    similar = next(e for e in moved["evidence"] if e["team"] == "source")["similar_tickets"]
    assert similar[0]["ticket_id"] == 4242 and similar[0]["similarity"] > 0.8
    assert "like ticket #4242, which agents sent to" in similar[0]["text"]
    assert moved["priority"]["label"] == "se/p1"
    # An unrelated ticket is not touched.
    other = _suggest(client, auth, {"subject": "helm upgrade fails",
                                    "description": "migrator pod crashloops after 5.3 upgrade"})
    assert other["team"]["key"] != "source"


def _row(id_: int, ticket: int, team: str, text: str, suggested: str = "cody") -> Feedback:
    return Feedback(id=id_, ticket_id=ticket, team=team, priority="se/p2", source="sidebar",
                    suggested_team=suggested, suggested_priority="se/p2", subject="", text=text)


def _memory(capacity: int = 100) -> CorrectionMemory:
    encoder = TextEncoder(["helm chart upgrade", "cody chat slow", "batch changes fail"])
    memory = CorrectionMemory(encoder, poll_seconds=3600, capacity=capacity)
    memory._checked_at = time.monotonic()  # rows are added by hand: no database here
    return memory


def test_memory_keeps_the_latest_choice_per_ticket_and_forgets_confirmations():
    memory = _memory()
    memory.add([_row(1, 7, "source", "repository permissions sync from github stalls")])
    assert [h.team for h in memory.nearest("repository permissions sync from github stalls")] \
        == ["source"]
    memory.add([_row(2, 7, "graph", "repository permissions sync from github stalls")])
    assert [h.team for h in memory.nearest("repository permissions sync from github stalls")] \
        == ["graph"]
    # A later confirmation of the suggestion: nothing left to remember for ticket 7.
    memory.add([_row(3, 7, "cody", "repository permissions sync from github stalls", "cody")])
    assert memory.nearest("repository permissions sync from github stalls") == []
    assert memory.last_id == 3


def test_several_choices_for_a_ticket_in_one_batch_keep_the_last():
    # Agents on two instances correct the same ticket at once: the memory reads both rows in
    # one batch (this raised IndexError and failed the feedback request before).
    memory = _memory()
    text = "repository permissions sync from github stalls"
    memory.add([_row(1, 7, "source", text), _row(2, 8, "source", "helm chart upgrade fails"),
                _row(3, 7, "graph", text), _row(4, 7, "release", text)])
    assert [h.team for h in memory.nearest(text)] == ["release"]
    assert len(memory) == 2 and memory.last_id == 4
    memory.add([_row(5, 7, "cody", text, "cody"), _row(6, 7, "source", text)])
    assert [h.team for h in memory.nearest(text)] == ["source"]
    assert len(memory) == 2


def test_memory_is_bounded_to_the_newest_tickets():
    memory = _memory(capacity=3)
    memory.merge_every = 2
    memory.add([_row(n, n, "source", f"ticket number {n} about gitlab code host sync {n}")
                for n in range(1, 7)])
    memory.add([_row(7, 7, "source", "ticket number 7 about gitlab code host sync 7")])
    memory.add([_row(8, 8, "source", "ticket number 8 about gitlab code host sync 8")])
    assert len(memory) <= 3 + memory.merge_every
    kept = {h.ticket_id for h in memory.nearest("about gitlab code host sync", k=10)}
    assert 1 not in kept and 8 in kept


def test_blend_follows_a_near_duplicate_and_ignores_distant_tickets():
    assert memory_share(0.3) == 0.0 and memory_share(0.95) == 0.9
    from backend.learning.memory import Remembered

    hit = Remembered(1, 1, "source", "se/p2", 0.95)
    proba = blend(np.asarray([0.8, 0.2]), ["cody", "source"], [hit])
    assert proba.argmax() == 1 and abs(proba.sum() - 1) < 1e-9


def test_one_text_is_encoded_once_for_both_memories_and_equal_to_encode():
    encoder = TextEncoder(["helm chart upgrade", "cody chat slow", "batch changes fail"])
    text = "Cody chat is slow since the helm chart upgrade"
    first = encoder.encode_one(text)
    assert encoder.encode_one(text) is first  # the second lookup of the same ticket
    expected = encoder.encode([text])
    assert (first != expected).nnz == 0 and first.shape == expected.shape
    other = encoder.encode_one("batch changes fail on every repository")
    assert other is not first and (other != encoder.encode(["batch changes fail on every "
                                                            "repository"])).nnz == 0


def test_rows_without_a_ticket_stay_beside_later_choices_for_tickets():
    memory = _memory()
    text = "repository permissions sync from github stalls"
    loose = Feedback(id=1, ticket_id=None, team="source", priority="se/p1", source="sidebar",
                     suggested_team="cody", suggested_priority="se/p2", subject="", text=text)
    memory.add([loose, _row(2, 7, "graph", text)])
    memory.add([_row(3, 7, "release", text)])
    hits = memory.nearest(text, k=5)
    assert sorted((h.ticket_id, h.feedback_id, h.team, h.priority) for h in hits
                  if h.ticket_id is None) == [(None, 1, "source", "se/p1")]
    assert [(h.ticket_id, h.team) for h in hits if h.ticket_id is not None] == [(7, "release")]
    assert len(memory) == 2 and isinstance(hits[0].feedback_id, int)


def test_a_ticket_is_no_look_alike_of_itself_and_its_own_choice_is_read_apart():
    memory = _memory()
    text = "repository permissions sync from github stalls"
    memory.add([_row(1, 7, "source", text), _row(2, 8, "graph", text + " again")])
    assert {h.ticket_id for h in memory.nearest(text, k=5)} == {7, 8}
    assert [h.ticket_id for h in memory.nearest(text, k=5, exclude_ticket=7)] == [8]
    own = memory.choice_for(7)
    assert own is not None and (own.ticket_id, own.team, own.similarity) == (7, "source", 1.0)
    memory.add([_row(3, 7, "release", text)])  # the agents changed their minds
    assert memory.choice_for(7).team == "release"  # type: ignore[union-attr]
    memory.add([_row(4, 7, "cody", text, "cody")])  # then took the suggestion after all
    assert memory.choice_for(7) is None and memory.choice_for(99) is None


def test_a_corrected_ticket_shows_its_agents_choice_not_itself_as_evidence(make_app, auth):
    app = make_app(model_poll_seconds=0.05)
    client = app.test_client()
    ticket = {**TICKET, "id": 4250}
    shown = _suggest(client, auth, ticket)
    assert shown["agent_choice"] is None
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": ticket, "team": "source", "priority": "se/p1",
        "suggestion_id": shown["suggestion_id"]})
    assert r.status_code == 201
    deadline = time.monotonic() + 5
    while True:  # the memory looks for new rows every poll interval
        again = _suggest(client, auth, ticket)
        if again["agent_choice"] is not None or time.monotonic() > deadline:
            break
    assert again["agent_choice"] == {"team": "source", "priority": "se/p1"}
    # Its suggestion is still the model's, and never cites the ticket as its own look-alike.
    assert again["team"]["key"] == shown["team"]["key"] == "cody"
    cited = [s["ticket_id"] for e in again["evidence"] for s in e.get("similar_tickets", [])]
    assert 4250 not in cited
    # A near-duplicate still follows the correction, citing it.
    near = _suggest(client, auth, {**NEAR, "id": 4251})
    assert near["team"]["key"] == "source" and near["agent_choice"] is None


def test_an_escalation_without_a_team_takes_the_agents_choice_for_the_ticket(make_app, auth):
    app = make_app(model_poll_seconds=0.05)
    client = app.test_client()
    ticket = {**TICKET, "id": 4260}
    shown = _suggest(client, auth, ticket)
    assert client.post("/api/v1/feedback", headers=auth, json={
        "ticket": ticket, "team": "source", "priority": "se/p1",
        "suggestion_id": shown["suggestion_id"]}).status_code == 201
    deadline = time.monotonic() + 5
    while _suggest(client, auth, ticket)["agent_choice"] is None and time.monotonic() < deadline:
        pass
    r = client.post("/api/v1/escalations/preview", headers=auth,
                    json={"ticket_id": 4260, "ticket": ticket})
    assert r.status_code == 200, r.get_json()
    labels = r.get_json()["issue"]["labels"]
    assert "team/source" in labels and "se/p1" in labels, labels
