"""One failure policy for every queue the bot works through: kept messages, the outbox, reminders.

- A row that fails for its own reason (Telegram refuses it: the user blocked the bot, the chat
  is gone, a bad request) is marked failed at once and skipped.
- A row that fails for a reason that may pass (a network error, a server error, an error no one
  expected) counts an attempt and waits: 5 s, 10 s, 20 s, ... at most an hour; after
  ``MAX_ATTEMPTS`` (about 40 minutes of failing) it is marked failed.
- Something that holds for every row (Telegram's flood control, Rasa being down) ends the round
  without counting against the rows: the next round starts again from the oldest.
- No row blocks the rows behind it: every failure is caught per row.

Failed rows stay (without raising) and are counted by :func:`counts` for the health page; the
outbox's failed rows also show in the inbox under the regisseur's reply.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inburgering.models import OutboxMessage, OutboxStatus, PendingMessage, ReceivedUpdate, SentReminder

FIRST_RETRY_SECONDS = 5
MAX_RETRY_SECONDS = 3600
# 5 s + 10 s + ... + 2560 s: a row that keeps failing for about 43 minutes is given up.
MAX_ATTEMPTS = 10


def backoff_seconds(attempts: int) -> int:
    """5 s, 10 s, 20 s, ... at most an hour, after ``attempts`` failed attempts."""
    return min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)


def next_attempt_at(now: datetime, attempts: int) -> datetime:
    return now + timedelta(seconds=backoff_seconds(attempts))


def exhausted(attempts: int) -> bool:
    """True when a row has had its last attempt."""
    return attempts >= MAX_ATTEMPTS


def error_text(error: BaseException) -> str:
    """What is stored about a failure: its type and Telegram's short reason; never a message text."""
    reason = getattr(error, "message", None)
    text = type(error).__name__ + (f": {reason}" if isinstance(reason, str) and reason else "")
    return text[:256]


def counts(session: Session) -> dict[str, dict[str, int]]:
    """Waiting and failed rows per queue, for the health/status page."""
    kept_failed = session.scalar(select(func.count()).where(PendingMessage.failed_at.is_not(None)))
    kept_total = session.scalar(select(func.count()).select_from(PendingMessage))
    outbox = dict(session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    ).all())
    reminders_failed = session.scalar(select(func.count()).where(SentReminder.failed_at.is_not(None)))
    reminders_waiting = session.scalar(
        select(func.count()).where(SentReminder.retry_at.is_not(None), SentReminder.failed_at.is_(None))
    )
    updates_failed = session.scalar(select(func.count()).where(ReceivedUpdate.failed_at.is_not(None)))
    updates_total = session.scalar(select(func.count()).select_from(ReceivedUpdate))
    return {
        "received_updates": {"waiting": updates_total - updates_failed, "failed": updates_failed},
        "kept_messages": {"waiting": kept_total - kept_failed, "failed": kept_failed},
        "outbox": {"waiting": outbox.get(OutboxStatus.pending, 0), "failed": outbox.get(OutboxStatus.failed, 0)},
        "reminders": {"waiting": reminders_waiting, "failed": reminders_failed},
    }
