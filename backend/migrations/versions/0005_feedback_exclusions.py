"""feedback rows an operator excluded

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 21:45:00

excluded_at / excluded_reason: an operator took these agents' choices out of learning (a burst
of wrong corrections, an agent who misunderstood the teams). The rows stay, for the record
and the dashboard; the correction memory and retraining skip them until they are included
again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("excluded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("excluded_reason", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_feedback_excluded_at"), ["excluded_at"],
                              unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_excluded_at"))
        batch_op.drop_column("excluded_reason")
        batch_op.drop_column("excluded_at")
