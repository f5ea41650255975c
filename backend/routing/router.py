"""Router: the one entry point the API calls to turn a ticket into a suggestion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from backend.routing.checklist import missing_details
from backend.routing.handbook import Handbook
from backend.routing.pipeline import TermExplainer
from backend.routing.priority import suggest_priority
from backend.routing.rules import KeywordRules, RuleHits
from backend.routing.text import prepare_ticket

RAW_SCAN_CHARS = 200_000


@dataclass
class Ticket:
    """The ticket fields the router reads."""

    subject: str = ""
    description: str = ""
    comments: Sequence[str] = ()
    tags: Sequence[str] = ()
    org_tags: Sequence[str] = ()
    organization: str | None = None
    priority: str | None = None
    attachments: Sequence[str] = ()
    id: int | None = None

    def raw_text(self) -> str:
        """Subject, description and comments as written (capped), for detail detection."""
        text = "\n".join([self.subject, self.description, *self.comments])
        return text[:RAW_SCAN_CHARS]


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
        self, handbook: Handbook, pipeline: Pipeline, version: int | None, threshold: float = 0.5
    ) -> None:
        self.handbook = handbook
        self.pipeline = pipeline
        self.version = version
        self.threshold = threshold
        self.rules = find_rules(pipeline)
        self.explainer = TermExplainer(pipeline)
        self.classes = [str(c) for c in pipeline.classes_]

    def suggest(self, ticket: Ticket) -> Suggestion:
        """Route one ticket."""
        text = prepare_ticket(
            ticket.subject, ticket.description, ticket.comments, ticket.tags, ticket.org_tags
        )
        proba = self.pipeline.predict_proba([text])[0]
        order = np.argsort(-proba)
        best = self.classes[int(order[0])]
        confidence = float(proba[order[0]])
        hits = self.rules.analyse(text) if self.rules is not None else RuleHits()
        route_key = self._main_route(best, hits)
        alternatives = [
            {
                "key": self.classes[int(i)],
                "name": self.handbook.teams[self.classes[int(i)]].name,
                "confidence": round(float(proba[i]), 4),
            }
            for i in order[:3]
        ]
        priority = suggest_priority(
            self.handbook,
            ticket.raw_text(),
            zendesk_priority=ticket.priority,
            tags=[*ticket.tags, *ticket.org_tags],
        )
        missing = missing_details(
            self.handbook,
            ticket.raw_text(),
            tags=[*ticket.tags, *ticket.org_tags],
            attachments=ticket.attachments,
            zendesk_priority=ticket.priority,
            routes=hits.route_scores.keys(),
        )
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
            },
            missing_details=[{"key": m.key, "label": m.label, "ask": m.ask} for m in missing],
            evidence=self._evidence(text, hits, [str(a["key"]) for a in alternatives]),
            model_version=self.version,
            deployment=hits.deployment,
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

    def _evidence(self, text: str, hits: RuleHits, teams: list[str]) -> list[dict[str, Any]]:
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
            terms = self.explainer.top_terms(text, team) if rank == 0 else []
            out.append(
                {"team": team, "rules": rules, "alerts": sorted(set(alerts)), "terms": terms}
            )
        return out
