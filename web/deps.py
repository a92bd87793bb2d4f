"""Typed dependencies: the database session, the logged-in user, the CSRF check.

All plain functions (they query the database): FastAPI runs them in its threadpool, like the routes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request
from sqlalchemy.orm import Session

from inburgering.models import WebRole, WebSession, WebUser
from inburgering.people.gemeente import gemeente_name
from web.auth import find_session, same_token

SESSION_COOKIE = "inbox_session"
LOGIN_CSRF_COOKIE = "inbox_login_csrf"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class LoginRequired(Exception):
    """No valid session: the app answers with a redirect to the login page."""


class PasswordChangeRequired(LoginRequired):
    """A session that must set a new password first (after a reset, or when the beheerder asked).

    Handled like :class:`LoginRequired` (a redirect to /login), and the login page sends such a
    session on to /password: the app's exception handlers need no change.
    """


# The only pages a session that must change its password may use.
PASSWORD_CHANGE_PATHS = frozenset({"/password", "/logout"})


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

    @property
    def is_participatieraad(self) -> bool:
        return self.user.role == WebRole.participatieraad

    @property
    def is_regio(self) -> bool:
        return self.user.role == WebRole.regio

    @property
    def gemeente(self) -> str:
        """The municipality whose data this login sees (issue 17); the regional role has none and
        reaches no page that asks (it is refused before, by :func:`current_login` and :func:`reviewer`)."""
        if self.user.gemeente is None:
            raise HTTPException(status_code=403, detail="no municipality")
        return self.user.gemeente

    @property
    def gemeente_name(self) -> str | None:
        """The municipality's name for the page header; None for the regional role."""
        return gemeente_name(self.user.gemeente) if self.user.gemeente else None


def any_login(request: Request, db: SessionDep) -> Login:
    """Any valid session, whatever the role (logout, the review workspace)."""
    found = find_session(db, request.cookies.get(SESSION_COOKIE))
    if found is None:
        raise LoginRequired()
    if found.web_user.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        raise PasswordChangeRequired()
    return Login(found.web_user, found)


AnyLogin = Annotated[Login, Depends(any_login)]


def current_login(login: AnyLogin) -> Login:
    """The inbox: regisseurs and beheerders. The participatieraad and the regional role never see a
    conversation or a person."""
    if login.is_participatieraad or login.is_regio:
        raise HTTPException(status_code=403, detail="inbox roles only")
    return login


CurrentLogin = Annotated[Login, Depends(current_login)]


def _csrf(login: Login, csrf_token: str) -> Login:
    if not same_token(login.csrf_token, csrf_token):
        raise HTTPException(status_code=403, detail="csrf")
    return login


def checked_login(login: CurrentLogin, csrf_token: Annotated[str, Form()] = "") -> Login:
    """For every POST: a valid session AND the session's CSRF token in the form."""
    return _csrf(login, csrf_token)


PostLogin = Annotated[Login, Depends(checked_login)]


def checked_any_login(login: AnyLogin, csrf_token: Annotated[str, Form()] = "") -> Login:
    return _csrf(login, csrf_token)


PostAnyLogin = Annotated[Login, Depends(checked_any_login)]


def reviewer(login: AnyLogin) -> Login:
    """The review workspace (issue 6): the participatieraad, and beheerders who act on it."""
    if not (login.is_participatieraad or login.is_beheerder):
        raise HTTPException(status_code=403, detail="review roles only")
    return login


ReviewLogin = Annotated[Login, Depends(reviewer)]


def checked_reviewer(login: ReviewLogin, csrf_token: Annotated[str, Form()] = "") -> Login:
    return _csrf(login, csrf_token)


PostReviewLogin = Annotated[Login, Depends(checked_reviewer)]


def regio(login: AnyLogin) -> Login:
    """The regional totals (issue 17): counts per municipality, nothing personal."""
    if not login.is_regio:
        raise HTTPException(status_code=403, detail="regional role only")
    return login


RegioLogin = Annotated[Login, Depends(regio)]


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
    """Secure cookies (and HSTS) unless COOKIE_SECURE=false, and then still for any host but this machine.

    A setting, not the Host header alone: behind a proxy that sends ``Host: 127.0.0.1`` the header
    would turn Secure off.
    """
    if request.app.state.settings.cookie_secure or request.url.scheme == "https":
        return True
    return (request.url.hostname or "") not in LOCAL_HOSTS
