"""The participatieraad's review workspace (issue 6): aggregates and anonymised items only.

Every route here reads the review store or counts; none loads a chat, a person or an
escalation's text. Tagging and recommendations are for the council; beheerders mark
recommendations handled. Issue 13: items the redactor was not sure of, and items the council
reported, wait in a queue that staff (regisseurs and beheerders, never the council) approve,
edit and approve, or delete. Issue 17: each route reads and changes only the login's own
municipality's items; another municipality's item is as if it did not exist (404).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from inburgering.handover.inbox import audit
from inburgering.models import FeedbackKind, ReviewTag
from inburgering.review import review
from inburgering.text.i18n import N_
from web.deps import CurrentLogin, PostLogin, PostReviewLogin, ReviewLogin, SessionDep
from web.i18n import ui

router = APIRouter()

TOPICS = {"pvt": N_("PVT"), "map": N_("MAP"), "ontzorgen": N_("Financial unburdening"),
          "appointments": N_("Appointments"), "other": N_("Other")}
TAGS = {"unclear_answer": N_("Unclear answer"), "missing_topic": N_("Missing topic"), "tone": N_("Tone"),
        "wrong_information": N_("Wrong information")}
REASONS = {"uncertain": N_("The redaction was not sure (a possible name or an unknown number)"),
           "reported": N_("Reported by the participatieraad: may still identify someone")}
KINDS = {"comment": N_("Comment after a thumbs down"), "free": N_("Free feedback"),
         "misunderstood": N_("Not understood")}


def _context(login, **extra):
    t = ui()
    return {
        "login": login, "TOPICS": TOPICS, "TAGS": TAGS, "KINDS": KINDS,
        "topic_label": lambda code: t.gettext(TOPICS.get(code, TOPICS["other"])),
        "week_label": lambda week: week,
        "misunderstood_label": lambda _: t.gettext("Not understood"),
        **extra,
    }


@router.get("/review")
def review_overview(request: Request, db: SessionDep, login: ReviewLogin) -> Response:
    data = review.overview(db, login.gemeente)
    audit(db, login.user, "view_review")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "review.html", _context(
        login, overview=data, recommendations=review.recommendations(db, login.gemeente),
        held=review.held_count(db, login.gemeente) if login.is_beheerder else 0,
    ))


@router.get("/review/items")
def review_items(request: Request, db: SessionDep, login: ReviewLogin, kind: str = "",
                       topic: str = "") -> Response:
    kinds = (FeedbackKind(kind),) if kind in KINDS else review.TEXT_KINDS
    found = review.items(db, kinds, topic if topic in TOPICS else None, gemeente=login.gemeente)
    # The Dutch machine translation is made in the background (web/app.py), never in a request.
    audit(db, login.user, "view_review_items", detail=f"{len(found)} items")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "review_items.html", _context(
        login, items=found, kind=kind, topic=topic,
    ))


@router.post("/review/items/{item_id}/tags")
def tag_item(item_id: int, db: SessionDep, login: PostReviewLogin,
                   tag: Annotated[str, Form()] = "") -> Response:
    if tag not in TAGS:
        raise HTTPException(status_code=400)
    if not review.toggle_tag(db, item_id, ReviewTag(tag), gemeente=login.gemeente):
        raise HTTPException(status_code=404)
    audit(db, login.user, "tag_review_item", detail=tag)
    db.commit()
    return RedirectResponse("/review/items", status_code=303)


@router.post("/review/items/{item_id}/report")
def report_item(item_id: int, db: SessionDep, login: PostReviewLogin) -> Response:
    """The council thinks the item still tells who wrote it: it goes back to the staff's queue."""
    if not review.report(db, item_id, gemeente=login.gemeente):
        raise HTTPException(status_code=404)
    audit(db, login.user, "report_review_item")
    db.commit()
    return RedirectResponse("/review/items", status_code=303)


@router.get("/review/held")
def held_items(request: Request, db: SessionDep, login: CurrentLogin) -> Response:
    found = review.held_items(db, gemeente=login.gemeente)
    audit(db, login.user, "view_held_review_items", detail=f"{len(found)} items")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "review_held.html", _context(
        login, items=found, REASONS=REASONS,
    ))


@router.post("/review/held/{item_id}/approve")
def approve_item(item_id: int, db: SessionDep, login: PostLogin,
                 text: Annotated[str | None, Form()] = None) -> Response:
    """Approve as it is, or (with ``text``) as edited; an edited text is redacted once more."""
    outcome = review.approve(db, item_id, text, gemeente=login.gemeente)
    if outcome is None:
        raise HTTPException(status_code=404)
    audit(db, login.user, "approve_review_item", detail=outcome)
    db.commit()
    return RedirectResponse("/review/held", status_code=303)


@router.post("/review/held/{item_id}/delete")
def delete_item(item_id: int, db: SessionDep, login: PostLogin) -> Response:
    if not review.delete_held(db, item_id, gemeente=login.gemeente):
        raise HTTPException(status_code=404)
    audit(db, login.user, "delete_review_item")
    db.commit()
    return RedirectResponse("/review/held", status_code=303)


@router.post("/review/recommendations")
def recommend(db: SessionDep, login: PostReviewLogin, text: Annotated[str, Form()] = "") -> Response:
    try:
        review.add_recommendation(db, text, login.gemeente)
    except ValueError:
        raise HTTPException(status_code=400) from None
    audit(db, login.user, "add_recommendation")
    db.commit()
    return RedirectResponse("/review", status_code=303)


@router.post("/review/recommendations/{recommendation_id}/handled")
def handled(recommendation_id: int, db: SessionDep, login: PostReviewLogin) -> Response:
    if not login.is_beheerder:
        raise HTTPException(status_code=403)
    if not review.mark_handled(db, recommendation_id, gemeente=login.gemeente):
        raise HTTPException(status_code=404)
    audit(db, login.user, "recommendation_handled")
    db.commit()
    return RedirectResponse("/review", status_code=303)


@router.get("/review/export.csv")
def export(db: SessionDep, login: ReviewLogin) -> Response:
    content = review.export_csv(db, login.gemeente)
    audit(db, login.user, "export_review")
    db.commit()
    # The file name says which municipality too (issue 17), besides the column in every row.
    return Response(content, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="review-{login.gemeente}.csv"'})
