"""spoken answers: recordings of a response in a language, with a review state and the hash of their text

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29

Issue 14 (spoken answers). Written by hand: one new table, nothing else changes.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: Union[str, Sequence[str], None] = "0012"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "spoken_recording",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("gemeente", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("audio", sa.LargeBinary(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("state", sa.Enum("needs_review", "approved", name="recordingstate", native_enum=False,
                                   length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["web_user.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["reviewed_by_id"], ["web_user.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spoken_recording", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spoken_recording_gemeente"), ["gemeente"], unique=False)
        batch_op.create_index(batch_op.f("ix_spoken_recording_response"), ["response"], unique=False)
        batch_op.create_index(batch_op.f("ix_spoken_recording_text_hash"), ["text_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("spoken_recording", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spoken_recording_text_hash"))
        batch_op.drop_index(batch_op.f("ix_spoken_recording_response"))
        batch_op.drop_index(batch_op.f("ix_spoken_recording_gemeente"))
    op.drop_table("spoken_recording")
