"""The worker's share of Slack: post what a rate limit held back, then tell the ticket."""

from __future__ import annotations

import logging

from backend.escalation import slack_post, store
from backend.escalation.notes import posted_note
from backend.integrations.extension import Integrations
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics
from backend.models import Escalation
from backend.settings import Settings

log = logging.getLogger(__name__)


def note_late_post(zendesk: ZendeskTickets | None, row: Escalation) -> bool:
    """Tell the ticket where a late Slack post landed (a private note), or owe the note.

    A note Zendesk refused for now (a rate limit, an outage, no answer) is marked due on the
    row, and the worker's next round adds it: the permalink is on the escalation meanwhile. A
    refusal that will not pass (the ticket deleted, the token refused) is logged and dropped.
    True when the note is on the ticket.
    """
    error = _add_note(zendesk, row) if zendesk is not None else None
    if zendesk is None or (error is not None and error.transient):
        if zendesk is not None and not row.slack_note_due:
            store.save(row.id, slack_note_due=True)
        return False
    if row.slack_note_due:
        store.save(row.id, slack_note_due=False)
    return error is None


def _add_note(zendesk: ZendeskTickets, row: Escalation) -> ZendeskError | None:
    """Add the late post's note unless an earlier try, whose answer was lost, already did."""
    try:
        # A due note may have been added by a try whose answer never came: look before adding.
        if row.slack_note_due and row.slack_permalink:
            with metrics.external_call("zendesk", "find_note"):
                if zendesk.has_private_note(row.ticket_id, row.slack_permalink):
                    return None
        with metrics.external_call("zendesk", "add_note"):
            zendesk.add_note(row.ticket_id, posted_note(channel=row.slack_channel or "",
                                                        permalink=row.slack_permalink))
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
    return slack_post.sweep(slack, lease=lease, after=lambda row: note_late_post(zendesk, row))


def add_owed_notes(zendesk: ZendeskTickets, *, lease: float, limit: int = 20) -> int:
    """Add the late posts' notes Zendesk refused before; how many were added this round."""
    added = 0
    for row in store.each_free(Escalation.slack_note_due.is_(True), lease, limit):
        if not row.slack_note_due:
            continue
        if note_late_post(zendesk, row):
            added += 1
        elif store.load(row.id).slack_note_due:  # still refused for now: a rate limit or an
            break  # outage holds for the rest too, and the oldest goes first next round
    return added
