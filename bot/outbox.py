"""Delivering the outbox (regisseur replies, take-over notices) to Telegram, without losing any.

Runs as a repeating job in the bot process: the only process that talks to
Telegram. See :mod:`inburgering.handover.outbox` for the retry rules.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot
from telegram.error import RetryAfter

from bot.delivery import Outcome, outcome_of, retry_after_seconds
from bot.messages import Reply
from bot.rendering import message_kwargs
from inburgering.handover import outbox
from inburgering.models import Chat, OutboxMessage
from inburgering.platform.db import session_scope
from inburgering.platform.queues import error_text

log = logging.getLogger(__name__)

# One round at a time in the bot's event loop: the outbox job and the kept-message job (which sends
# its answers at once) must not both pick up, and send, the same row.
_rounds: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()


def _now() -> datetime:
    return datetime.now(timezone.utc)


async def deliver(bot: Bot, sessions: sessionmaker[Session], *, now: Callable[[], datetime] = _now,
                  limit: int = 20) -> int:
    """Send the due outbox rows, oldest first; returns how many Telegram accepted.

    A failure is caught per row (:mod:`inburgering.platform.queues`): it never stops the rows of
    other chats; only Telegram's flood control ends the round.
    """
    lock = _rounds.setdefault(asyncio.get_running_loop(), asyncio.Lock())
    async with lock:
        return await _deliver_round(bot, sessions, now, limit)


async def _deliver_round(bot: Bot, sessions: sessionmaker[Session], now: Callable[[], datetime],
                         limit: int) -> int:
    with session_scope(sessions) as session:
        batch = [(row.id, row.chat_id) for row in outbox.due(session, now(), limit)]
    delivered = 0
    held_chats: set[int] = set()  # a chat whose row failed this round: its later rows keep their order
    for row_id, chat_id in batch:
        if chat_id in held_chats:
            continue
        error: Exception | None = None
        # The row is claimed (locked) in one transaction until it is marked: with several bot
        # instances only one sends it (outbox.claim); this lock only orders this process's jobs.
        with session_scope(sessions) as session:
            row = outbox.claim(session, row_id, now())
            if row is None:  # another instance has it, or sent it meanwhile: the chat's later rows wait
                held_chats.add(chat_id)
                continue
            try:
                telegram_chat_id = session.get(Chat, chat_id).telegram_chat_id
                reply = Reply(row.text, tuple(outbox.buttons_of(row)))
                await bot.send_message(chat_id=telegram_chat_id, **message_kwargs(reply))
            except Exception as failure:  # any failure is this row's, never the queue's
                error = failure
            if error is None:
                outbox.mark_sent(row, now())
                delivered += 1
                continue
            outcome = outcome_of(error)
            if outcome is Outcome.flood:
                outbox.mark_retry(row, now(), f"429: {error.message}", retry_after=retry_after_seconds(error))
            elif outcome is Outcome.refused:
                log.warning("Telegram refused outbox message %d: %s", row_id, type(error).__name__)
                outbox.mark_failed(row, now(), error_text(error))
            else:
                log.warning("outbox message %d not sent (%s); attempt %d", row_id, type(error).__name__,
                            row.attempts + 1)
                outbox.mark_retry(row, now(), error_text(error))
            held_chats.add(chat_id)
        if isinstance(error, RetryAfter):
            break  # flood control holds for the whole bot: the rest waits for the next round
    return delivered


async def deliver_outbox(context) -> None:
    """JobQueue callback: deliver what the inbox wrote for Telegram."""
    delivered = await deliver(context.bot, context.conversation.sessions)
    if delivered:
        log.info("delivered %d outbox message(s)", delivered)
