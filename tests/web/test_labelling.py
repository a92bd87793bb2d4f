"""Labelling misunderstood questions in the inbox: regisseurs and beheerders, redacted text only."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.models import AuditLog, FeedbackItem, FeedbackKind, FeedbackTopic, WebRole
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.review import labelling
from tests import factories
from tests.web.conftest import csrf, log_in, translate_in_background_now


@dataclass
class Questions:
    ar: int
    ti: int
    nl: int
    private: int  # its chat never saw a notice that covers training
    comment: int


@pytest.fixture
def questions(settings: Settings, world) -> Questions:
    with session_scope(session_factory(settings.database_url)) as session:
        factories.web_user(session, "raad", WebRole.participatieraad)

        def add(text: str, language: str, *, may_train: bool = True,
                kind: FeedbackKind = FeedbackKind.misunderstood) -> int:
            item = FeedbackItem(reviewer="k" * 32, kind=kind, topic=FeedbackTopic.pvt, language=language,
                                text=text, may_train=may_train)
            session.add(item)
            session.flush()
            return item.id

        return Questions(
            ar=add("شو يعني بي في تي [phone]", "ar"),
            ti=add("MAP entay iyu", "ti"),
            nl=add("wat is dat pe ve te cursus", "nl"),
            private=add("vraag zonder toestemming", "nl", may_train=False),
            comment=add("een opmerking na duim omlaag", "nl", kind=FeedbackKind.comment),
        )


def _item(settings: Settings, item_id: int) -> FeedbackItem:
    with session_scope(session_factory(settings.database_url)) as session:
        item = session.get(FeedbackItem, item_id)
        session.expunge(item)
        return item


def test_a_regisseur_sees_only_trainable_questions_with_language_and_direction(
    client: TestClient, questions: Questions, settings: Settings
) -> None:
    log_in(client, "sanne")
    translate_in_background_now(settings)  # the inbox's background translation (never in the request)
    page = client.get("/labelling")
    assert page.status_code == 200
    html = page.text
    assert re.search(r'lang="ar" dir="rtl">شو يعني بي في تي \[phone\]<', html)
    assert re.search(r'lang="ti" dir="ltr">MAP entay iyu<', html)
    assert "wat is dat pe ve te cursus" in html
    assert "[nl] شو يعني" in html  # the Dutch machine translation of the Arabic question
    assert "vraag zonder toestemming" not in html and "een opmerking" not in html
    assert "k" * 32 not in html  # never the reviewer key
    options = set(re.findall(r'<option value="([^"]*)"', html))
    assert set(labelling.domain_intents()) | {labelling.SKIP, ""} == options
    assert 'href="/labelling"' in html  # in the navigation


def test_labelling_saves_the_intent_audits_who_and_moves_the_item(
    settings: Settings, client: TestClient, questions: Questions
) -> None:
    log_in(client, "sanne")
    token = csrf(client.get("/labelling").text)
    answer = client.post(f"/labelling/{questions.ar}", data={"csrf_token": token, "intent": "ask_pvt"},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/labelling"
    item = _item(settings, questions.ar)
    assert item.intent_label == "ask_pvt" and item.labelled_at is not None
    with session_scope(session_factory(settings.database_url)) as session:
        entry = session.scalar(select(AuditLog).where(AuditLog.action == "label_review_item"))
        assert entry.web_user.username == "sanne" and entry.detail == "ask_pvt"

    page = client.get("/labelling").text
    queue, waiting = page.split("<h2>")  # below: labelled, not exported yet, can still be corrected
    assert "شو يعني" not in queue and "شو يعني" in waiting
    assert re.search(r'<option value="ask_pvt" selected>', waiting)

    assert client.post(f"/labelling/{questions.ti}", data={"csrf_token": token, "intent": labelling.SKIP},
                       follow_redirects=False).status_code == 303
    skipped = _item(settings, questions.ti)
    assert skipped.intent_label is None and skipped.labelled_at is not None


def test_a_beheerder_may_label_too(settings: Settings, client: TestClient, questions: Questions) -> None:
    log_in(client, "beheer")
    token = csrf(client.get("/labelling").text)
    assert client.post(f"/labelling/{questions.nl}", data={"csrf_token": token, "intent": "ask_pvt"},
                       follow_redirects=False).status_code == 303
    assert _item(settings, questions.nl).intent_label == "ask_pvt"


def test_bad_requests_change_nothing(settings: Settings, client: TestClient, questions: Questions) -> None:
    log_in(client, "sanne")
    token = csrf(client.get("/labelling").text)
    cases = [
        (questions.nl, {"intent": "ask_pvt"}, 403),  # no CSRF token
        (questions.nl, {"csrf_token": "wrong", "intent": "ask_pvt"}, 403),
        (questions.nl, {"csrf_token": token, "intent": "ask_weather"}, 400),  # not in domain.yml
        (questions.nl, {"csrf_token": token}, 400),
        (questions.private, {"csrf_token": token, "intent": "ask_pvt"}, 404),  # may not train
        (questions.comment, {"csrf_token": token, "intent": "ask_pvt"}, 404),
        (999999, {"csrf_token": token, "intent": "ask_pvt"}, 404),
    ]
    for item_id, data, status in cases:
        assert client.post(f"/labelling/{item_id}", data=data, follow_redirects=False).status_code == status, data
    for item_id in (questions.nl, questions.private, questions.comment):
        assert _item(settings, item_id).labelled_at is None


def test_the_participatieraad_may_not_label(settings: Settings, client: TestClient, questions: Questions) -> None:
    log_in(client, "raad")
    token = csrf(client.get("/review").text)
    assert client.get("/labelling", follow_redirects=False).status_code == 403
    answer = client.post(f"/labelling/{questions.nl}", data={"csrf_token": token, "intent": "ask_pvt"},
                         follow_redirects=False)
    assert answer.status_code == 403
    assert _item(settings, questions.nl).labelled_at is None
    assert 'href="/labelling"' not in client.get("/review").text


def test_without_login_the_page_sends_you_to_the_login(client: TestClient, questions: Questions) -> None:
    answer = client.get("/labelling", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
