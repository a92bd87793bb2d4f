"""The privacy notice on /start and /vergeet (forget me), handled by the bot itself."""

from __future__ import annotations

import logging

from bot.messages import Reply
from bot.turn import Turn
from inburgering.payloads import FORGET
from inburgering.platform.rasa_tracker import forget_conversation
from inburgering.responses.privacy import NOTICE_VERSION
from inburgering.review.retention import forget_chat

log = logging.getLogger(__name__)


def notice(turn: Turn) -> Reply:
    """In the user's language; before we know it, in every language."""
    return turn.reply("bot_privacy_notice", {"days": turn.settings.retention_days,
                                             "all_languages": turn.chat.language is None})


def shown(turn: Turn) -> None:
    """Remember which notice the chat has seen: it decides what its questions may be used for."""
    turn.chat.privacy_notice_version = NOTICE_VERSION


def forget_prompt(turn: Turn) -> list[Reply]:
    """/vergeet: ask for confirmation first, and say what stays."""
    return [turn.reply("bot_forget_confirm")]


def forget_button(turn: Turn, payload: str) -> list[Reply]:
    if payload != f"{FORGET}yes":
        return [turn.reply("bot_forget_kept")]
    purged = forget_chat(turn.session, turn.chat)
    # Rasa's own tracker store keeps the same texts (pseudonymous); a separate database.
    forget_conversation(turn.settings.rasa_tracker_url, turn.chat.pseudonym)
    log.info("chat %s: conversation data forgotten (%d texts)", turn.chat.pseudonym[:8], purged.total)
    return [turn.reply("bot_forgotten")]
