"""The regisseur's clients: issue a link code so a new client can connect their Telegram chat."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import select

from inburgering.handover.inbox import audit
from inburgering.models import Inburgeraar, WebRole
from inburgering.people.linking import DEFAULT_TTL, create_code
from web.deps import CurrentLogin, Login, PostLogin, SessionDep

router = APIRouter()


def _caseload(login: Login):
    query = select(Inburgeraar).order_by(Inburgeraar.name)
    if login.user.role != WebRole.beheerder:
        query = query.where(Inburgeraar.regisseur_id == login.user.regisseur_id)
    return query


@router.get("/clients")
def client_list(request: Request, db: SessionDep, login: CurrentLogin) -> Response:
    people = list(db.scalars(_caseload(login)))
    audit(db, login.user, "view_clients", detail=f"{len(people)} clients")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "clients.html", {"login": login, "people": people})


@router.post("/clients/{inburgeraar_id}/link-code")
def issue_link_code(inburgeraar_id: int, request: Request, db: SessionDep, login: PostLogin) -> Response:
    person = db.get(Inburgeraar, inburgeraar_id)
    if person is None:
        raise HTTPException(status_code=404)
    if login.user.role != WebRole.beheerder and person.regisseur_id != login.user.regisseur_id:
        audit(db, login.user, "denied", inburgeraar_id=inburgeraar_id, detail="link code")
        db.commit()
        raise HTTPException(status_code=403)
    code = create_code(db, person)
    audit(db, login.user, "issue_link_code", inburgeraar_id=person.id)
    db.commit()
    settings = request.app.state.settings
    deep_link = (f"https://t.me/{settings.telegram_bot_username}?start={code}"
                 if getattr(settings, "telegram_bot_username", "") else None)
    return request.app.state.templates.TemplateResponse(request, "link_code.html", {
        "login": login, "person": person, "code": code, "hours": int(DEFAULT_TTL.total_seconds() // 3600),
        "deep_link": deep_link,
    })
