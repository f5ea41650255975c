"""A private note written once, even when Zendesk's answer to the first try was lost."""

from __future__ import annotations

from backend.escalation import receipts
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics

# A timeout, a broken connection or a gateway's 5xx: Zendesk may have written the note anyway.
_MAYBE_WRITTEN = frozenset({"timeout", "unavailable"})


def add_note_once(zendesk: ZendeskTickets, ticket_id: int, note: str, *, unsure: str,
                  key: str, line: str | None) -> None:
    """Add the note; after a try whose answer was lost, only if the ticket does not have it.

    Such a try is remembered as an ``unsure`` receipt under ``key`` (a redelivery comes with the
    same key), and the retry first looks for ``line``, a whole line only this note has. Raises
    ZendeskError when the note could not be added.
    """
    if line and receipts.held(unsure, key):
        with metrics.external_call("zendesk", "find_note"):
            found = zendesk.has_private_note(ticket_id, line)
        if found:
            receipts.give_back(unsure, key)
            return
    try:
        with metrics.external_call("zendesk", "add_note"):
            zendesk.add_note(ticket_id, note)
    except ZendeskError as exc:
        if line and exc.code in _MAYBE_WRITTEN:
            receipts.take(unsure, key)
        raise
    receipts.give_back(unsure, key)
