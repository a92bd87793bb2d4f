"""Requests to move an appointment, for the regisseur.

The assistant never changes the calendar: it records the request (which
appointment, the user's own words, in their language) and the regisseur
handles it from the inbox.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from inburgering.models.appointments import Appointment
    from inburgering.models.chat import Chat
    from inburgering.models.people import Inburgeraar


class RescheduleStatus(str, enum.Enum):
    open = "open"
    handled = "handled"


class RescheduleRequest(Base):
    __tablename__ = "reschedule_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    inburgeraar_id: Mapped[int] = mapped_column(ForeignKey("inburgeraar.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"), index=True)
    # The chat that asked, so the regisseur's answer can reach it; None once that chat is gone.
    chat_id: Mapped[int | None] = mapped_column(ForeignKey("chat.id", ondelete="SET NULL"))
    # The user's own words, in any language: the regisseur may need an interpreter.
    reason: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[RescheduleStatus] = mapped_column(
        Enum(RescheduleStatus, native_enum=False, length=16), default=RescheduleStatus.open, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    inburgeraar: Mapped[Inburgeraar] = relationship()
    appointment: Mapped[Appointment] = relationship()
    chat: Mapped[Chat | None] = relationship()
