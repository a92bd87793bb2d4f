"""Telegram update handlers: each one hands the update to the shared conversation."""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import BotContext
from bot.conversation import choose_language_reply
from bot.feedback import feedback_prompt
from bot.personal import reminders_prompt, unlink_prompt
from bot.privacy import forget_prompt
from bot.rasa_client import Reply
from bot.rendering import document_kwargs, message_kwargs

log = logging.getLogger(__name__)


async def send_replies(update: Update, replies: list[Reply]) -> None:
    chat = update.effective_chat
    for reply in replies:
        if reply.attachment is not None:
            await chat.send_document(**document_kwargs(reply))
        else:
            await chat.send_message(**message_kwargs(reply))


async def start(update: Update, context: BotContext) -> None:
    """/start [code]: welcome, and link the chat when a code from the regisseur is given."""
    code = context.args[0] if context.args else None
    replies = await context.conversation.start(update.effective_chat.id, code)
    await send_replies(update, replies)


async def choose_language(update: Update, context: BotContext) -> None:
    """/taal: offer the three languages as buttons."""
    await send_replies(update, [choose_language_reply()])


async def unlink(update: Update, context: BotContext) -> None:
    """/ontkoppel: unlink this chat from the person, after a confirmation button."""
    await send_replies(update, unlink_prompt(context.conversation, update.effective_chat.id))


async def reminders(update: Update, context: BotContext) -> None:
    """/herinneringen: show whether appointment reminders are on, with a button to change it."""
    await send_replies(update, reminders_prompt(context.conversation, update.effective_chat.id))


async def feedback(update: Update, context: BotContext) -> None:
    """/feedback: free feedback about the assistant at any time (stored anonymised)."""
    await send_replies(update, feedback_prompt(context.conversation, update.effective_chat.id))


async def forget(update: Update, context: BotContext) -> None:
    """/vergeet: delete this chat's conversation data after a confirmation button."""
    await send_replies(update, forget_prompt(context.conversation, update.effective_chat.id))


async def text_message(update: Update, context: BotContext) -> None:
    """A typed message: answer it through the assistant."""
    replies = await context.conversation.text(update.effective_chat.id, update.effective_message.text)
    await send_replies(update, replies)


async def button_pressed(update: Update, context: BotContext) -> None:
    """An inline button: answer the callback, then handle the payload like a message."""
    query = update.callback_query
    await query.answer()
    replies = await context.conversation.button(update.effective_chat.id, query.data or "")
    await send_replies(update, replies)


async def unsupported_message(update: Update, context: BotContext) -> None:
    """Stickers, voice notes, photos, files: say kindly that only text works."""
    await send_replies(update, context.conversation.unsupported(update.effective_chat.id))


async def error_handler(update: object, context: BotContext) -> None:
    """Log errors without message texts or tokens."""
    log.error("error while handling an update: %s", type(context.error).__name__, exc_info=context.error)
