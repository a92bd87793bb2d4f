"""Logging in to the inbox: argon2 password hashes, lockout, server-side sessions, CSRF tokens,
and the account's lifecycle (issue 13): disable, reset codes, forced changes, unlock, ending sessions.

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

from inburgering.models import Gemeente, Regisseur, WebRole, WebSession, WebUser
from inburgering.models.people import deployment_default_gemeente
from inburgering.people.gemeente import is_known

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=8)
MIN_PASSWORD_LENGTH = 10
RESET_CODE_LIFETIME = timedelta(hours=24)
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


def account_gemeente(session: Session, role: WebRole, regisseur_id: int | None, gemeente: str | None) -> str | None:
    """The municipality an account belongs to (issue 17); None only for the regional role.

    A regisseur login belongs to its regisseur's municipality (a different one given is refused);
    the other roles to the one given, else the deployment's default.
    """
    if role == WebRole.regio:
        if gemeente:
            raise ValueError("the regional role belongs to no municipality")
        return None
    if regisseur_id is not None:
        own = session.scalar(select(Gemeente.slug).join(Regisseur, Regisseur.gemeente_id == Gemeente.id)
                             .where(Regisseur.id == regisseur_id))
        if own is None:
            raise ValueError("unknown regisseur")
        if gemeente and gemeente != own:
            raise ValueError("a regisseur login belongs to the regisseur's municipality")
        return own
    slug = gemeente or deployment_default_gemeente()
    if not is_known(slug):
        raise ValueError(f"no municipality profile {slug!r}")
    return slug


def create_user(session: Session, username: str, password: str, role: WebRole,
                regisseur_id: int | None = None, gemeente: str | None = None) -> WebUser:
    username = username.strip().lower()
    if not username:
        raise ValueError("a username is required")
    if role == WebRole.regisseur and regisseur_id is None:
        raise ValueError("a regisseur login belongs to a regisseur")
    if session.scalar(select(WebUser.id).where(WebUser.username == username)) is not None:
        raise ValueError("this username is taken")
    slug = account_gemeente(session, role, regisseur_id, gemeente)
    user = WebUser(username=username, password_hash=hash_password(password), role=role,
                   regisseur_id=regisseur_id, failed_logins=0, gemeente=slug)
    session.add(user)
    session.flush()
    return user


@dataclass(frozen=True)
class LoginResult:
    user: WebUser | None
    locked: bool = False


def authenticate(session: Session, username: str, password: str, now: datetime | None = None) -> LoginResult:
    """Check a login; after MAX_FAILED_LOGINS failures in a row the account is locked for LOCKOUT.

    Every refusal costs one argon2 verification and gets the same answer from the login page
    (an unknown name, a wrong password, a locked, disabled or expired account), so neither the
    text nor the timing tells which usernames exist. ``locked`` is for logging and tests only.
    """
    now = now or datetime.now(timezone.utc)
    user = session.scalar(select(WebUser).where(WebUser.username == username.strip().lower()))
    if user is None:
        _verify(_dummy_hash(), password)
        return LoginResult(None)
    if user.locked_until is not None and user.locked_until > now:
        _verify(_dummy_hash(), password)
        return LoginResult(None, locked=True)
    correct = _verify(user.password_hash, password)
    if user.disabled_at is not None or (user.password_expires_at is not None and user.password_expires_at <= now):
        return LoginResult(None)
    if not correct:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            return LoginResult(None, locked=True)
        return LoginResult(None)
    if user.password_expires_at is not None:
        # A reset code works for one login: that session must set a new password.
        user.password_expires_at = now
        user.must_change_password = True
    elif hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hash(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    return LoginResult(user)


def set_password(session: Session, user: WebUser, password: str, *, keep: WebSession | None = None) -> None:
    """A new password chosen by the user; every other session of the user ends."""
    user.password_hash = hash_password(password)
    user.must_change_password = False
    user.password_expires_at = None
    end_sessions(session, user, keep=keep)


def change_own_password(session: Session, login_session: WebSession, old: str, new: str) -> bool:
    """The logged-in user's own change: the old password (or the reset code just used) is asked again."""
    user = login_session.web_user
    if not _verify(user.password_hash, old) or old == new:
        return False
    set_password(session, user, new, keep=login_session)
    return True


def reset_password(session: Session, user: WebUser, now: datetime | None = None) -> str:
    """A one-time reset code for ``user``; returns it (shown once, to the beheerder).

    The code becomes the password (argon2, like any password) for RESET_CODE_LIFETIME and one login,
    after which the user must choose a new one. The old password stops working; sessions end.
    """
    now = now or datetime.now(timezone.utc)
    code = "-".join(secrets.token_hex(3) for _ in range(4))  # 96 bits, readable over the phone
    user.password_hash = _hash(code)
    user.password_expires_at = now + RESET_CODE_LIFETIME
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_until = None
    end_sessions(session, user)
    return code


def disable(session: Session, user: WebUser, now: datetime | None = None) -> None:
    user.disabled_at = now or datetime.now(timezone.utc)
    end_sessions(session, user)


def enable(user: WebUser) -> None:
    user.disabled_at = None
    user.failed_logins = 0
    user.locked_until = None


def unlock(user: WebUser) -> None:
    user.failed_logins = 0
    user.locked_until = None


def end_sessions(session: Session, user: WebUser, *, keep: WebSession | None = None) -> int:
    """End every session of ``user`` (but ``keep``); returns how many ended."""
    query = delete(WebSession).where(WebSession.web_user_id == user.id)
    if keep is not None:
        query = query.where(WebSession.id != keep.id)
    return session.execute(query).rowcount or 0


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
    if found is None or found.expires_at <= now or found.web_user.disabled_at is not None:
        return None
    return found


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))
