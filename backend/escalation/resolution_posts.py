"""Resolution comments owed to linked issues: queued once per solve, posted once, retried later.

A solved ticket queues one row per linked issue and answer (unique on both), so a redelivered
webhook finds the rows already there. Each row is claimed by pushing its next attempt into the
future in a conditional UPDATE, so two workers (or a webhook and the worker) never post it at
the same time. A transient GitHub failure leaves the row pending with a growing wait, for the
worker; a refusal marks it failed. A POST whose answer was lost is looked for by its marker
before the next attempt. Nothing here ever closes an issue.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError

from backend.db import db
from backend.escalation.resolution import Answer, comment_body, marker
from backend.integrations.github_comments import IssueComments
from backend.integrations.github_errors import GitHubError
from backend.models import Escalation, ResolutionPost, utcnow
from backend.tickets import Ticket

log = logging.getLogger(__name__)
LINKED_STATES = ("created", "linked")
CLAIM_SECONDS = 120  # a claimed row is left alone this long (a crashed poster's row comes back)
MAX_BACKOFF_SECONDS = 3600
MAX_ATTEMPTS = 20


def linked_issues(ticket_id: int) -> list[Escalation]:
    """The ticket's escalations that have an issue (RFHs, defects and linked issues)."""
    with db.transaction() as session:
        rows = session.scalars(select(Escalation).where(
            Escalation.ticket_id == ticket_id, Escalation.state.in_(LINKED_STATES),
            Escalation.issue_number.is_not(None)).order_by(Escalation.id)).all()
        session.expunge_all()
        return list(rows)


def is_public(row: Escalation, public_repo: str, comments: IssueComments | None) -> bool:
    """Whether the issue is public: a defect, the public tracker, or a repo GitHub does not
    call private. Unknown counts as public (the comment is then redacted: fail closed)."""
    if row.kind == "defect" or row.repo.lower() == public_repo.lower():
        return True
    if comments is None:
        return True
    try:
        return not comments.repo_is_private(row.repo)
    except GitHubError:
        return True


def queue(ticket: Ticket, answer: Answer, rows: Iterable[Escalation], *, public_repo: str,
          comments: IssueComments | None, ticket_url: str) -> list[int]:
    """One pending comment per linked issue for this answer; the ids of rows new or pending."""
    assert ticket.id is not None
    ids: list[int] = []
    key = answer.comment_id or 0
    for row in rows:
        with db.transaction() as session:
            existing = session.scalar(select(ResolutionPost).where(
                ResolutionPost.escalation_id == row.id, ResolutionPost.comment_key == key))
            if existing is not None:
                if existing.state == "pending":
                    ids.append(existing.id)
                continue
        body = comment_body(ticket, answer, public=is_public(row, public_repo, comments),
                            escalation_id=row.id, ticket_url=ticket_url)
        try:
            with db.transaction() as session:
                post = ResolutionPost(escalation_id=row.id, ticket_id=ticket.id, comment_key=key,
                                      state="pending", body=body, attempts=0)
                session.add(post)
                session.flush()
                ids.append(post.id)
        except IntegrityError:
            continue  # a concurrent delivery queued it first
    return ids


def _claim(post_id: int) -> ResolutionPost | None:
    """Take a due pending row for CLAIM_SECONDS; None when it is not due or someone has it."""
    now = utcnow()
    with db.transaction() as session:
        changed = session.execute(
            update(ResolutionPost).where(and_(
                ResolutionPost.id == post_id, ResolutionPost.state == "pending",
                ResolutionPost.next_attempt_at <= now))
            .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS),
                    attempts=ResolutionPost.attempts + 1)
            .execution_options(synchronize_session=False))
        if getattr(changed, "rowcount", 0) != 1:
            return None
        post = session.get(ResolutionPost, post_id)
        if post is not None:
            session.expunge(post)
        return post


def _finish(post_id: int, **values: Any) -> None:
    with db.transaction() as session:
        session.execute(update(ResolutionPost).where(ResolutionPost.id == post_id)
                        .values(**values).execution_options(synchronize_session=False))


def post_one(post_id: int, comments: IssueComments) -> str:
    """Try to post one queued comment: 'posted', 'pending' (later) or 'failed' (or 'skipped')."""
    post = _claim(post_id)
    if post is None:
        return "skipped"
    with db.transaction() as session:
        row = session.get(Escalation, post.escalation_id)
        repo, number = (row.repo, row.issue_number) if row is not None else ("", None)
    if number is None:
        _finish(post_id, state="failed", last_error="the escalation has no issue any more")
        return "failed"
    try:
        if post.attempts > 1:  # an earlier attempt may have posted before its answer was lost
            found = comments.find_comment(repo, number, marker(post.escalation_id,
                                                               post.comment_key))
            if found is not None:
                _finish(post_id, state="posted", comment_url=found.url, last_error=None)
                return "posted"
        ref = comments.create_comment(repo, number, post.body)
    except GitHubError as exc:
        if exc.transient and post.attempts < MAX_ATTEMPTS:
            wait = max(exc.retry_after or 0.0, min(MAX_BACKOFF_SECONDS, 15.0 * 2 ** post.attempts))
            _finish(post_id, last_error=exc.message,
                    next_attempt_at=utcnow() + timedelta(seconds=wait))
            log.warning("resolution comment on %s#%s waits %.0f s: %s", repo, number, wait,
                        exc.code)
            return "pending"
        _finish(post_id, state="failed", last_error=exc.message)
        log.error("resolution comment on %s#%s failed: %s", repo, number, exc.message)
        return "failed"
    _finish(post_id, state="posted", comment_url=ref.url, last_error=None)
    return "posted"


def post_due(comments: IssueComments, limit: int = 50) -> dict[str, int]:
    """Post the pending comments whose time has come (the worker's round); counts by outcome."""
    with db.transaction() as session:
        ids = session.scalars(select(ResolutionPost.id).where(
            ResolutionPost.state == "pending", ResolutionPost.next_attempt_at <= utcnow())
            .order_by(ResolutionPost.id).limit(limit)).all()
    counts: dict[str, int] = {}
    for post_id in ids:
        outcome = post_one(post_id, comments)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts
