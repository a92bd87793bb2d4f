"""From a conversation pseudonym to the person it is linked to (and nobody else)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat


def linked_inburgeraar_id(session: Session, pseudonym: str) -> int | None:
    return session.scalar(select(Chat.inburgeraar_id).where(Chat.pseudonym == pseudonym))
