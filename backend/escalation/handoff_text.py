"""Step 5 of the handbook: the Slack hand-off text, and the draft reply to the customer."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from backend.escalation.markdown import one_line, slack_safe
from backend.escalation.templates import Templates
from backend.routing.handbook import Handbook

# Per-priority timeline and follow-up wording and the customer-facing asks are handbook data:
# routing.yaml (priorities.levels[].timeline / follow_up, checklist[].customer_ask).
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
    contacts: Sequence[str] = (),
) -> Handoff:
    """The hand-off addressed to the team's handle in its channel (or the channel alone).

    For a team that works through the account's people (Sales and CE), contacts (the sales rep
    and CE from the Zendesk organization) are @-mentioned; without them the text says to add them.
    """
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
        timeline=(slack_safe(one_line(timeline, 300)) if timeline
                  else handbook.priority(priority).timeline),
        priority=priority,
        team_name=info.name,
        contacts=[_mention(c) for c in contacts if c.strip()]
        if info.mention_account_contacts else [],
        add_contacts=info.mention_account_contacts and not any(c.strip() for c in contacts),
    ).strip()
    return Handoff(channel=channel, handle=handle, text=text, hint=hint)


def customer_reply(
    templates: Templates, handbook: Handbook, *, requester_name: str | None, subject: str,
    priority: str, missing: list[str],
) -> str:
    """A draft reply that sets expectations the way Step 1 asks (teammates, not 'engineering')."""
    first = (requester_name or "").strip().split(" ")[0] or None
    asks = handbook.customer_asks()
    return templates.render(
        "customer_reply.md",
        requester_first_name=first,
        subject=one_line(subject, 150),
        follow_up=handbook.priority(priority).follow_up,
        asks=[asks[key] for key in missing if key in asks][:4],
    ).strip() + "\n"


def account_contacts(fields: Mapping[str, Any], settings: Any) -> list[str]:
    """The account's sales rep and CE from the organization fields named in settings."""
    names = (settings.zendesk_sales_rep_field, settings.zendesk_ce_field)
    return [str(fields[name]).strip() for name in names if name and fields.get(name)]


def _mention(contact: str) -> str:
    """A Slack @-mention for a contact (an existing @handle is kept as it is)."""
    # Only handle characters survive: an organization field must not smuggle <!channel> in.
    contact = contact.strip()
    if contact.startswith("@"):  # a handle, perhaps followed by anything else: keep the handle
        contact = contact.split()[0]
    name = contact.lstrip("@").split("@")[0].replace(" ", ".")
    return "@" + re.sub(r"[^\w.-]", "", name)[:80]


def _route_leads_to(handbook: Handbook, route: str | None, team: str) -> bool:
    if route is None:
        return False
    try:
        r = handbook.route(route)
    except KeyError:  # UnknownRouteError
        return False
    return team in (r.team, r.managed_team)
