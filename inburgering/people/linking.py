"""Linking a chat to an inburgeraar with a one-time code from the regisseur."""

from __future__ import annotations

import enum
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from inburgering.models import Chat, FailedLinkAttempt, Inburgeraar, LinkCode

# No 0/O or 1/I/L: codes are read aloud and typed on small phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_TTL = timedelta(hours=72)
# Against guessing: after this many wrong codes a chat must wait until the window has passed.
MAX_FAILED_ATTEMPTS = 5
ATTEMPT_WINDOW = timedelta(hours=1)


class LinkResult(str, enum.Enum):
    linked = "linked"
    invalid = "invalid"
    expired = "expired"
    used = "used"
    rate_limited = "rate_limited"


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


def failed_attempts(session: Session, chat: Chat, now: datetime) -> int:
    """Wrong codes this chat sent within the window.

    Older attempts, of every chat, are deleted here: they are kept no longer than the rate limit needs.
    """
    since = now - ATTEMPT_WINDOW
    session.execute(delete(FailedLinkAttempt).where(FailedLinkAttempt.attempted_at < since))
    return session.scalar(
        select(func.count()).select_from(FailedLinkAttempt).where(FailedLinkAttempt.chat_id == chat.id)
    ) or 0


def redeem_code(session: Session, chat: Chat, code: str, *, now: datetime | None = None) -> LinkResult:
    """Link ``chat`` to the code's inburgeraar if the code is valid, unused and not expired.

    A chat that sent too many wrong codes is refused without the code being looked at.
    """
    now = now or datetime.now(timezone.utc)
    session.flush()  # the chat needs its id for the attempt log
    if failed_attempts(session, chat, now) >= MAX_FAILED_ATTEMPTS:
        return LinkResult.rate_limited
    link = session.scalar(select(LinkCode).where(LinkCode.code_hash == hash_code(code)))
    if link is None:
        # Only unknown codes count: used or expired ones were real codes, not guesses.
        session.add(FailedLinkAttempt(chat_id=chat.id, attempted_at=now))
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


def unlink(chat: Chat) -> bool:
    """Forget which person this chat belongs to; returns whether it was linked."""
    was_linked = chat.inburgeraar_id is not None
    chat.inburgeraar_id = None
    chat.expects_free_text = False
    return was_linked


def deep_link(bot_username: str, code: str) -> str:
    """The t.me link that opens the bot and sends ``/start <code>`` (Telegram deep linking)."""
    return f"https://t.me/{bot_username.lstrip('@')}?start={normalise_code(code)}"
