"""past cases, resolutions of solved tickets, resolution comments owed to issues, receipts

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 20:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "past_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("team", sa.String(length=40), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("past_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_past_cases_ticket_id"), ["ticket_id"], unique=False)
    # The history imported so far and the escalations agents corrected are past cases already.
    op.execute(
        "INSERT INTO past_cases (ticket_id, source, team, priority, subject, text, created_at) "
        "SELECT ticket_id, source, team, priority, subject, text, created_at FROM feedback "
        "WHERE source IN ('import', 'escalation') ORDER BY id")
    op.create_table(
        "ticket_resolutions",
        sa.Column("ticket_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("comment_id", sa.BigInteger(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("docs_url", sa.String(length=500), nullable=True),
        sa.Column("solved_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id"),
    )
    op.create_table(
        "resolution_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.BigInteger(), nullable=False),
        sa.Column("comment_key", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("comment_url", sa.String(length=500), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("escalation_id", "comment_key", name="uq_resolution_posts_solve"),
    )
    with op.batch_alter_table("resolution_posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolution_posts_escalation_id"), ["escalation_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_resolution_posts_state"), ["state"], unique=False)
    op.create_table(
        "webhook_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "key", name="uq_webhook_receipts_kind_key"),
    )
    with op.batch_alter_table("webhook_receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webhook_receipts_created_at"), ["created_at"],
                              unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("webhook_receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_receipts_created_at"))
    op.drop_table("webhook_receipts")
    with op.batch_alter_table("resolution_posts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolution_posts_state"))
        batch_op.drop_index(batch_op.f("ix_resolution_posts_escalation_id"))
    op.drop_table("resolution_posts")
    op.drop_table("ticket_resolutions")
    with op.batch_alter_table("past_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_past_cases_ticket_id"))
    op.drop_table("past_cases")
