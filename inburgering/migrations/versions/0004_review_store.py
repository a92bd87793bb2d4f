"""review store: anonymised feedback items, tags, recommendations, question tally; chat review pseudonym; participatieraad role

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Issue 6. Written by hand; the chat columns go through batch_alter_table so they also work on
SQLite. The review tables have no foreign key to chats or people on purpose.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _enum(name: str, *values: str, length: int = 16) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_pseudonym", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("awaiting_feedback", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("misunderstood_item_id", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint("uq_chat_review_pseudonym", ["review_pseudonym"])

    op.create_table(
        "feedback_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=64), nullable=False),
        sa.Column("kind", _enum("feedbackkind", "thumbs", "comment", "rating", "free", "misunderstood"),
                  nullable=False),
        sa.Column("topic", _enum("feedbacktopic", "pvt", "map", "ontzorgen", "appointments", "other"),
                  nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("text_nl", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_feedback_item_reviewer", "feedback_item", ["reviewer"])
    op.create_index("ix_feedback_item_created_at", "feedback_item", ["created_at"])

    op.create_table(
        "feedback_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("tag", _enum("reviewtag", "unclear_answer", "missing_topic", "tone", "wrong_information",
                               length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["feedback_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "tag"),
    )
    op.create_index("ix_feedback_tag_item_id", "feedback_tag", ["item_id"])

    op.create_table(
        "question_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("week", "language"),
    )

    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("recommendation")
    op.drop_table("question_tally")
    op.drop_index("ix_feedback_tag_item_id", table_name="feedback_tag")
    op.drop_table("feedback_tag")
    op.drop_index("ix_feedback_item_created_at", table_name="feedback_item")
    op.drop_index("ix_feedback_item_reviewer", table_name="feedback_item")
    op.drop_table("feedback_item")
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.drop_constraint("uq_chat_review_pseudonym", type_="unique")
        batch_op.drop_column("misunderstood_item_id")
        batch_op.drop_column("awaiting_feedback")
        batch_op.drop_column("review_pseudonym")
