"""The privacy notice on /start and /vergeet (forget me), handled by the bot itself (issue 6)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.rasa_client import Reply
from inburgering.db import session_scope
from inburgering.i18n import Translator, translator
from inburgering.models import Chat
from inburgering.payloads import FORGET
from inburgering.rasa_tracker import forget_conversation
from inburgering.retention import forget_chat
from inburgering.settings import LANGUAGES

if TYPE_CHECKING:
    from bot.conversation import ChatState, Conversation

log = logging.getLogger(__name__)


def notice_text(t: Translator, days: int) -> str:
    """What is stored, for how long, who sees it: short, for people who read little."""
    return "\n".join([
        t.gettext("Privacy: what I keep."),
        t.ngettext(
            "I keep your messages for {n} day at most, so a person can help you.",
            "I keep your messages for {n} days at most, so a person can help you.",
            days,
        ),
        t.gettext("If you link your account, I show your own appointments. Only the municipality sees your name."),
        t.gettext("Feedback is stored without your name or number. The participatieraad reads it."),
        t.gettext("With /vergeet I delete your messages."),
    ])


def privacy_notice(language: str | None, days: int) -> Reply:
    """In the user's language; before we know it, in every language."""
    languages = [language] if language else list(LANGUAGES)
    return Reply("\n\n".join(notice_text(translator(code), days) for code in languages))


def forget_prompt(conversation: Conversation, telegram_chat_id: int) -> list[Reply]:
    """/vergeet: ask for confirmation first, and say what stays."""
    state = conversation.chat_state(telegram_chat_id)
    t = translator(state.language or conversation.settings.default_language)
    return [Reply(
        t.gettext("Do you want me to delete your messages and the link to your feedback? This cannot be undone."),
        ((t.gettext("Yes, delete"), f"{FORGET}yes"), (t.gettext("No, keep"), f"{FORGET}no")),
    )]


def handle_forget_button(conversation: Conversation, state: ChatState, payload: str) -> list[Reply] | None:
    if not payload.startswith(FORGET):
        return None
    t = translator(state.language or conversation.settings.default_language)
    if payload != f"{FORGET}yes":
        return [Reply(t.gettext("OK, nothing was deleted."))]
    with session_scope(conversation.sessions) as session:
        purged = forget_chat(session, session.get(Chat, state.id))
    forget_conversation(conversation.settings.rasa_tracker_url, state.pseudonym)
    log.info("chat %s: conversation data forgotten (%d texts)", state.pseudonym[:8], purged.total)
    return [Reply("\n".join([
        t.gettext("Done. I deleted your messages and the link to your feedback."),
        t.gettext(
            "The municipality still keeps your case file (your plan, appointments and decisions), because the "
            "law requires it. Ask your regisseur if you want to know what is in it."
        ),
    ]))]
