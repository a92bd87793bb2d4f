"""Requests to move an appointment: recorded for the regisseur, never applied by the assistant."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import AppointmentStatus, RescheduleRequest, RescheduleStatus
from inburgering.schedule.appointments import own_appointment

MAX_REASON_CHARS = 2000


class RescheduleOutcome(str, enum.Enum):
    requested = "requested"
    already_requested = "already_requested"
    not_available = "not_available"  # not this person's, not planned, or already started


def can_reschedule(session: Session, inburgeraar_id: int | None, appointment_id: object, now: datetime) -> bool:
    """True only for this person's own planned appointment that has not started yet."""
    appointment = own_appointment(session, inburgeraar_id, appointment_id)
    return (
        appointment is not None
        and appointment.status == AppointmentStatus.planned
        and appointment.starts_at > now
    )


def request_reschedule(
    session: Session, *, inburgeraar_id: int | None, chat_id: int | None, appointment_id: object, reason: str,
    language: str, now: datetime,
) -> RescheduleOutcome:
    """Record a reschedule request for the regisseur, after checking the appointment is the person's own."""
    if not can_reschedule(session, inburgeraar_id, appointment_id, now):
        return RescheduleOutcome.not_available
    appointment = own_appointment(session, inburgeraar_id, appointment_id)
    if open_request(session, appointment.id) is not None:
        return RescheduleOutcome.already_requested
    session.add(RescheduleRequest(
        inburgeraar_id=inburgeraar_id, appointment_id=appointment.id, chat_id=chat_id,
        reason=reason.strip()[:MAX_REASON_CHARS], language=language, created_at=now,
    ))
    session.flush()
    return RescheduleOutcome.requested


def open_request(session: Session, appointment_id: int) -> RescheduleRequest | None:
    """The open request for an appointment (at most one: see :func:`request_reschedule`)."""
    return session.scalar(
        select(RescheduleRequest).where(
            RescheduleRequest.appointment_id == appointment_id, RescheduleRequest.status == RescheduleStatus.open
        )
    )
