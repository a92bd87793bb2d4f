"""received updates: when a live task last sent a row's answers, so no recovery sends them a second time

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30

Issue 12 (each answer once, also with two bot instances). Written by hand: one nullable column;
rows journaled before this migration have none (recovered as before).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: Union[str, Sequence[str], None] = "0015"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("received_update", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sending_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("received_update", schema=None) as batch_op:
        batch_op.drop_column("sending_at")
