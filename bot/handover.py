"""The bot's side of handing over to a person, all before or around Rasa.

Crisis words get the emergency numbers at once (also when Rasa is down); while a regisseur has
taken over a chat its messages go to the inbox and the bot stays silent; a message kept because
Rasa is down is answered when it is back, and escalated only when it waited too long (issue 12).
"""

from __future__ import annotations

from datetime import datetime

from bot.messages import Reply, reply
from bot.turn import Turn
from inburgering.handover.escalation import Turn as EscalationTurn
from inburgering.handover.escalation import (
    contact_phone,
    escalate_from_chat,
    forward_message,
    gemeente_of,
    open_escalation,
)
from inburgering.handover.inbox import original_text
from inburgering.models import Author, EscalationReason, PendingMessage
from inburgering.payloads import INTENT
from inburgering.responses.escalation import escalated_text
from inburgering.text.i18n import translator


def _phone(turn: Turn) -> str | None:
    return contact_phone(turn.settings, gemeente_of(turn.session, turn.chat, turn.settings.gemeente))


def crisis(turn: Turn, text: str, language: str, *, certain: bool) -> Reply:
    """Emergency numbers now (a gentle "are you safe?" first when unsure); then the regisseur is told."""
    turn.session.flush()  # a new chat needs its id
    answer = reply("bot_crisis" if certain else "bot_crisis_check", translator(language), {"phone": _phone(turn)})
    escalate_from_chat(turn.session, turn.settings, turn.chat, EscalationReason.sensitive, language,
                       [EscalationTurn(Author.user, text, language), EscalationTurn(Author.bot, answer.text, language)],
                       subject="crisis")
    return answer


def forward(turn: Turn, text: str, language: str) -> None:
    """A message while a regisseur has the chat: to the inbox; the bot says nothing."""
    forward_message(turn.session, turn.settings, turn.chat, text, language)


def keep_unanswered(turn: Turn, text: str, language: str) -> Reply:
    """Rasa is down: keep the message to answer later; say so, with the number to call when it is urgent.

    No escalation yet: a restart or a short outage should not reach a person
    (:meth:`bot.conversation.Conversation.escalate_overdue` asks one when it lasts).
    """
    turn.session.flush()  # a new chat needs its id
    turn.session.add(PendingMessage(chat_id=turn.chat.id, text=text, language=language))
    t = translator(language)
    phone = _phone(turn)
    urgent = t.gettext("Is it urgent? Call the municipality: {phone}.", phone=phone) if phone else None
    return reply("bot_unavailable", t, {"escalated": urgent})


def escalate_kept(turn: Turn, kept: list[tuple[str, str]], now: datetime) -> Reply | None:
    """Messages kept too long: to a person (the chat's open escalation, if any). What to tell the user,
    when this made a new escalation; None when the chat had one open already (the user knows) or
    the kept messages were only button presses."""
    typed = [(text, language) for text, language in kept if not text.startswith(INTENT)]
    if not typed:
        return None
    language = typed[-1][1]
    had_one_open = open_escalation(turn.session, turn.chat.id) is not None
    escalation = escalate_from_chat(turn.session, turn.settings, turn.chat, EscalationReason.assistant_unavailable,
                                    language, [EscalationTurn(Author.user, text, lang) for text, lang in typed],
                                    now=now)
    if had_one_open:
        return None
    text = escalated_text(translator(language), EscalationReason.assistant_unavailable, escalation.due_at,
                          linked=escalation.regisseur_id is not None, phone=_phone(turn))
    return Reply(text)


def original(turn: Turn, payload: str) -> list[Reply]:
    """'Show the Dutch original' under a regisseur's translated reply."""
    found = original_text(turn.session, turn.chat.id, payload)
    if found is None:
        return [turn.reply("bot_button_expired")]
    return [turn.reply("bot_dutch_original", {"original": found})]
