"""Every handbook route has a ticket that reaches it; every ambiguity resolves both ways."""

from __future__ import annotations

import pytest

from backend.routing.router import Router, Ticket
from backend.routing.text import prepare_ticket
from tests.routing.cases import ALERT_CASES, AMBIGUITY_CASES, ROUTE_CASES, Case

ALL_CASES = ROUTE_CASES + AMBIGUITY_CASES


def test_every_route_has_a_case(handbook):
    assert {r.key for r in handbook.routes} <= {c.route for c in ROUTE_CASES}


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_rules_reach_the_route(rules, case: Case):
    hits = rules.analyse(prepare_ticket(case.subject, case.description, org_tags=case.org_tags))
    assert max(hits.route_scores, key=hits.route_scores.__getitem__) == case.route
    scores = rules.team_scores(hits)
    assert max(scores, key=scores.__getitem__) == case.team


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_blended_router_picks_the_team(router, case: Case):
    result = router.suggest(
        Ticket(subject=case.subject, description=case.description, org_tags=list(case.org_tags))
    )
    assert result.team["key"] == case.team, result.alternatives


@pytest.mark.parametrize(("text", "team"), ALERT_CASES)
def test_alerts_go_to_the_owning_team(rules, router, text, team):
    assert [owner for _, owner in rules.analyse(text).alerts] == [team]
    assert router.suggest(Ticket(subject="Alert firing", description=text)).team["key"] == team


@pytest.mark.parametrize(
    ("tags", "team"), [(("self_hosted",), "release"), (("managed_instance",), "cloud")]
)
def test_infrastructure_org_alert_follows_deployment(rules, tags, team):
    text = prepare_ticket("Alert", "frontend: container_memory_usage is critical", org_tags=tags)
    hits = rules.analyse(text)
    scores = rules.team_scores(hits)
    assert hits.alerts == [("container_memory_usage", "deployment")]
    assert max(scores, key=scores.__getitem__) == team


def test_batch_changes_hand_off_uses_batcher_support(router):
    result = router.suggest(
        Ticket(
            subject="src batch apply fails",
            description="Our batch changes spec fails to apply changesets.",
        )
    )
    assert result.team["key"] == "code-search"
    assert (result.team["channel"], result.team["handle"]) == (
        "#discuss-code-search",
        "@batcher-support",
    )


def test_iam_hand_off_uses_ask_source(router):
    result = router.suggest(Ticket(subject="SAML SSO broken", description="Okta SAML login fails."))
    assert result.team["key"] == "source"
    assert result.team["channel"] == "#ask-source"


def test_repository_hand_off_uses_discuss_source(router):
    result = router.suggest(
        Ticket(
            subject="gitserver clone failures",
            description="repo-updater keeps failing to clone repositories",
        )
    )
    assert (result.team["channel"], result.team["handle"]) == ("#discuss-source", "@source-support")


def test_evidence_names_the_deciding_words(router):
    result = router.suggest(Ticket(subject="Perforce depot not cloning", description="p4 fusion"))
    top = result.evidence[0]
    assert top["team"] == "source"
    phrases = {p for rule in top["rules"] for p in rule["phrases"]}
    assert "perforce" in phrases


def test_alternatives_are_three_best_first(router):
    result = router.suggest(Ticket(subject="question", description="hello"))
    confidences = [a["confidence"] for a in result.alternatives]
    assert len(confidences) == 3 and confidences == sorted(confidences, reverse=True)
    assert result.alternatives[0]["key"] == result.team["key"]


def test_vague_ticket_is_not_confident(router):
    assert router.suggest(Ticket(subject="help", description="it does not work")).confident is False


def test_a_confidence_under_the_threshold_is_not_confident(handbook, trained_artifact, router):
    clear = Ticket(subject="zoekt indexed search returns no results",
                   description="Indexed search with zoekt finds nothing for half our repositories.")
    shown = router.suggest(clear)
    assert shown.confident is True
    confidence = shown.team["confidence"]
    above = Router(handbook, trained_artifact["pipeline"], version=1,
                   threshold=min(1.0, confidence + 0.001))
    assert above.suggest(clear).confident is False
    assert above.suggest(clear).team["key"] == shown.team["key"]


def test_no_handbook_evidence_means_not_confident(router):
    ticket = Ticket(subject="issue", description="something is wrong with sourcegraph")
    result = router.suggest(ticket)
    assert result.evidence[0]["rules"] == [] and result.confident is False
