"""personal data: progress, reminders, link attempts, reschedule requests, import ids

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Issue 4. Written by hand; column changes go through batch_alter_table so they
also work on SQLite.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_id", sa.String(length=255), nullable=True))
        batch_op.create_index("ix_appointment_external_id", ["external_id"], unique=True)

    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminders_enabled", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("expects_free_text", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    op.create_table(
        "pip_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inburgeraar_id", sa.Integer(), nullable=False),
        sa.Column("pvt_hours_done", sa.Integer(), nullable=False),
        sa.Column("pvt_hours_required", sa.Integer(), nullable=False),
        sa.Column("pvt_excursion_done", sa.Boolean(), nullable=False),
        sa.Column("pvt_declaration_signed_on", sa.Date(), nullable=True),
        sa.Column("map_exempt", sa.Boolean(), nullable=False),
        sa.Column("map_hours_done", sa.Integer(), nullable=False),
        sa.Column("map_hours_required", sa.Integer(), nullable=True),
        sa.Column("map_practice_hours_done", sa.Integer(), nullable=False),
        sa.Column("map_practice_hours_required", sa.Integer(), nullable=False),
        sa.Column("map_final_talk_done", sa.Boolean(), nullable=False),
        sa.Column("ontzorgen_starts_on", sa.Date(), nullable=True),
        sa.Column("ontzorgen_ends_on", sa.Date(), nullable=True),
        sa.Column("ontzorgen_pays_rent", sa.Boolean(), nullable=False),
        sa.Column("ontzorgen_pays_energy", sa.Boolean(), nullable=False),
        sa.Column("ontzorgen_pays_water", sa.Boolean(), nullable=False),
        sa.Column("ontzorgen_pays_health_insurance", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["inburgeraar_id"], ["inburgeraar.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("inburgeraar_id"),
    )

    op.create_table(
        "sent_reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("day_before", "two_hours", name="reminderkind", native_enum=False, length=16),
                  nullable=False),
        sa.Column("appointment_starts_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("appointment_id", "chat_id", "kind", "appointment_starts_at",
                            name="uq_sent_reminder_once"),
    )
    with op.batch_alter_table("sent_reminder", schema=None) as batch_op:
        batch_op.create_index("ix_sent_reminder_appointment_id", ["appointment_id"], unique=False)

    op.create_table(
        "failed_link_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("attempted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("failed_link_attempt", schema=None) as batch_op:
        batch_op.create_index("ix_failed_link_attempt_chat_id", ["chat_id"], unique=False)
        batch_op.create_index("ix_failed_link_attempt_attempted_at", ["attempted_at"], unique=False)

    op.create_table(
        "reschedule_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inburgeraar_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.Enum("open", "handled", name="reschedulestatus", native_enum=False, length=16),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["inburgeraar_id"], ["inburgeraar.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reschedule_request", schema=None) as batch_op:
        batch_op.create_index("ix_reschedule_request_inburgeraar_id", ["inburgeraar_id"], unique=False)
        batch_op.create_index("ix_reschedule_request_appointment_id", ["appointment_id"], unique=False)
        batch_op.create_index("ix_reschedule_request_status", ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("reschedule_request")
    op.drop_table("failed_link_attempt")
    op.drop_table("sent_reminder")
    op.drop_table("pip_progress")
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.drop_column("expects_free_text")
        batch_op.drop_column("reminders_enabled")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_external_id")
        batch_op.drop_column("external_id")
