"""The worker's share of Slack: post what a rate limit held back, then tell the ticket."""

from __future__ import annotations

import logging

from backend.escalation import slack_post
from backend.escalation.notes import posted_note
from backend.integrations.extension import Integrations
from backend.integrations.zendesk import ZendeskError
from backend.models import Escalation
from backend.settings import Settings

log = logging.getLogger(__name__)


def post_pending(settings: Settings) -> int:
    """Post every pending Slack message once; how many were posted (0 without a bot token)."""
    clients = Integrations(settings)
    slack = clients.slack()
    if slack is None:
        return 0
    zendesk = clients.zendesk()

    def note(row: Escalation) -> None:
        if zendesk is None:
            return
        try:
            zendesk.add_note(row.ticket_id, posted_note(channel=row.slack_channel or "",
                                                        permalink=row.slack_permalink))
        except ZendeskError as exc:  # the permalink stays on the escalation and in the sidebar
            log.warning("note for the late Slack post of ticket %s failed: %s",
                        row.ticket_id, exc.code)

    lease = 3 * settings.outbound_timeout_seconds + settings.outbound_max_wait_seconds
    return slack_post.sweep(slack, lease=lease, after=note)
