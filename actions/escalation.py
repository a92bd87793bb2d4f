"""Handing over to the person's own regisseur: asked for, not understood twice, or a sensitive subject."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import select

from actions.personal import now, reply_language, sessions
from inburgering.handover.escalation import (
    SNAPSHOT_TURNS,
    Turn,
    contact_phone,
    escalate_from_chat,
    gemeente_of,
)
from inburgering.models import Author, Chat, EscalationReason
from inburgering.platform.db import session_scope
from inburgering.platform.settings import LANGUAGES, get_settings
from inburgering.text.language import detect_language
from inburgering.text.sensitive import sensitive_subject

SENSITIVE_INTENT = "report_sensitive"


def turns_from_events(events: list[dict[str, Any]], language: str, limit: int = SNAPSHOT_TURNS) -> list[Turn]:
    """The last user and bot texts of the conversation (button payloads are left out)."""
    turns = []
    for event in events:
        text = (event.get("text") or "").strip()
        if not text or text.startswith("/"):
            continue
        if event.get("event") == "user":
            said = (event.get("metadata") or {}).get("language") or detect_language(text)
            turns.append(Turn(Author.user, text, said if said in LANGUAGES else language))
        elif event.get("event") == "bot":
            turns.append(Turn(Author.bot, text, language))
    return turns[-limit:]


def reason_for(tracker: Tracker) -> tuple[EscalationReason, str | None]:
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent == SENSITIVE_INTENT:
        return EscalationReason.sensitive, sensitive_subject(tracker.latest_message.get("text") or "") or "other"
    if intent == "nlu_fallback":
        return EscalationReason.misunderstood_twice, None
    return EscalationReason.request_regisseur, None


def escalate_conversation(
    dispatcher: CollectingDispatcher, tracker: Tracker, reason: EscalationReason, subject: str | None = None,
) -> list[dict[str, Any]]:
    """Create (or add to) the chat's escalation and tell the user what happens next and when."""
    settings = get_settings()
    language = reply_language(tracker)
    with session_scope(sessions()) as session:
        # The conversation id is the chat's pseudonym: it leads to this chat and its own person only.
        chat = session.scalar(select(Chat).where(Chat.pseudonym == tracker.sender_id))
        if chat is None:
            # Not a chat we know (e.g. `rasa shell`): say how to reach the municipality instead.
            dispatcher.utter_message(response="utter_request_regisseur", phone=contact_phone(settings))
            return []
        turns = turns_from_events(tracker.events, language)
        escalation = escalate_from_chat(session, settings, chat, reason, language, turns, subject=subject, now=now())
        phone = contact_phone(settings, gemeente_of(session, chat, settings.gemeente))
        dispatcher.utter_message(
            response="utter_escalated", reason=reason.value, due_at=escalation.due_at.isoformat(),
            linked=escalation.regisseur_id is not None, phone=phone,
        )
    return []


class ActionEscalate(Action):
    def name(self) -> str:
        return "action_escalate"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        reason, subject = reason_for(tracker)
        return escalate_conversation(dispatcher, tracker, reason, subject)
