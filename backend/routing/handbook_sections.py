"""The sections of model/routing.yaml as pydantic models, and the team keys and priority labels."""

from __future__ import annotations

from functools import cached_property
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

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
    # False for the handbook's "teams outside of engineering": their RFHs are help, but not
    # engineering's, and the 10% goal counts engineering's only.
    engineering: bool = True


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
    # A security exposure under way: se/p0 whatever its scope (none in an older handbook).
    security: list[str] = []
    # Nobody can get into the product: se/p0 (none in an older handbook).
    lockout_everyone: list[str] = []
    workaround: list[str]
    question: list[str]  # questions and how-tos
    feature_request: list[str]
    not_urgent: list[str]
    vague_floor: str  # no outage word and no scope: at most this urgent
    # Words that deny a floor's phrase just before it ("no data loss"; none in an older handbook).
    negations: list[str] = []

    @cached_property
    def negation_set(self) -> frozenset[str]:
        """The negation words, lower-cased, for look-ups."""
        return frozenset(word.lower() for word in self.negations)


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
