"""The privacy notice on /start, /vergeet after confirmation, and the daily retention job."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram.ext import Application

from bot.application import RETENTION_JOB_NAME, purge_old_texts
from bot.conversation import Conversation
from inburgering.models import Chat, EscalationMessage, FeedbackItem, PendingMessage
from inburgering.people.demo import DEMO_LINK_CODE
from inburgering.people.linking import LinkResult
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from inburgering.responses import render
from inburgering.text.i18n import translator
from tests import factories
from tests.bot.factories import OfflineRequest, callback_update, message_update, process
from tests.bot.fake_rasa import FakeRasa
from tests.personal_data import two_people

CHAT = 4242


@pytest.fixture
def privacy_settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST", "RETENTION_DAYS": "30"})


@pytest.fixture
def bot_settings(privacy_settings: Settings) -> Settings:
    return privacy_settings


async def test_start_shows_the_privacy_notice_in_every_language_before_one_is_known(
    app: Application, request_: OfflineRequest
) -> None:
    await process(app, message_update("/start", chat_id=CHAT))
    notice = request_.sent()[0]["text"]
    assert "Privacy: wat ik bewaar." in notice and "الخصوصية: ما أحتفظ به." in notice and "ብሕትውና፦" in notice
    assert "hoogstens 30 dagen" in notice  # RETENTION_DAYS


async def test_start_with_a_code_shows_the_notice_before_linking_in_the_chosen_language(
    app: Application, request_: OfflineRequest, privacy_settings: Settings
) -> None:
    with session_scope(session_factory(privacy_settings.database_url)) as session:
        two_people(session, datetime.now(timezone.utc))
    await process(app, callback_update("lang:ar", chat_id=CHAT))
    before = len(request_.sent())
    await process(app, message_update(f"/start {DEMO_LINK_CODE}", chat_id=CHAT))
    notice, linked = request_.sent()[before:before + 2]
    assert notice["text"].startswith("الخصوصية: ما أحتفظ به.") and "Privacy" not in notice["text"]
    assert "30" in notice["text"]
    assert linked["text"] == render("bot_link_result", translator("ar"), {"result": LinkResult.linked.name})["text"]


async def test_vergeet_asks_first_then_deletes_and_says_what_the_municipality_keeps(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, privacy_settings: Settings
) -> None:
    sessions = session_factory(privacy_settings.database_url)
    await process(app, message_update("wat is de MAP", chat_id=CHAT))
    await process(app, callback_update("fb:up:map", chat_id=CHAT))
    with session_scope(sessions) as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == CHAT))
        factories.escalation(session, chat, language="nl", text="bel mij over mijn boete")
        session.add(PendingMessage(chat_id=chat.id, text="kept", language="nl"))

    await process(app, message_update("/vergeet", chat_id=CHAT))
    prompt = request_.sent()[-1]
    assert "verwijder" in prompt["text"]
    await process(app, callback_update("forget:no", chat_id=CHAT))
    with sessions() as session:
        assert session.scalars(select(PendingMessage)).all()

    await process(app, callback_update("forget:yes", chat_id=CHAT))
    done = request_.sent()[-1]["text"]
    assert done.startswith("Klaar.") and "dossier" in done
    with sessions() as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == CHAT))
        assert chat.review_pseudonym is None
        assert session.scalars(select(PendingMessage)).all() == []
        assert session.scalars(select(EscalationMessage.text)).all() == [""]
        assert len(session.scalars(select(FeedbackItem)).all()) == 1  # anonymous, no longer linkable
    assert all(not body["message"].startswith("forget") for body in rasa.received)


async def test_the_daily_retention_job_empties_old_texts(app: Application, privacy_settings: Settings) -> None:
    [job] = app.job_queue.get_jobs_by_name(RETENTION_JOB_NAME)
    assert job.callback is purge_old_texts
    sessions = session_factory(privacy_settings.database_url)
    with session_scope(sessions) as session:
        chat = factories.chat(session)
        session.add(PendingMessage(chat_id=chat.id, text="old", language="nl",
                                   received_at=datetime.now(timezone.utc) - timedelta(days=31)))
        session.add(PendingMessage(chat_id=chat.id, text="new", language="nl"))

    class Context:
        conversation = app.bot_data.router.conversation

    await purge_old_texts(Context())
    with sessions() as session:
        assert session.scalars(select(PendingMessage.text)).all() == ["new"]


async def test_demo_chat_has_feedback_and_vergeet(privacy_settings: Settings) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from bot.demo_chat import build_demo_app

    conversation = Conversation(privacy_settings, session_factory(privacy_settings.database_url), FakeRasa().client())
    async with TestClient(TestServer(build_demo_app(conversation))) as client:
        await client.post("/api/message", json={"payload": "lang:nl"})
        free = await (await client.post("/api/message", json={"text": "/feedback"})).json()
        assert [b["payload"] for b in free[0]["buttons"]] == ["fb:skip"]
        forget = await (await client.post("/api/message", json={"text": "/vergeet"})).json()
        assert [b["payload"] for b in forget[0]["buttons"]] == ["forget:yes", "forget:no"]


async def test_vergeet_also_deletes_the_conversation_in_rasa_s_tracker_store(
    app: Application, request_: OfflineRequest, privacy_settings: Settings
) -> None:
    from sqlalchemy import create_engine, text

    from inburgering.people.pseudonym import pseudonymise
    from tests.inburgering.platform.test_rasa_tracker import RASA_EVENTS

    privacy_settings.var_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(privacy_settings.rasa_tracker_url)
    mine, other = pseudonymise(CHAT, "test-key"), "someone-else"
    with engine.begin() as connection:
        connection.execute(text(RASA_EVENTS))
        for sender in (mine, mine, other):
            connection.execute(text("INSERT INTO events (sender_id, type_name, timestamp, data) "
                                    "VALUES (:s, 'user', 1.0, '{}')"), {"s": sender})

    await process(app, message_update("/vergeet", chat_id=CHAT))
    await process(app, callback_update("forget:yes", chat_id=CHAT))

    with engine.connect() as connection:
        senders = [row[0] for row in connection.execute(text("SELECT sender_id FROM events"))]
    engine.dispose()
    assert senders == [other]
