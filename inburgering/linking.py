"""Linking a chat to an inburgeraar with a one-time code from the regisseur."""

from __future__ import annotations

import enum
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat, Inburgeraar, LinkCode

# No 0/O or 1/I/L: codes are read aloud and typed on small phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_TTL = timedelta(hours=72)


class LinkResult(str, enum.Enum):
    linked = "linked"
    invalid = "invalid"
    expired = "expired"
    used = "used"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def create_code(
    session: Session, inburgeraar: Inburgeraar, *, now: datetime | None = None, ttl: timedelta = DEFAULT_TTL,
    code: str | None = None,
) -> str:
    """Create a single-use code for ``inburgeraar``; returns the plain code (shown once)."""
    now = now or datetime.now(timezone.utc)
    code = normalise_code(code) if code else "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    session.add(LinkCode(code_hash=hash_code(code), inburgeraar_id=inburgeraar.id, expires_at=now + ttl))
    session.flush()
    return code


def redeem_code(session: Session, chat: Chat, code: str, *, now: datetime | None = None) -> LinkResult:
    """Link ``chat`` to the code's inburgeraar if the code is valid, unused and not expired."""
    now = now or datetime.now(timezone.utc)
    link = session.scalar(select(LinkCode).where(LinkCode.code_hash == hash_code(code)))
    if link is None:
        return LinkResult.invalid
    if link.used_at is not None:
        return LinkResult.used
    if link.expires_at <= now:
        return LinkResult.expired
    link.used_at = now
    chat.inburgeraar_id = link.inburgeraar_id
    if chat.language is None:
        chat.language = link.inburgeraar.preferred_language
    return LinkResult.linked
