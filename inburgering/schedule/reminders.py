"""Which appointment reminders are due, and claiming them so each goes out once.

A reminder is due the day before an appointment (from 24 hours before it) and
two hours before it, for every chat linked to the appointment's person that
has not turned reminders off. When the two-hour reminder is due the day-before
one is no longer sent: one reminder at a time is enough.

Sending is the bot's job (``bot/reminders.py``); this module decides *what*
is due for a given ``now`` and records what was claimed, so it is testable
without a clock or Telegram. A send that failed in a way that may pass keeps its
claim with a ``retry_at``: from then on it is due again and claimed again, until
the last attempt marks it failed (:mod:`inburgering.platform.queues`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inburgering.models import (
    Appointment,
    AppointmentStatus,
    Chat,
    Inburgeraar,
    ReminderKind,
    SentReminder,
)
from inburgering.platform import queues
from inburgering.platform.db import session_scope

LEAD_TIMES = {ReminderKind.day_before: timedelta(hours=24), ReminderKind.two_hours: timedelta(hours=2)}


@dataclass(frozen=True)
class DueReminder:
    appointment_id: int
    chat_id: int
    telegram_chat_id: int
    kind: ReminderKind
    starts_at: datetime
    language: str
    # The claim of an earlier failed attempt that may be tried again now; None: never claimed.
    retry_of: int | None = None


def reminder_kind(starts_at: datetime, now: datetime) -> ReminderKind | None:
    """Which reminder an appointment starting at ``starts_at`` is due for at ``now``, if any."""
    if starts_at <= now:
        return None
    left = starts_at - now
    if left <= LEAD_TIMES[ReminderKind.two_hours]:
        return ReminderKind.two_hours
    if left <= LEAD_TIMES[ReminderKind.day_before]:
        return ReminderKind.day_before
    return None


def due_reminders(session: Session, now: datetime, default_language: str = "nl") -> list[DueReminder]:
    """Reminders due at ``now`` that were not claimed before, soonest appointment first."""
    rows = session.execute(
        select(
            Appointment.id, Appointment.starts_at, Chat.id, Chat.telegram_chat_id, Chat.language,
            Inburgeraar.preferred_language,
        )
        .join(Inburgeraar, Appointment.inburgeraar_id == Inburgeraar.id)
        .join(Chat, Chat.inburgeraar_id == Inburgeraar.id)
        .where(
            Appointment.status == AppointmentStatus.planned,
            Appointment.starts_at > now,
            Appointment.starts_at <= now + LEAD_TIMES[ReminderKind.day_before],
            Chat.reminders_enabled.is_(True),
        )
        .order_by(Appointment.starts_at, Appointment.id, Chat.id)
    ).all()
    due = []
    for appointment_id, starts_at, chat_id, telegram_chat_id, chat_language, preferred in rows:
        kind = reminder_kind(starts_at, now)
        if kind is None:
            continue
        already = session.execute(
            select(SentReminder.id, SentReminder.retry_at, SentReminder.failed_at, SentReminder.sent_at).where(
                and_(
                    SentReminder.appointment_id == appointment_id,
                    SentReminder.chat_id == chat_id,
                    SentReminder.kind == kind,
                    SentReminder.appointment_starts_at == starts_at,
                )
            )
        ).first()
        retry_of = None
        if already is not None:
            claim_id, retry_at, failed_at, sent_at = already
            if retry_at is None or retry_at > now or failed_at is not None or sent_at is not None:
                continue
            retry_of = claim_id
        due.append(DueReminder(
            appointment_id, chat_id, telegram_chat_id, kind, starts_at,
            chat_language or preferred or default_language, retry_of,
        ))
    return due


def claim(sessions: sessionmaker[Session], reminder: DueReminder, now: datetime) -> int | None:
    """Record ``reminder`` as being sent, in its own transaction; None if it was claimed already.

    The unique constraint decides: of two processes (or a process before and
    after a restart) only one insert succeeds, and only that one sends. A retry
    claims the earlier row again, and only one process can take its ``retry_at``.
    """
    if reminder.retry_of is not None:
        with session_scope(sessions) as session:
            taken = session.execute(
                update(SentReminder)
                .where(SentReminder.id == reminder.retry_of, SentReminder.retry_at.is_not(None),
                       SentReminder.retry_at <= now, SentReminder.failed_at.is_(None))
                .values(retry_at=None, claimed_at=now)
            ).rowcount
        return reminder.retry_of if taken == 1 else None
    session = sessions()
    try:
        row = SentReminder(
            appointment_id=reminder.appointment_id, chat_id=reminder.chat_id, kind=reminder.kind,
            appointment_starts_at=reminder.starts_at, claimed_at=now,
        )
        session.add(row)
        session.commit()
        return row.id
    except IntegrityError:
        session.rollback()
        return None
    finally:
        session.close()


def mark_sent(sessions: sessionmaker[Session], claim_id: int, now: datetime) -> None:
    with session_scope(sessions) as session:
        session.execute(update(SentReminder).where(SentReminder.id == claim_id).values(sent_at=now))


def release(sessions: sessionmaker[Session], claim_id: int) -> None:
    """Give a claim back after a send that surely did not arrive, so the next run tries again."""
    with session_scope(sessions) as session:
        session.execute(delete(SentReminder).where(SentReminder.id == claim_id, SentReminder.sent_at.is_(None)))


def mark_retry(sessions: sessionmaker[Session], claim_id: int, now: datetime, error: str) -> None:
    """A failure that may pass: count it and try again after the back-off; the last attempt fails it."""
    with session_scope(sessions) as session:
        row = session.get(SentReminder, claim_id)
        if row is None:
            return
        row.attempts += 1
        row.last_error = error[:256]
        if queues.exhausted(row.attempts):
            row.failed_at = now
            row.retry_at = None
        else:
            row.retry_at = queues.next_attempt_at(now, row.attempts)


def mark_failed(sessions: sessionmaker[Session], claim_id: int, now: datetime, error: str, *,
                uncertain: bool = False) -> None:
    """Not sent and not tried again: refused for good (blocked), or ``uncertain`` (it may have arrived)."""
    with session_scope(sessions) as session:
        row = session.get(SentReminder, claim_id)
        if row is None:
            return
        row.attempts += 1
        row.last_error = error[:256]
        row.retry_at = None
        if not uncertain:
            row.failed_at = now
