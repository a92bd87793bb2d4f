"""Small builders for people, chats, escalations and inbox logins, shared by the tests."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.handover.escalation import Turn, escalate
from inburgering.models import (
    Author,
    Chat,
    Doelgroep,
    Escalation,
    EscalationReason,
    Gemeente,
    Inburgeraar,
    Regisseur,
    WebRole,
    WebUser,
)
from web.auth import create_user

PASSWORD = "correct horse battery"
_ids = itertools.count(1000)


def gemeente(session: Session, slug: str = "zwolle") -> Gemeente:
    found = session.scalar(select(Gemeente).where(Gemeente.slug == slug))
    if found is None:
        found = Gemeente(slug=slug, name=slug.title())
        session.add(found)
        session.flush()
    return found


def regisseur(session: Session, name: str = "Sanne de Vries") -> Regisseur:
    found = Regisseur(gemeente_id=gemeente(session).id, name=name)
    session.add(found)
    session.flush()
    return found


def person(session: Session, of: Regisseur | None, name: str = "Amal Demo", language: str = "ar") -> Inburgeraar:
    found = Inburgeraar(gemeente_id=gemeente(session).id, regisseur_id=of.id if of else None, name=name,
                        doelgroep=Doelgroep.statushouder, preferred_language=language)
    session.add(found)
    session.flush()
    return found


def chat(session: Session, of: Inburgeraar | None = None, language: str = "ar",
         telegram_chat_id: int | None = None, pseudonym: str | None = None) -> Chat:
    number = next(_ids)
    found = Chat(telegram_chat_id=telegram_chat_id or number, pseudonym=pseudonym or f"pseudonym{number:08d}",
                 language=language, inburgeraar_id=of.id if of else None)
    session.add(found)
    session.flush()
    return found


def escalation(session: Session, for_chat: Chat, *, language: str = "ar", text: str = "متى موعدي؟",
               reason: EscalationReason = EscalationReason.request_regisseur,
               now: datetime | None = None) -> Escalation:
    return escalate(session, for_chat, reason, language, [Turn(Author.user, text, language)], working_days=2,
                    now=now or datetime.now(timezone.utc))


def web_user(session: Session, username: str, role: WebRole = WebRole.regisseur,
             of: Regisseur | None = None) -> WebUser:
    return create_user(session, username, PASSWORD, role, of.id if of else None)
