"""The last step of filing: the issue's note, tag and team field on the ticket, exactly once."""

from __future__ import annotations

import re

from backend.escalation.handoff_text import Handoff
from backend.escalation.notes import link_note
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics
from backend.models import Escalation
from backend.routing.handbook import Handbook
from backend.settings import Settings


def issue_tag(kind: str, repo: str, number: int, settings: Settings) -> str:
    """The ticket tag that finds every ticket linked to an issue (rfh_<n> for the RFH repo)."""
    if repo.lower() == settings.rfh_repo.lower():
        return f"rfh_{number}"
    if repo.lower() == settings.public_repo.lower():
        return f"defect_{number}"
    return "issue_" + re.sub(r"[^a-z0-9]+", "_", repo.lower()) + f"_{number}"


def link_ticket(zendesk: ZendeskTickets | None, settings: Settings, handbook: Handbook,
                row: Escalation, handoff: Handoff | None) -> str | None:
    """Note, tag and team field on the ticket; the error text for the agent when that failed.

    After a failed attempt (the row's last error) the ticket is read first: an update whose
    answer never came may have been applied, and a second note would repeat the first.
    """
    if zendesk is None:
        return ("Zendesk is not configured on this service: add the issue link, the tag and "
                "the Engineering Team field to the ticket by hand.")
    note = link_note(handbook, kind=row.kind, url=row.issue_url or "", repo=row.repo,
                     number=row.issue_number, team=row.team, priority=row.priority,
                     channel=handoff.channel if handoff else None,
                     handle=handoff.handle if handoff else None, permalink=row.slack_permalink)
    tag = issue_tag(row.kind, row.repo, int(row.issue_number or 0), settings)
    try:
        if row.last_error and row.issue_url:
            with metrics.external_call("zendesk", "find_note"):
                if zendesk.has_private_note(row.ticket_id, note.splitlines()[0]):
                    return None  # the note and the field went in one update: it is linked
        with metrics.external_call("zendesk", "link_issue"):
            zendesk.link_issue(row.ticket_id, note=note, tags=[tag],
                               field_id=settings.zendesk_team_field_id, field_value=row.team)
    except ZendeskError as exc:
        return (f"The issue exists but the ticket was not updated: {exc.message}. Retry "
                "(the same call or `rfh escalations retry`) to finish the link.")
    return None
