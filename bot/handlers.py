"""Telegram update handlers, made from the routing table (``bot.routes``)."""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import BotContext
from bot.messages import Reply
from bot.rendering import document_kwargs, message_kwargs
from bot.routes import Button, Command

log = logging.getLogger(__name__)


async def send_replies(update: Update, replies: list[Reply]) -> None:
    chat = update.effective_chat
    for reply in replies:
        if reply.attachment is not None:
            await chat.send_document(**document_kwargs(reply))
        else:
            await chat.send_message(**message_kwargs(reply))


def command_handler(command: Command):
    """A handler for one command of the table; the text after the command is its argument."""

    async def handle(update: Update, context: BotContext) -> None:
        argument = " ".join(context.args or ())
        await send_replies(update, await command.handler(context.conversation, update.effective_chat.id, argument))

    handle.__doc__ = command.handler.__doc__
    return handle


def button_handler(route: Button | None):
    """A handler for one payload prefix of the table (None: a payload no route knows)."""

    async def handle(update: Update, context: BotContext) -> None:
        query = update.callback_query
        await query.answer()
        replies = await context.router.button(update.effective_chat.id, query.data or "")
        await send_replies(update, replies)

    handle.__doc__ = route.handler.__doc__ if route is not None else "An unknown payload."
    return handle


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command that is not in the table: a short help in the user's language."""
    name = (update.effective_message.text or "/").split()[0].lstrip("/").split("@")[0]
    await send_replies(update, await context.router.command(update.effective_chat.id, name))


async def text_message(update: Update, context: BotContext) -> None:
    """A typed message: answer it through the assistant."""
    await send_replies(update, await context.router.text(update.effective_chat.id, update.effective_message.text))


async def media_message(update: Update, context: BotContext) -> None:
    """Photos, files, stickers, voice notes: a caption is read as text, otherwise a kind answer."""
    message = update.effective_message
    await send_replies(update, await context.router.media(update.effective_chat.id, message.caption))


async def error_handler(update: object, context: BotContext) -> None:
    """Log errors without message texts or tokens."""
    log.error("error while handling an update: %s", type(context.error).__name__, exc_info=context.error)

