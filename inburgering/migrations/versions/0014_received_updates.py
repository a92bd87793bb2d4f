"""received updates: the bot's journal of Telegram updates not yet handled to the end

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29

Issue 12 (loses nothing). Written by hand: one new table, nothing else changes.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: Union[str, Sequence[str], None] = "0013"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "received_update",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("replies", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("failed_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=256), nullable=True),
        sa.PrimaryKeyConstraint("update_id"),
    )
    with op.batch_alter_table("received_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_update_received_at"), ["received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("received_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_update_received_at"))
    op.drop_table("received_update")
