"""The inbox pages: own caseload only, audit log, list, detail, reply, take-over, users, link codes."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.handover.escalation import translate_pending
from inburgering.models import AuditLog, ChatTakeover, Escalation, EscalationStatus, OutboxMessage, WebUser
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.text.i18n import translator
from tests.web.conftest import FakeEngine, csrf, log_in


def _audit(settings: Settings) -> list[tuple[str, int | None]]:
    with session_scope(session_factory(settings.database_url)) as session:
        return [(row.action, row.escalation_id) for row in session.scalars(select(AuditLog).order_by(AuditLog.id))]


def test_list_shows_own_open_escalations_oldest_due_first_with_the_new_count(client: TestClient, world) -> None:
    log_in(client, "sanne")
    page = client.get("/").text
    ids = [int(i) for i in re.findall(r'data-escalation="(\d+)"', page)]
    assert ids == [world.mine, world.mine_ti]
    assert world.theirs not in ids
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert title.strip() == translator("nl").ngettext("Inbox: {n} new", "Inbox: {n} new", 2)
    assert "Arabisch" in page and "Tigrinya" in page


def test_a_regisseur_cannot_open_another_regisseurs_escalation(client: TestClient, world, settings) -> None:
    log_in(client, "sanne")
    assert client.get(f"/escalations/{world.theirs}").status_code == 403
    token = csrf(client.get("/").text)
    assert client.post(f"/escalations/{world.theirs}/close", data={"csrf_token": token, "outcome": "x"}
                       ).status_code == 403
    assert ("denied", None) in _audit(settings)
    assert client.get("/escalations/99999").status_code == 404


def test_beheerder_sees_everything_but_no_names(client: TestClient, world) -> None:
    log_in(client, "beheer")
    page = client.get(f"/escalations/{world.theirs}")
    assert page.status_code == 200 and "Karim Ander" not in page.text


def test_viewing_an_escalation_is_audited_and_starts_handling(client: TestClient, world, settings) -> None:
    log_in(client, "sanne")
    page = client.get(f"/escalations/{world.mine}").text
    assert "Amal Demo" in page  # named for the regisseur who owns the case
    assert ("view_escalation", world.mine) in _audit(settings)
    with session_scope(session_factory(settings.database_url)) as session:
        assert session.get(Escalation, world.mine).status == EscalationStatus.in_behandeling


def test_detail_shows_direction_language_and_dutch_translation(client: TestClient, world, settings) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        translate_pending(session, FakeEngine())
    log_in(client, "sanne")
    arabic = client.get(f"/escalations/{world.mine}").text
    assert 'lang="ar" dir="rtl">متى موعدي؟' in arabic
    assert 'lang="nl" dir="ltr">[nl] متى موعدي؟' in arabic
    tigrinya = client.get(f"/escalations/{world.mine_ti}").text
    assert 'lang="ti" dir="ltr">ቆጸራይ መዓስ እዩ?' in tigrinya
    assert translator("nl").gettext("No machine translation available.") in tigrinya


def test_reply_preview_then_send_queues_the_translation(client: TestClient, world, settings) -> None:
    log_in(client, "sanne")
    token = csrf(client.get(f"/escalations/{world.mine}").text)
    preview = client.post(f"/escalations/{world.mine}/preview", data={"csrf_token": token, "text": "Ik bel u."})
    assert preview.status_code == 200 and "[ar] Ik bel u." in preview.text
    with session_scope(session_factory(settings.database_url)) as session:
        assert session.scalars(select(OutboxMessage)).all() == []  # nothing sent by a preview
    sent = client.post(f"/escalations/{world.mine}/reply",
                       data={"csrf_token": token, "text_nl": "Ik bel u.", "translated": "[ar] Ik bel u."})
    assert sent.status_code == 200
    assert translator("nl").gettext("not delivered yet") in sent.text
    with session_scope(session_factory(settings.database_url)) as session:
        [row] = session.scalars(select(OutboxMessage)).all()
        assert "[ar] Ik bel u." in row.text and row.original_nl == "Ik bel u."


def test_take_over_hand_back_and_close(client: TestClient, world, settings) -> None:
    log_in(client, "sanne")
    token = csrf(client.get(f"/escalations/{world.mine}").text)
    client.post(f"/escalations/{world.mine}/take-over", data={"csrf_token": token})
    with session_scope(session_factory(settings.database_url)) as session:
        assert session.scalars(select(ChatTakeover)).all()
    assert client.post(f"/escalations/{world.mine}/close", data={"csrf_token": token, "outcome": ""}
                       ).status_code == 200  # no outcome: shown again with an error
    client.post(f"/escalations/{world.mine}/close", data={"csrf_token": token, "outcome": "Gebeld."})
    with session_scope(session_factory(settings.database_url)) as session:
        escalation = session.get(Escalation, world.mine)
        assert escalation.status == EscalationStatus.afgerond and escalation.outcome == "Gebeld."
        assert session.scalars(select(ChatTakeover)).all() == []
        # taken over + handed back notices, and the 1-5 question (issue 6)
        assert len(session.scalars(select(OutboxMessage)).all()) == 3


def test_user_management_is_for_the_beheerder_only(client: TestClient, settings) -> None:
    log_in(client, "sanne")
    assert client.get("/users").status_code == 403
    token = csrf(client.get("/").text)
    assert client.post("/users", data={"csrf_token": token, "username": "x", "password": "long enough pw",
                                       "role": "beheerder"}).status_code == 403
    client.cookies.clear()
    log_in(client, "beheer")
    token = csrf(client.get("/users").text)
    created = client.post("/users", data={"csrf_token": token, "username": "nieuw", "password": "long enough pw",
                                          "role": "beheerder"}, follow_redirects=False)
    assert created.status_code == 303
    short = client.post("/users", data={"csrf_token": token, "username": "kort", "password": "short",
                                        "role": "beheerder"})
    assert short.status_code == 400
    with session_scope(session_factory(settings.database_url)) as session:
        names = session.scalars(select(WebUser.username)).all()
        assert "nieuw" in names and "kort" not in names


def test_regisseur_issues_a_link_code_for_own_client_only(client: TestClient, world, settings) -> None:
    log_in(client, "sanne")
    token = csrf(client.get("/clients").text)
    page = client.post(f"/clients/{world.person}/link-code", data={"csrf_token": token})
    code = re.search(r'id="link-code">([A-Z0-9]+)<', page.text).group(1)
    assert len(code) == 8
    assert client.post(f"/clients/{world.other_person}/link-code", data={"csrf_token": token}).status_code == 403
    assert ("issue_link_code", None) in _audit(settings)
