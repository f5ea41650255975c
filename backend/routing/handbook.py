"""Load and validate model/routing.yaml: the handbook's routing table as data."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

# The team keys and priority labels, once: the API's validation types and the routing file's
# checks both come from here.
TeamKey = Literal[
    "release",
    "cloud",
    "cody",
    "source",
    "graph",
    "search-platform",
    "code-search",
    "docs",
    "sales-ce",
    "data-analytics",
]
PriorityLabel = Literal["se/p0", "se/p1", "se/p2", "se/p3"]
TEAM_KEYS: tuple[str, ...] = get_args(TeamKey)
PRIORITY_LABELS: tuple[str, ...] = get_args(PriorityLabel)


class HandbookError(ValueError):
    """routing.yaml is malformed; the message names the line and field at fault."""


class UnknownRouteError(KeyError):
    """A route key that routing.yaml does not define."""

    def __str__(self) -> str:
        # KeyError's own str() shows the repr of its argument; say it plainly instead.
        return str(self.args[0]) if self.args else "unknown route"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Team(_Strict):
    """An engineering (or business) team that takes requests for help."""

    name: str
    owns: str
    channel: str | None
    handle: str | None
    handle_hint: str | None = None
    label: str = Field(pattern=r"^team/[a-z0-9-]+$")
    tracker: Literal["customer", "public"] = "customer"
    only_via_routes: list[str] = []  # suggested only when one of these routes fired (or none did)
    mention_account_contacts: bool = False  # hand-offs @-mention the account's sales rep and CE


class Route(_Strict):
    """One handbook section: its keywords and the team (and hand-off) it routes to."""

    key: str
    section: str
    team: str
    managed_team: str | None = None
    channel: str | None = None
    handle: str | None = None
    keywords: list[str] = Field(min_length=1)
    strong: list[str] = []
    asks: list[str] | None = None  # the checklist items this route asks (None: the general ones)


class Disambiguation(_Strict):
    """Context that resolves an ambiguous keyword toward one route."""

    name: str
    note: str
    if_any: list[str] = Field(min_length=1)
    and_any: list[str] = Field(min_length=1)
    route: str
    weight: float = 2.0


class Alerts(_Strict):
    """Where the alert-owner table lives and how its team names map to team keys."""

    file: str
    weight: float = 3.0
    owners: dict[str, str]


class Deployment(_Strict):
    """Tags and phrases that tell a self-hosted instance from a managed one, and their owners."""

    self_hosted_team: str
    managed_team: str
    alert_owner: str  # the alert table's owner value meaning "self-hosted or managed team"
    self_hosted_tags: list[str]
    managed_tags: list[str]
    self_hosted_phrases: list[str]
    managed_phrases: list[str]


class Confidence(_Strict):
    """How much text a suggestion needs before its confidence can be shown as such."""

    min_informative_words: int = Field(ge=1)
    generic_words: list[str]


class DeploymentTopics(_Strict):
    """Topics whose owner depends on the deployment (Release self-hosted, Cloud managed)."""

    routes: list[str]
    phrases: list[str]


class Priority(_Strict):
    """An se/pN label: SLA severity N and the phrases that signal it."""

    label: str
    severity: int = Field(ge=0, le=3)
    name: str
    meaning: str
    phrases: list[str]
    timeline: str  # the Slack hand-off's default timeline (handbook Step 5)
    follow_up: str  # when the draft reply says the agent comes back; never a promise of a fix


class Priorities(BaseModel):
    """The priority ladder (a list) plus its default."""

    model_config = ConfigDict(frozen=True)
    levels: list[Priority]
    default: str


class PriorityRules(_Strict):
    """Rule features of severity beyond the ladder's phrases: scope, outage, data loss, hints."""

    outage: list[str]  # the service itself is unavailable
    scope_all: list[str]  # everyone is affected
    scope_some: list[str]  # one user, some repos
    data_loss: list[str]
    workaround: list[str]
    question: list[str]  # questions and how-tos
    feature_request: list[str]
    not_urgent: list[str]
    vague_floor: str  # no outage word and no scope: at most this urgent


class PriorityContext(_Strict):
    """Context that raises a priority: sales process, renewal risk, deadlines, Zendesk priority."""

    sales_tags: list[str]
    sales_phrases: list[str]
    renewal_risk_phrases: list[str]
    deadline_phrases: list[str]
    zendesk_priority: dict[str, str | None]


class ChecklistItem(_Strict):
    """A detail from handbook Step 1/Step 4 and how to see that a ticket already has it."""

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    ask: str
    customer_ask: str | None = None  # the same ask, to the customer in the second person
    present_if: list[str]
    present_if_tags: list[str] = []
    present_if_attachments: bool = False
    present_if_priority: list[str] = []
    only_for_routes: list[str] = []
    only_if: list[str] = []


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
        try:
            return self._routes_by_key[key]
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
