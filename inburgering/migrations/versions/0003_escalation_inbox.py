"""escalations and the regisseurs' inbox: escalations, their messages and history, outbox,
take-over, web users and sessions, audit log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Issue 5. Written by hand; only new tables, so no existing table is rebuilt.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _enum(name: str, *values: str, length: int = 32) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    op.create_table(
        "web_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=256), nullable=False),
        sa.Column("role", _enum("webrole", "regisseur", "beheerder", length=16), nullable=False),
        sa.Column("regisseur_id", sa.Integer(), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["regisseur_id"], ["regisseur.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "web_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("web_user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["web_user_id"], ["web_user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_web_session_web_user_id", "web_session", ["web_user_id"])

    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("inburgeraar_id", sa.Integer(), nullable=True),
        sa.Column("regisseur_id", sa.Integer(), nullable=True),
        sa.Column("reason", _enum(
            "escalationreason", "request_regisseur", "misunderstood_twice", "reschedule", "sensitive",
            "assistant_unavailable", "forwarded",
        ), nullable=False),
        sa.Column("subject", sa.String(length=32), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", _enum("escalationstatus", "nieuw", "in_behandeling", "afgerond", length=16),
                  nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["inburgeraar_id"], ["inburgeraar.id"]),
        sa.ForeignKeyConstraint(["regisseur_id"], ["regisseur.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("chat_id", "inburgeraar_id", "regisseur_id", "status", "due_at"):
        op.create_index(f"ix_escalation_{column}", "escalation", [column])

    op.create_table(
        "escalation_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("author", _enum("author", "user", "bot", "regisseur", length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text_nl", sa.Text(), nullable=True),
        sa.Column("translation_state", _enum(
            "translationstate", "not_needed", "pending", "done", "unavailable", length=16,
        ), nullable=False),
        sa.Column("web_user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["web_user_id"], ["web_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_escalation_message_escalation_id", "escalation_message", ["escalation_id"])
    op.create_index("ix_escalation_message_translation_state", "escalation_message", ["translation_state"])

    op.create_table(
        "escalation_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("web_user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["web_user_id"], ["web_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_escalation_event_escalation_id", "escalation_event", ["escalation_id"])

    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("original_nl", sa.Text(), nullable=True),
        sa.Column("buttons", sa.Text(), nullable=True),
        sa.Column("escalation_message_id", sa.Integer(), nullable=True),
        sa.Column("status", _enum("outboxstatus", "pending", "sent", "failed", length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("last_error", sa.String(length=256), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["escalation_message_id"], ["escalation_message.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("chat_id", "escalation_message_id", "status", "next_attempt_at"):
        op.create_index(f"ix_outbox_message_{column}", "outbox_message", [column])

    op.create_table(
        "chat_takeover",
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("web_user_id", sa.Integer(), nullable=False),
        sa.Column("regisseur_id", sa.Integer(), nullable=True),
        sa.Column("escalation_id", sa.Integer(), nullable=True),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["web_user_id"], ["web_user.id"]),
        sa.ForeignKeyConstraint(["regisseur_id"], ["regisseur.id"]),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalation.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("chat_id"),
    )

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("web_user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=True),
        sa.Column("inburgeraar_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=256), nullable=True),
        sa.ForeignKeyConstraint(["web_user_id"], ["web_user.id"]),
        sa.ForeignKeyConstraint(["escalation_id"], ["escalation.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["inburgeraar_id"], ["inburgeraar.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_web_user_id", "audit_log", ["web_user_id"])


def downgrade() -> None:
    for table in ("audit_log", "chat_takeover", "outbox_message", "escalation_event", "escalation_message",
                  "escalation", "web_session", "web_user"):
        op.drop_table(table)
