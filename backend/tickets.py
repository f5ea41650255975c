"""The support ticket as every part of the service reads it (routing, escalation, learning).

One type, whatever the source: the sidebar's inline JSON (api.schemas.TicketIn.to_ticket), the
Zendesk API (integrations.zendesk), a corpus row or an import. It lives outside every package
so that routing can read it without importing the API, the escalation flow or the clients.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

RAW_SCAN_CHARS = 200_000
# Mail clients' reply and forward prefixes, in the languages customers write in, however many
# a thread stacked ("Re: RE: Fwd: ..."), with a counter ("Re[2]:") or a full-width colon.
_REPLY_PREFIXES = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|sv|antw|tr|rv|odp|vl|ynt|ilt|回复|答复|转发|轉寄)"
    r"(?:\s*\[\d{1,3}\])?\s*[:：])+\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Comment:
    """One comment after the description; more per-comment facts can join body and public."""

    body: str
    public: bool = True  # False: an internal note agents wrote (Zendesk's "public" flag)
    author: str | None = None  # the author's name
    author_email: str | None = None
    author_role: str | None = None  # Zendesk's role of the author: end-user, agent or admin
    id: int | None = None  # Zendesk's comment id, when read from Zendesk


@dataclass(frozen=True)
class Person:
    """A user on the ticket (requester, submitter, assignee, CC, follower, commenter)."""

    name: str | None
    email: str | None
    role: str | None = None  # end-user, agent or admin: only end-users' domains are the customer's


@dataclass
class Ticket:
    """A support ticket: its text, labels, organization and requester, and where agents see it."""

    subject: str = ""
    description: str = ""
    comments: Sequence[Comment] = ()  # after the first comment (the description), oldest first
    tags: Sequence[str] = ()
    org_tags: Sequence[str] = ()
    organization: str | None = None  # the organization's name
    org_fields: Mapping[str, object] = field(default_factory=dict)  # its organization_fields
    priority: str | None = None  # Zendesk's own priority (low, normal, high, urgent)
    attachments: Sequence[str] = ()  # file names, from every comment
    id: int | None = None
    requester_name: str | None = None
    requester_email: str | None = None
    custom_fields: Mapping[int, object] = field(default_factory=dict)
    url: str = ""  # the ticket's page in the agent workspace, when known
    description_public: bool = True  # False when the first comment is an internal note
    people: Sequence[Person] = ()  # every user Zendesk knows on the ticket
    org_domains: Sequence[str] = ()  # the organization's domain names

    @property
    def topic(self) -> str:
        """The subject as a title: without the reply and forward prefixes a thread stacked."""
        return _REPLY_PREFIXES.sub("", self.subject, count=1) or self.subject

    def comment_bodies(self) -> list[str]:
        """The comments' text, oldest first."""
        return [c.body for c in self.comments]

    def public_comments(self) -> list[str]:
        """Bodies of the comments the customer can see."""
        return [c.body for c in self.comments if c.public]

    def private_notes(self) -> list[str]:
        """Bodies of the internal notes, the description too when it is one."""
        notes = [] if self.description_public else [self.description]
        return notes + [c.body for c in self.comments if not c.public]

    def raw_text(self) -> str:
        """Subject, description and comments as written (capped), for detail detection."""
        text = "\n".join([self.subject, self.description, *self.comment_bodies()])
        return text[:RAW_SCAN_CHARS]


def agent_url(subdomain: str | None, ticket_id: int | None) -> str:
    """The ticket's page in the Zendesk agent workspace ('' without a subdomain or an id)."""
    if not subdomain or ticket_id is None:
        return ""
    return f"https://{subdomain}.zendesk.com/agent/tickets/{ticket_id}"
