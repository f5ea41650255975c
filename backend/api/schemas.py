"""Request/response models shared by several resources."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Re-exported for the resources' request models (defined once, with the routing data's checks).
from backend.routing.handbook_sections import PriorityLabel as PriorityLabel
from backend.routing.handbook_sections import TeamKey as TeamKey
from backend.tickets import Comment, Ticket

ShortText = Annotated[str, StringConstraints(max_length=1000)]
Tag = Annotated[str, StringConstraints(max_length=200)]
# Zendesk ticket ids are 64-bit (BIGINT columns); 2**53 keeps them exact in the sidebar's JS.
TicketId = Annotated[int, Field(ge=1, le=2**53)]
# Our own rows' ids are INTEGER columns: a larger id would overflow in PostgreSQL.
INT4_MAX = 2**31 - 1
RowId = Annotated[int, Field(ge=1, le=INT4_MAX)]


class Strict(BaseModel):
    """Unknown fields are refused, so a typo is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


class OrganizationIn(Strict):
    """The requester's organization as the sidebar sees it."""

    name: ShortText | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=200)


CommentBody = Annotated[str, StringConstraints(max_length=200_000)]


class CommentIn(Strict):
    """A comment with Zendesk's flags: ``public: false`` is an internal note."""

    body: CommentBody = ""
    public: bool = True
    author: ShortText | None = None


class TicketIn(Strict):
    """A ticket sent inline by the sidebar (or a test, or the demo)."""

    id: TicketId | None = None
    subject: Annotated[str, StringConstraints(max_length=10_000)] = ""
    description: Annotated[str, StringConstraints(max_length=1_200_000)] = ""
    # A string is a public comment (the old form); an object can say it is private.
    comments: list[CommentBody | CommentIn] = Field(default_factory=list, max_length=500)
    tags: list[Tag] = Field(default_factory=list, max_length=200)
    priority: Literal["low", "normal", "high", "urgent"] | None = None
    organization: OrganizationIn | None = None
    attachments: list[ShortText] = Field(default_factory=list, max_length=500)
    requester: ShortText | None = None
    requester_email: ShortText | None = None

    def to_ticket(self, ticket_id: int | None = None, url: str = "") -> Ticket:
        """The domain ticket; ``ticket_id`` fills in an id the JSON left out."""
        org = self.organization
        return Ticket(
            id=self.id if self.id is not None else ticket_id,
            subject=self.subject,
            description=self.description,
            comments=[Comment(body=c) if isinstance(c, str)
                      else Comment(body=c.body, public=c.public, author=c.author)
                      for c in self.comments],
            tags=list(self.tags),
            org_tags=list(org.tags) if org else [],
            organization=org.name if org else None,
            priority=self.priority,
            attachments=list(self.attachments),
            requester_name=self.requester,
            requester_email=self.requester_email,
            url=url,
        )
