"""Step 5 of the handbook: the Slack hand-off text, and the draft reply to the customer."""

from __future__ import annotations

from dataclasses import dataclass

from backend.escalation.composer import Templates
from backend.escalation.markdown import one_line, slack_safe
from backend.routing.handbook import Handbook

# Step 5: "the context around timeline (for example: it's okay to look at this tomorrow...)"
DEFAULT_TIMELINE = {
    "se/p0": "urgent: the customer is blocked, please look as soon as you can",
    "se/p1": "today if possible: it is hurting the customer badly",
    "se/p2": "it's okay to look at this tomorrow or later in the week",
    "se/p3": "no rush: any time in the next week or so is fine",
}
# When the agent promises to come back; never a commitment on a fix.
FOLLOW_UP = {
    "se/p0": "within the next couple of hours",
    "se/p1": "later today",
    "se/p2": "within the next business day",
    "se/p3": "in the next few days",
}
# The checklist's details, asked of the customer in the second person.
CUSTOMER_ASKS = {
    "version": "Which Sourcegraph version you are running",
    "deployment": "How Sourcegraph is deployed (Kubernetes/Helm, Docker Compose, or a managed "
                  "instance)",
    "repro_steps": "The exact steps that reproduce it",
    "logs": "Logs, screenshots or a HAR file from when it happens",
    "recent_changes": "Whether anything changed recently in your environment",
    "affected_users": "Which users are affected, and whether some users are not",
    "extension_version": "The name and version of the extension or plugin",
}
PREVIEW_LINK = "(the issue link appears here once it is filed)"


@dataclass(frozen=True)
class Handoff:
    """What to post, where, and to whom."""

    channel: str
    handle: str | None
    text: str
    hint: str


def slack_handoff(
    templates: Templates,
    handbook: Handbook,
    *,
    team: str,
    route: str | None,
    priority: str,
    summary: str,
    customer: str | None,
    issue_url: str | None,
    timeline: str | None,
) -> Handoff:
    """The hand-off addressed to the team's handle in its channel (or the channel alone)."""
    channel = handbook.channel_for(team, route if _route_leads_to(handbook, route, team) else None)
    handle = handbook.handle_for(team, route if _route_leads_to(handbook, route, team) else None)
    info = handbook.teams[team]
    if handle:
        hint = f"Post this in {channel}; it @-mentions {handle}."
    elif info.handle_hint:
        hint = f"Post this in {channel} and {info.handle_hint}."
    else:
        hint = (f"{info.name} has no Slack handle to @-mention: post this in {channel} and "
                "summarise the question there.")
    text = templates.render(
        "slack.md",
        handle=handle,
        channel=channel,
        customer=slack_safe(one_line(customer or "customer", 100)),
        summary=slack_safe(one_line(summary, 200)),
        issue_url=issue_url or PREVIEW_LINK,
        timeline=slack_safe(one_line(timeline, 300)) if timeline else DEFAULT_TIMELINE[priority],
        priority=priority,
        team_name=info.name,
    ).strip()
    return Handoff(channel=channel, handle=handle, text=text, hint=hint)


def customer_reply(
    templates: Templates, *, requester_name: str | None, subject: str, priority: str,
    missing: list[str],
) -> str:
    """A draft reply that sets expectations the way Step 1 asks (teammates, not 'engineering')."""
    first = (requester_name or "").strip().split(" ")[0] or None
    return templates.render(
        "customer_reply.md",
        requester_first_name=first,
        subject=one_line(subject, 150),
        follow_up=FOLLOW_UP[priority],
        asks=[CUSTOMER_ASKS[key] for key in missing if key in CUSTOMER_ASKS][:4],
    ).strip() + "\n"


def _route_leads_to(handbook: Handbook, route: str | None, team: str) -> bool:
    if route is None:
        return False
    try:
        r = handbook.route(route)
    except StopIteration:
        return False
    return team in (r.team, r.managed_team)
