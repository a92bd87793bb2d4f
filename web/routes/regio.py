"""The regional role's page (issue 17): totals per municipality, no personal data and no texts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from inburgering.handover.inbox import audit
from inburgering.review.regional import regional_totals
from web.deps import RegioLogin, SessionDep

router = APIRouter()


@router.get("/regio")
def regional_page(request: Request, db: SessionDep, login: RegioLogin) -> Response:
    rows = regional_totals(db, request.app.state.settings.served_gemeenten)
    audit(db, login.user, "view_regional_totals")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "regio.html", {"login": login, "rows": rows})
