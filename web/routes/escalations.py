"""The inbox itself: the list, one escalation, replying, take-over, closing."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inburgering.handover import inbox
from inburgering.handover.inbox import CANNED_REPLIES, CANNED_WITH_DATETIME, NotAllowed
from inburgering.models import (
    Chat,
    Escalation,
    EscalationStatus,
    OutboxMessage,
    OutboxStatus,
    WebRole,
)
from inburgering.text.i18n import TIMEZONE
from web.deps import CurrentLogin, Login, PostLogin, SessionDep
from web.i18n import ui

router = APIRouter()


def _load(db: Session, login: Login, escalation_id: int, action: str) -> Escalation:
    try:
        escalation = inbox.get_for(db, login.user, escalation_id)
    except NotAllowed:
        inbox.audit(db, login.user, "denied", detail=f"{action} escalation {escalation_id}")
        db.commit()
        raise HTTPException(status_code=403) from None
    if escalation is None:
        raise HTTPException(status_code=404)
    return escalation


def _undelivered(db: Session, escalation_ids: list[int]) -> set[int]:
    """Escalations with a reply or notice that Telegram has not accepted yet."""
    if not escalation_ids:
        return set()
    rows = db.execute(
        select(Escalation.id).join(OutboxMessage, OutboxMessage.chat_id == Escalation.chat_id)
        .where(Escalation.id.in_(escalation_ids), OutboxMessage.status != OutboxStatus.sent)
    ).all()
    return {row[0] for row in rows}


@router.get("/")
def escalation_list(request: Request, db: SessionDep, login: CurrentLogin) -> Response:
    now = datetime.now(timezone.utc)
    escalations = inbox.open_escalations(db, login.user)
    pseudonyms = dict(db.execute(
        select(Chat.id, Chat.pseudonym).where(Chat.id.in_({e.chat_id for e in escalations}))
    ).all()) if escalations else {}
    new_count = sum(e.status == EscalationStatus.nieuw for e in escalations)
    inbox.audit(db, login.user, "view_list", detail=f"{len(escalations)} open")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "list.html", {
        "login": login, "escalations": escalations, "pseudonyms": pseudonyms, "new_count": new_count, "now": now,
        "undelivered": _undelivered(db, [e.id for e in escalations]),
    })


def _canned_choices() -> list[tuple[str, str, bool]]:
    nl = ui()
    return [(key, nl.gettext(msgid, date="…", time="…") if key in CANNED_WITH_DATETIME else nl.gettext(msgid),
             key in CANNED_WITH_DATETIME) for key, msgid in CANNED_REPLIES.items()]


def _detail(request: Request, db: Session, login: Login, escalation: Escalation, **extra: object) -> Response:
    chat = db.get(Chat, escalation.chat_id)
    takeover = inbox.takeover_of(db, escalation.chat_id)
    # Named only for the regisseur who owns the case; everyone else sees the pseudonym.
    owner = login.user.role == WebRole.regisseur and escalation.regisseur_id == login.user.regisseur_id
    delivery = {
        row.escalation_message_id: row for row in db.scalars(
            select(OutboxMessage).where(OutboxMessage.chat_id == escalation.chat_id,
                                        OutboxMessage.escalation_message_id.is_not(None))
        )
    }
    context = {
        "login": login, "escalation": escalation, "pseudonym": chat.pseudonym[:8] if chat else "?",
        "name": escalation.inburgeraar.name if owner and escalation.inburgeraar else None,
        "takeover": takeover, "delivery": delivery, "canned": _canned_choices(), "now": datetime.now(timezone.utc),
        "is_open": escalation.status != EscalationStatus.afgerond,
        "pending_notices": db.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.chat_id == escalation.chat_id, OutboxMessage.status != OutboxStatus.sent,
            OutboxMessage.escalation_message_id.is_(None))),
        **extra,
    }
    return request.app.state.templates.TemplateResponse(request, "detail.html", context)


@router.get("/escalations/{escalation_id}")
def escalation_detail(escalation_id: int, request: Request, db: SessionDep, login: CurrentLogin) -> Response:
    escalation = _load(db, login, escalation_id, "view")
    inbox.audit(db, login.user, "view_escalation", escalation=escalation)
    inbox.mark_opened(escalation, login.user)
    db.commit()
    return _detail(request, db, login, escalation)


def _back(escalation_id: int) -> RedirectResponse:
    return RedirectResponse(f"/escalations/{escalation_id}", status_code=303)


@router.post("/escalations/{escalation_id}/preview")
def reply_preview(
    escalation_id: int, request: Request, db: SessionDep, login: PostLogin, text: Annotated[str, Form()] = "",
) -> Response:
    escalation = _load(db, login, escalation_id, "reply")
    if not text.strip():
        return _detail(request, db, login, escalation, error=ui().gettext("Write a reply first."))
    preview = inbox.preview_reply(escalation, text, request.app.state.engine)
    inbox.audit(db, login.user, "view_escalation", escalation=escalation, detail="reply preview")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "preview.html", {
        "login": login, "escalation": escalation, "preview": preview,
    })


@router.post("/escalations/{escalation_id}/reply")
def reply_send(
    escalation_id: int, db: SessionDep, login: PostLogin, text_nl: Annotated[str, Form()] = "",
    translated: Annotated[str, Form()] = "",
) -> Response:
    escalation = _load(db, login, escalation_id, "reply")
    # Exactly what the regisseur saw on the preview page.
    preview = inbox.rebuild_preview(escalation, text_nl, translated or None)
    try:
        inbox.send_reply(db, escalation, login.user, preview)
    except ValueError:
        raise HTTPException(status_code=400) from None
    db.commit()
    return _back(escalation_id)


def _local_datetime(value: str) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=TIMEZONE)


@router.post("/escalations/{escalation_id}/canned")
def canned_send(
    escalation_id: int, request: Request, db: SessionDep, login: PostLogin, key: Annotated[str, Form()] = "",
    when: Annotated[str, Form()] = "",
) -> Response:
    escalation = _load(db, login, escalation_id, "reply")
    try:
        inbox.send_canned(db, escalation, login.user, key, _local_datetime(when))
    except ValueError:
        return _detail(request, db, login, escalation,
                       error=ui().gettext("Choose an answer, and a date and time where it asks for one."))
    db.commit()
    return _back(escalation_id)


@router.post("/escalations/{escalation_id}/take-over")
def take_over(escalation_id: int, db: SessionDep, login: PostLogin) -> Response:
    escalation = _load(db, login, escalation_id, "take over")
    inbox.take_over(db, escalation, login.user)
    db.commit()
    return _back(escalation_id)


@router.post("/escalations/{escalation_id}/hand-back")
def hand_back(escalation_id: int, db: SessionDep, login: PostLogin) -> Response:
    escalation = _load(db, login, escalation_id, "hand back")
    inbox.hand_back(db, escalation, login.user)
    db.commit()
    return _back(escalation_id)


@router.post("/escalations/{escalation_id}/close")
def close(
    escalation_id: int, request: Request, db: SessionDep, login: PostLogin, outcome: Annotated[str, Form()] = "",
) -> Response:
    escalation = _load(db, login, escalation_id, "close")
    try:
        inbox.close(db, escalation, login.user, outcome)
    except ValueError:
        return _detail(request, db, login, escalation, error=ui().gettext("Write the outcome before closing."))
    db.commit()
    return RedirectResponse("/", status_code=303)
