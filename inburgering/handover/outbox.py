"""The outbox: messages for Telegram written by other processes (the inbox), sent by the bot.

Nothing is lost: a row stays ``pending`` until Telegram accepted it. A failed
attempt is retried with exponential back-off, or after exactly the time
Telegram asked for (``retry_after`` on HTTP 429). Only a permanent refusal
(the user blocked the bot, the chat is gone) marks it ``failed``.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import EscalationMessage, OutboxMessage, OutboxStatus

FIRST_RETRY_SECONDS = 5
MAX_RETRY_SECONDS = 3600


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
    """Pending rows whose next attempt is due, oldest first."""
    return list(session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == OutboxStatus.pending, OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit)
    ))


def backoff_seconds(attempts: int) -> int:
    """5 s, 10 s, 20 s, ... at most an hour."""
    return min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)


def mark_sent(row: OutboxMessage, now: datetime) -> None:
    row.attempts += 1
    row.status = OutboxStatus.sent
    row.sent_at = now
    row.last_error = None


def mark_retry(row: OutboxMessage, now: datetime, error: str, retry_after: float | None = None) -> None:
    """A temporary failure: try again later (exactly ``retry_after`` seconds when Telegram said so)."""
    row.attempts += 1
    delay = retry_after if retry_after is not None else backoff_seconds(row.attempts)
    row.next_attempt_at = now + timedelta(seconds=delay)
    row.last_error = error[:256]


def mark_failed(row: OutboxMessage, now: datetime, error: str) -> None:
    """Telegram refuses for good (blocked, chat not found): stop trying, show it in the inbox."""
    row.attempts += 1
    row.status = OutboxStatus.failed
    row.last_error = error[:256]
