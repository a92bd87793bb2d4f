"""Handing a conversation to the person's own regisseur: creating escalations.

Called by the action server (``action_escalate``), by the bot (crisis words,
Rasa unavailable, messages during a take-over) and by the reschedule flow
(:func:`escalate_reschedule`). One chat has at most one open escalation: a new
reason while one is open adds the turns and a history event to it, so an
outage does not flood the inbox.

What the user is told comes from named responses (``inburgering.responses.escalation``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inburgering.models import (
    Author,
    Chat,
    ChatTakeover,
    Escalation,
    EscalationEvent,
    EscalationMessage,
    EscalationReason,
    EscalationStatus,
    Inburgeraar,
    RescheduleRequest,
    TranslationState,
)
from inburgering.people.gemeente import chat_gemeente
from inburgering.people.profiles import ProfileError, load_profile
from inburgering.platform.settings import Settings
from inburgering.schedule.working_days import add_working_days
from inburgering.text.translation import TranslationEngine

OPEN_STATUSES = (EscalationStatus.nieuw, EscalationStatus.in_behandeling)
# How many turns of the conversation the regisseur gets with an escalation.
SNAPSHOT_TURNS = 10


@dataclass(frozen=True)
class Turn:
    author: Author
    text: str
    language: str


# -- service level --------------------------------------------------------------


def gemeente_of(session: Session, chat: Chat, default: str) -> str:
    """The chat's municipality: its person's, else the one it chose, else ``default`` (issue 17)."""
    return chat_gemeente(session, chat, default)


def service_level_days(settings: Settings, gemeente: str | None = None) -> int:
    """ESCALATION_SLA_WORKING_DAYS, unless the municipality's profile promises its own."""
    try:
        return load_profile(gemeente or settings.gemeente).contact.answer_within_working_days
    except ProfileError:
        return settings.escalation_sla_working_days


def contact_phone(settings: Settings, gemeente: str | None = None) -> str | None:
    try:
        return load_profile(gemeente or settings.gemeente).contact.phone
    except ProfileError:
        return None


# -- creating -------------------------------------------------------------------


def open_escalation(session: Session, chat_id: int) -> Escalation | None:
    return session.scalar(
        select(Escalation)
        .where(Escalation.chat_id == chat_id, Escalation.status.in_(OPEN_STATUSES))
        .order_by(Escalation.id.desc())
        .limit(1)
    )


def _message(turn: Turn, now: datetime) -> EscalationMessage:
    state = TranslationState.not_needed if turn.language == "nl" else TranslationState.pending
    return EscalationMessage(author=turn.author, text=turn.text, language=turn.language,
                             translation_state=state, at=now)


def add_turns(escalation: Escalation, turns: Iterable[Turn], now: datetime) -> list[EscalationMessage]:
    """Add turns the escalation does not hold yet (snapshots of one conversation overlap)."""
    known = {(m.author, m.text) for m in escalation.messages}
    added = []
    for turn in turns:
        if not turn.text.strip() or (turn.author, turn.text) in known:
            continue
        message = _message(turn, now)
        escalation.messages.append(message)
        known.add((turn.author, turn.text))
        added.append(message)
    return added


def escalate(
    session: Session, chat: Chat, reason: EscalationReason, language: str, turns: Sequence[Turn], *,
    working_days: int, subject: str | None = None, now: datetime | None = None, gemeente: str | None = None,
) -> Escalation:
    """Create an escalation for ``chat`` (or add to its open one); returns it, flushed.

    ``gemeente``: the chat's municipality (only its staff see the escalation); without it, the
    chat's own or the configured default.
    """
    now = now or datetime.now(timezone.utc)
    existing = open_escalation(session, chat.id)
    if existing is not None:
        add_turns(existing, turns[-SNAPSHOT_TURNS:], now)
        detail = reason.value + (f": {subject}" if subject else "")
        existing.events.append(EscalationEvent(action="escalated_again", detail=detail, at=now))
        session.flush()
        return existing
    regisseur_id = None
    if chat.inburgeraar_id is not None:
        regisseur_id = session.scalar(select(Inburgeraar.regisseur_id).where(Inburgeraar.id == chat.inburgeraar_id))
    escalation = Escalation(
        chat_id=chat.id, inburgeraar_id=chat.inburgeraar_id, regisseur_id=regisseur_id, reason=reason,
        subject=subject, language=language, status=EscalationStatus.nieuw, created_at=now,
        due_at=add_working_days(now, working_days),
        gemeente=gemeente or chat_gemeente(session, chat),
    )
    add_turns(escalation, turns[-SNAPSHOT_TURNS:], now)
    escalation.events.append(EscalationEvent(action="created", detail=reason.value, at=now))
    session.add(escalation)
    session.flush()
    return escalation


def escalate_from_chat(
    session: Session, settings: Settings, chat: Chat, reason: EscalationReason, language: str,
    turns: Sequence[Turn], *, subject: str | None = None, now: datetime | None = None,
) -> Escalation:
    """:func:`escalate` with the service level of the chat's municipality."""
    gemeente = gemeente_of(session, chat, settings.gemeente)
    days = service_level_days(settings, gemeente)
    return escalate(session, chat, reason, language, turns, working_days=days, subject=subject, now=now,
                    gemeente=gemeente)


def escalate_reschedule(
    session: Session, settings: Settings, request: RescheduleRequest, *, now: datetime | None = None,
) -> Escalation | None:
    """Show a reschedule request in the inbox (issue 4 calls this when it records one).

    Returns None when the request has no chat to answer to.
    """
    if request.chat_id is None:
        return None
    chat = session.get(Chat, request.chat_id)
    if chat is None:
        return None
    turns = [Turn(Author.user, request.reason, request.language)] if request.reason else []
    escalation = escalate_from_chat(session, settings, chat, EscalationReason.reschedule, request.language, turns,
                                    now=now)
    escalation.events.append(EscalationEvent(
        action="reschedule_request", detail=f"appointment {request.appointment_id}",
        at=now or datetime.now(timezone.utc),
    ))
    session.flush()
    return escalation


def is_taken_over(session: Session, chat_id: int) -> bool:
    return session.get(ChatTakeover, chat_id) is not None


def forward_message(
    session: Session, settings: Settings, chat: Chat, text: str, language: str, *, now: datetime | None = None,
) -> Escalation:
    """A message written while a regisseur has taken over the chat: straight to the inbox."""
    now = now or datetime.now(timezone.utc)
    takeover = session.get(ChatTakeover, chat.id)
    escalation = None
    if takeover is not None and takeover.escalation_id is not None:
        escalation = session.get(Escalation, takeover.escalation_id)
        if escalation is not None and escalation.status not in OPEN_STATUSES:
            escalation = None
    escalation = escalation or open_escalation(session, chat.id)
    turn = Turn(Author.user, text, language)
    if escalation is None:
        return escalate_from_chat(session, settings, chat, EscalationReason.forwarded, language, [turn], now=now)
    # Not add_turns: during a live talk the same "ja" twice is two messages.
    escalation.messages.append(_message(turn, now))
    session.flush()
    return escalation


def add_event(escalation: Escalation, action: str, *, web_user_id: int | None = None, detail: str | None = None,
              now: datetime | None = None) -> None:
    escalation.events.append(EscalationEvent(
        action=action, web_user_id=web_user_id, detail=detail, at=now or datetime.now(timezone.utc),
    ))


# -- Dutch translation, off the bot's path --------------------------------------


def translate_pending(session: Session, engine: TranslationEngine, limit: int = 20) -> int:
    """Fill ``text_nl`` of waiting messages; returns how many were handled."""
    rows = list(session.scalars(
        select(EscalationMessage)
        .where(EscalationMessage.translation_state == TranslationState.pending)
        .order_by(EscalationMessage.id)
        .limit(limit)
    ))
    for message in rows:
        result = engine.to_dutch(message.text, message.language)
        if result.available:
            message.text_nl = result.text
            message.translation_state = TranslationState.done
        else:
            message.translation_state = TranslationState.unavailable
    session.flush()
    return len(rows)


def requeue_untranslated(session: Session, languages: Iterable[str]) -> int:
    """Messages left without a translation, back in the queue once their language has a model.

    Called when a language becomes translatable (models installed, the inbox restarted): the
    messages that came in before get their Dutch translation too. Returns how many.
    """
    languages = sorted(set(languages))
    if not languages:
        return 0
    result = session.execute(
        update(EscalationMessage)
        .where(EscalationMessage.translation_state == TranslationState.unavailable,
               EscalationMessage.language.in_(languages))
        .values(translation_state=TranslationState.pending)
    )
    return result.rowcount or 0
