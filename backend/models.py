"""The tables: suggestions served, agent feedback, escalations, and model versions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class Suggestion(Base):
    """One suggestion served to the sidebar (for statistics and for learning)."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    model_version: Mapped[int | None] = mapped_column(Integer)
    team: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float)
    confident: Mapped[bool] = mapped_column(Boolean, default=True)
    priority: Mapped[str] = mapped_column(String(8))
    agent: Mapped[str | None] = mapped_column(String(200))


class Feedback(Base):
    """An agent's choice of team and priority for a ticket: a confirmation or an override."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    suggestion_id: Mapped[int | None] = mapped_column(
        ForeignKey("suggestions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    team: Mapped[str] = mapped_column(String(40))
    priority: Mapped[str] = mapped_column(String(8))
    suggested_team: Mapped[str | None] = mapped_column(String(40))
    suggested_priority: Mapped[str | None] = mapped_column(String(8))
    model_version: Mapped[int | None] = mapped_column(Integer)
    agent: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="sidebar")  # sidebar|escalation|import
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")  # capped ticket text the choice was made on
    # Set when an operator took the row out of learning (`rfh feedback exclude`): kept for the
    # record, skipped by the correction memory and by retraining.
    # (indexed: the memory of every worker asks for the excluded rows' count every few seconds)
    excluded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    excluded_reason: Mapped[str | None] = mapped_column(String(200))

    @property
    def is_override(self) -> bool:
        """True when the agent changed the suggested team or priority."""
        return (self.suggested_team is not None and self.suggested_team != self.team) or (
            self.suggested_priority is not None and self.suggested_priority != self.priority
        )


class Escalation(Base):
    """A GitHub issue filed (or linked) for a ticket; the row exists before GitHub is called."""

    __tablename__ = "escalations"
    __table_args__ = (
        UniqueConstraint("dedupe_key", name="uq_escalations_dedupe_key"),
        Index("ix_escalations_ticket_kind", "ticket_id", "kind"),
        Index("ix_escalations_slack_state", "slack_state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "<ticket>:rfh", "<ticket>:defect", "<ticket>:link:<url>", "<ticket>:team" or
    # "<ticket>:ask:<team>": one issue (or one Slack ask) per ticket and kind.
    dedupe_key: Mapped[str] = mapped_column(String(300))
    ticket_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(10))  # rfh | defect | link | team | ask
    state: Mapped[str] = mapped_column(
        String(12), default="pending"
    )  # pending|created|linked|failed
    marker: Mapped[str] = mapped_column(String(100))
    repo: Mapped[str] = mapped_column(String(200))
    issue_number: Mapped[int | None] = mapped_column(Integer)
    issue_url: Mapped[str | None] = mapped_column(String(500))
    issue_state: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # as filed, so a retry files the same
    labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    team: Mapped[str] = mapped_column(String(40))
    priority: Mapped[str] = mapped_column(String(8))
    customer: Mapped[str | None] = mapped_column(String(200))
    agent: Mapped[str | None] = mapped_column(String(200))
    ticket_updated: Mapped[bool] = mapped_column(Boolean, default=False)
    docs_update: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Held by the request (or retry) working on the row; other callers wait or take over after.
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The Slack post (backend.escalation.slack_post): None when Slack is not configured, else
    # pending -> posting -> posted, or failed (Slack refused) / unconfirmed (no answer came).
    slack_state: Mapped[str | None] = mapped_column(String(12))
    slack_channel: Mapped[str | None] = mapped_column(String(100))
    slack_channel_id: Mapped[str | None] = mapped_column(String(40))
    slack_ts: Mapped[str | None] = mapped_column(String(40))  # the message: never post it again
    slack_permalink: Mapped[str | None] = mapped_column(String(500))
    slack_text: Mapped[str | None] = mapped_column(Text)  # as posted, so the worker posts the same
    slack_error: Mapped[str | None] = mapped_column(Text)
    # A late post's note that Zendesk refused: the worker adds it on its next round.
    slack_note_due: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # GitHub left a create unanswered: it may still file the issue until then, so a retry that
    # finds no issue waits rather than filing a second one (backend.escalation.filing).
    github_unsure_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ModelVersion(Base):
    """A trained routing model: its skops artifact, scores and lifecycle status."""

    __tablename__ = "model_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the version number
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(12), index=True)  # candidate|live|rejected|retired
    artifact: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    training_size: Mapped[int] = mapped_column(Integer, default=0)
    feedback_until_id: Mapped[int] = mapped_column(Integer, default=0)
    promoted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)


class RetrainRequest(Base):
    """An operator's request to retrain, picked up by the worker process (never in a request)."""

    __tablename__ = "retrain_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    requested_by: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    # pending | running | promoted | rejected | failed
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version_id: Mapped[int | None] = mapped_column(Integer)
    message: Mapped[str | None] = mapped_column(Text)


class ImportCursor(Base):
    """Where the last history import stopped, so it can resume."""

    __tablename__ = "import_cursors"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class TicketResolution(Base):
    """How a solved ticket ended: its last public agent comment, read when Zendesk said solved."""

    __tablename__ = "ticket_resolutions"

    ticket_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    status: Mapped[str] = mapped_column(String(12))  # Zendesk's status when last told: solved
    comment_id: Mapped[int | None] = mapped_column(BigInteger)  # the Zendesk comment quoted
    text: Mapped[str] = mapped_column(Text, default="")  # capped, secrets scrubbed (agents only)
    docs_url: Mapped[str | None] = mapped_column(String(500))  # a docs link the answer gave
    solved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ResolutionPost(Base):
    """One resolution comment owed to one linked issue; the row exists before GitHub is called."""

    __tablename__ = "resolution_posts"
    __table_args__ = (
        # One comment per issue link and per answer: a redelivered solve finds the row.
        UniqueConstraint("escalation_id", "comment_key", name="uq_resolution_posts_solve"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(
        ForeignKey("escalations.id", ondelete="CASCADE"), index=True)
    ticket_id: Mapped[int] = mapped_column(BigInteger)
    comment_key: Mapped[int] = mapped_column(BigInteger)  # the Zendesk comment id (0: none)
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    # pending | posted | failed (a refusal a retry cannot fix)
    body: Mapped[str] = mapped_column(Text, default="")  # as it will be posted, so a retry says
    comment_url: Mapped[str | None] = mapped_column(String(500))  # the same thing
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebhookReceipt(Base):
    """A webhook effect already applied (or a signature already seen), keyed so it happens once."""

    __tablename__ = "webhook_receipts"
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_webhook_receipts_kind_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # zendesk-signature | github-comment-note
    key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True)


class PastCase(Base):
    """A ticket worth finding again ("Seen before"): one that was escalated or was imported as
    solved. Its text as the router reads it; the memory of past cases is built from these rows."""

    __tablename__ = "past_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    source: Mapped[str] = mapped_column(String(20))  # escalation | import
    team: Mapped[str] = mapped_column(String(40))
    priority: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")  # as feedback.text: tags line, then body
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
