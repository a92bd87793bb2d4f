"""The chats linked to a client (issue 13): who may see and unlink them, what the chats are told."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.models import AuditLog, Chat, LinkCode, OutboxMessage, WebRole
from inburgering.people.linking import LinkResult, chat_label, redeem_code
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.responses import render
from inburgering.text.i18n import translator
from tests import factories
from tests.web.conftest import csrf, log_in

AMAL_CHAT, KARIM_CHAT = 7001, 7003  # telegram chat ids in the world fixture


def _chat(settings: Settings, telegram_chat_id: int) -> Chat:
    with session_scope(session_factory(settings.database_url)) as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == telegram_chat_id))
        session.expunge(chat)
        return chat


def _outbox(settings: Settings, chat_id: int) -> list[str]:
    with session_scope(session_factory(settings.database_url)) as session:
        return list(session.scalars(select(OutboxMessage.text).where(OutboxMessage.chat_id == chat_id)))


@pytest.fixture
def raad(settings: Settings, world) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        factories.web_user(session, "raad", WebRole.participatieraad)


def test_a_regisseur_sees_the_own_clients_linked_chats_by_label_only(client: TestClient, settings: Settings) -> None:
    amal, karim = _chat(settings, AMAL_CHAT), _chat(settings, KARIM_CHAT)
    log_in(client, "sanne")
    page = client.get("/clients").text
    assert chat_label(amal) in page and f"/chats/{amal.id}/unlink" in page
    assert chat_label(karim) not in page and f"/chats/{karim.id}/unlink" not in page  # another caseload
    assert str(AMAL_CHAT) not in page and amal.pseudonym not in page  # never the chat id or pseudonym
    client.cookies.clear()
    log_in(client, "beheer")
    page = client.get("/clients").text
    assert chat_label(amal) in page and chat_label(karim) in page


def test_a_regisseur_unlinks_a_chat_and_the_chat_is_told_in_its_language(
    client: TestClient, settings: Settings, world
) -> None:
    amal = _chat(settings, AMAL_CHAT)
    log_in(client, "sanne")
    token = csrf(client.get("/clients").text)
    answer = client.post(f"/clients/{world.person}/chats/{amal.id}/unlink", data={"csrf_token": token},
                         follow_redirects=False)
    assert answer.status_code == 303
    assert _chat(settings, AMAL_CHAT).inburgeraar_id is None
    assert _outbox(settings, amal.id) == [render("bot_unlinked_by_staff", translator(amal.language))["text"]]
    assert chat_label(amal) not in client.get("/clients").text
    with session_scope(session_factory(settings.database_url)) as session:
        row = session.scalar(select(AuditLog).where(AuditLog.action == "unlink_chat"))
        assert row.inburgeraar_id == world.person and str(AMAL_CHAT) not in row.detail


def test_nobody_unlinks_a_chat_outside_their_caseload(client: TestClient, settings: Settings, world, raad) -> None:
    karim, amal = _chat(settings, KARIM_CHAT), _chat(settings, AMAL_CHAT)
    anonymous = client.post(f"/clients/{world.other_person}/chats/{karim.id}/unlink", data={"csrf_token": "x"},
                            follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/login"

    log_in(client, "sanne")
    token = csrf(client.get("/clients").text)
    assert client.post(f"/clients/{world.other_person}/chats/{karim.id}/unlink",
                       data={"csrf_token": token}).status_code == 403
    # Own client in the path, someone else's chat: not found, and nothing changes.
    assert client.post(f"/clients/{world.person}/chats/{karim.id}/unlink",
                       data={"csrf_token": token}).status_code == 404
    assert client.post(f"/clients/{world.person}/chats/{amal.id}/unlink",
                       data={"csrf_token": "forged"}).status_code == 403

    client.cookies.clear()
    log_in(client, "raad")
    token = csrf(client.get("/review").text)
    assert client.get("/clients", follow_redirects=False).status_code == 403
    assert client.post(f"/clients/{world.person}/chats/{amal.id}/unlink",
                       data={"csrf_token": token}).status_code == 403

    assert _chat(settings, KARIM_CHAT).inburgeraar_id == world.other_person
    assert _chat(settings, AMAL_CHAT).inburgeraar_id == world.person
    assert _outbox(settings, karim.id) == _outbox(settings, amal.id) == []


def test_a_beheerder_may_unlink_any_clients_chat(client: TestClient, settings: Settings, world) -> None:
    karim = _chat(settings, KARIM_CHAT)
    log_in(client, "beheer")
    token = csrf(client.get("/clients").text)
    assert client.post(f"/clients/{world.other_person}/chats/{karim.id}/unlink", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    assert _chat(settings, KARIM_CHAT).inburgeraar_id is None


def _issue(client: TestClient, person: int, token: str) -> str:
    page = client.post(f"/clients/{person}/link-code", data={"csrf_token": token})
    return re.search(r'id="link-code">([A-Z0-9]+)<', page.text).group(1)


def test_a_new_code_revokes_the_unused_older_codes(client: TestClient, settings: Settings, world) -> None:
    log_in(client, "sanne")
    token = csrf(client.get("/clients").text)
    first = _issue(client, world.person, token)
    second = _issue(client, world.person, token)
    with session_scope(session_factory(settings.database_url)) as session:
        assert len(session.scalars(select(LinkCode).where(LinkCode.inburgeraar_id == world.person)).all()) == 1
        phone = factories.chat(session, None, "ar")
        assert redeem_code(session, phone, first, key=settings.pseudonym_key) is LinkResult.invalid
        assert redeem_code(session, phone, second, key=settings.pseudonym_key) is LinkResult.linked


def test_the_linked_chat_is_told_when_another_chat_links(client: TestClient, settings: Settings, world) -> None:
    amal = _chat(settings, AMAL_CHAT)
    log_in(client, "sanne")
    code = _issue(client, world.person, csrf(client.get("/clients").text))
    with session_scope(session_factory(settings.database_url)) as session:
        new_phone = factories.chat(session, None, "nl")
        assert redeem_code(session, new_phone, code, key=settings.pseudonym_key) is LinkResult.linked
        new_phone_id = new_phone.id
    assert _outbox(settings, amal.id) == [render("bot_other_chat_linked", translator("ar"))["text"]]
    assert _outbox(settings, new_phone_id) == []
    page = client.get("/clients").text
    assert page.count(f"/clients/{world.person}/chats/") == 2
