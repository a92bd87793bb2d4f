"""one vote per answer: a unique key on 👍/👎 review items

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

Issue 13. Written by hand; one nullable column with a unique constraint, added through
batch_alter_table so it also works on SQLite. Existing votes keep NULL (unique allows many).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: Union[str, Sequence[str], None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vote_key", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_feedback_item_vote_key", ["vote_key"])


def downgrade() -> None:
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.drop_constraint("uq_feedback_item_vote_key", type_="unique")
        batch_op.drop_column("vote_key")
