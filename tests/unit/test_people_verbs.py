"""A colleague named by what only a person does (backend/escalation/people_verbs.py): "Sunil
asked me to open this", whatever the name. Every name and ticket here is invented for the
test; the words that must stay are the corpus's own false alarms while the rule was written."""

from __future__ import annotations

import pytest

from backend.escalation.people_verbs import doer_spans
from backend.escalation.public_text import check_public
from tests.unit.test_public_redaction import defect, public_text, ticket


def _names(text: str) -> list[str]:
    return [span.value for span in doer_spans(text, set())]


@pytest.mark.parametrize("text, name", [
    ("Hi, Zuberi asked me to open this after the key rotation.", "Zuberi"),
    ("Nomvula first noticed it when her new service was missing.", "Nomvula"),
    ("Yesterday Oksanka asked Cody how the secrets are loaded.", "Oksanka"),
    ("Reinder is on the bridge call if you want to join.", "Reinder"),
    ("(Tundeji is the one who owns the proxy rules)", "Tundeji"),
    ("Dariushan confirmed the file is on the default branch.", "Dariushan"),
    ("Olumide set up the Bitbucket connection last year.", "Olumide"),
    ("Kwabena has tested it with the proxy off.", "Kwabena"),
    ("Tomaszek sprawdził w Site admin > Users.", "Tomaszek"),
    ("Kasienka twierdzi, że GitLab ma limit.", "Kasienka"),
    ("A Biazinha testou sem o proxy, direto na VPN.", "Biazinha"),
    ("Wiremu Tane confirmed the same error on Windows.", "Wiremu Tane"),
])
def test_a_name_before_a_persons_verb_is_a_person(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "Support confirmed the fix is in 5.4.",
    "GitLab confirmed the outage on their status page.",
    "Renovate tried to open a PR against the repo.",
    "Someone noticed the index was stale.",
    "Devs noticed that code merged since Monday isn't found.",
    "Changelog mentions a new telemetry system.",
    "Autocomplete in Lantern suggests Java-looking nonsense.",
    "We've told everyone not to visit the docs. I'm checking again.",
    "## Pages tried\n- Kubernetes deployment page",
    "Steps tried\n1. restart",
    "unser Datenschutzbeauftragter fragt, in welcher Region die Daten liegen.",
    "Feature Flags Tested On Staging",
    "Will tested it on staging.",
    "Searcher tried to fetch the archive and timed out.",
    "see https://example.org/Marta asked",
])
def test_what_is_no_one_stays(text: str) -> None:
    assert _names(text) == []


def test_a_tool_the_ticket_also_writes_in_lower_case_is_no_one() -> None:
    assert _names("Vaultwarden checked the secret. We run vaultwarden 1.30 in k8s.") == []
    assert _names("Vaultwarden checked the secret.") == ["Vaultwarden"]
    assert list(doer_spans("Vaultwarden checked the secret.", set(), {"vaultwarden"})) == []


def test_the_name_is_learnt_and_goes_wherever_else_the_draft_names_it() -> None:
    draft = defect(ticket(
        description="Zuberi asked me to open this: search times out on the monorepo.\n\n"
                    "The repro is on Zuberi's laptop.\n\nThanks,\nBelinda",
        requester_name="Belinda Okoro", organization="Hooli"))
    check_public(draft, None)
    text = public_text(draft)
    assert "Zuberi" not in text
    assert "search times out on the monorepo" in text
