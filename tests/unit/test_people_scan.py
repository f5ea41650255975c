"""People a ticket names that Zendesk does not know, found by what precedes them, and removed
wherever else they appear; words of the product after the same cues stay.
(helper-48's second red-team probe, 2026-12-06.)"""

from __future__ import annotations

import pytest

from backend.escalation.people_scan import people_spans
from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str) -> str:
    return public_text(defect(ticket(description=text)))


@pytest.mark.parametrize("text, gone", [
    ("My colleague Wolfgang Pfeiffer noticed the crash. Wolfgang says it started Monday.",
     "Wolfgang"),
    ("Hi, I'm Thaddeus Okafor from the platform team.", "Okafor"),
    ("cc @lkrause @Marta.Kowalski for logs", "lkrause"),
    ("cc @lkrause @Marta.Kowalski for logs", "Kowalski"),
    ("Author: Rosalind Featherstonehaugh <rosalind.f@example.org>", "Featherstonehaugh"),
    ("bind DN cn=Svetlana Kuznetsova,ou=People,dc=example fails.", "Kuznetsova"),
    ('{"givenName":"Anneliese","familyName":"Brandt"}', "Anneliese"),
    ('{"manager":{"displayName":"Horst Schlämmer"}}', "Schlämmer"),
    ("Yes. Ask Ingrid Schoeller-Maas if anything is missing.", "Schoeller"),
    ("Unser Admin Herr Dr. Stefan Oberholzer hat die Logs. Oberholzer ist im Urlaub.",
     "Oberholzer"),
    (r"Login fails for PIEDPIPER\hweber", "hweber"),
    ("Visa ending 4242, cardholder Margarete Hollenstein", "Hollenstein"),
    ("account holder Klaus-Peter Nussbaumer", "Nussbaumer"),
    ("Our previous contact (Herr Lindner) has left.", "Lindner"),
])
def test_people_named_in_the_text_are_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Ask Code Insights team; ping Search Platform", "Code Insights"),
    ("Ask Code Insights team; ping Search Platform", "Search Platform"),
    ('"auth.providers": [{"type": "openidconnect", "displayName": "Entra ID"}]', "Entra ID"),
    ('"displayName": "Keycloak" and Keycloak 22 redirects', "Keycloak 22"),
    ("Carla | Developer Experience Lead | tools team", "Developer Experience Lead"),
    ("fatal: early EOF\\nfatal: fetch-pack: invalid index-pack output", "EOF\\nfatal"),
    ("see @types/node, @here and @sourcegraph-support; in Cody type @repo: only", "@repo"),
    ("Hallo Support-Team,\nwir haben ein Problem", "Support-Team"),
])
def test_words_after_the_same_cues_stay(text: str, kept: str) -> None:
    assert kept in _out(text).replace("\u200b", "")


def test_a_named_person_is_learned_for_the_rest_of_the_draft() -> None:
    people: set[str] = set()

    spans = list(people_spans("My colleague Wolfgang Pfeiffer noticed", people))

    assert people == {"Wolfgang Pfeiffer"}
    assert [s.value for s in spans] == ["Wolfgang Pfeiffer"]


@pytest.mark.parametrize("text, gone", [
    ("bind uid=jdoe fails; then jdoe cannot log in", "jdoe"),
    ("cc @lkrause: lkrause has the logs", "lkrause"),
    (r"PIEDPIPER\hweber fails; hweber is admin", "hweber"),
])
def test_a_handle_goes_wherever_else_it_stands(text: str, gone: str) -> None:
    assert gone not in _out(text)  # and the filing is not refused for the second one


def test_a_team_handle_does_not_take_the_word_away() -> None:
    assert "the ops runbook" in _out("cc @ops: see the ops runbook")
