"""Labelling misunderstood questions for training (issue 11): regisseurs and beheerders.

Only the redacted text of questions whose chat was shown a privacy notice covering training
(``FeedbackItem.may_train``), with its language and the topic the user chose next; never a chat,
a person or a reviewer key. The participatieraad reads these questions in /review but does not
label them (403). Who labelled is in the audit log, not on the item.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from inburgering.handover.inbox import audit
from inburgering.review import labelling, review
from inburgering.text.i18n import N_
from web.deps import CurrentLogin, PostLogin, SessionDep
from web.routes.review import TOPICS

router = APIRouter()

# What each intent means, for the select; an intent added to domain.yml later shows its name.
INTENTS = {
    # Translators: what a user's message meant (the user said hello), a choice in a list.
    "greet": N_("Greeting"),
    "goodbye": N_("Goodbye"),
    # Translators: what a user's message meant (the user said thank you), a choice in a list.
    "thank": N_("Thanks"),
    "affirm": N_("Yes, agrees"),
    "deny": N_("No, disagrees"),
    "bot_challenge": N_("Asks whether this is a computer"),
    "change_language": N_("Wants another language"),
    "ask_pvt": N_("Question about the PVT"),
    "ask_map": N_("Question about the MAP"),
    "ask_ontzorgen": N_("Question about financial unburdening"),
    "ask_appointments": N_("Question about appointments"),
    "request_reschedule": N_("Cannot come to an appointment"),
    "request_regisseur": N_("Wants to talk to the regisseur"),
    "out_of_scope": N_("Something the assistant does not do"),
    "ask_progress": N_("Question about own progress"),
    "report_sensitive": N_("Fine, debts or a complaint"),
}


@router.get("/labelling")
def labelling_page(request: Request, db: SessionDep, login: CurrentLogin) -> Response:
    queue = labelling.to_label(db, gemeente=login.gemeente)
    done = labelling.awaiting_export(db, gemeente=login.gemeente)
    # The Dutch machine translation is made in the background (web/app.py), never in a request.
    audit(db, login.user, "view_labelling", detail=f"{len(queue)} items")
    db.commit()
    return request.app.state.templates.TemplateResponse(request, "labelling.html", {
        "login": login, "queue": queue, "done": done, "intents": labelling.domain_intents(),
        "INTENTS": INTENTS, "TOPICS": TOPICS, "SKIP": labelling.SKIP,
    })


@router.post("/labelling/{item_id}")
def label_item(item_id: int, db: SessionDep, login: PostLogin, intent: Annotated[str, Form()] = "") -> Response:
    try:
        item = labelling.label(db, item_id, intent, gemeente=login.gemeente)
    except ValueError:
        raise HTTPException(status_code=400) from None
    if item is None:
        raise HTTPException(status_code=404)
    # Who labelled goes to the audit log; the review item itself keeps no staff id.
    audit(db, login.user, "label_review_item", detail=intent)
    db.commit()
    return RedirectResponse("/labelling", status_code=303)
