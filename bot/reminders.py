"""The reminder job: appointment reminders the day before and two hours before, each sent once.

Which reminders are due is decided in :mod:`inburgering.schedule.reminders`. Here each
one is claimed in the database *before* it is sent (a unique row per
appointment time, chat and kind), so a restart or a second bot process never
sends it again. A failure is caught per reminder and handled by the policy every
queue shares (:mod:`inburgering.platform.queues`): refused for good, tried again
after a back-off, or (timed out: it may have arrived) not tried again; none stops
the reminders behind it. Logs carry counts and error types only, never chat ids or
appointment details.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot

from bot.context import BotContext
from bot.delivery import Outcome, outcome_of
from bot.messages import Reply
from bot.rendering import message_kwargs
from inburgering.models import AppointmentStatus, Chat
from inburgering.platform.db import session_scope
from inburgering.platform.queues import error_text
from inburgering.platform.settings import LANGUAGES
from inburgering.responses.appointments import reminder_message
from inburgering.schedule.appointments import appointment_arguments, own_appointment
from inburgering.schedule.reminders import (
    DueReminder,
    claim,
    due_reminders,
    mark_failed,
    mark_retry,
    mark_sent,
    release,
)
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)


async def send_due_reminders(context: BotContext) -> None:
    """JobQueue callback: send the reminders that are due now."""
    conversation = context.conversation
    sent = await deliver_reminders(conversation.sessions, context.bot, conversation.settings.default_language)
    if sent:
        log.info("sent %d appointment reminder(s)", sent)


def _still_due(session: Session, reminder: DueReminder) -> dict | None:
    """The appointment's details if it is still this chat's own, planned, at the same time, reminders on."""
    chat = session.get(Chat, reminder.chat_id)
    if chat is None or not chat.reminders_enabled:
        return None
    appointment = own_appointment(session, chat.inburgeraar_id, reminder.appointment_id)
    if (
        appointment is None
        or appointment.status != AppointmentStatus.planned
        or appointment.starts_at != reminder.starts_at
    ):
        return None
    return appointment_arguments(appointment)


async def deliver_reminders(
    sessions: sessionmaker[Session], bot: Bot, default_language: str, now: datetime | None = None
) -> int:
    """Send every due reminder once; returns how many were sent."""
    now = now or datetime.now(timezone.utc)
    with session_scope(sessions) as session:
        due = due_reminders(session, now, default_language)
    sent = 0
    for reminder in due:
        try:
            with session_scope(sessions) as session:
                arguments = _still_due(session, reminder)
        except Exception as error:  # this reminder's problem, not the queue's
            log.warning("reminder check failed (%s)", type(error).__name__)
            continue
        if arguments is None:
            continue
        claim_id = claim(sessions, reminder, now)
        if claim_id is None:
            continue  # another process (or an earlier run) has it
        try:
            language = reminder.language if reminder.language in LANGUAGES else default_language
            message = reminder_message(translator(language), reminder.kind.value, arguments)
            reply = Reply(message["text"], tuple((b["title"], b["payload"]) for b in message["buttons"]))
            await bot.send_message(chat_id=reminder.telegram_chat_id, **message_kwargs(reply))
        except Exception as error:  # every failure is handled for this reminder alone
            outcome = outcome_of(error)
            log.warning("reminder not delivered (%s: %s)", type(error).__name__, outcome.value)
            if outcome is Outcome.flood:
                # Telegram asks the whole bot to wait: give the claim back, uncounted; the next run tries again.
                release(sessions, claim_id)
                break
            if outcome is Outcome.refused:
                mark_failed(sessions, claim_id, now, error_text(error))  # e.g. the user blocked the bot
            elif outcome is Outcome.uncertain:
                # It may have arrived: sending it again could make it arrive twice.
                mark_failed(sessions, claim_id, now, error_text(error), uncertain=True)
            else:
                mark_retry(sessions, claim_id, now, error_text(error))
        else:
            mark_sent(sessions, claim_id, datetime.now(timezone.utc))
            sent += 1
    return sent
