"""Logging in to the inbox: argon2 password hashes, lockout, server-side sessions, CSRF tokens.

Only hashes are stored: of passwords (argon2id) and of session cookies
(SHA-256), so a database leak does not give a way in. Every session has its
own CSRF token that every form posts back.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from inburgering.models import WebRole, WebSession, WebUser

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=8)
MIN_PASSWORD_LENGTH = 10
# argon2 takes ~64 MiB and one core per hash for tens of milliseconds. Routes run in a threadpool of
# 40, so a burst of logins would start 40 at once: the memory adds up and the event loop (every
# other inbox user) waits for a core. At most one hash per core; the rest queue here.
_HASHING = threading.BoundedSemaphore(os.cpu_count() or 1)


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id with the library's (RFC 9106) defaults


def _hash(password: str) -> str:
    with _HASHING:
        return hasher().hash(password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # Verified against for unknown usernames, so a wrong name takes as long as a wrong password.
    return _hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    return _hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        with _HASHING:
            return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def create_user(session: Session, username: str, password: str, role: WebRole,
                regisseur_id: int | None = None) -> WebUser:
    username = username.strip().lower()
    if not username:
        raise ValueError("a username is required")
    if role == WebRole.regisseur and regisseur_id is None:
        raise ValueError("a regisseur login belongs to a regisseur")
    if session.scalar(select(WebUser.id).where(WebUser.username == username)) is not None:
        raise ValueError("this username is taken")
    user = WebUser(username=username, password_hash=hash_password(password), role=role,
                   regisseur_id=regisseur_id, failed_logins=0)
    session.add(user)
    session.flush()
    return user


@dataclass(frozen=True)
class LoginResult:
    user: WebUser | None
    locked: bool = False


def authenticate(session: Session, username: str, password: str, now: datetime | None = None) -> LoginResult:
    """Check a login; after MAX_FAILED_LOGINS failures in a row the account is locked for LOCKOUT."""
    now = now or datetime.now(timezone.utc)
    user = session.scalar(select(WebUser).where(WebUser.username == username.strip().lower()))
    if user is None:
        _verify(_dummy_hash(), password)
        return LoginResult(None)
    if user.locked_until is not None and user.locked_until > now:
        return LoginResult(None, locked=True)
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            return LoginResult(None, locked=True)
        return LoginResult(None)
    if hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hash(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    return LoginResult(user)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: WebUser, now: datetime | None = None) -> str:
    """A new session for ``user``; returns the cookie value (shown to the browser only)."""
    now = now or datetime.now(timezone.utc)
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=_token_hash(token), web_user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                           created_at=now, expires_at=now + SESSION_LIFETIME))
    # Old sessions of this user that ran out are cleaned up on the way.
    session.execute(delete(WebSession).where(WebSession.web_user_id == user.id, WebSession.expires_at <= now))
    session.flush()
    return token


def find_session(session: Session, token: str | None, now: datetime | None = None) -> WebSession | None:
    if not token:
        return None
    now = now or datetime.now(timezone.utc)
    found = session.scalar(select(WebSession).where(WebSession.token_hash == _token_hash(token)))
    if found is None or found.expires_at <= now:
        return None
    return found


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))
