"""Appointments of one inburgeraar.

Every query here takes the inburgeraar id of the chat's *own* linked person;
callers never look an appointment up by id alone (see :func:`own_appointment`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Appointment, AppointmentStatus
from inburgering.text.i18n import TIMEZONE

Period = Literal["next", "week", "month"]
PERIODS: tuple[Period, ...] = ("next", "week", "month")
# A list answer stays readable on a phone; the rest is summarised as "and N more".
MAX_LISTED = 12

# Words that ask for a period, per language, matched in lower case. Arabic as written in
# Syria (هالجمعة: "this week"), Tigrinya as written in Eritrea. Used when no button
# said which period; "month" is checked first because some week words are short.
_PERIOD_WORDS: dict[Period, tuple[str, ...]] = {
    "month": ("maand", "شهر", "ወርሒ", "ወርሑ", "ወርሓት"),
    "week": ("week", "اسبوع", "أسبوع", "الاسبوع", "هالجمعة", "ሰሙን"),
}
_LATIN_WORD = re.compile(r"[a-z]+")


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


def upcoming_appointments(
    session: Session, inburgeraar_id: int, now: datetime, limit: int = MAX_LISTED
) -> list[Appointment]:
    """Planned appointments that have not started yet, soonest first."""
    return list(session.scalars(
        select(Appointment)
        .where(
            Appointment.inburgeraar_id == inburgeraar_id,
            Appointment.status == AppointmentStatus.planned,
            Appointment.starts_at >= now,
        )
        .order_by(Appointment.starts_at, Appointment.id)
        .limit(limit)
    ))


def appointments_between(session: Session, inburgeraar_id: int, start: datetime, end: datetime) -> list[Appointment]:
    """Planned appointments starting in [start, end), soonest first."""
    return list(session.scalars(
        select(Appointment)
        .where(
            Appointment.inburgeraar_id == inburgeraar_id,
            Appointment.status == AppointmentStatus.planned,
            Appointment.starts_at >= start,
            Appointment.starts_at < end,
        )
        .order_by(Appointment.starts_at, Appointment.id)
    ))


def own_appointment(session: Session, inburgeraar_id: int | None, appointment_id: object) -> Appointment | None:
    """The appointment with ``appointment_id`` if, and only if, it belongs to ``inburgeraar_id``.

    ``appointment_id`` comes from outside (a button payload, a slot) and is
    not trusted: anything that is not the id of one of this person's own
    appointments gives None, exactly as a missing appointment does.
    """
    if inburgeraar_id is None:
        return None
    try:
        wanted = int(str(appointment_id).strip())
    except (TypeError, ValueError):
        return None
    return session.scalar(
        select(Appointment).where(Appointment.id == wanted, Appointment.inburgeraar_id == inburgeraar_id)
    )


def period_window(period: Period, now: datetime) -> tuple[datetime, datetime]:
    """[now, end of this calendar week or month) in Amsterdam time; weeks end on Sunday."""
    today = now.astimezone(TIMEZONE).date()
    if period == "week":
        end_day = today + timedelta(days=7 - today.weekday())
    elif period == "month":
        end_day = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    else:
        raise ValueError(f"no window for period {period!r}")
    return now, datetime.combine(end_day, time(0), tzinfo=TIMEZONE)


def detect_period(text: str | None) -> Period | None:
    """'week' or 'month' when the message asks for one, in nl, ar or ti; else None."""
    lowered = (text or "").lower()
    latin_words = set(_LATIN_WORD.findall(lowered))
    for period, words in _PERIOD_WORDS.items():
        for word in words:
            if (word in latin_words) if word.isascii() else (word in lowered):
                return period
    return None


def appointment_arguments(appointment: Appointment) -> dict[str, Any]:
    """What a response needs to show an appointment (JSON-safe: it travels through Rasa)."""
    return {
        "id": appointment.id,
        "kind": appointment.kind.value,
        "starts_at": appointment.starts_at.isoformat(),
        "ends_at": appointment.ends_at.isoformat() if appointment.ends_at else None,
        "location": appointment.location,
        "with_whom": appointment.with_whom,
        "interpreter_booked": appointment.interpreter_booked,
    }
