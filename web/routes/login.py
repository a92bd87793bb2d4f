"""Login and logout."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from inburgering.handover.inbox import audit
from inburgering.models import WebRole
from web.auth import authenticate, end_session, same_token, start_session
from web.deps import LOGIN_CSRF_COOKIE, SESSION_COOKIE, PostAnyLogin, SessionDep, secure_cookies
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
def login_form(request: Request) -> Response:
    return _login_page(request)


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
        if result.locked:
            error = t.gettext("Too many failed attempts. This account is locked for 15 minutes.")
        else:
            error = t.gettext("Wrong username or password.")
        return _login_page(request, error=error, status_code=401)
    token = start_session(db, result.user)
    audit(db, result.user, "login")
    db.commit()
    # The participatieraad has no inbox: it starts in the review workspace (issue 6).
    start = "/review" if result.user.role == WebRole.participatieraad else "/"
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
