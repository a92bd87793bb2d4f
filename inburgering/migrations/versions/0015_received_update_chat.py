"""received updates: the chat of each journaled update, so a chat's own turn answers a dead process's rows first

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30

Issue 12 (a recovered update is answered before the chat's newer messages). Written by hand: one
nullable column and its index; rows journaled before this migration have none (the recovery job
still takes them).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: Union[str, Sequence[str], None] = "0014"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("received_update", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chat_id", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_received_update_chat_id"), ["chat_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("received_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_update_chat_id"))
        batch_op.drop_column("chat_id")
