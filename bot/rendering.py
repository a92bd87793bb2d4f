"""Turning assistant replies into Telegram messages."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.messages import Reply
from inburgering.payloads import FEEDBACK
from inburgering.speech.voices import ogg_opus_seconds

# Telegram's limit for callback data; longer payloads cannot be sent back.
MAX_CALLBACK_BYTES = 64
TELEGRAM_TEXT_LIMIT = 4096
TELEGRAM_CAPTION_LIMIT = 1024


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """Inline buttons, one per row: long Arabic and Tigrinya titles stay readable.

    Feedback buttons (👍/👎, 1-5) are short and belong together: they share one row.
    """
    rows: list[list[InlineKeyboardButton]] = []
    feedback_row: list[InlineKeyboardButton] = []
    for title, payload in reply.buttons:
        if len(payload.encode()) > MAX_CALLBACK_BYTES:
            continue
        button = InlineKeyboardButton(title, callback_data=payload)
        if payload.startswith(FEEDBACK) and payload != f"{FEEDBACK}skip":
            feedback_row.append(button)
        else:
            rows.append([button])
    if feedback_row:
        rows.append(feedback_row)
    return InlineKeyboardMarkup(rows) if rows else None


def message_kwargs(reply: Reply) -> dict:
    return {"text": reply.text[:TELEGRAM_TEXT_LIMIT] or "…", "reply_markup": keyboard(reply)}


def is_voice_note(reply: Reply) -> bool:
    """A spoken answer (OGG/Opus, ``bot.speak``): sent with sendVoice, so Telegram shows a player."""
    return reply.attachment is not None and reply.attachment.mime_type == "audio/ogg"


def voice_kwargs(reply: Reply) -> dict:
    """A voice note: the text is its caption (e.g. "computer voice")."""
    assert reply.attachment is not None
    return {
        "voice": reply.attachment.content,
        "filename": reply.attachment.filename,
        "duration": ogg_opus_seconds(reply.attachment.content) or None,
        "caption": reply.text[:TELEGRAM_CAPTION_LIMIT] or None,
        "reply_markup": keyboard(reply),
    }


def document_kwargs(reply: Reply) -> dict:
    """A reply with a file (``reply.attachment``): the text becomes the file's caption."""
    assert reply.attachment is not None
    return {
        "document": reply.attachment.content,
        "filename": reply.attachment.filename,
        "caption": reply.text[:TELEGRAM_CAPTION_LIMIT] or None,
        "reply_markup": keyboard(reply),
    }
