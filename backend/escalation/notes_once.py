"""A private note written once, even when Zendesk's answer to the first try was lost."""

from __future__ import annotations

from datetime import timedelta

from backend.escalation import receipts
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics

# A timeout, a broken connection or a gateway's 5xx: Zendesk may have written the note anyway.
_MAYBE_WRITTEN = frozenset({"timeout", "unavailable"})
# Zendesk's clock against ours, and its whole-second timestamps: a note the unsure try wrote
# is never older than the try's start by more than this. (So an identical note of an event less
# than two seconds earlier, a close, reopen and close again within two seconds, is mistaken for
# it: the second close is then not noted.)
_SKEW = timedelta(seconds=2)


def add_note_once(zendesk: ZendeskTickets, ticket_id: int, note: str, *, unsure: str,
                  key: str, line: str | None) -> None:
    """Add the note; after a try whose answer was lost, only if that try did not write it.

    Each try is first recorded as an ``unsure`` receipt under ``key`` (a redelivery comes with
    the same key) and given back once Zendesk answers. A receipt still there means an earlier
    try's answer was lost: this try looks for ``line``, a whole line of the note, among the
    private notes written since that try began (an older note with the same line is another
    event's, such as the close before a reopen). Raises ZendeskError when nothing was added.
    """
    if line:
        since = receipts.taken_at(unsure, key)
        if since is None:
            receipts.take(unsure, key)
        else:
            with metrics.external_call("zendesk", "find_note"):
                found = zendesk.has_private_note(ticket_id, line, since=since - _SKEW)
            if found:
                receipts.give_back(unsure, key)
                return
    try:
        with metrics.external_call("zendesk", "add_note"):
            zendesk.add_note(ticket_id, note)
    except ZendeskError as exc:
        if line and exc.code not in _MAYBE_WRITTEN:  # refused: nothing was written
            receipts.give_back(unsure, key)
        raise
    if line:
        receipts.give_back(unsure, key)
