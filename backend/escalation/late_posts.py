"""The worker's share of Slack: post what a rate limit held back, then tell the ticket."""

from __future__ import annotations

import logging
from contextlib import closing

from backend.escalation import slack_post, store
from backend.escalation.notes import posted_note
from backend.integrations.extension import Integrations
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics
from backend.models import Escalation
from backend.settings import Settings

log = logging.getLogger(__name__)


# Refusals that say this ticket will never take the note (deleted, or the update is invalid):
# the note is dropped. Anything else (a rate limit, an outage, a rotated token) keeps it owed.
_NEVER = frozenset({"not_found", "invalid"})
# Refusals that hold for every ticket alike: the round stops rather than spend more calls.
_FOR_ALL = frozenset({"rate_limited", "unauthorized"})


def note_late_post(zendesk: ZendeskTickets | None, row: Escalation) -> ZendeskError | None:
    """Tell the ticket where a late Slack post landed (a private note), or owe the note.

    A note Zendesk refused for now (a rate limit, an outage, no answer, a refused token) is
    marked due on the row, and the worker's next round adds it: the permalink is on the
    escalation meanwhile. A refusal that will not pass (the ticket deleted) is logged and
    dropped. Returns Zendesk's refusal, None when the note is on the ticket (or no Zendesk).
    """
    if zendesk is None:
        return None
    error = _add_note(zendesk, row)
    due = error is not None and error.code not in _NEVER
    if due != bool(row.slack_note_due):
        store.save(row.id, slack_note_due=due)
    return error


def _add_note(zendesk: ZendeskTickets, row: Escalation) -> ZendeskError | None:
    """Add the late post's note unless an earlier try, whose answer was lost, already did."""
    note = posted_note(channel=row.slack_channel or "", permalink=row.slack_permalink)
    try:
        if row.slack_note_due:  # a try whose answer never came may have added it: look first
            with metrics.external_call("zendesk", "find_note"):
                if zendesk.has_private_note(row.ticket_id, note):
                    return None
        with metrics.external_call("zendesk", "add_note"):
            zendesk.add_note(row.ticket_id, note)
    except ZendeskError as exc:
        log.warning("note for the late Slack post of ticket %s failed: %s", row.ticket_id,
                    exc.code)
        return exc
    return None


def post_pending(settings: Settings) -> int:
    """Add the notes still owed, then post every pending Slack message once; how many posted."""
    clients = Integrations(settings)
    slack = clients.slack()
    if slack is None:
        return 0
    zendesk = clients.zendesk()
    lease = 3 * settings.outbound_timeout_seconds + settings.outbound_max_wait_seconds
    if zendesk is not None:  # first the notes earlier rounds owe, so a refusal waits a round
        add_owed_notes(zendesk, lease=lease)
    return slack_post.sweep(slack, lease=lease,
                            after=lambda row: note_late_post(zendesk, row))


def add_owed_notes(zendesk: ZendeskTickets, *, lease: float, limit: int = 20) -> int:
    """Add the late posts' notes Zendesk refused before; how many were added this round."""
    added = 0
    rows = store.each_free(Escalation.slack_note_due.is_(True), lease, limit)
    with closing(rows):  # the lease of the row in hand is released however the loop ends
        for row in rows:
            if not row.slack_note_due:
                continue
            error = note_late_post(zendesk, row)
            if error is None:
                added += 1
            elif error.code in _FOR_ALL:  # the next ticket would be refused the same way
                break
    return added
