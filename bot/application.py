"""All wiring of the Telegram bot in one place."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot import claims, handlers, routes, voice
from bot.context import BotContext, BotData
from bot.conversation import Conversation
from bot.journal import Journal, JournalingQueue
from bot.outbox import deliver_outbox
from bot.rasa_client import RasaClient
from bot.reminders import send_due_reminders
from bot.rendering import message_kwargs
from bot.update_processor import DEFAULT_MAX_CONCURRENT_UPDATES, ChatOrderedUpdateProcessor
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.rasa_tracker import purge_old_events
from inburgering.platform.settings import LANGUAGES, Settings
from inburgering.review import retention
from inburgering.text import sensitive
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

RETRY_JOB_NAME = "retry-pending-messages"
OUTBOX_JOB_NAME = "deliver-outbox"
REMINDER_JOB_NAME = "appointment-reminders"
RETENTION_JOB_NAME = "retention"
RECOVERY_JOB_NAME = "recover-updates"
VOICE_JOB_NAME = "interrupted-voice-notes"
RETENTION_INTERVAL = timedelta(days=1)
# Telegram answers 429 "retry after N seconds" when the bot sends too fast: wait and send again,
# a few times, rather than lose the answer.
TELEGRAM_FLOOD_RETRIES = 5


def build_conversation(settings: Settings) -> Conversation:
    return Conversation(
        settings, session_factory(settings.database_url), RasaClient(settings.rasa_urls, settings.rasa_timeout_seconds)
    )


def build_application(
    settings: Settings,
    conversation: Conversation | None = None,
    request: HTTPXRequest | None = None,
    concurrent_updates: int = DEFAULT_MAX_CONCURRENT_UPDATES,
) -> Application:
    """The bot: handlers, custom context, retry job; talks to ``settings.telegram_base_url``.

    Up to ``concurrent_updates`` updates of different chats are handled at once, each chat's in
    order (1: one update at a time, python-telegram-bot's default). Every update is journaled
    before python-telegram-bot confirms it to Telegram (bot.journal).
    """
    conversation = conversation or build_conversation(settings)
    journal = Journal(conversation.sessions, timedelta(seconds=settings.update_recover_seconds))
    builder = (
        Application.builder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_base_url)
        # Voice notes are downloaded from Telegram's file server (…/file/bot<token>/<path>).
        .base_file_url(settings.telegram_base_url.removesuffix("/bot") + "/file/bot")
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .update_queue(JournalingQueue(journal))
        .concurrent_updates(ChatOrderedUpdateProcessor(
            max(concurrent_updates, 1), max_admitted=1 if concurrent_updates <= 1 else None, journal=journal))
        # Telegram's flood limits (30 messages a second overall); a 429 is waited out and sent again.
        .rate_limiter(AIORateLimiter(overall_max_rate=settings.telegram_max_messages_per_second,
                                     max_retries=TELEGRAM_FLOOD_RETRIES))
        .post_init(_post_init)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.bot_data.router = routes.Router(conversation)
    application.bot_data.journal = journal

    async def send_stored(chat_id: int, reply) -> None:
        await application.bot.send_message(chat_id=chat_id, **message_kwargs(reply))

    # A chat's new update first finishes what a dead bot process left of the chat (bot.journal).
    application.update_processor.answer_left_first(application.process_update, send_stored)

    # One routing table for Telegram and the demo chat (bot.routes).
    # Private chats only, new messages only (no edits, groups or channels): see bot.handlers.
    # Before every other handler: the update's id, claimed once by the turn that answers it (bot.claims).
    application.add_handler(TypeHandler(Update, claims.remember_update), group=-1)
    private = handlers.PRIVATE_MESSAGES
    for command in routes.COMMANDS:
        application.add_handler(CommandHandler(list(command.names), handlers.command_handler(command), private))
    application.add_handler(MessageHandler(private & filters.COMMAND, handlers.unknown_command))
    for route in routes.BUTTONS:
        application.add_handler(CallbackQueryHandler(handlers.button_handler(route), pattern=route.pattern))
    application.add_handler(CallbackQueryHandler(handlers.button_handler(None)))
    application.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, handlers.text_message))
    # Voice notes, audio files and video notes (issue 14): kept, acknowledged, heard or passed to a person.
    application.add_handler(
        MessageHandler(private & (filters.VOICE | filters.AUDIO | filters.VIDEO_NOTE), voice.voice_message)
    )
    application.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.media_message)
    )
    application.add_error_handler(handlers.error_handler)

    if application.job_queue is not None:
        application.job_queue.run_repeating(
            retry_pending, interval=settings.pending_retry_seconds, first=settings.pending_retry_seconds,
            name=RETRY_JOB_NAME,
        )
        # Regisseur replies and take-over notices written by the inbox (issue 5).
        application.job_queue.run_repeating(
            deliver_outbox, interval=settings.outbox_interval_seconds, first=1, name=OUTBOX_JOB_NAME,
        )
        # Appointment reminders, the day before and two hours before (issue 4).
        application.job_queue.run_repeating(
            send_due_reminders, interval=settings.reminder_check_seconds, first=5, name=REMINDER_JOB_NAME,
        )
        # Voice notes whose listening a dead bot process left unfinished: to a person (issue 12).
        application.job_queue.run_repeating(
            voice.hand_over_interrupted, interval=60, first=30, name=VOICE_JOB_NAME,
        )
        # Updates a dead bot process (this one or another instance) left unanswered (issue 12).
        application.job_queue.run_repeating(
            recover_updates, interval=max(1, min(30, settings.update_recover_seconds // 2)),
            first=max(1, min(30, settings.update_recover_seconds // 2)), name=RECOVERY_JOB_NAME,
        )
        # Raw conversation texts older than RETENTION_DAYS are emptied once a day (issue 6).
        application.job_queue.run_repeating(
            purge_old_texts, interval=RETENTION_INTERVAL, first=60, name=RETENTION_JOB_NAME,
        )
    return application


async def _post_init(application: Application) -> None:
    """Command menu in each language (Telegram shows the one matching the phone's language);
    the crisis classifier is trained now, so the first message does not wait for it. Updates are
    taken only after this: once Rasa and the action server answer their health checks (issue 12)."""
    await application.bot_data.router.conversation.wait_until_ready()
    await asyncio.to_thread(sensitive.warm_up)
    for language in (*LANGUAGES, None):
        t = translator(language or "nl")
        commands = [BotCommand(command.names[0], t.gettext(command.menu))
                    for command in routes.COMMANDS if command.menu is not None]
        if language is None:
            await application.bot.set_my_commands(commands)
        else:
            await application.bot.set_my_commands(commands, language_code=language)


async def purge_old_texts(context: BotContext) -> None:
    """Retention: empty raw conversation texts older than RETENTION_DAYS; aggregates stay."""
    conversation = context.conversation
    with session_scope(conversation.sessions) as session:
        purged = retention.purge_old_texts(session, conversation.settings.retention_days)
        claims.prune(session)  # the update claims of several instances: a few days are enough
        Journal.prune(session)  # updates given up on (their text was dropped then)
    # Rasa's own tracker store keeps the same texts (pseudonymous): same retention.
    events = purge_old_events(conversation.settings.rasa_tracker_url, conversation.settings.retention_days)
    if purged.total or events:
        log.info("retention: emptied %d old text(s), deleted %d old Rasa event(s)", purged.total, events)


async def recover_updates(context: BotContext) -> None:
    """Handle again (or send the answers of) updates a dead bot process left in the journal."""

    async def send(chat_id: int, reply) -> None:
        await context.bot.send_message(chat_id=chat_id, **message_kwargs(reply))

    taken = await context.bot_data.journal.recover(context.bot, context.application.update_queue.put, send)
    if taken:
        log.info("recovered %d update(s) from the journal", taken)


async def retry_pending(context: BotContext) -> None:
    """Answer messages that were kept while the assistant was unavailable; their answers go out at once."""
    answered = await context.conversation.retry_pending(lambda: deliver_outbox(context))
    if answered:
        log.info("answered %d kept message(s)", answered)


def run(settings: Settings) -> None:
    """Run the bot with long polling (default) or a webhook checked with Telegram's secret token."""
    application = build_application(settings, concurrent_updates=settings.concurrent_updates)
    if settings.telegram_mode == "webhook":
        if not settings.webhook_url or not settings.webhook_secret:
            raise SystemExit("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
