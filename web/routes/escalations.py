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
from inburgering.text.translation import DUTCH, direction_status
from inburgering.text.translation.cache import WAIT_IN_REQUEST_SECONDS
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
        # Why messages have no Dutch translation, when a model is missing (None: the engine cannot tell).
        "translation_status": direction_status(request.app.state.engine, escalation.language, DUTCH),
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
    preview, pending = _translated_preview(request, escalation, text)
    inbox.audit(db, login.user, "view_escalation", escalation=escalation, detail="reply preview")
    db.commit()
    return _preview_page(request, login, escalation, preview, pending=pending)


def _translated_preview(request: Request, escalation: Escalation, text_nl: str) -> tuple[inbox.ReplyPreview, bool]:
    """The preview with the machine translation, and whether that is still being made.

    The translation runs on the app's translation worker; the request waits a short, fixed time
    (a real model needs a few hundred ms per sentence, seconds when it first loads).
    """
    if escalation.language == DUTCH:
        return inbox.rebuild_preview(escalation, text_nl, None), False
    result = request.app.state.translations.translate(text_nl.strip(), DUTCH, escalation.language,
                                                      wait=WAIT_IN_REQUEST_SECONDS)
    translated = result.text if result is not None and result.available else None
    return inbox.rebuild_preview(escalation, text_nl, translated), result is None


def _preview_page(request: Request, login: Login, escalation: Escalation, preview: inbox.ReplyPreview,
                  **extra: object) -> Response:
    return request.app.state.templates.TemplateResponse(request, "preview.html", {
        "login": login, "escalation": escalation, "preview": preview,
        "translation_status": direction_status(request.app.state.engine, DUTCH, escalation.language), **extra,
    })


@router.post("/escalations/{escalation_id}/back-translation")
def back_translation(
    escalation_id: int, request: Request, db: SessionDep, login: PostLogin, text_nl: Annotated[str, Form()] = "",
    translated: Annotated[str, Form()] = "",
) -> Response:
    """The previewed machine translation translated back into Dutch, so the regisseur can check it."""
    escalation = _load(db, login, escalation_id, "reply")
    preview = inbox.rebuild_preview(escalation, text_nl, translated or None)
    back = None
    if preview.translated:
        back = request.app.state.translations.translate(preview.translated, escalation.language, DUTCH,
                                                        wait=WAIT_IN_REQUEST_SECONDS)
    inbox.audit(db, login.user, "view_escalation", escalation=escalation, detail="back-translation")
    db.commit()
    return _preview_page(request, login, escalation, preview, back_translation=back,
                         back_pending=bool(preview.translated) and back is None)


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
