"""The service's own words in a public defect's edit: kept as whole tokens only."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backend.escalation.redact import Redactor
from backend.escalation.service_words import blank, own_spans, shield, unshield

OWN = ["team/source", "se/p2", "@release-team", "#docs",
       "Source (Repository Management and IAM)"]


def test_whole_tokens_only() -> None:
    text = ("priority `se/p2` for Source (Repository Management and IAM) (`team/source`).\n"
            "mail build@release-team.qx.net, see #docs-qx-war-room and gitlab.qx.net/team/source")
    spans = [text[s:e] for s, e in own_spans(text, OWN)]
    assert spans == ["se/p2", "Source (Repository Management and IAM)", "team/source"]


def test_an_edit_keeps_the_context_line_and_loses_what_holds_an_own_string() -> None:
    redactor = Redactor.for_ticket("Hooli", "Gavin Belson", None)
    text = ("Reported by a customer; priority `se/p2` for Source (Repository Management and "
            "IAM) (`team/source`).\nmail build@release-team.qx-corp.net, clone "
            "https://gitlab.qx-internal.net/team/source/infra fails")
    shielded, kept = shield(text, OWN)
    out = unshield(redactor.redact(shielded), kept)
    assert "priority `se/p2` for Source (Repository Management and IAM) (`team/source`)." in out
    assert "release-team.qx-corp" not in out and "gitlab.qx-internal" not in out


def test_a_tickets_own_private_use_characters_are_shielded_too() -> None:
    # A terminal font's prompt glyphs (U+E0B0) must not read as marks, nor turn the shield off.
    text = "tk \ue0b0 ~/src \ue0b0 then se/p2"
    shielded, kept = shield(text, OWN)
    assert "se/p2" not in shielded and unshield(shielded, kept) == text


def test_an_own_string_inside_a_private_value_is_not_shielded() -> None:
    text = "Account: Data & Analytics Ltd, for Data & Analytics (`team/data-analytics`)"
    own = ["Data & Analytics", "team/data-analytics"]
    spans = [text[s:e] for s, e in own_spans(text, own, ["Data & Analytics Ltd"])]
    assert spans == ["Data & Analytics", "team/data-analytics"]
    # a private value inside an own string does not stop it (a name part in a handle)
    assert blank("ping @search-platform-support", ["@search-platform-support"],
                 ["support"]) == "ping  "


def test_punctuation_ends_a_token_only_before_a_space() -> None:
    assert own_spans("mail @release-team.qx-corp.net", OWN) == []
    assert own_spans("ask @release-team. Thanks", OWN) == [(4, 17)]


def test_blank_leaves_longer_values_whole() -> None:
    assert blank("@release-team hi @release-team-qx", OWN) == "  hi @release-team-qx"


@given(st.text(alphabet=st.sampled_from(list("ab /`()@#-se2p.\n")), max_size=80))
def test_shield_then_unshield_gives_the_text_back(text: str) -> None:
    shielded, kept = shield(text, ["se/p2", "@a", "#b", "a b"])
    assert unshield(shielded, kept) == text
