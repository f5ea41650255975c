"""A mail's legal footer is not what a ticket is about: the router and its memory cut it."""

from __future__ import annotations

import time

from backend.routing.text import clean_message, prepare_ticket

FOOTER = """

Best regards,
Marisol Okonkwo-Lindqvist | Developer Productivity | Trelleborg Maritime Logistics AB
Kajgatan 4, 211 20 Malmo, Sweden | +46 40 555 0147 | www.trelleborg-maritime.example

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended
solely for the use of the individual or entity to whom they are addressed. If you have
received this e-mail in error please notify the system manager and delete it, together with
every copy, from your systems. Any unauthorised copying, forwarding or printing is strictly
forbidden. Trelleborg Maritime Logistics AB accepts no liability for viruses or for damage
arising from this transmission. Trelleborg Maritime Logistics AB, registered office Malmo,
company number 556677-8899, VAT SE556677889901. Views expressed are those of the sender and
not necessarily of Trelleborg Maritime Logistics AB. Please consider the environment before
printing. Harbour logistics, reinvented since 1921."""

CODY = {"id": 7301, "subject": "Cody chat errors",
        "description": "Cody chat answers 'rate limit exceeded' for every user since this "
                       "morning." + FOOTER}
GITLAB = {"id": 7302, "subject": "gitlab repos not syncing",
          "description": "None of our GitLab repos have synced since yesterday, repo-updater "
                         "logs say 401." + FOOTER}


def test_the_footer_and_the_signature_above_it_are_cut_from_the_routed_text() -> None:
    text = prepare_ticket(CODY["subject"], CODY["description"])
    assert "rate limit exceeded" in text
    for footer_word in ("Trelleborg", "Okonkwo", "confidential", "1921", "Regards"):
        assert footer_word.lower() not in text.lower()
    # A footer-like paragraph with the report after it is the report's.
    kept = "This e-mail is confidential, our lawyers say.\n\nsearcher logs:\nerror: timeout"
    assert clean_message(kept) == kept


def test_a_correction_on_one_ticket_does_not_pull_the_same_customers_others(make_app, auth):
    app = make_app(model_poll_seconds=0.05)
    client = app.test_client()

    def suggest(ticket):
        r = client.post("/api/v1/suggestions", json={"ticket": ticket}, headers=auth)
        assert r.status_code == 200, r.get_json()
        return r.get_json()

    shown = suggest(CODY)
    assert shown["team"]["key"] == "cody"
    assert suggest(GITLAB)["team"]["key"] == "source"
    r = client.post("/api/v1/feedback", headers=auth, json={
        "ticket": CODY, "team": "sales-ce", "priority": "se/p2",
        "suggestion_id": shown["suggestion_id"]})
    assert r.status_code == 201 and r.get_json()["override"]
    # The memory reads new rows every poll: a rewording of the corrected ticket shows it has.
    reworded = dict(CODY, id=7303, description="Cody chat answers 'rate limit exceeded' for "
                    "every user since this morning, again." + FOOTER)
    deadline = time.monotonic() + 5
    while suggest(reworded)["team"]["key"] != "sales-ce" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert suggest(reworded)["team"]["key"] == "sales-ce"
    other = suggest(dict(GITLAB, id=7304))
    assert other["team"]["key"] == "source", other["team"]
    assert all(s["ticket_id"] != CODY["id"] for e in other["evidence"]
               for s in e.get("similar_tickets") or [])
