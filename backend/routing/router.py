"""Router: the one entry point the API calls to turn a ticket into a suggestion."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from backend.routing.checklist import MAX_SCAN_CHARS, applicable_items, missing_details
from backend.routing.fast_path import FastPath, Features
from backend.routing.handbook import Handbook
from backend.routing.matching import TextView, lines_view, words
from backend.routing.priority import suggest_priority
from backend.routing.rules import KeywordRules, RuleHits
from backend.routing.suggestion_policy import (
    ask_deployment_first,
    both_deployment_teams,
    informative_count,
    is_deployment_topic,
    names_one_team,
    teams_without_their_routes,
    temper,
    top_three,
    uninformative_words,
)
from backend.routing.text import TAGS_PREFIX, prepare_ticket
from backend.tickets import Ticket as Ticket  # the router's input; re-exported for old imports


@dataclass
class Suggestion:
    """What the sidebar shows: team, alternatives, priority, missing details, evidence."""

    team: dict[str, Any]
    alternatives: list[dict[str, Any]]
    confident: bool
    priority: dict[str, Any]
    missing_details: list[dict[str, str]]
    evidence: list[dict[str, Any]]
    model_version: int | None
    deployment: str = "unknown"
    extra: dict[str, Any] = field(default_factory=dict)
    text: str = ""  # the prepared text the router read (prepare_ticket), for lookups beside it


def find_rules(pipeline: Pipeline) -> KeywordRules | None:
    """The fitted KeywordRules inside a pipeline (blend or rules-only), if any."""
    for _, step in pipeline.steps:
        if isinstance(step, KeywordRules):
            return step
        for _, part in getattr(step, "transformer_list", []):
            if isinstance(part, KeywordRules):
                return part
    return None


class Router:
    """Combine the live model, the handbook, priority rules and the checklist."""

    def __init__(
        self,
        handbook: Handbook,
        pipeline: Pipeline,
        version: int | None,
        threshold: float = 0.5,
        priority_model: Pipeline | None = None,
    ) -> None:
        self.handbook = handbook
        self.pipeline = pipeline
        self.priority_model = priority_model
        self.version = version
        self.threshold = threshold
        self.rules = find_rules(pipeline)
        # One featurisation pass per ticket feeds the classifier, the rule evidence and the
        # explanation (routing/fast_path.py); the priority model reads the same TextView.
        self.scorer = FastPath(pipeline)
        self.priority_scorer = FastPath(priority_model) if priority_model is not None else None
        self.classes = self.scorer.classes
        self.uninformative = uninformative_words(handbook)

    def model_proba(self, text: str, features: Features,
                    ticket_id: int | None = None) -> np.ndarray:
        """The team model's probabilities for the featurised text (subclasses may blend more;
        ``ticket_id``: the ticket routed, for what they remember of it)."""
        return self.scorer.proba(features) if self.scorer.fast else (
            self.scorer.predict_proba_one(text))

    def saved_choice(self, ticket_id: int | None) -> tuple[str, str] | None:
        """(team, priority) agents last chose for this ticket, where the router remembers
        choices (a plain router remembers none)."""
        return None

    def suggest(self, ticket: Ticket) -> Suggestion:
        """Route one ticket."""
        text = prepare_ticket(
            ticket.subject, ticket.description, ticket.comment_bodies(), ticket.tags,
            ticket.org_tags,
        )
        view = TextView(text)  # read once for the rules of both models
        features = self.scorer.featurise(text, view) if self.scorer.fast else Features(text)
        proba = self.model_proba(text, features, ticket.id)
        hits = features.extras.get("rules")
        if not isinstance(hits, RuleHits):
            hits = self.rules.analyse(text) if self.rules is not None else RuleHits()
        written = text.split(TAGS_PREFIX, 1)[0]  # the words of the ticket, not its tags
        # Its words are the view's less those after the cut ("[" separates words, so none
        # straddles it): only the short tail is split again, not the whole ticket.
        kept = len(view.words) - len(words(text[len(written):]))
        enough = self.handbook.confidence.min_informative_words
        informative = informative_count(self.uninformative, islice(view.words, kept), enough)
        proba = teams_without_their_routes(
            self.handbook, self.classes, proba, hits.route_scores.keys()
        )
        if informative < enough and not names_one_team(
                self.handbook, hits, self.classes[int(proba.argmax())]):
            proba = temper(proba, informative, enough)
        model_best = self.classes[int(proba.argmax())]
        need_both = hits.deployment == "unknown" and is_deployment_topic(
            self.handbook, written, hits.route_scores.keys(), [model_best]
        )
        if need_both:
            proba = both_deployment_teams(self.handbook, self.classes, proba)
        top = top_three(self.handbook, self.classes, proba, need_both)
        best = self.classes[top[0]]
        confidence = float(proba[top[0]])
        route_key = self._main_route(best, hits)
        alternatives = [
            {
                "key": self.classes[i],
                "name": self.handbook.teams[self.classes[i]].name,
                "confidence": round(float(proba[i]), 4),
            }
            for i in top
        ]
        model_proba = None
        if self.priority_scorer is not None:
            labels = self.priority_scorer.classes
            # The word row the team model just computed is the priority model's too.
            row = self.priority_scorer.predict_proba_one(text, view, reuse=features)
            model_proba = {label: float(p) for label, p in zip(labels, row, strict=True)}
        # Priority and checklist read the same head of the ticket as written, tokenised once
        # (usually lines of the prepared text: then its words and walk are the view's).
        scan = lines_view(view, ticket.raw_text()[:MAX_SCAN_CHARS])
        tags = [*ticket.tags, *ticket.org_tags]  # the ticket's and its organisation's, read by both
        priority = suggest_priority(
            self.handbook,
            scan,
            zendesk_priority=ticket.priority,
            tags=tags,
            model_proba=model_proba,
        )
        asked = applicable_items(
            self.handbook, scan, routes=hits.route_scores.keys(), main_route=route_key
        )
        missing = missing_details(
            self.handbook,
            scan,
            tags=tags,
            attachments=ticket.attachments,
            zendesk_priority=ticket.priority,
            items=asked,  # the items that apply here, found once
        )
        if need_both:
            first = ask_deployment_first([m.key for m in missing])
            missing = sorted(missing, key=lambda m: first.index(m.key))
        team = self.handbook.teams[best]
        return Suggestion(
            team={
                "key": best,
                "name": team.name,
                "confidence": round(confidence, 4),
                "channel": self.handbook.channel_for(best, route_key),
                "handle": self.handbook.handle_for(best, route_key),
                "handle_hint": team.handle_hint,
                "label": team.label,
                "route": route_key,
                "section": self.handbook.route(route_key).section if route_key else None,
            },
            alternatives=alternatives,
            # Without a single handbook rule behind it, even a likely-looking guess is shown as
            # a choice of three: the model alone has nothing to say "why" with.
            confident=confidence >= self.threshold and bool(hits.route_scores or hits.alerts),
            priority={
                "label": priority.label,
                "severity": priority.severity,
                "reasons": priority.reasons,
                "confidence": priority.confidence,
                "alternatives": [
                    {"label": label, "confidence": p} for label, p in priority.alternatives
                ],
            },
            missing_details=[{"key": m.key, "label": m.label, "ask": m.ask} for m in missing],
            evidence=self._evidence(features, hits, [str(a["key"]) for a in alternatives]),
            model_version=self.version,
            deployment=hits.deployment,
            # The checklist items that apply on this route, asked or already answered.
            extra={"checklist": [item.key for item in asked]},
            text=text,
        )

    def _main_route(self, team: str, hits: RuleHits) -> str | None:
        """The highest-scoring handbook route that leads to team (decides channel and handle)."""
        best: tuple[float, str] | None = None
        for route_key, score in hits.route_scores.items():
            route = self.handbook.route(route_key)
            resolved = (
                route.managed_team
                if (route.managed_team and hits.deployment == "managed")
                else route.team
            )
            if resolved == team and (best is None or score > best[0]):
                best = (score, route_key)
        return best[1] if best else None

    def _evidence(
        self, features: Features, hits: RuleHits, teams: list[str]
    ) -> list[dict[str, Any]]:
        """Per team: the handbook rules that fired, the alerts, and the model's top words."""
        out = []
        for rank, team in enumerate(teams):
            rules = []
            for route_key, phrases in hits.evidence.items():
                route = self.handbook.route(route_key)
                if team in (route.team, route.managed_team):
                    rules.append(
                        {
                            "route": route_key,
                            "section": route.section,
                            "phrases": sorted(set(phrases))[:8],
                        }
                    )
            deployment = self.handbook.deployment
            deployment_teams = (deployment.self_hosted_team, deployment.managed_team)
            alerts = [
                a
                for a, owner in hits.alerts
                if owner == team or (owner == deployment.alert_owner and team in deployment_teams)
            ]
            terms = self.scorer.top_terms(features, team) if rank == 0 else []
            out.append(
                {"team": team, "rules": rules, "alerts": sorted(set(alerts)), "terms": terms}
            )
        return out
