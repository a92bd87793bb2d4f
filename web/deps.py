"""Typed dependencies: the database session, the logged-in user, the CSRF check."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request
from sqlalchemy.orm import Session

from inburgering.models import WebRole, WebSession, WebUser
from web.auth import find_session, same_token

SESSION_COOKIE = "inbox_session"
LOGIN_CSRF_COOKIE = "inbox_login_csrf"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class LoginRequired(Exception):
    """No valid session: the app answers with a redirect to the login page."""


def get_db(request: Request) -> Iterator[Session]:
    """One session per request; routes commit what they change before answering."""
    session = request.app.state.sessions()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


SessionDep = Annotated[Session, Depends(get_db)]


@dataclass
class Login:
    user: WebUser
    web_session: WebSession

    @property
    def csrf_token(self) -> str:
        return self.web_session.csrf_token

    @property
    def is_beheerder(self) -> bool:
        return self.user.role == WebRole.beheerder


def current_login(request: Request, db: SessionDep) -> Login:
    found = find_session(db, request.cookies.get(SESSION_COOKIE))
    if found is None:
        raise LoginRequired()
    return Login(found.web_user, found)


CurrentLogin = Annotated[Login, Depends(current_login)]


def checked_login(login: CurrentLogin, csrf_token: Annotated[str, Form()] = "") -> Login:
    """For every POST: a valid session AND the session's CSRF token in the form."""
    if not same_token(login.csrf_token, csrf_token):
        raise HTTPException(status_code=403, detail="csrf")
    return login


PostLogin = Annotated[Login, Depends(checked_login)]


def beheerder(login: CurrentLogin) -> Login:
    if not login.is_beheerder:
        raise HTTPException(status_code=403, detail="beheerder only")
    return login


BeheerderLogin = Annotated[Login, Depends(beheerder)]


def checked_beheerder(login: PostLogin) -> Login:
    if not login.is_beheerder:
        raise HTTPException(status_code=403, detail="beheerder only")
    return login


PostBeheerderLogin = Annotated[Login, Depends(checked_beheerder)]


def secure_cookies(request: Request) -> bool:
    """Secure cookies everywhere but on this machine (plain http://127.0.0.1 for development)."""
    return (request.url.hostname or "") not in LOCAL_HOSTS
