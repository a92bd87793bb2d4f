"""User management, for the beheerder only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from inburgering.handover.inbox import audit
from inburgering.models import Regisseur, WebRole, WebUser
from web.auth import MIN_PASSWORD_LENGTH, create_user
from web.deps import BeheerderLogin, Login, PostBeheerderLogin, SessionDep
from web.i18n import ui

router = APIRouter()


def _page(request: Request, db, login: Login, *, error: str | None = None, status_code: int = 200) -> Response:
    users = list(db.scalars(select(WebUser).order_by(WebUser.username)))
    regisseurs = list(db.scalars(select(Regisseur).order_by(Regisseur.name)))
    return request.app.state.templates.TemplateResponse(request, "users.html", {
        "login": login, "users": users, "regisseurs": regisseurs, "error": error, "roles": list(WebRole),
        "min_password_length": MIN_PASSWORD_LENGTH,
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
        regisseur = int(regisseur_id) if regisseur_id else None
        if regisseur is not None and db.get(Regisseur, regisseur) is None:
            raise ValueError("unknown regisseur")
        user = create_user(db, username, password, web_role, regisseur)
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
