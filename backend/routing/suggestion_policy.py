"""What the handbook says about a suggestion beyond the model's scores.

- Honest confidence: a ticket with few informative words ("search is slow") cannot be 99% sure;
  its probabilities are shrunk toward "any team" so the sidebar offers three choices, unless
  it names one team's own area ("cody autocomplete stopped").
- Deployment-dependent topics: when the ticket does not say self-hosted or managed, Release and
  Cloud are both offered and the deployment type is the first detail to ask.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from backend.routing.handbook import Handbook
from backend.routing.matching import any_regex_or_phrase
from backend.routing.rules import RuleHits


def uninformative_words(handbook: Handbook) -> frozenset[str]:
    """Words that never say something: English stop words and the handbook's generic words
    (made once per router, not per ticket)."""
    return frozenset(ENGLISH_STOP_WORDS).union(w.lower() for w in handbook.confidence.generic_words)


def informative_count(uninformative: frozenset[str], text_words: Iterable[str],
                      enough: int) -> int:
    """How many distinct words say something (not in ``uninformative_words``, not one letter,
    not bare numbers) among a text's words, already split and lower-cased (the router passes
    its TextView's), counted up to ``enough``."""
    # ``temper`` only asks whether there are min_informative_words of them (and how many when
    # fewer): a ticket says so within its first words, so the rest is not read.
    seen: set[str] = set()
    for word in text_words:
        if (word not in seen and word not in uninformative and len(word) > 1
                and not word.isdigit()):
            seen.add(word)
            if len(seen) >= enough:
                break
    return len(seen)


def temper(proba: np.ndarray, informative: int, min_words: int) -> np.ndarray:
    """Shrink probabilities toward uniform in proportion to how little the text says."""
    if informative >= min_words or len(proba) == 0:
        return proba
    share = 1.0 - informative / min_words  # 1.0 for no informative word at all
    uniform = np.full_like(proba, 1.0 / len(proba))
    return (1.0 - share) * proba + share * uniform


def names_one_team(handbook: Handbook, hits: RuleHits, team: str) -> bool:
    """True when the ticket's handbook words all point to ``team`` and one of them is a strong
    keyword or an alert name: a short ticket that says so much is not a vague one."""
    # "cody autocomplete stopped" has two informative words, but the handbook's own names for
    # Cody's area; "search is slow" has only a word that several teams share.
    strong = False
    for route_key, phrases in hits.evidence.items():
        route = handbook.route(route_key)
        if team not in (route.team, route.managed_team):
            return False
        strong = strong or not {p.lower() for p in route.strong}.isdisjoint(phrases)
    for _alert, owner in hits.alerts:
        if owner and owner != team:
            return False
        strong = strong or owner == team
    return strong


def is_deployment_topic(
    handbook: Handbook, text: str, routes: Iterable[str], top: Sequence[str]
) -> bool:
    """True when the ticket is about infrastructure, performance, outages or upgrades."""
    deployment = handbook.deployment
    if set(routes) & set(handbook.deployment_topics.routes):
        return True
    if set(top[:1]) & {deployment.self_hosted_team, deployment.managed_team}:
        return True
    return any_regex_or_phrase(text, handbook.deployment_topics.phrases)


def both_deployment_teams(
    handbook: Handbook, classes: Sequence[str], proba: np.ndarray
) -> np.ndarray:
    """Pull Release and Cloud halfway to their mean, so neither wins on a guess of deployment."""
    deployment = handbook.deployment
    pair = [
        classes.index(t)
        for t in (deployment.self_hosted_team, deployment.managed_team)
        if t in classes
    ]
    if len(pair) != 2:
        return proba
    out = proba.copy()
    mean = float(out[pair].mean())
    out[pair] = 0.5 * out[pair] + 0.5 * mean
    return out


def top_three(
    handbook: Handbook, classes: Sequence[str], proba: np.ndarray, need_both: bool
) -> list[int]:
    """The three best classes, best first; with need_both, Release and Cloud are among them."""
    order = (-proba).argsort(kind="stable").tolist()
    top = order[:3]
    if not need_both:
        return top
    deployment = handbook.deployment
    wanted = [
        classes.index(t)
        for t in (deployment.self_hosted_team, deployment.managed_team)
        if t in classes
    ]
    for index in wanted:
        if index not in top:
            # Replace the weakest choice that is not itself one of the pair.
            for position in range(len(top) - 1, -1, -1):
                if top[position] not in wanted:
                    top[position] = index
                    break
    return sorted(top, key=lambda i: -proba[i])


def teams_without_their_routes(
    handbook: Handbook, classes: Sequence[str], proba: np.ndarray, routes: Iterable[str]
) -> np.ndarray:
    """Move a team's probability to the others when its own routes did not fire but others did.

    Docs owns the docs site's availability; "the upgrade docs skip a step" is the upgrade team's.
    """
    fired = set(routes)
    if not fired:
        return proba
    demoted = [
        i
        for i, team in enumerate(classes)
        if handbook.teams[team].only_via_routes
        and not fired & set(handbook.teams[team].only_via_routes)
    ]
    others = [i for i in range(len(classes)) if i not in demoted]
    if not demoted or not others:
        return proba
    out = proba.copy()  # only when a team is demoted: most tickets are returned as they came
    best_other = float(out[others].max())
    for i in demoted:
        # Kept as an alternative at half the best other team's weight, never the first choice.
        out[i] = min(out[i], 0.5 * best_other)
    total = float(out.sum())
    return out / total if total > 0 else proba


def ask_deployment_first(missing: list[str]) -> list[str]:
    """The missing detail keys with 'deployment' moved to the front."""
    return sorted(missing, key=lambda key: key != "deployment")
