"""The regisseur's clients: issue a link code so a new client can connect their Telegram chat, and see
and unlink the chats linked to a client (issue 13: a lost phone must stop receiving appointments).

A regisseur sees and changes only their own caseload; a beheerder every client of their own
municipality (issue 17), so link codes are per municipality too. Chats are shown by a
short pseudonymous label, never by their Telegram chat id.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.handover.inbox import audit
from inburgering.models import Gemeente, Inburgeraar, WebRole
from inburgering.people.linking import DEFAULT_TTL, chat_label, create_code, linked_chat_views, revoke_chat
from web.deps import CurrentLogin, Login, PostLogin, SessionDep

router = APIRouter()


def _in_gemeente(login: Login):
    """The people of the login's own municipality (issue 17)."""
    return Inburgeraar.gemeente_id.in_(select(Gemeente.id).where(Gemeente.slug == login.gemeente))


def _caseload(login: Login):
    query = select(Inburgeraar).where(_in_gemeente(login)).order_by(Inburgeraar.name)
    if login.user.role != WebRole.beheerder:
        query = query.where(Inburgeraar.regisseur_id == login.user.regisseur_id)
    return query


@router.get("/clients")
def client_list(request: Request, db: SessionDep, login: CurrentLogin) -> Response:
    people = list(db.scalars(_caseload(login)))
    chats = linked_chat_views(db, [person.id for person in people])
    audit(db, login.user, "view_clients", detail=f"{len(people)} clients")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "clients.html", {
        "login": login, "people": people, "chats": chats,
    })


def _own_client(db: Session, login: Login, inburgeraar_id: int, what: str) -> Inburgeraar:
    """The person, when in the login's caseload; a refusal is audited."""
    person = db.get(Inburgeraar, inburgeraar_id)
    if person is None:
        raise HTTPException(status_code=404)
    own_gemeente = db.scalar(select(Inburgeraar.id).where(Inburgeraar.id == person.id, _in_gemeente(login)))
    own_case = login.user.role == WebRole.beheerder or person.regisseur_id == login.user.regisseur_id
    if own_gemeente is None or not own_case:
        audit(db, login.user, "denied", inburgeraar_id=inburgeraar_id, detail=what)
        db.commit()
        raise HTTPException(status_code=403)
    return person


@router.post("/clients/{inburgeraar_id}/link-code")
def issue_link_code(inburgeraar_id: int, request: Request, db: SessionDep, login: PostLogin) -> Response:
    """A new one-time code; the client's unused older codes stop working."""
    person = _own_client(db, login, inburgeraar_id, "link code")
    code = create_code(db, person, key=request.app.state.settings.pseudonym_key)
    audit(db, login.user, "issue_link_code", inburgeraar_id=person.id)
    db.commit()
    settings = request.app.state.settings
    deep_link = (f"https://t.me/{settings.telegram_bot_username}?start={code}"
                 if getattr(settings, "telegram_bot_username", "") else None)
    return request.app.state.templates.TemplateResponse(request, "link_code.html", {
        "login": login, "person": person, "code": code, "hours": int(DEFAULT_TTL.total_seconds() // 3600),
        "deep_link": deep_link,
    })


@router.post("/clients/{inburgeraar_id}/chats/{chat_id}/unlink")
def unlink_chat(inburgeraar_id: int, chat_id: int, db: SessionDep, login: PostLogin) -> Response:
    """Unlink one chat from the client (a lost or replaced phone); the chat gets a notice in its language."""
    person = _own_client(db, login, inburgeraar_id, "unlink chat")
    chat = revoke_chat(db, person.id, chat_id)
    if chat is None:
        raise HTTPException(status_code=404)
    audit(db, login.user, "unlink_chat", inburgeraar_id=person.id, detail=f"chat {chat_label(chat)}")
    db.commit()
    return RedirectResponse("/clients", status_code=303)
