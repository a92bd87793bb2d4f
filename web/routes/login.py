"""Login and logout, and a user's own password (issue 13)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from inburgering.handover.inbox import audit
from inburgering.models import WebRole
from web.auth import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    MIN_PASSWORD_LENGTH,
    authenticate,
    change_own_password,
    end_session,
    find_session,
    same_token,
    start_session,
)
from web.deps import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    AnyLogin,
    Login,
    PostAnyLogin,
    SessionDep,
    secure_cookies,
)
from web.i18n import ui

router = APIRouter()


def _login_page(request: Request, *, error: str | None = None, status_code: int = 200) -> Response:
    # Double-submit token: before login there is no session to keep it in.
    token = secrets.token_urlsafe(32)
    response = request.app.state.templates.TemplateResponse(
        request, "login.html", {"csrf_token": token, "error": error, "login": None}, status_code=status_code,
    )
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure_cookies(request),
                        max_age=3600)
    return response


@router.get("/login")
def login_form(request: Request, db: SessionDep) -> Response:
    found = find_session(db, request.cookies.get(SESSION_COOKIE))
    if found is not None and found.web_user.must_change_password:
        return RedirectResponse("/password", status_code=303)
    return _login_page(request)


def _refused(t) -> str:
    # One answer for every refusal (unknown name, wrong password, locked, disabled, expired reset
    # code): the login page does not tell which usernames exist.
    minutes = int(LOCKOUT.total_seconds() // 60)
    return " ".join([t.gettext("Wrong username or password."), t.ngettext(
        "After {n} failed attempt in a row an account is locked for {minutes} minutes.",
        "After {n} failed attempts in a row an account is locked for {minutes} minutes.",
        MAX_FAILED_LOGINS, minutes=minutes)])


@router.post("/login")
def login(
    request: Request, db: SessionDep, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    t = ui()
    if not same_token(request.cookies.get(LOGIN_CSRF_COOKIE), csrf_token):
        return _login_page(request, error=t.gettext("The form was too old. Please try again."), status_code=403)
    result = authenticate(db, username, password)
    if result.user is None:
        db.commit()  # the failed attempt counts
        return _login_page(request, error=_refused(t), status_code=401)
    token = start_session(db, result.user)
    audit(db, result.user, "login")
    db.commit()
    if result.user.must_change_password:
        start = "/password"
    elif result.user.role == WebRole.participatieraad:
        start = "/review"  # the participatieraad has no inbox: it starts in the review workspace (issue 6)
    elif result.user.role == WebRole.regio:
        start = "/regio"  # the regional role sees totals only (issue 17)
    else:
        start = "/"
    response = RedirectResponse(start, status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", secure=secure_cookies(request))
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, db: SessionDep, login: PostAnyLogin) -> Response:
    end_session(db, request.cookies.get(SESSION_COOKIE))
    audit(db, login.user, "logout")
    db.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _password_page(request: Request, login: Login, *, error: str | None = None, done: bool = False,
                   status_code: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(request, "password.html", {
        "login": login, "error": error, "done": done, "min_password_length": MIN_PASSWORD_LENGTH,
        "forced": login.user.must_change_password,
    }, status_code=status_code)


@router.get("/password")
def password_form(request: Request, login: AnyLogin) -> Response:
    return _password_page(request, login)


@router.post("/password")
def password_change(
    request: Request, db: SessionDep, login: PostAnyLogin, old_password: Annotated[str, Form()] = "",
    new_password: Annotated[str, Form()] = "", repeat_password: Annotated[str, Form()] = "",
) -> Response:
    """The user's own new password: the old one is asked again; the user's other sessions end."""
    t = ui()
    if len(new_password) < MIN_PASSWORD_LENGTH or new_password != repeat_password:
        return _password_page(request, login, status_code=400, error=t.ngettext(
            "The new password has at least {n} character, and both new passwords must be the same.",
            "The new password has at least {n} characters, and both new passwords must be the same.",
            MIN_PASSWORD_LENGTH))
    if not change_own_password(db, login.web_session, old_password, new_password):
        db.rollback()
        return _password_page(request, login, status_code=400, error=t.gettext(
            "The current password is not correct, or the new password is the same."))
    audit(db, login.user, "change_own_password")
    db.commit()
    return _password_page(request, login, done=True)
