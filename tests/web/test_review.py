"""The participatieraad's review workspace: aggregates and anonymised items, never the inbox."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.models import (
    Author,
    Escalation,
    EscalationMessage,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    QuestionTally,
    Recommendation,
    TranslationState,
    WebRole,
)
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from tests import factories
from tests.web.conftest import csrf, log_in, translate_in_background_now

NOW = datetime.now(timezone.utc)


@pytest.fixture
def raad(settings: Settings, world) -> None:
    """A council member, feedback of three chats, and a first reply on one escalation."""
    with session_scope(session_factory(settings.database_url)) as session:
        factories.web_user(session, "raad", WebRole.participatieraad)
        add = session.add
        add(FeedbackItem(reviewer="a" * 32, kind=FeedbackKind.thumbs, topic=FeedbackTopic.pvt, language="nl", score=1))
        add(FeedbackItem(reviewer="a" * 32, kind=FeedbackKind.thumbs, topic=FeedbackTopic.pvt, language="ar", score=-1))
        add(FeedbackItem(reviewer="b" * 32, kind=FeedbackKind.rating, topic=FeedbackTopic.map, language="ti", score=5))
        add(FeedbackItem(reviewer="b" * 32, kind=FeedbackKind.comment, topic=FeedbackTopic.pvt, language="ar",
                         text="الدرس غير واضح، [phone]"))
        add(FeedbackItem(reviewer="c" * 32, kind=FeedbackKind.misunderstood, topic=FeedbackTopic.ontzorgen,
                         language="ti", text="ገንዘብ ኣበይ ኣሎ"))
        add(QuestionTally(week="2026-W48", language="nl", count=4))
        escalation = session.get(Escalation, world.mine)
        escalation.created_at = NOW - timedelta(hours=6)
        session.add(EscalationMessage(escalation_id=escalation.id, author=Author.regisseur, text="Hallo",
                                      language="nl", translation_state=TranslationState.not_needed, at=NOW))


def _raad(client: TestClient) -> str:
    answer = log_in(client, "raad")
    assert answer.status_code == 303 and answer.headers["location"] == "/review"
    return csrf(client.get("/review").text)


def test_a_council_member_can_never_open_the_inbox_a_conversation_or_a_person(
    client: TestClient, world, raad
) -> None:
    token = _raad(client)
    for path in ("/", f"/escalations/{world.mine}", f"/escalations/{world.theirs}", "/clients", "/users"):
        assert client.get(path, follow_redirects=False).status_code == 403, path
    for path, data in (
        (f"/escalations/{world.mine}/preview", {"text": "x"}),
        (f"/escalations/{world.mine}/reply", {"text_nl": "x"}),
        (f"/escalations/{world.mine}/canned", {"key": "x"}),
        (f"/escalations/{world.mine}/take-over", {}),
        (f"/escalations/{world.mine}/hand-back", {}),
        (f"/escalations/{world.mine}/close", {"outcome": "x"}),
        (f"/clients/{world.person}/link-code", {}),
        ("/users", {"username": "x", "password": "y" * 12, "role": "beheerder"}),
    ):
        answer = client.post(path, data={"csrf_token": token, **data}, follow_redirects=False)
        assert answer.status_code == 403, path
    overview = client.get("/review").text
    for name in ("Amal", "Sanne", "Karim", "Tesfay", "Piet"):
        assert name not in overview


def test_regisseurs_do_not_see_the_review_workspace(client: TestClient, world, raad) -> None:
    log_in(client, "sanne")
    assert client.get("/review", follow_redirects=False).status_code == 403
    assert client.get("/review/export.csv", follow_redirects=False).status_code == 403


def test_overview_shows_bars_with_tables_and_escalation_timing(client: TestClient, world, raad) -> None:
    _raad(client)
    page = client.get("/review").text
    assert page.count("<svg") == 4 and page.count("<table") >= 5
    # PVT: 1 of 2 satisfied; MAP: the 5 out of 5 counts as satisfied.
    assert "<td>PVT</td><td>1</td><td>2</td><td>50</td>" in page
    assert "<td>MAP</td><td>1</td><td>1</td><td>100</td>" in page
    assert "<td>Niet begrepen</td><td>1</td><td>4</td><td>25</td>" in page
    assert "<td>3</td>" in page  # escalations
    assert "<td>6.0</td>" in page  # median hours to the first reply


def test_drill_down_shows_dutch_for_arabic_and_a_note_for_tigrinya_and_tags(
    client: TestClient, world, raad, settings: Settings
) -> None:
    token = _raad(client)
    before = client.get("/review/items").text
    assert "[nl] الدرس غير واضح" not in before  # a page never waits for a translation: made in the background
    assert translate_in_background_now(settings) >= 2  # the Arabic and the Tigrinya item (no Tigrinya model)
    page = client.get("/review/items").text
    assert "[nl] الدرس غير واضح، [phone]" in page  # machine translation of the redacted text
    assert "Tigrinya" in page and "ገንዘብ ኣበይ ኣሎ" in page
    with session_factory(settings.database_url)() as session:
        comment = session.scalar(select(FeedbackItem).where(FeedbackItem.kind == FeedbackKind.comment))
    answer = client.post(f"/review/items/{comment.id}/tags", data={"csrf_token": token, "tag": "unclear_answer"},
                         follow_redirects=False)
    assert answer.status_code == 303
    with session_factory(settings.database_url)() as session:
        tagged = session.get(FeedbackItem, comment.id)
        assert [t.tag.value for t in tagged.tags] == ["unclear_answer"]
    assert client.post(f"/review/items/{comment.id}/tags", data={"tag": "tone"}).status_code == 403  # no CSRF


def test_recommendations_written_by_the_council_are_marked_handled_by_a_beheerder(
    client: TestClient, world, raad, settings: Settings
) -> None:
    token = _raad(client)
    client.post("/review/recommendations", data={"csrf_token": token, "text": "Leg de PVT eenvoudiger uit"})
    with session_factory(settings.database_url)() as session:
        [row] = session.scalars(select(Recommendation)).all()
    assert client.post(f"/review/recommendations/{row.id}/handled", data={"csrf_token": token}).status_code == 403

    client.cookies.clear()
    log_in(client, "beheer")
    page = client.get("/review").text
    assert "Leg de PVT eenvoudiger uit" in page
    answer = client.post(f"/review/recommendations/{row.id}/handled", data={"csrf_token": csrf(page)},
                         follow_redirects=False)
    assert answer.status_code == 303
    with session_factory(settings.database_url)() as session:
        assert session.get(Recommendation, row.id).handled_at is not None


def test_export_is_csv_without_reviewer_keys(client: TestClient, world, raad) -> None:
    _raad(client)
    answer = client.get("/review/export.csv")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    lines = answer.text.splitlines()
    assert lines[0] == "week,kind,topic,language,score,text,text_nl,tags,gemeente"
    assert len(lines) == 6
    assert "a" * 32 not in answer.text and "الدرس غير واضح" in answer.text


# -- issue 13: items held back until staff approve them; the council can report an item -------------

def _held(settings: Settings, text: str = "mijn man [name] is ziek", reason: str = "uncertain") -> int:
    from inburgering.models.feedback import HoldReason

    with session_scope(session_factory(settings.database_url)) as session:
        item = FeedbackItem(reviewer="d" * 32, kind=FeedbackKind.free, topic=FeedbackTopic.other, language="nl",
                            text=text, text_nl=text, held=HoldReason(reason))
        session.add(item)
        session.flush()
        return item.id


def test_a_held_item_is_not_shown_to_the_council_nor_exported(
    client: TestClient, world, raad, settings: Settings
) -> None:
    item_id = _held(settings, "Ik heb Khadija gevraagd")
    anonymous = client.get("/review/held", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    assert client.post(f"/review/held/{item_id}/approve", follow_redirects=False).status_code == 303
    _raad(client)
    assert "Khadija" not in client.get("/review/items").text
    assert "Khadija" not in client.get("/review/export.csv").text
    assert client.get("/review/held", follow_redirects=False).status_code == 403


def test_staff_approve_a_held_item_as_edited_and_then_the_council_sees_it(
    client: TestClient, world, raad, settings: Settings
) -> None:
    item_id = _held(settings, "Ik heb Khadija gevraagd, bel 06/12345678")
    log_in(client, "beheer")
    assert "(1)" in client.get("/review").text  # the link to the queue with its count
    page = client.get("/review/held").text
    assert "Khadija" in page
    answer = client.post(f"/review/held/{item_id}/approve",
                         data={"csrf_token": csrf(page), "text": "Ik heb [name] gevraagd, bel 06/12345678"},
                         follow_redirects=False)
    assert answer.status_code == 303
    with session_factory(settings.database_url)() as session:
        item = session.get(FeedbackItem, item_id)
        assert item.held is None
        assert item.text == "Ik heb [name] gevraagd, bel [phone]"  # the edited text was redacted once more
    client.cookies.clear()
    _raad(client)
    assert "Ik heb [name] gevraagd, bel [phone]" in client.get("/review/items").text


def test_a_regisseur_may_delete_a_held_item_and_a_missing_one_is_404(
    client: TestClient, world, settings: Settings
) -> None:
    item_id = _held(settings)
    log_in(client, "sanne")
    token = csrf(client.get("/review/held").text)
    assert client.post(f"/review/held/{item_id}/delete", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    with session_factory(settings.database_url)() as session:
        assert session.get(FeedbackItem, item_id) is None
    assert client.post(f"/review/held/{item_id}/approve", data={"csrf_token": token}).status_code == 404
    assert client.post(f"/review/held/{item_id + 1}/delete", data={}).status_code == 403  # no CSRF


def test_the_council_reports_an_item_and_it_goes_back_to_the_held_queue(
    client: TestClient, world, raad, settings: Settings
) -> None:
    token = _raad(client)
    with session_factory(settings.database_url)() as session:
        comment = session.scalar(select(FeedbackItem).where(FeedbackItem.kind == FeedbackKind.comment))
    assert client.post(f"/review/held/{comment.id}/approve", data={"csrf_token": token}).status_code == 403
    answer = client.post(f"/review/items/{comment.id}/report", data={"csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303
    assert "الدرس غير واضح" not in client.get("/review/items").text
    assert client.post(f"/review/items/{comment.id}/report", data={"csrf_token": token}).status_code == 404

    client.cookies.clear()
    log_in(client, "beheer")
    page = client.get("/review/held").text
    assert "الدرس غير واضح" in page and "participatieraad" in page
    client.post(f"/review/held/{comment.id}/approve", data={"csrf_token": csrf(page)})
    with session_factory(settings.database_url)() as session:
        assert session.get(FeedbackItem, comment.id).held is None
