"""A thread's "Re: Re:" and "AW: WG:" stay out of the RFH's title, the hand-off and the reply."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from backend.tickets import Ticket

SUBJECT = "SSO login loop after certificate rotation"


@pytest.mark.parametrize(("subject", "topic"), [
    ("Re: Re: " + SUBJECT, SUBJECT),
    ("RE: Fwd: FW: " + SUBJECT, SUBJECT),
    ("AW: WG: Suche ist langsam", "Suche ist langsam"),
    ("Re[2]: " + SUBJECT, SUBJECT),
    ("回复：搜索很慢", "搜索很慢"),
    ("Fwd:Re:" + SUBJECT, SUBJECT),
    # Not a prefix: a word that starts like one, a label of the customer's, or nothing after it.
    ("Reindexing is slow", "Reindexing is slow"),
    ("Issue: search is slow", "Issue: search is slow"),
    ("I: cannot log in", "I: cannot log in"),
    ("Re:", "Re:"),
    ("VS: code extension crashes", "VS: code extension crashes"),
    ("Enc: encryption at rest", "Enc: encryption at rest"),
])
def test_the_topic_is_the_subject_without_reply_and_forward_prefixes(subject: str,
                                                                     topic: str) -> None:
    assert Ticket(subject=subject).topic == topic


@pytest.mark.parametrize("kind", ["rfh", "defect"])
def test_a_preview_titles_hands_off_and_replies_with_the_topic(client: FlaskClient,
                                                               auth: dict[str, str],
                                                               kind: str) -> None:
    ticket: dict[str, Any] = {"id": 4300, "subject": "Re: RE: " + SUBJECT,
                              "description": "Since the rotation every login loops on 5.3.2."}
    r = client.post("/api/v1/escalations/preview",
                    json={"ticket_id": 4300, "ticket": ticket, "kind": kind}, headers=auth)
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    texts = [body["issue"]["title"], body["slack"]["text"]]
    assert all("Re:" not in t and "RE:" not in t for t in texts), texts
    assert SUBJECT in body["issue"]["title"]


def test_the_customer_reply_names_the_topic(client: FlaskClient, auth: dict[str, str]) -> None:
    ticket: dict[str, Any] = {"id": 4301, "subject": "Re: Re: " + SUBJECT,
                              "description": "Since the rotation every login loops on 5.3.2."}
    r = client.post("/api/v1/escalations", json={"ticket_id": 4301, "ticket": ticket},
                    headers=auth)
    assert r.status_code in (200, 201), r.get_json()
    reply = r.get_json()["customer_reply"]
    assert "Re:" not in reply and SUBJECT in reply, reply
