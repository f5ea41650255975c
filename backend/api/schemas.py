"""Request/response models shared by several resources."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Re-exported for the resources' request models (defined once, with the routing data's checks).
from backend.routing.handbook import PriorityLabel as PriorityLabel
from backend.routing.handbook import TeamKey as TeamKey

ShortText = Annotated[str, StringConstraints(max_length=1000)]
Tag = Annotated[str, StringConstraints(max_length=200)]
TicketId = Annotated[int, Field(ge=1, le=2**53)]

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

    def comment_bodies(self) -> list[str]:
        """Every comment's text, oldest first (routing reads them all)."""
        return [c if isinstance(c, str) else c.body for c in self.comments]

    def comment_objects(self) -> list[CommentIn]:
        """Every comment with its flags (a plain string is a public one)."""
        return [CommentIn(body=c) if isinstance(c, str) else c for c in self.comments]
