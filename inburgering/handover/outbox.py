"""The outbox: messages for Telegram written by other processes (the inbox), sent by the bot.

Nothing is lost: a row stays ``pending`` until Telegram accepted it. A failed
attempt is retried with exponential back-off, or after exactly the time
Telegram asked for (``retry_after`` on HTTP 429). A permanent refusal (the
user blocked the bot, the chat is gone) marks it ``failed`` at once, and so
does the last of :data:`~inburgering.platform.queues.MAX_ATTEMPTS` failed
attempts (the policy every queue shares: :mod:`inburgering.platform.queues`).

A chat's messages go out in the order they were written: while a chat's oldest
pending row waits for its retry, the rows behind it in that chat wait too (other
chats do not).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from inburgering.models import EscalationMessage, OutboxMessage, OutboxStatus
from inburgering.platform import queues

# The back-off every queue shares.
backoff_seconds = queues.backoff_seconds
MAX_RETRY_SECONDS = queues.MAX_RETRY_SECONDS


def enqueue(
    session: Session, chat_id: int, text: str, *, original_nl: str | None = None,
    buttons: list[tuple[str, str]] | None = None, escalation_message: EscalationMessage | None = None,
    now: datetime | None = None,
) -> OutboxMessage:
    now = now or datetime.now(timezone.utc)
    row = OutboxMessage(
        chat_id=chat_id, text=text, original_nl=original_nl,
        buttons=json.dumps([list(b) for b in buttons]) if buttons else None,
        escalation_message=escalation_message, status=OutboxStatus.pending, attempts=0,
        next_attempt_at=now, created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def buttons_of(row: OutboxMessage) -> list[tuple[str, str]]:
    return [(title, payload) for title, payload in json.loads(row.buttons)] if row.buttons else []


def due(session: Session, now: datetime, limit: int = 20) -> list[OutboxMessage]:
    """Pending rows whose next attempt is due, oldest first; none behind a waiting row of the same chat."""
    earlier = aliased(OutboxMessage)
    waiting_before = (
        select(earlier.id)
        .where(earlier.chat_id == OutboxMessage.chat_id, earlier.status == OutboxStatus.pending,
               earlier.id < OutboxMessage.id, earlier.next_attempt_at > now)
        .exists()
    )
    return list(session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == OutboxStatus.pending, OutboxMessage.next_attempt_at <= now, ~waiting_before)
        .order_by(OutboxMessage.id)
        .limit(limit)
    ))


def claim(session: Session, row_id: int, now: datetime) -> OutboxMessage | None:
    """The row, locked for this transaction, if it is still pending and due; None otherwise.

    ``SELECT ... FOR UPDATE SKIP LOCKED``: with several bot instances a row being sent by one is
    skipped by the others, and a row sent meanwhile is no longer pending (SQLite ignores the lock:
    it has one writer).
    """
    return session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.id == row_id, OutboxMessage.status == OutboxStatus.pending,
               OutboxMessage.next_attempt_at <= now)
        .with_for_update(skip_locked=True)
    ).first()


def mark_sent(row: OutboxMessage, now: datetime) -> None:
    row.attempts += 1
    row.status = OutboxStatus.sent
    row.sent_at = now
    row.last_error = None


def mark_retry(row: OutboxMessage, now: datetime, error: str, retry_after: float | None = None) -> None:
    """A failure that may pass: try again later (exactly ``retry_after`` seconds when Telegram said so).

    Telegram's flood control (``retry_after``) holds for the whole bot and never fails a row; any
    other failure counts, and the last allowed attempt marks the row failed.
    """
    row.attempts += 1
    row.last_error = error[:256]
    if retry_after is None and queues.exhausted(row.attempts):
        row.status = OutboxStatus.failed
        return
    delay = retry_after if retry_after is not None else backoff_seconds(row.attempts)
    row.next_attempt_at = now + timedelta(seconds=delay)


def mark_failed(row: OutboxMessage, now: datetime, error: str) -> None:
    """Telegram refuses for good (blocked, chat not found): stop trying, show it in the inbox."""
    row.attempts += 1
    row.status = OutboxStatus.failed
    row.last_error = error[:256]
