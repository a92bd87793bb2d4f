"""The bot's side of handing over to a person, all before or around Rasa.

Crisis words get the emergency numbers at once (also when Rasa is down); while a regisseur has
taken over a chat its messages go to the inbox and the bot stays silent; a message kept because
Rasa is down is escalated as well.
"""

from __future__ import annotations

from bot.messages import Reply, reply
from bot.turn import Turn
from inburgering.handover.escalation import Turn as EscalationTurn
from inburgering.handover.escalation import contact_phone, escalate_from_chat, forward_message, gemeente_of
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
    """Rasa is down: keep the message to answer later and, for a typed question, tell a person too."""
    turn.session.flush()  # a new chat needs its id
    turn.session.add(PendingMessage(chat_id=turn.chat.id, text=text, language=language))
    t = translator(language)
    escalated = None
    if not text.startswith(INTENT):
        escalation = escalate_from_chat(turn.session, turn.settings, turn.chat,
                                        EscalationReason.assistant_unavailable, language,
                                        [EscalationTurn(Author.user, text, language)])
        escalated = escalated_text(t, EscalationReason.assistant_unavailable, escalation.due_at,
                                   linked=escalation.regisseur_id is not None, phone=_phone(turn))
    return reply("bot_unavailable", t, {"escalated": escalated})


def original(turn: Turn, payload: str) -> list[Reply]:
    """'Show the Dutch original' under a regisseur's translated reply."""
    found = original_text(turn.session, turn.chat.id, payload)
    if found is None:
        return [turn.reply("bot_button_expired")]
    return [turn.reply("bot_dutch_original", {"original": found})]
