"""one failure policy for every queue: kept messages and reminders count attempts, wait, and fail for good

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

Issue 12. Written by hand; only nullable or server-defaulted columns are added, through
batch_alter_table so they also work on SQLite. The outbox had these columns already.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("pending_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_error", sa.String(length=256), nullable=True))
        batch_op.add_column(sa.Column("failed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("sent_reminder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("retry_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("failed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_error", sa.String(length=256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sent_reminder", schema=None) as batch_op:
        batch_op.drop_column("last_error")
        batch_op.drop_column("failed_at")
        batch_op.drop_column("retry_at")
        batch_op.drop_column("attempts")

    with op.batch_alter_table("pending_message", schema=None) as batch_op:
        batch_op.drop_column("escalated_at")
        batch_op.drop_column("failed_at")
        batch_op.drop_column("last_error")
        batch_op.drop_column("next_attempt_at")
