"""How a solved ticket ended, read from Zendesk, kept for "Seen before" and told to its issues.

The resolution is the ticket's latest public comment written by an agent (or admin): what the
customer was finally told. A link in it to the documentation is the docs update it points to.
For a public issue the text is redacted exactly like a public defect (the ticket's private
values removed, then the leak check); if a private value still survives, the comment says the
ticket was solved and links it, without quoting the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

import re2
from sqlalchemy.orm import Session

from backend.escalation.leak_check import PrivateDataLeak, check
from backend.escalation.markdown import quote
from backend.escalation.private_values import collect
from backend.escalation.public_body import own_words, visible
from backend.escalation.redact import scrub_secrets
from backend.models import TicketResolution, utcnow
from backend.tickets import Comment, Ticket

AGENT_ROLES = frozenset({"agent", "admin"})
STORED_CHARS = 2000  # what "Seen before" shows of an answer
QUOTED_CHARS = 4000  # what a resolution comment quotes
# A documentation link: a docs.* host, or a /docs or /help path on any host.
DOCS_LINK = re2.compile(
    r"https?://(?:docs\.[A-Za-z0-9.-]+|[A-Za-z0-9.-]+/(?:docs|help)(?:[/#?][^\s<>()\[\]]*)?)"
    r"[^\s<>()\[\]]*")


@dataclass(frozen=True)
class Answer:
    """The agent's last public comment on a solved ticket (None fields: there was none)."""

    comment_id: int | None
    text: str
    docs_url: str | None


def latest_answer(ticket: Ticket) -> Answer:
    """The latest public comment by an agent, and the docs link it gives."""
    found: Comment | None = None
    for comment in ticket.comments:
        if comment.public and (comment.author_role or "") in AGENT_ROLES:
            found = comment
    if found is None:
        return Answer(None, "", None)
    link = DOCS_LINK.search(found.body)
    return Answer(found.id, found.body.strip(), link.group(0).rstrip(".,;:") if link else None)


def record(session: Session, ticket_id: int, status: str, answer: Answer) -> None:
    """Keep how the ticket ended (the newest solve replaces an earlier one)."""
    row = session.get(TicketResolution, ticket_id)
    if row is None:
        row = TicketResolution(ticket_id=ticket_id)
        session.add(row)
    row.status = status
    row.comment_id = answer.comment_id
    row.text = scrub_secrets(answer.text)[:STORED_CHARS]
    row.docs_url = answer.docs_url[:500] if answer.docs_url else None
    row.solved_at = utcnow()


def marker(escalation_id: int, comment_key: int) -> str:
    """The hidden marker of one resolution comment, to find it after a lost answer."""
    return f"<!-- rfh-copilot:resolution:{escalation_id}:{comment_key} -->"


def comment_body(ticket: Ticket, answer: Answer, *, public: bool, escalation_id: int,
                 ticket_url: str) -> str:
    """The resolution comment for one linked issue (redacted and checked when it is public)."""
    # A public issue never names the ticket: its number and link are the support desk's, and
    # the public defect itself never carries them (templates/defect.md).
    head = ("**Resolution** — the support ticket behind this issue was solved." if public else
            f"**Resolution** — Zendesk ticket #{ticket.id} was solved: {ticket_url}")
    tail = "\n\n" + marker(escalation_id, answer.comment_id or 0) + "\n"
    if not answer.text:
        return head + "\n\n_No public reply from an agent was found on the ticket._" + tail
    if not public:
        return head + "\n\nWhat the customer was told:\n\n" + quote(
            scrub_secrets(answer.text), QUOTED_CHARS) + tail
    private = collect(ticket)
    redactor = private.redactor()
    # The agent's reply without the customer's quoted mail and the signatures (public_body).
    said = own_words(answer.text[:QUOTED_CHARS])
    redactor.learn([visible(ticket.subject), said])
    text = redactor.redact(said)
    try:
        check([text], private, redactor.removed_values())
    except PrivateDataLeak:
        return (head + "\n\n_The answer is not quoted here: it holds details of the customer "
                "that must not appear in a public issue. Read it on the ticket._" + tail)
    return head + "\n\nWhat the customer was told (redacted):\n\n" + quote(
        text, QUOTED_CHARS) + tail
