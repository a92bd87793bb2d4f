"""The bot's side of handing over to a person, all before or around Rasa.

Crisis words get the emergency numbers at once (also when Rasa is down);
while a regisseur has taken over a chat its messages go to the inbox and the
bot stays silent; a message kept because Rasa is down is escalated as well.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.rasa_client import Reply
from inburgering.db import session_scope
from inburgering.escalation import (
    Turn,
    contact_phone,
    crisis_text,
    escalate_from_chat,
    escalated_text,
    forward_message,
    gemeente_of,
    is_taken_over,
)
from inburgering.i18n import translator
from inburgering.inbox import ORIGINAL_PAYLOAD_PREFIX, original_text
from inburgering.models import Author, Chat, EscalationReason
from inburgering.settings import Settings


def crisis_replies(sessions: sessionmaker[Session], settings: Settings, chat_id: int, text: str,
                   language: str) -> list[Reply]:
    """Emergency numbers now; then the regisseur is told (reason sensitive, subject crisis)."""
    t = translator(language)
    with session_scope(sessions) as session:
        chat = session.get(Chat, chat_id)
        phone = contact_phone(settings, gemeente_of(session, chat, settings.gemeente))
        reply = Reply(crisis_text(t, phone))
        escalate_from_chat(session, settings, chat, EscalationReason.sensitive, language,
                           [Turn(Author.user, text, language), Turn(Author.bot, reply.text, language)],
                           subject="crisis")
    return [reply]


def forward_if_taken_over(sessions: sessionmaker[Session], settings: Settings, chat_id: int, text: str,
                          language: str) -> bool:
    """True when a regisseur has the chat: the message went to the inbox and the bot says nothing."""
    with session_scope(sessions) as session:
        if not is_taken_over(session, chat_id):
            return False
        forward_message(session, settings, session.get(Chat, chat_id), text, language)
    return True


def escalate_unavailable(sessions: sessionmaker[Session], settings: Settings, chat_id: int, text: str,
                         language: str) -> str:
    """Escalate a message that was kept because the assistant is down; returns what to tell the user."""
    with session_scope(sessions) as session:
        chat = session.get(Chat, chat_id)
        escalation = escalate_from_chat(session, settings, chat, EscalationReason.assistant_unavailable, language,
                                        [Turn(Author.user, text, language)])
        phone = contact_phone(settings, gemeente_of(session, chat, settings.gemeente))
        return escalated_text(translator(language), EscalationReason.assistant_unavailable, escalation.due_at,
                              linked=escalation.regisseur_id is not None, phone=phone)


def is_original_payload(payload: str) -> bool:
    return payload.startswith(ORIGINAL_PAYLOAD_PREFIX)


def original_replies(sessions: sessionmaker[Session], chat_id: int, payload: str, language: str) -> list[Reply]:
    """'Show the Dutch original' under a regisseur's translated reply."""
    t = translator(language)
    with session_scope(sessions) as session:
        original = original_text(session, chat_id, payload)
    if original is None:
        return [Reply(t.gettext("This button no longer works. Please type your question."))]
    return [Reply(t.gettext("The Dutch original:") + "\n\n" + original)]
