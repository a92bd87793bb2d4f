"""What the assistant may know about the person behind a conversation.

Only the chat's own linked inburgeraar is ever looked up, by pseudonym.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat, Gemeente, Inburgeraar


@dataclass(frozen=True)
class PersonContext:
    gemeente: str  # profile slug
    doelgroep: str | None  # None when the chat is not linked


def person_context(session: Session, pseudonym: str, default_gemeente: str) -> PersonContext:
    row = session.execute(
        select(Gemeente.slug, Inburgeraar.doelgroep)
        .select_from(Chat)
        .join(Inburgeraar, Chat.inburgeraar_id == Inburgeraar.id)
        .join(Gemeente, Inburgeraar.gemeente_id == Gemeente.id)
        .where(Chat.pseudonym == pseudonym)
    ).first()
    if row is None:
        # Unlinked: the municipality the chat chose (its poster's deep link, /gemeente), else the default.
        chosen = session.scalar(select(Chat.gemeente).where(Chat.pseudonym == pseudonym))
        return PersonContext(chosen or default_gemeente, None)
    return PersonContext(row.slug, row.doelgroep.value)
