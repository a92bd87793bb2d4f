"""Appointments of one inburgeraar."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Appointment, AppointmentStatus


def next_appointment(session: Session, inburgeraar_id: int, now: datetime) -> Appointment | None:
    """The first planned appointment that has not started yet."""
    return session.scalar(
        select(Appointment)
        .where(
            Appointment.inburgeraar_id == inburgeraar_id,
            Appointment.status == AppointmentStatus.planned,
            Appointment.starts_at >= now,
        )
        .order_by(Appointment.starts_at)
        .limit(1)
    )
