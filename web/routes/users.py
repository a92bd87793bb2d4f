"""User management, for the beheerder only: create accounts and manage their lifecycle (issue 13).

Every action is written to the audit log: who (the beheerder), what (the action), to whom (the
account's id and username in ``detail``), when. Passwords and reset codes never are.

Issue 17: a beheerder manages the accounts and regisseurs of their own municipality only; a new
account belongs to it. The regional role is made on the command line (``python -m web create-user
--role regio``), never here.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select

from inburgering.handover.inbox import audit
from inburgering.models import Gemeente, Regisseur, WebRole, WebSession, WebUser, utcnow
from web.auth import (
    MIN_PASSWORD_LENGTH,
    RESET_CODE_LIFETIME,
    create_user,
    disable,
    enable,
    end_sessions,
    reset_password,
    unlock,
)
from web.deps import BeheerderLogin, Login, PostBeheerderLogin, SessionDep
from web.i18n import ui

router = APIRouter()

# The roles a municipality's beheerder gives; the regional one is not a municipality's.
MUNICIPAL_ROLES = [role for role in WebRole if role != WebRole.regio]


def _own_regisseurs(login: Login):
    return select(Regisseur).join(Gemeente, Gemeente.id == Regisseur.gemeente_id).where(
        Gemeente.slug == login.gemeente)


def _page(request: Request, db, login: Login, *, error: str | None = None, status_code: int = 200) -> Response:
    users = list(db.scalars(select(WebUser).where(WebUser.gemeente == login.gemeente).order_by(WebUser.username)))
    regisseurs = list(db.scalars(_own_regisseurs(login).order_by(Regisseur.name)))
    sessions = dict(db.execute(
        select(WebSession.web_user_id, func.count()).where(WebSession.expires_at > utcnow())
        .group_by(WebSession.web_user_id)
    ).all())
    return request.app.state.templates.TemplateResponse(request, "users.html", {
        "login": login, "users": users, "regisseurs": regisseurs, "error": error, "roles": MUNICIPAL_ROLES,
        "min_password_length": MIN_PASSWORD_LENGTH, "sessions": sessions, "now": utcnow(),
    }, status_code=status_code)


@router.get("/users")
def user_list(request: Request, db: SessionDep, login: BeheerderLogin) -> Response:
    audit(db, login.user, "view_users")
    db.commit()
    return _page(request, db, login)


@router.post("/users")
def user_create(
    request: Request, db: SessionDep, login: PostBeheerderLogin, username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "", role: Annotated[str, Form()] = "regisseur",
    regisseur_id: Annotated[str, Form()] = "",
) -> Response:
    t = ui()
    try:
        web_role = WebRole(role)
        if web_role not in MUNICIPAL_ROLES:
            raise ValueError("not a municipality's role")
        regisseur = int(regisseur_id) if regisseur_id else None
        if regisseur is not None and db.scalar(_own_regisseurs(login).where(Regisseur.id == regisseur)) is None:
            raise ValueError("unknown regisseur")
        user = create_user(db, username, password, web_role, regisseur, login.gemeente)
    except ValueError:
        db.rollback()
        return _page(request, db, login, status_code=400, error=t.ngettext(
            "The user was not created. Check the username (new), the password (at least {n} character) and, "
            "for a regisseur, the regisseur.",
            "The user was not created. Check the username (new), the password (at least {n} characters) and, "
            "for a regisseur, the regisseur.", MIN_PASSWORD_LENGTH))
    audit(db, login.user, "create_user", detail=user.username)
    db.commit()
    return RedirectResponse("/users", status_code=303)


def _target(db, login: Login, user_id: int, *, not_self: bool = False) -> WebUser:
    user = db.get(WebUser, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    if user.gemeente != login.gemeente:
        # Another municipality's account (or the regional one): not this beheerder's to change.
        audit(db, login.user, "denied", detail=f"user {user.id}")
        db.commit()
        raise HTTPException(status_code=403)
    if not_self and user.id == login.user.id:
        # A beheerder cannot lock themselves out (and so never the last beheerder by accident).
        raise HTTPException(status_code=403)
    return user


def _done(db, login: Login, action: str, user: WebUser) -> Response:
    audit(db, login.user, action, detail=f"user {user.id} {user.username}")
    db.commit()
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_id}/disable")
def user_disable(user_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    """The account can no longer log in; its sessions end now."""
    user = _target(db, login, user_id, not_self=True)
    disable(db, user)
    return _done(db, login, "disable_user", user)


@router.post("/users/{user_id}/enable")
def user_enable(user_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    user = _target(db, login, user_id)
    enable(user)
    return _done(db, login, "enable_user", user)


@router.post("/users/{user_id}/unlock")
def user_unlock(user_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    user = _target(db, login, user_id)
    unlock(user)
    return _done(db, login, "unlock_user", user)


@router.post("/users/{user_id}/force-password-change")
def user_force_password_change(user_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    """The account's next page (in a session it has now, or after its next login) asks for a new password."""
    user = _target(db, login, user_id, not_self=True)
    user.must_change_password = True
    return _done(db, login, "force_password_change", user)


@router.post("/users/{user_id}/revoke-sessions")
def user_revoke_sessions(user_id: int, db: SessionDep, login: PostBeheerderLogin) -> Response:
    """Every browser logged in as this account is logged out (a lost laptop, a shared computer)."""
    user = _target(db, login, user_id, not_self=True)
    end_sessions(db, user)
    return _done(db, login, "revoke_sessions", user)


@router.post("/users/{user_id}/reset-password")
def user_reset_password(user_id: int, request: Request, db: SessionDep, login: PostBeheerderLogin) -> Response:
    """A one-time reset code, shown once to the beheerder, who passes it on by another channel."""
    user = _target(db, login, user_id, not_self=True)
    code = reset_password(db, user)
    audit(db, login.user, "reset_password", detail=f"user {user.id} {user.username}")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "reset_code.html", {
        "login": login, "user": user, "code": code, "hours": int(RESET_CODE_LIFETIME.total_seconds() // 3600),
    })
