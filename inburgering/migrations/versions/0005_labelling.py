"""labelling misunderstood questions for training: the chat's privacy notice version; may_train,
intent label and export bookkeeping on review items

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Issue 11. Written by hand; only nullable or server-defaulted columns are added, through
batch_alter_table so they also work on SQLite. Items stored before this revision get
may_train false: their chats were never told that questions may train the assistant.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("privacy_notice_version", sa.Integer(), nullable=True))

    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("may_train", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("intent_label", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("labelled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("exported_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column(
            "exported_as", sa.Enum("training", "held_out", "not_used", name="exportsplit", native_enum=False,
                                   length=16),
            nullable=True,
        ))


def downgrade() -> None:
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.drop_column("exported_as")
        batch_op.drop_column("exported_at")
        batch_op.drop_column("labelled_at")
        batch_op.drop_column("intent_label")
        batch_op.drop_column("may_train")

    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.drop_column("privacy_notice_version")
