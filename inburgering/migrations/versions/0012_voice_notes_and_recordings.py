"""voice notes users send: kept (a file under var/ and this row), transcribed or passed to a person

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29

Issue 14, first half (voice notes in). Written by hand: one new table, nothing else changes. The
spoken answers' recordings are revision 0013.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: Union[str, Sequence[str], None] = "0011"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=16)


def upgrade() -> None:
    op.create_table(
        "voice_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=True),
        sa.Column("kind", _enum("voicenotekind", "voice", "audio", "video_note"), nullable=False),
        sa.Column("path", sa.String(length=512), nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("outcome", _enum("voicenoteoutcome", "received", "transcribed", "escalated"), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=True),
        sa.Column("transcript", sa.Text(), nullable=True),
        sa.Column("avg_logprob", sa.Float(), nullable=True),
        sa.Column("no_speech_prob", sa.Float(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalation.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("voice_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voice_note_chat_id"), ["chat_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_voice_note_escalation_id"), ["escalation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_voice_note_received_at"), ["received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("voice_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voice_note_received_at"))
        batch_op.drop_index(batch_op.f("ix_voice_note_escalation_id"))
        batch_op.drop_index(batch_op.f("ix_voice_note_chat_id"))
    op.drop_table("voice_note")
