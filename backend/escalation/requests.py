"""What the sidebar asked the escalation flow for, and what the flow read to answer it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from backend.routing.router import Suggestion
from backend.tickets import Ticket


@dataclass
class EscalationRequest:
    """What the sidebar asked for."""

    ticket_id: int
    ticket: Ticket | None = None  # inline, used when Zendesk is not configured
    team: str | None = None
    priority: str | None = None
    kind: str = "rfh"
    note: str | None = None
    timeline: str | None = None
    link_issue: str | None = None
    suggestion_id: int | None = None
    agent: str | None = None
    title: str | None = None  # the agent's edit of a defect's public draft
    body: str | None = None


@dataclass
class Context:
    """The ticket as read, the router's suggestion, and the team and priority chosen."""

    ticket: Ticket
    suggestion: Suggestion
    team: str
    priority: str
    route: str | None
    warnings: list[str] = field(default_factory=list)
    public: bool = False  # a defect: the Slack text must hold nothing private either
    timeline: str | None = None  # the agent's timeline for the hand-off, when given

    def as_filed(self, team: str, priority: str) -> Context:
        """This context with the team and priority a recorded row holds (its route if same team).

        A retry may ask for another team than the first attempt recorded; the issue, the ticket
        and the hand-off all follow the row, so none of them disagree.
        """
        return replace(self, team=team, priority=priority,
                       route=self.route if team == self.team else None)
