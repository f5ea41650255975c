"""names_one_team: when a short ticket's handbook words all name one team's area."""

from __future__ import annotations

from backend.routing.rules import RuleHits
from backend.routing.suggestion_policy import names_one_team


def test_a_strong_keyword_of_the_team_names_it(handbook) -> None:
    hits = RuleHits(route_scores={"cody": 4.0}, evidence={"cody": ["cody", "autocomplete"]})
    assert names_one_team(handbook, hits, "cody")
    assert not names_one_team(handbook, hits, "source")


def test_plain_keywords_alone_do_not(handbook) -> None:
    route = next(r for r in handbook.routes if set(r.keywords) - set(r.strong))
    plain = next(k for k in route.keywords if k not in route.strong)
    hits = RuleHits(route_scores={route.key: 1.0}, evidence={route.key: [plain.lower()]})
    assert not names_one_team(handbook, hits, route.team)


def test_another_teams_words_undo_it(handbook) -> None:
    other = next(r for r in handbook.routes if "cody" not in (r.team, r.managed_team))
    hits = RuleHits(route_scores={"cody": 2.0, other.key: 1.0},
                    evidence={"cody": ["cody"], other.key: [other.keywords[0].lower()]})
    assert not names_one_team(handbook, hits, "cody")


def test_an_alert_of_the_team_names_it_and_anothers_alert_undoes_it(handbook) -> None:
    assert names_one_team(handbook, RuleHits(alerts=[("some_alert", "cody")]), "cody")
    assert not names_one_team(
        handbook, RuleHits(evidence={"cody": ["cody"]}, alerts=[("some_alert", "source")]), "cody")


def test_nothing_found_names_no_team(handbook) -> None:
    assert not names_one_team(handbook, RuleHits(), "cody")
