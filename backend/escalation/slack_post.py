"""Post a row's Slack message at most once: 'posting' is recorded before the call, the ts after.

States of ``slack_state``: None (Slack not configured: the agent copies the text) -> awaiting
(an RFH's hand-off composed before its issue is filed) -> pending (text and channel recorded)
-> posting (the call is under way) -> posted (Slack's ts and the permalink kept). failed: Slack
refused (no such channel, bot not invited, bad token): nothing was posted, a retry may post.
unconfirmed: no answer came (timeout, broken connection, or a process that died mid-call), so
Slack may hold the message: it is never posted again automatically and the agent is told to look
in the channel. A 429 past the request's budget stays pending and the worker posts it later
(``sweep``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import closing

from sqlalchemy import and_, or_

from backend.escalation import store
from backend.escalation.handoff_text import PREVIEW_LINK
from backend.integrations.slack import SlackError, SlackPoster
from backend.metrics import metrics
from backend.models import Escalation

log = logging.getLogger(__name__)

# The hand-off is composed (with a stand-in for the link) before the issue exists, and waits.
AWAITING = "awaiting"
UNCONFIRMED = ("Slack did not confirm the post in {channel}: it may be there already. Look in "
               "the channel before posting it by hand.")
LATER = "{message} The worker posts it in {channel} shortly; the ticket gets a note with the link."


def prepare(row: Escalation, channel: str, text: str, *,
            awaiting: str | None = None) -> Escalation:
    """Record what to post where (once: a row that has a Slack state keeps its text).

    ``awaiting``: the stand-in the text holds for the issue link; the row waits (AWAITING) until
    ``with_issue`` puts the filed issue's link there. Composed before GitHub is called, the
    hand-off survives a failed create, and a retry that has no ticket to read still posts it.
    """
    if row.slack_state is not None:
        return row
    if awaiting is not None:
        return store.save(row.id, slack_state=AWAITING, slack_channel=channel,
                          slack_text=text, slack_error=None)
    return store.save(row.id, slack_state="pending", slack_channel=channel, slack_text=text)


def with_issue(row: Escalation, stand_in: str) -> Escalation:
    """A row AWAITING its issue: the issue's link in place of ``stand_in``, ready to post."""
    if row.slack_state != AWAITING or not row.issue_url:
        return row
    text = (row.slack_text or "").replace(stand_in, row.issue_url)
    if row.issue_url not in text:  # the template lost the stand-in: never post without a link
        text = f"{text}\n{row.issue_url}"
    return store.save(row.id, slack_state="pending", slack_text=text)


def post(slack: SlackPoster, row: Escalation) -> Escalation:
    """As the row's lease holder: post a pending (or refused) message; the row as left."""
    if row.slack_state == "posting":  # the holder before us died mid-call: Slack may have it
        return store.save(row.id, slack_state="unconfirmed",
                          slack_error=UNCONFIRMED.format(channel=row.slack_channel))
    if row.slack_state not in ("pending", "failed"):
        return row
    channel, text = row.slack_channel or "", row.slack_text or ""
    store.save(row.id, slack_state="posting")
    try:
        with metrics.external_call("slack", "post_message"):
            posted = slack.post(channel, text)
    except SlackError as exc:
        return store.save(row.id, **_refused(exc, channel))
    row = store.save(row.id, slack_state="posted", slack_channel_id=posted.channel_id,
                     slack_ts=posted.ts, slack_error=None)
    log.info("slack post escalation=%s ticket=%s kind=%s channel=%s", row.id, row.ticket_id,
             row.kind, posted.channel_id)
    try:
        with metrics.external_call("slack", "get_permalink"):
            link = slack.permalink(posted.channel_id, posted.ts)
    except SlackError as exc:  # posted all the same: the link is a convenience
        log.warning("slack permalink escalation=%s failed: %s", row.id, exc.code)
        return row
    return store.save(row.id, slack_permalink=link)


def _refused(exc: SlackError, channel: str) -> dict[str, object]:
    """The row's values after a failed post, by what the failure says about Slack's state."""
    log.warning("slack post to %s failed: %s", channel, exc.code)
    if exc.outcome_unknown:
        return {"slack_state": "unconfirmed", "slack_error": UNCONFIRMED.format(channel=channel)}
    if exc.transient:
        return {"slack_state": "pending",
                "slack_error": LATER.format(message=exc.message, channel=channel)}
    return {"slack_state": "failed", "slack_error": exc.message}


def retry_refused(slack: SlackPoster, row: Escalation, *, lease: float,
                  after: Callable[[Escalation], object] | None = None) -> Escalation:
    """A finished row whose post Slack refused: post it now (the bot may be invited by now)."""
    if row.slack_state != "failed" or not store.take_any(row.id, lease):
        return row
    try:
        row = post(slack, store.load(row.id))
        if row.slack_state == "posted" and after is not None:
            after(row)
    finally:
        row = store.release(row.id)
    return row


def sweep(slack: SlackPoster, *, lease: float,
          after: Callable[[Escalation], object] | None = None, limit: int = 20) -> int:
    """Post the messages left pending (rate limits), stuck mid-call, or awaiting a filed issue.

    ``after`` runs for each row this sweep posted (the worker adds the ticket's note there).
    """
    # An RFH whose issue was filed by a process without Slack (a CLI, say) still awaits its post.
    due = or_(Escalation.slack_state.in_(("pending", "posting")),
              and_(Escalation.slack_state == AWAITING, Escalation.issue_url.is_not(None)))
    posted = 0
    rows = store.each_free(due, lease, limit)
    with closing(rows):  # the lease of the row in hand is released however the loop ends
        for row in rows:
            row = post(slack, with_issue(row, PREVIEW_LINK))
            if row.slack_state == "posted":
                posted += 1
                if after is not None:
                    after(row)
    return posted
