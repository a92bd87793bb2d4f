"""held review items: free text the redactor was not sure of waits for a staff member

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

Issue 13. Written by hand; one nullable column (and its index) added through batch_alter_table
so it also works on SQLite. Existing items stay visible (NULL): they were shown before.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, Sequence[str], None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "held", sa.Enum("uncertain", "reported", name="holdreason", native_enum=False, length=16), nullable=True,
        ))
        batch_op.create_index("ix_feedback_item_held", ["held"])


def downgrade() -> None:
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_item_held")
        batch_op.drop_column("held")
