"""Load and validate model/routing.yaml: the handbook's routing table as data."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import PrivateAttr, ValidationError, model_validator

from backend.routing.handbook_sections import (
    PRIORITY_LABELS,
    TEAM_KEYS,
    Alerts,
    ChecklistItem,
    Confidence,
    Deployment,
    DeploymentTopics,
    Disambiguation,
    Priorities,
    Priority,
    PriorityContext,
    PriorityRules,
    Route,
    Team,
    _Strict,
)


class HandbookError(ValueError):
    """routing.yaml is malformed; the message names the line and field at fault."""


class UnknownRouteError(KeyError):
    """A route key that routing.yaml does not define."""

    def __str__(self) -> str:
        # KeyError's own str() shows the repr of its argument; say it plainly instead.
        return str(self.args[0]) if self.args else "unknown route"


class Handbook(_Strict):
    """The whole routing file."""

    version: int
    handbook: str
    fallback_channel: str
    support_channel: str
    labels: dict[str, str]
    trackers: dict[str, dict[str, Any]]
    teams: dict[str, Team]
    deployment: Deployment
    routes: list[Route]
    disambiguation: list[Disambiguation]
    alerts: Alerts
    beta_phrases: list[str]
    confidence: Confidence
    deployment_topics: DeploymentTopics
    priorities: Priorities
    priority_rules: PriorityRules
    priority_context: PriorityContext
    checklist: list[ChecklistItem]
    # "service:alert_name" -> team key or the deployment alert owner; filled at load from the
    # alerts file.
    alert_owners: dict[str, str] = {}
    _routes_by_key: dict[str, Route] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Handbook:
        if tuple(sorted(self.teams)) != tuple(sorted(TEAM_KEYS)):
            missing = sorted(set(TEAM_KEYS) - set(self.teams))
            extra = sorted(set(self.teams) - set(TEAM_KEYS))
            raise ValueError(
                f"teams must be exactly {list(TEAM_KEYS)} (missing {missing}, extra {extra})"
            )
        route_keys = [r.key for r in self.routes]
        if len(set(route_keys)) != len(route_keys):
            raise ValueError("route keys must be unique")
        for route in self.routes:
            for team in (route.team, route.managed_team):
                if team is not None and team not in self.teams:
                    raise ValueError(f"route {route.key!r} names unknown team {team!r}")
        for rule in self.disambiguation:
            if rule.route not in route_keys:
                raise ValueError(f"disambiguation {rule.name!r} names unknown route {rule.route!r}")
        for team in (self.deployment.self_hosted_team, self.deployment.managed_team):
            if team not in self.teams:
                raise ValueError(f"deployment names unknown team {team!r}")
        for owner in self.alerts.owners.values():
            if owner != self.deployment.alert_owner and owner not in self.teams:
                raise ValueError(f"alert owner maps to unknown team {owner!r}")
        if [p.label for p in self.priorities.levels] != list(PRIORITY_LABELS):
            raise ValueError(f"priorities must be {list(PRIORITY_LABELS)} in order")
        for key, info in self.teams.items():
            for route_key in info.only_via_routes:
                if route_key not in route_keys:
                    raise ValueError(f"team {key!r} names unknown route {route_key!r}")
        for key in self.deployment_topics.routes:
            if key not in route_keys:
                raise ValueError(f"deployment_topics names unknown route {key!r}")
        checklist_keys = [c.key for c in self.checklist]
        if len(set(checklist_keys)) != len(checklist_keys):
            raise ValueError("checklist keys must be unique")
        for item in self.checklist:
            for key in item.only_for_routes:
                if key not in route_keys:
                    raise ValueError(f"checklist {item.key!r} names unknown route {key!r}")
        for route in self.routes:
            for key in route.asks or []:
                if key not in checklist_keys:
                    raise ValueError(f"route {route.key!r} asks unknown checklist item {key!r}")
        self._routes_by_key = {r.key: r for r in self.routes}
        return self

    def route(self, key: str) -> Route:
        """The route with this key; UnknownRouteError (a KeyError) names a key that is not one."""
        # Read from pydantic's store of private attributes: `self._routes_by_key` goes through
        # BaseModel.__getattr__ (~3 us), and the router asks for routes dozens of times a ticket.
        routes: dict[str, Route] = self.__pydantic_private__["_routes_by_key"]  # type: ignore[index]
        try:
            return routes[key]
        except KeyError:
            raise UnknownRouteError(
                f"no route {key!r} in routing.yaml (routes: {', '.join(self._routes_by_key)})"
            ) from None

    def priority(self, label: str) -> Priority:
        """The priority level with this label (se/p0..se/p3)."""
        for level in self.priorities.levels:
            if level.label == label:
                return level
        raise KeyError(f"unknown priority {label!r}")

    @property
    def extension_routes(self) -> frozenset[str]:
        """Routes about an extension or plugin: those the extension checklist item applies to."""
        return frozenset(
            key for c in self.checklist if c.key == "extension_version" for key in c.only_for_routes
        )

    def team_for_deployment(self, deployment: str) -> str:
        """The team owning deployment-dependent work: managed -> Cloud, otherwise Release."""
        if deployment == "managed":
            return self.deployment.managed_team
        return self.deployment.self_hosted_team

    def customer_asks(self) -> dict[str, str]:
        """Checklist key -> the ask worded for the customer (items that have one)."""
        return {c.key: c.customer_ask for c in self.checklist if c.customer_ask}

    def channel_for(self, team: str, route_key: str | None = None) -> str:
        """Where to post: the route's channel if it has one, the team's, or the fallback."""
        if route_key is not None:
            route = self.route(route_key)
            if route.channel and (route.team == team or route.managed_team == team):
                return route.channel
        return self.teams[team].channel or self.fallback_channel

    def handle_for(self, team: str, route_key: str | None = None) -> str | None:
        """Whom to @-mention: the route's handle if it has one, else the team's (may be None)."""
        if route_key is not None:
            route = self.route(route_key)
            if route.handle and (route.team == team or route.managed_team == team):
                return route.handle
        return self.teams[team].handle


def _mark_for(node: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Mark | None:
    """Walk the composed YAML tree along a pydantic error location to find its line."""
    mark = node.start_mark if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == str(part)), None)
            if found is None:
                break
            node = found
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
        else:
            break
        mark = node.start_mark
    return mark


def parse_handbook(
    text: str, source: str = "routing.yaml", base_dir: Path | None = None
) -> Handbook:
    """Parse and validate routing data; errors name the line and the field at fault."""
    try:
        raw = yaml.safe_load(text)
        tree = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise HandbookError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise HandbookError(f"{source}: the top level must be a mapping")
    if base_dir is not None and isinstance(raw.get("alerts"), dict):
        raw["alert_owners"] = load_alert_owners(
            base_dir / str(raw["alerts"].get("file", "")), raw["alerts"].get("owners", {})
        )
    try:
        return Handbook.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            mark = _mark_for(tree, loc)
            where = f"line {mark.line + 1}" if mark is not None else "?"
            field = ".".join(str(p) for p in loc) or "(top level)"
            problems.append(f"{source}:{where}: {field}: {err['msg']}")
        raise HandbookError("\n".join(problems)) from None


def load_alert_owners(path: Path, owners: dict[str, str]) -> dict[str, str]:
    """Read the alert table (alert_name, service, owner) and map owners to team keys."""
    if not path.is_file():
        raise HandbookError(f"alerts file not found: {path}")
    result: dict[str, str] = {}
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            owner = owners.get((row.get("owner_team_as_written") or "").strip())
            if owner is None:
                raise HandbookError(
                    f"{path.name}: unmapped owner {row.get('owner_team_as_written')!r}"
                )
            key = f"{row['service'].strip().lower()}:{row['alert_name'].strip().lower()}"
            result[key] = owner
    return result


@lru_cache(maxsize=8)
def load_handbook(path: str | Path) -> Handbook:
    """Load routing.yaml (cached per path)."""
    path = Path(path)
    return parse_handbook(path.read_text(encoding="utf-8"), path.name, path.parent)


def handbook_as_params(handbook: Handbook) -> dict[str, Any]:
    """The parts of the handbook the keyword-rule estimator needs, as plain data."""
    return {
        "teams": list(TEAM_KEYS),
        "routes": [r.model_dump() for r in handbook.routes],
        "disambiguation": [d.model_dump() for d in handbook.disambiguation],
        "alert_owners": dict(handbook.alert_owners),
        "alert_weight": handbook.alerts.weight,
        "deployment": handbook.deployment.model_dump(),
    }
