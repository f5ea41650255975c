"""Who is on a Zendesk ticket: its users and each comment's author, read for redaction.

A public defect must name none of them, so get_ticket reads every user Zendesk lists on the
ticket (submitter, assignee, CCs, followers, commenters) in show_many batches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backend.tickets import Comment, Person

SHOW_MANY_LIMIT = 100  # ids per users/show_many request


def users_on(z: Any, ticket: Any, comments: list[Any], requester: Any) -> dict[int, Any]:
    """Every user on the ticket and every comment author, by id (the requester already read)."""
    ids = {ticket.submitter_id, ticket.assignee_id, *(ticket.collaborator_ids or []),
           *(getattr(ticket, "follower_ids", None) or []),
           *(getattr(ticket, "email_cc_ids", None) or []),
           *(getattr(c, "author_id", None) for c in comments)}
    ids = {int(i) for i in ids if i} - {getattr(requester, "id", None)}
    found = {int(requester.id): requester} if requester is not None else {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), SHOW_MANY_LIMIT):
        found.update({int(u.id): u for u in z.users(ids=ordered[i:i + SHOW_MANY_LIMIT])
                      if u is not None})
    return found


def comment_of(comment: Any, users: Mapping[int, Any]) -> Comment:
    """A zenpy comment as the domain's Comment: body, public flag, id, its author's name, e-mail
    and role."""
    author_id = getattr(comment, "author_id", None)
    user = users.get(int(author_id)) if author_id else None
    cid = getattr(comment, "id", None)
    return Comment(body=comment.body or "", public=getattr(comment, "public", True) is not False,
                   author=getattr(user, "name", None), author_email=getattr(user, "email", None),
                   author_role=getattr(user, "role", None), id=int(cid) if cid else None)


def people_of(users: Mapping[int, Any]) -> list[Person]:
    """The users as Persons (name, e-mail, role)."""
    return [Person(u.name, u.email, getattr(u, "role", None)) for u in users.values()]
