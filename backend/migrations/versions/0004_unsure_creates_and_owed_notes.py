"""unsure creates and owed notes on escalations

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 19:10:00

github_unsure_until: GitHub did not answer a create in time, so it may still be filing the issue;
until then a retry that finds no issue waits instead of filing a second one. slack_note_due: a
late Slack post whose note Zendesk refused; the worker adds it on its next round.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("github_unsure_until", sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column("slack_note_due", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_column("slack_note_due")
        batch_op.drop_column("github_unsure_until")
