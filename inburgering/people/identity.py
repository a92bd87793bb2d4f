"""From a conversation pseudonym to the person it is linked to (and nobody else)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat


def linked_inburgeraar_id(session: Session, pseudonym: str) -> int | None:
    return session.scalar(select(Chat.inburgeraar_id).where(Chat.pseudonym == pseudonym))


def linked_chat(session: Session, pseudonym: str) -> tuple[int, int] | None:
    """(chat id, inburgeraar id) of a linked conversation; None when it is unknown or not linked."""
    row = session.execute(
        select(Chat.id, Chat.inburgeraar_id).where(Chat.pseudonym == pseudonym, Chat.inburgeraar_id.is_not(None))
    ).first()
    return (row[0], row[1]) if row else None
