"""What a fifteenth red-team probe (helper-79, 2026-12-07, 50 tickets of an ordinary week in 16
languages, written blind) found beyond first names alone (test_given_names.py): people named by
the honorific or kinship word beside them. Every example here is invented for the test."""

from __future__ import annotations

import pytest

from backend.escalation.public_text import check_public
from tests.unit.test_public_redaction import defect, public_text, ticket


def _public(text: str) -> str:
    draft = defect(ticket(description=text, requester_name="Gavin Belson", organization="Hooli"))
    check_public(draft, None)
    return public_text(draft)


@pytest.mark.parametrize("text, name", [
    ("Pani Wiśniewska z działu bezpieczeństwa pyta o logi.", "Wiśniewska"),
    ("L'ing. Castellucci vorrebbe capire se è un bug noto.", "Castellucci"),
    ("Ritesh bhai ne pipeline change kiya tha, tab se fail.", "Ritesh"),
    ("Tanaka-san said the index is stale again.", "Tanaka"),
    ("Anh Quang bên hạ tầng đã import root CA.", "Quang"),
    ("chị Phượng nói lỗi vẫn còn.", "Phượng"),
])
def test_a_person_named_by_the_word_beside_them_is_removed(text: str, name: str) -> None:
    out = _public(text)
    # No piece of the name either ("chị Phượng" once left "[name]ượng": ư is outside Latin-1).
    assert name not in out and name[2:] not in out


@pytest.mark.parametrize("text, kept", [
    ("Yes sir, the 5.3.2 upgrade finished.", "Yes sir"),
    ("Thank you sir, the workaround works.", "Thank you sir"),
    ("Pan and zoom in the code graph are slow.", "Pan and zoom"),
    ("The Pan European rollout is blocked.", "Pan European rollout"),
    ("Vault-sama and Storage ji, as our team calls them, are both down.", "Vault-sama"),
])
def test_words_beside_no_one_stay(text: str, kept: str) -> None:
    assert kept in _public(text)


def test_the_model_vendors_assistants_are_public_hosts() -> None:
    # The seventeenth probe: "Claude.ai" read as the customer's host took "Claude" from
    # "Claude 3.5 Sonnet" as the customer's name, in a ticket with nothing private in it.
    text = ("Model: Claude 3.5 Sonnet via Cody Gateway. Same prompts in Claude.ai, "
            "chatgpt.com and gemini.google.com answer in the right language.")
    assert text in _public(text)


@pytest.mark.parametrize("text, gone", [
    # A loopback with a port ("::1:11434" once read as ::1:1143, a private address, and a 4).
    ("Cody says connect ECONNREFUSED ::1:11434 when Ollama is down.", None),
    ("The node answers on 2001:db8:85a3::8a2e:370:7334 only.", "2001:db8:85a3::8a2e:370:7334"),
    # (the review: a letter or a word written on after an address is no port to cut off)
    ("Our server 2001:db8:abcd:12::17x fails.", "2001:db8:abcd:12::17"),
    ("Die Adresse 2001:db8:abcd:12::17ist falsch", "2001:db8:abcd:12::17"),
    ("peer fd00:1234:5678::beef的连接断开", "fd00:1234:5678::beef"),
    ("接続先 2001:db8:85a3::8a2e:370:7334が落ちた", "7334"),
    ("mapped ::ffff:10.20.30.40x here", "10.20.30.40"),
])
def test_ipv6_loopback_with_a_port_stays_and_addresses_go(text: str, gone: str | None) -> None:
    out = _public(text)
    if gone is None:
        assert text in out
    else:
        assert gone not in out


@pytest.mark.parametrize("text, gone", [
    ("See gemini.google.com/app/3f9a1c2b7d8e for the chat.", "3f9a1c2b7d8e"),
    ("Shared at chatgpt.com/g/g-Ab12Cd34-hooli-internal-helper yesterday.", "internal-helper"),
    ("copilot.microsoft.com/chats/q3-layoffs-plan answers it right.", "layoffs"),
])
def test_a_path_on_a_vendors_assistant_is_removed(text: str, gone: str) -> None:
    assert gone not in _public(text)


@pytest.mark.parametrize("text, gone", [
    ("Ali Can Bey asked for the logs.", "Can"),
    ("Nur Hanım can reproduce it.", "Nur"),
])
def test_turkish_names_that_are_words_go_with_their_honorific(text: str, gone: str) -> None:
    assert f"{gone} " not in _public(text).split("What was observed")[1].split("## Context")[0]
