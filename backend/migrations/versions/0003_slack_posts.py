"""slack posts on escalations

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 20:50:00

The hand-off (and the team and engineering asks) posted in Slack: what to post, where, and the
message's ts once Slack took it, so a retried escalation never posts twice.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("slack_state", "slack_channel", "slack_channel_id", "slack_ts", "slack_permalink",
            "slack_text", "slack_error")


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("slack_state", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("slack_channel", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("slack_channel_id", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("slack_ts", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("slack_permalink", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("slack_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("slack_error", sa.Text(), nullable=True))
        batch_op.create_index("ix_escalations_slack_state", ["slack_state"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_index("ix_escalations_slack_state")
        for name in reversed(_COLUMNS):
            batch_op.drop_column(name)
