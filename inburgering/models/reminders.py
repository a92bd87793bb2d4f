"""Reminders sent before appointments.

A row is *claimed* (inserted) before the message is sent; the unique
constraint makes a second claim fail, so each reminder goes out at most once
per chat and appointment time, also across restarts or with two bot processes.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inburgering.models.base import Base, UTCDateTime, utcnow


class ReminderKind(str, enum.Enum):
    day_before = "day_before"
    two_hours = "two_hours"


class SentReminder(Base):
    __tablename__ = "sent_reminder"
    __table_args__ = (
        # The start time is part of the key: a moved appointment gets new reminders.
        UniqueConstraint("appointment_id", "chat_id", "kind", "appointment_starts_at", name="uq_sent_reminder_once"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"))
    kind: Mapped[ReminderKind] = mapped_column(Enum(ReminderKind, native_enum=False, length=16))
    appointment_starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # None while sending, or when sending failed (the user blocked the bot, or it timed out).
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issue 12: failed sends are counted; a claim with ``retry_at`` may be claimed again from then on,
    # until the last attempt sets ``failed_at``.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(256))
