"""Appointments from the municipality's schedule data."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime

if TYPE_CHECKING:
    from inburgering.models.people import Inburgeraar


class AppointmentKind(str, enum.Enum):
    warme_overdracht = "warme_overdracht"
    brede_intake = "brede_intake"
    voortgangsgesprek = "voortgangsgesprek"
    pvt_session = "pvt_session"
    map_session = "map_session"
    language_class = "language_class"
    other = "other"


class AppointmentStatus(str, enum.Enum):
    planned = "planned"
    cancelled = "cancelled"
    done = "done"


class Appointment(Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    inburgeraar_id: Mapped[int] = mapped_column(ForeignKey("inburgeraar.id"), index=True)
    kind: Mapped[AppointmentKind] = mapped_column(Enum(AppointmentKind, native_enum=False, length=32))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    location: Mapped[str | None] = mapped_column(String(256))
    with_whom: Mapped[str | None] = mapped_column(String(256))
    interpreter_booked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[AppointmentStatus] = mapped_column(
        Enum(AppointmentStatus, native_enum=False, length=16), default=AppointmentStatus.planned
    )
    # The appointment's id in the system it was imported from (CSV id or iCalendar UID):
    # re-importing the same file updates this row instead of adding a copy.
    external_id: Mapped[str | None] = mapped_column(String(255), unique=True, index=True)

    inburgeraar: Mapped[Inburgeraar] = relationship(back_populates="appointments")
