"""Telegram update handlers, made from the routing table (``bot.routes``).

The assistant works in private chats only. Updates from groups, supergroups and channels are
ignored without an answer (``bot.application`` registers every message handler with
:data:`PRIVATE_MESSAGES`; button presses are checked here): a group would show one person's
questions, appointments and links to everyone in it, and a one-line "I only work in a private
chat" answer to every group message would be noise for the group. An edited message is not
answered again either: its first version was answered (or kept, or escalated) already.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import CallbackQuery, Chat, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import filters

from bot import feedback, journal, speak
from bot.context import BotContext
from bot.messages import Reply
from bot.rendering import document_kwargs, is_voice_note, message_kwargs
from bot.routes import Button, Command

log = logging.getLogger(__name__)

# New messages in private chats: no edits, no channel posts, no groups.
PRIVATE_MESSAGES = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


def private_chat_id(update: Update) -> int | None:
    """The private chat the update comes from; None for a group, a channel or no chat (inline)."""
    chat = update.effective_chat
    return chat.id if chat is not None and chat.type == Chat.PRIVATE else None


async def send_replies(update: Update, replies: list[Reply], context: BotContext) -> None:
    """Send the answers; first they are kept in the update's journal row, so a crash now cannot lose them,
    and each one sent leaves the row, so a crash between two answers, or after the last one, does not send
    it again."""
    if not replies:
        return
    kept = context.bot_data.journal
    if kept is not None:
        kept.sending(update.update_id, replies)
    chat = update.effective_chat
    for index, reply in enumerate(replies, start=1):
        if is_voice_note(reply):
            await speak.send(chat, reply)
        elif reply.attachment is not None:
            await chat.send_document(**document_kwargs(reply))
        else:
            await chat.send_message(**message_kwargs(reply))
        if kept is not None:  # also after the last: a crash before the row is settled sends nothing again
            kept.sent(update.update_id, replies[index:])


def command_handler(command: Command):
    """A handler for one command of the table; the text after the command is its argument."""

    async def handle(update: Update, context: BotContext) -> None:
        argument = " ".join(context.args or ())
        replies = await context.router.command(update.effective_chat.id, command.names[0], argument)
        await send_replies(update, replies, context)

    handle.__doc__ = command.handler.__doc__
    return handle


def button_handler(route: Button | None):
    """A handler for one payload prefix of the table (None: a payload no route knows).

    The payload is checked by the router (``inburgering.payloads.parse``). A press on a message
    sent inline (no chat) or in a group only gets its spinner stopped.
    """

    async def handle(update: Update, context: BotContext) -> None:
        query = update.callback_query
        # Telegram refuses answers to presses older than a few minutes (after a restart): the
        # reply below matters more than the spinner.
        with contextlib.suppress(TelegramError):
            await query.answer()
        chat_id = private_chat_id(update)
        if chat_id is None:
            return
        # One 👍/👎 per answer: the vote is keyed by the message the button was on; 🔊 speaks its text.
        with (feedback.pressed_on(getattr(query.message, "message_id", None)),
              speak.pressed_text(getattr(query.message, "text", None))):
            replies = await context.router.button(chat_id, query.data)
        if isinstance(query.data, str) and query.data.startswith(feedback.VOTES):
            await _take_off_vote_buttons(query)
        await send_replies(update, replies, context)

    handle.__doc__ = route.handler.__doc__ if route is not None else "An unknown payload."
    return handle


async def _take_off_vote_buttons(query: CallbackQuery) -> None:
    """One vote per answer: 👍/👎 (or 1-5) leave the message once one was pressed; other buttons stay."""
    markup = getattr(query.message, "reply_markup", None)  # an old message may be inaccessible
    if markup is None:
        return
    rows = [[button for button in row
             if not (isinstance(button.callback_data, str) and button.callback_data.startswith(feedback.VOTES))]
            for row in markup.inline_keyboard]
    rows = [row for row in rows if row]
    with contextlib.suppress(TelegramError):  # e.g. the message is too old to edit: the vote still counts once
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command that is not in the table: a short help in the user's language."""
    name = (update.effective_message.text or "/").split()[0].lstrip("/").split("@")[0]
    await send_replies(update, await context.router.command(update.effective_chat.id, name), context)


async def text_message(update: Update, context: BotContext) -> None:
    """A typed message: answer it through the assistant."""
    replies = await context.router.text(update.effective_chat.id, update.effective_message.text)
    await send_replies(update, replies, context)


async def media_message(update: Update, context: BotContext) -> None:
    """Photos, files, stickers, voice notes: a caption is read as text, otherwise a kind answer."""
    message = update.effective_message
    await send_replies(update, await context.router.media(update.effective_chat.id, message.caption), context)


async def error_handler(update: object, context: BotContext) -> None:
    """Log errors without message texts or tokens."""
    log.error("error while handling an update: %s", type(context.error).__name__, exc_info=context.error)
    if isinstance(update, Update):
        journal.handler_failed(context.error)  # its journal row stays and is tried again later
