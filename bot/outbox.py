"""Delivering the outbox (regisseur replies, take-over notices) to Telegram, without losing any.

Runs as a repeating job in the bot process: the only process that talks to
Telegram. See :mod:`inburgering.handover.outbox` for the retry rules.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.messages import Reply
from bot.rendering import message_kwargs
from inburgering.handover import outbox
from inburgering.models import Chat, OutboxMessage
from inburgering.platform.db import session_scope

log = logging.getLogger(__name__)


def _retry_after_seconds(error: RetryAfter) -> float:
    # PTB 22 returns int or timedelta (PTB_TIMEDELTA) and warns about the change; both are fine here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _now() -> datetime:
    return datetime.now(timezone.utc)


async def deliver(bot: Bot, sessions: sessionmaker[Session], *, now: Callable[[], datetime] = _now,
                  limit: int = 20) -> int:
    """Send the due outbox rows, oldest first; returns how many Telegram accepted."""
    with session_scope(sessions) as session:
        batch = [
            (row.id, session.get(Chat, row.chat_id).telegram_chat_id,
             Reply(row.text, tuple(outbox.buttons_of(row))))
            for row in outbox.due(session, now(), limit)
        ]
    delivered = 0
    for row_id, telegram_chat_id, reply in batch:
        error: Exception | None = None
        try:
            await bot.send_message(chat_id=telegram_chat_id, **message_kwargs(reply))
        except RetryAfter as flood:
            error = flood
        except (Forbidden, BadRequest) as refused:
            error = refused
        except TelegramError as temporary:  # timeouts and network errors
            error = temporary
        with session_scope(sessions) as session:
            row = session.get(OutboxMessage, row_id)
            if row is None:
                continue
            if error is None:
                outbox.mark_sent(row, now())
                delivered += 1
            elif isinstance(error, RetryAfter):
                outbox.mark_retry(row, now(), f"429: {error.message}", retry_after=_retry_after_seconds(error))
            elif isinstance(error, (Forbidden, BadRequest)):
                log.warning("Telegram refused outbox message %d: %s", row_id, type(error).__name__)
                outbox.mark_failed(row, now(), f"{type(error).__name__}: {error.message}")
            else:
                outbox.mark_retry(row, now(), f"{type(error).__name__}: {error.message}")
        if isinstance(error, RetryAfter):
            break  # flood control holds for the whole bot: the rest waits for the next round
    return delivered


async def deliver_outbox(context) -> None:
    """JobQueue callback: deliver what the inbox wrote for Telegram."""
    delivered = await deliver(context.bot, context.conversation.sessions)
    if delivered:
        log.info("delivered %d outbox message(s)", delivered)
