"""Turning assistant replies into Telegram messages."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.rasa_client import Reply

# Telegram's limit for callback data; longer payloads cannot be sent back.
MAX_CALLBACK_BYTES = 64
TELEGRAM_TEXT_LIMIT = 4096


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """Inline buttons, one per row: long Arabic and Tigrinya titles stay readable."""
    rows = [
        [InlineKeyboardButton(title, callback_data=payload)]
        for title, payload in reply.buttons
        if len(payload.encode()) <= MAX_CALLBACK_BYTES
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def message_kwargs(reply: Reply) -> dict:
    return {"text": reply.text[:TELEGRAM_TEXT_LIMIT] or "…", "reply_markup": keyboard(reply)}
