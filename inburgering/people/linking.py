"""Linking a chat to an inburgeraar with a one-time code from the regisseur, and unlinking it.

Codes are stored as an HMAC keyed with the pseudonym key (``PSEUDONYM_KEY``), so a copy of the
database alone does not allow trying all 40-bit codes offline. Codes stored before issue 13 as a
plain SHA-256 are still found (:func:`unkeyed_hash`) until they expire; of the new codes only the
demo code, which is public anyway, is stored so.

A new code revokes the person's unused older codes. A chat that links to a person who already has a
linked chat is allowed (a second phone), but the chats linked before are told, through the outbox,
in their own language: a stranger's chat does not see someone's appointments unnoticed. The
regisseur sees the linked chats and can unlink one (a lost phone); that chat is told too.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from inburgering.handover import outbox
from inburgering.models import Chat, FailedLinkAttempt, Inburgeraar, LinkCode
from inburgering.platform.settings import LANGUAGES, get_settings
from inburgering.responses import render
from inburgering.text.i18n import translator

# No 0/O or 1/I/L: codes are read aloud and typed on small phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_TTL = timedelta(hours=72)
# Against guessing: after this many wrong codes a chat must wait until the window has passed.
MAX_FAILED_ATTEMPTS = 5
ATTEMPT_WINDOW = timedelta(hours=1)
# A chat whose language is not known yet gets notices in Dutch, the language of the municipality's letters.
NOTICE_FALLBACK_LANGUAGE = "nl"


class LinkResult(str, enum.Enum):
    linked = "linked"
    invalid = "invalid"
    expired = "expired"
    used = "used"
    rate_limited = "rate_limited"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _key(key: str | None) -> str:
    return key if key is not None else get_settings().pseudonym_key


def hash_code(code: str, key: str | None = None) -> str:
    """The stored form of a code: HMAC-SHA256 keyed with ``key`` (default: the settings' pseudonym key)."""
    # "link-code:" keeps these hashes apart from the chat pseudonyms made with the same key.
    message = f"link-code:{normalise_code(code)}".encode()
    return hmac.new(_key(key).encode(), message, hashlib.sha256).hexdigest()


def unkeyed_hash(code: str) -> str:
    """Plain SHA-256: how codes were stored before issue 13, and the public demo code. Only the demo is written so."""
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def create_code(
    session: Session, inburgeraar: Inburgeraar, *, now: datetime | None = None, ttl: timedelta = DEFAULT_TTL,
    code: str | None = None, key: str | None = None,
) -> str:
    """Create a single-use code for ``inburgeraar``; returns the plain code (shown once).

    The person's unused older codes stop working: only the newest code a regisseur handed out links.
    """
    now = now or datetime.now(timezone.utc)
    revoke_unused_codes(session, inburgeraar)
    code = normalise_code(code) if code else "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    session.add(LinkCode(code_hash=hash_code(code, key), inburgeraar_id=inburgeraar.id, expires_at=now + ttl))
    session.flush()
    return code


def revoke_unused_codes(session: Session, inburgeraar: Inburgeraar) -> int:
    """Delete the person's codes that were never used; returns how many."""
    return session.execute(
        delete(LinkCode).where(LinkCode.inburgeraar_id == inburgeraar.id, LinkCode.used_at.is_(None))
    ).rowcount or 0


def _find_code(session: Session, code: str, key: str | None) -> LinkCode | None:
    return session.scalar(
        select(LinkCode).where(or_(LinkCode.code_hash == hash_code(code, key),
                                   LinkCode.code_hash == unkeyed_hash(code)))
    )


def failed_attempts(session: Session, chat: Chat, now: datetime) -> int:
    """Wrong codes this chat sent within the window.

    Older attempts, of every chat, are deleted here: they are kept no longer than the rate limit needs.
    """
    since = now - ATTEMPT_WINDOW
    session.execute(delete(FailedLinkAttempt).where(FailedLinkAttempt.attempted_at < since))
    return session.scalar(
        select(func.count()).select_from(FailedLinkAttempt).where(FailedLinkAttempt.chat_id == chat.id)
    ) or 0


def redeem_code(
    session: Session, chat: Chat, code: str, *, now: datetime | None = None, key: str | None = None,
) -> LinkResult:
    """Link ``chat`` to the code's inburgeraar if the code is valid, unused and not expired.

    A chat that sent too many wrong codes is refused without the code being looked at. The person's
    other linked chats are told (outbox) that a chat was linked.
    """
    now = now or datetime.now(timezone.utc)
    session.flush()  # the chat needs its id for the attempt log
    if failed_attempts(session, chat, now) >= MAX_FAILED_ATTEMPTS:
        return LinkResult.rate_limited
    link = _find_code(session, code, key)
    if link is None:
        # Only unknown codes count: used or expired ones were real codes, not guesses.
        session.add(FailedLinkAttempt(chat_id=chat.id, attempted_at=now))
        return LinkResult.invalid
    if link.used_at is not None:
        return LinkResult.used
    if link.expires_at <= now:
        return LinkResult.expired
    link.used_at = now
    if chat.inburgeraar_id != link.inburgeraar_id:
        for other in linked_chats(session, link.inburgeraar_id):
            if other.id != chat.id:
                _tell(session, other, "bot_other_chat_linked", now)
    chat.inburgeraar_id = link.inburgeraar_id
    chat.linked_at = now
    chat.last_seen_at = now
    if chat.language is None:
        chat.language = link.inburgeraar.preferred_language
    return LinkResult.linked


def unlink(chat: Chat) -> bool:
    """Forget which person this chat belongs to; returns whether it was linked."""
    was_linked = chat.inburgeraar_id is not None
    chat.inburgeraar_id = None
    chat.linked_at = None
    chat.expects_free_text = False
    return was_linked


def seen(chat: Chat, now: datetime | None = None) -> None:
    """The chat wrote: kept to the hour, enough to see a phone that went quiet."""
    now = now or datetime.now(timezone.utc)
    chat.last_seen_at = now.replace(minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class LinkedChat:
    """What staff see of a linked chat: a short pseudonymous label, never the Telegram chat id."""

    id: int
    label: str
    linked_at: datetime | None
    last_seen_at: datetime | None


def chat_label(chat: Chat) -> str:
    """Six characters derived from the chat's pseudonym: tells a person's chats apart, and no more.

    Not a prefix of the pseudonym itself, so the label cannot be matched against exports or logs.
    """
    return hashlib.sha256(f"chat-label:{chat.pseudonym}".encode()).hexdigest()[:6].upper()


def linked_chats(session: Session, inburgeraar_id: int) -> list[Chat]:
    return list(session.scalars(select(Chat).where(Chat.inburgeraar_id == inburgeraar_id).order_by(Chat.id)))


def linked_chat_views(session: Session, inburgeraar_ids: list[int]) -> dict[int, list[LinkedChat]]:
    """Per person, their linked chats as staff may see them."""
    found: dict[int, list[LinkedChat]] = {person: [] for person in inburgeraar_ids}
    if not inburgeraar_ids:
        return found
    for chat in session.scalars(select(Chat).where(Chat.inburgeraar_id.in_(inburgeraar_ids)).order_by(Chat.id)):
        found[chat.inburgeraar_id].append(LinkedChat(chat.id, chat_label(chat), chat.linked_at, chat.last_seen_at))
    return found


def revoke_chat(session: Session, inburgeraar_id: int, chat_id: int, *, now: datetime | None = None) -> Chat | None:
    """Staff unlink one of the person's chats (a lost phone); the chat is told. None: not this person's chat."""
    chat = session.get(Chat, chat_id)
    if chat is None or chat.inburgeraar_id != inburgeraar_id:
        return None
    unlink(chat)
    _tell(session, chat, "bot_unlinked_by_staff", now or datetime.now(timezone.utc))
    return chat


def _tell(session: Session, chat: Chat, response_name: str, now: datetime) -> None:
    """A notice for the chat through the outbox, in the chat's own language."""
    language = chat.language if chat.language in LANGUAGES else NOTICE_FALLBACK_LANGUAGE
    outbox.enqueue(session, chat.id, render(response_name, translator(language))["text"], now=now)


def deep_link(bot_username: str, code: str) -> str:
    """The t.me link that opens the bot and sends ``/start <code>`` (Telegram deep linking)."""
    return f"https://t.me/{bot_username.lstrip('@')}?start={normalise_code(code)}"
