"""What a regisseur does with an escalation: read, reply, take over, hand back, close.

Who may see what is decided here (:func:`can_view`, :func:`visible`), so the
web layer cannot forget it. Replies go to the user through the outbox in the
user's language; the Dutch original stays one button away.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Select, false, select
from sqlalchemy.orm import Session

from inburgering.handover import outbox
from inburgering.handover.escalation import OPEN_STATUSES, add_event
from inburgering.models import (
    AuditLog,
    Author,
    Chat,
    ChatTakeover,
    Escalation,
    EscalationMessage,
    EscalationStatus,
    OutboxMessage,
    TranslationState,
    WebRole,
    WebUser,
)
from inburgering.payloads import ORIGINAL, rating_payload
from inburgering.responses import render
from inburgering.responses.escalation import CANNED_REPLIES
from inburgering.review.feedback import parse_topic
from inburgering.text.i18n import Translator, translator
from inburgering.text.translation import TranslationEngine

# Canned replies that need a date and time from the regisseur.
CANNED_WITH_DATETIME = frozenset({"appointment_moved"})


class NotAllowed(Exception):
    """The web user may not see or change this escalation."""


# -- who sees what ----------------------------------------------------------------


def can_view(user: WebUser, escalation: Escalation) -> bool:
    """A beheerder sees every escalation of their own municipality (issue 17); a regisseur only the
    escalations of their own caseload; other roles none."""
    if user.gemeente is None or escalation.gemeente != user.gemeente:
        return False
    if user.role == WebRole.beheerder:
        return True
    return (user.role == WebRole.regisseur and user.regisseur_id is not None
            and escalation.regisseur_id == user.regisseur_id)


def visible(user: WebUser) -> Select[tuple[Escalation]]:
    query = select(Escalation).where(Escalation.gemeente == user.gemeente, Escalation.gemeente.is_not(None))
    if user.role == WebRole.beheerder:
        return query
    if user.role != WebRole.regisseur:
        return query.where(false())
    return query.where(Escalation.regisseur_id == user.regisseur_id, Escalation.regisseur_id.is_not(None))


def open_escalations(session: Session, user: WebUser) -> list[Escalation]:
    """The user's open escalations, oldest due first."""
    return list(session.scalars(
        visible(user).where(Escalation.status.in_(OPEN_STATUSES)).order_by(Escalation.due_at, Escalation.id)
    ))


def get_for(session: Session, user: WebUser, escalation_id: int) -> Escalation | None:
    """The escalation, or None when it does not exist; raises NotAllowed when it is not the user's."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        return None
    if not can_view(user, escalation):
        raise NotAllowed(escalation_id)
    return escalation


def audit(session: Session, user: WebUser | None, action: str, *, escalation: Escalation | None = None,
          inburgeraar_id: int | None = None, detail: str | None = None, now: datetime | None = None) -> None:
    """Write who viewed (or did) what with personal data, and when."""
    session.add(AuditLog(
        at=now or datetime.now(timezone.utc), web_user_id=user.id if user else None, action=action,
        escalation_id=escalation.id if escalation else None,
        inburgeraar_id=inburgeraar_id if inburgeraar_id is not None else (
            escalation.inburgeraar_id if escalation else None),
        detail=detail,
    ))


def mark_opened(escalation: Escalation, user: WebUser, now: datetime | None = None) -> None:
    """The case's own regisseur opened a new escalation: it is now being handled."""
    if escalation.status == EscalationStatus.nieuw and user.role == WebRole.regisseur:
        _start(escalation, user, now)


def _start(escalation: Escalation, user: WebUser, now: datetime | None) -> None:
    if escalation.status == EscalationStatus.nieuw:
        escalation.status = EscalationStatus.in_behandeling
        add_event(escalation, "in_behandeling", web_user_id=user.id, now=now)


def _require_open(escalation: Escalation) -> None:
    if escalation.status not in OPEN_STATUSES:
        raise ValueError("escalation is closed")


# -- replying ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyPreview:
    language: str
    text_nl: str
    translated: str | None  # None: no machine translation (Tigrinya), the user gets the Dutch text
    outgoing: str  # exactly what the user will receive


def _outgoing(t: Translator, body: str, *, machine: bool, untranslated: bool) -> str:
    kind = "untranslated" if untranslated else "machine" if machine else "plain"
    return render("regisseur_reply", t, {"kind": kind, "body": body})["text"]


def preview_reply(escalation: Escalation, text_nl: str, engine: TranslationEngine) -> ReplyPreview:
    """The translation into the user's language, shown to the regisseur before sending."""
    translated = None
    if escalation.language != "nl":
        result = engine.from_dutch(text_nl.strip(), escalation.language)
        translated = result.text if result.available else None
    return rebuild_preview(escalation, text_nl, translated)


def rebuild_preview(escalation: Escalation, text_nl: str, translated: str | None) -> ReplyPreview:
    """The preview again from the form's fields, so exactly the previewed text is sent."""
    text_nl = text_nl.strip()
    language = escalation.language
    t = translator(language)
    if language == "nl":
        return ReplyPreview(language, text_nl, None, _outgoing(t, text_nl, machine=False, untranslated=False))
    if translated and translated.strip():
        translated = translated.strip()
        return ReplyPreview(language, text_nl, translated, _outgoing(t, translated, machine=True, untranslated=False))
    return ReplyPreview(language, text_nl, None, _outgoing(t, text_nl, machine=False, untranslated=True))


def _send(session: Session, escalation: Escalation, user: WebUser, text_nl: str, outgoing: str,
          *, with_original: bool, action: str, now: datetime) -> EscalationMessage:
    message = EscalationMessage(author=Author.regisseur, text=text_nl, language="nl",
                                translation_state=TranslationState.not_needed, web_user_id=user.id, at=now)
    escalation.messages.append(message)
    session.flush()
    row = outbox.enqueue(session, escalation.chat_id, outgoing, original_nl=text_nl if with_original else None,
                         escalation_message=message, now=now)
    if with_original:
        rendered = render("regisseur_reply", translator(escalation.language), {"body": "", "outbox_id": row.id})
        row.buttons = json.dumps([[b["title"], b["payload"]] for b in rendered["buttons"]])
    _start(escalation, user, now)
    add_event(escalation, action, web_user_id=user.id, now=now)
    session.flush()
    return message


def send_reply(session: Session, escalation: Escalation, user: WebUser, preview: ReplyPreview,
               now: datetime | None = None) -> EscalationMessage:
    """Send the previewed reply (exactly what the regisseur saw) to the user."""
    _require_open(escalation)
    if not preview.text_nl:
        raise ValueError("empty reply")
    now = now or datetime.now(timezone.utc)
    return _send(session, escalation, user, preview.text_nl, preview.outgoing,
                 with_original=preview.translated is not None, action="replied", now=now)


def canned_text(key: str, language: str, params: Mapping[str, object]) -> str:
    return render("regisseur_canned", translator(language), {"key": key, **params})["text"]


def canned_params(key: str, when: datetime | None, language: str) -> dict[str, str]:
    if key not in CANNED_WITH_DATETIME:
        return {}
    if when is None:
        raise ValueError("this answer needs a date and time")
    t = translator(language)
    return {"date": t.format_date(when), "time": t.format_time(when)}


def send_canned(session: Session, escalation: Escalation, user: WebUser, key: str, when: datetime | None = None,
                now: datetime | None = None) -> EscalationMessage:
    """A ready-made reply, human-translated from the catalogs into the user's language."""
    _require_open(escalation)
    if key not in CANNED_REPLIES:
        raise ValueError(f"unknown canned reply {key!r}")
    now = now or datetime.now(timezone.utc)
    language = escalation.language
    text_nl = canned_text(key, "nl", canned_params(key, when, "nl"))
    body = canned_text(key, language, canned_params(key, when, language))
    outgoing = _outgoing(translator(language), body, machine=False, untranslated=False)
    return _send(session, escalation, user, text_nl, outgoing, with_original=language != "nl",
                 action=f"canned:{key}", now=now)


# -- take over, hand back, close --------------------------------------------------


def takeover_of(session: Session, chat_id: int) -> ChatTakeover | None:
    return session.get(ChatTakeover, chat_id)


def take_over(session: Session, escalation: Escalation, user: WebUser, now: datetime | None = None) -> None:
    """The bot goes silent for this user; their messages come to the inbox. The user is told."""
    _require_open(escalation)
    now = now or datetime.now(timezone.utc)
    if takeover_of(session, escalation.chat_id) is not None:
        return
    session.add(ChatTakeover(chat_id=escalation.chat_id, web_user_id=user.id, regisseur_id=user.regisseur_id,
                             escalation_id=escalation.id, since=now))
    outbox.enqueue(session, escalation.chat_id, render("bot_taken_over", translator(escalation.language))["text"],
                   now=now)
    _start(escalation, user, now)
    add_event(escalation, "taken_over", web_user_id=user.id, now=now)
    session.flush()


def hand_back(session: Session, escalation: Escalation, user: WebUser, now: datetime | None = None) -> None:
    """The user talks with the bot again, and is told so."""
    now = now or datetime.now(timezone.utc)
    takeover = takeover_of(session, escalation.chat_id)
    if takeover is None:
        return
    session.delete(takeover)
    outbox.enqueue(session, escalation.chat_id, render("bot_handed_back", translator(escalation.language))["text"],
                   now=now)
    add_event(escalation, "handed_back", web_user_id=user.id, now=now)
    session.flush()


def close(session: Session, escalation: Escalation, user: WebUser, outcome: str, now: datetime | None = None) -> None:
    """Close with an outcome; a taken-over chat goes back to the bot."""
    _require_open(escalation)
    outcome = outcome.strip()
    if not outcome:
        raise ValueError("an outcome is required")
    now = now or datetime.now(timezone.utc)
    hand_back(session, escalation, user, now)
    escalation.status = EscalationStatus.afgerond
    escalation.outcome = outcome
    escalation.closed_at = now
    add_event(escalation, "closed", web_user_id=user.id, detail=outcome, now=now)
    outbox.enqueue(session, escalation.chat_id, render("bot_rating_question", translator(escalation.language))["text"],
                   buttons=rating_buttons(escalation.subject), now=now)
    session.flush()


def rating_buttons(subject: str | None) -> list[tuple[str, str]]:
    """1-5 after a closed escalation (issue 6); the bot stores the answer anonymised."""
    topic = parse_topic(subject or "other").value
    return [(str(score), rating_payload(score, topic)) for score in range(1, 6)]


def original_text(session: Session, chat_id: int, payload: str) -> str | None:
    """The Dutch original behind a 'Show the Dutch original' button, only for the chat it was sent to."""
    try:
        outbox_id = int(payload.removeprefix(ORIGINAL))
    except ValueError:
        return None
    found = session.get(OutboxMessage, outbox_id)
    if found is None or found.chat_id != chat_id:
        return None
    return found.original_nl


def chat_of(session: Session, escalation: Escalation) -> Chat:
    return session.get(Chat, escalation.chat_id)
