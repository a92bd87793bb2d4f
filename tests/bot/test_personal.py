"""/ontkoppel, /herinneringen, "add to calendar", link-code guessing and free-text answers, through the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import select
from telegram.ext import Application

from bot.application import REMINDER_JOB_NAME, build_application
from bot.conversation import Conversation
from inburgering.models import Chat
from inburgering.people.demo import DEMO_LINK_CODE
from inburgering.people.linking import MAX_FAILED_ATTEMPTS
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from tests.bot.factories import OfflineRequest, callback_update, message_update, process
from tests.bot.fake_rasa import FakeRasa
from tests.personal_data import two_people

AMAL_CHAT, BILAL_CHAT = 4242, 5151


class FreeTextRasa(FakeRasa):
    """Like FakeRasa, but can end its answer with the "expects free text" marker of utter_ask_reschedule_reason."""

    def __init__(self) -> None:
        super().__init__()
        self.ask_free_text = False

    def handler(self, request: httpx.Request) -> httpx.Response:
        answer = super().handler(request)
        if not self.ask_free_text:
            return answer
        self.ask_free_text = False
        messages = answer.json() + [{"recipient_id": "x", "custom": {"expects": "free_text"}}]
        return httpx.Response(200, json=messages)


@pytest.fixture
def personal_settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST"})


@pytest.fixture
def rasa() -> FreeTextRasa:
    return FreeTextRasa()


@pytest.fixture
def request_() -> OfflineRequest:
    return OfflineRequest()


@pytest.fixture
async def app(personal_settings: Settings, rasa: FreeTextRasa, request_: OfflineRequest) -> AsyncIterator[Application]:
    conversation = Conversation(personal_settings, session_factory(personal_settings.database_url), rasa.client())
    application = build_application(personal_settings, conversation, request=request_)
    await application.initialize()
    yield application
    await application.shutdown()


@pytest.fixture
def people(personal_settings: Settings):
    from datetime import datetime, timezone

    with session_scope(session_factory(personal_settings.database_url)) as session:
        return two_people(session, datetime.now(timezone.utc))


async def _link_amal(app: Application) -> None:
    await process(app, message_update(f"/start {DEMO_LINK_CODE}", chat_id=AMAL_CHAT))


def _chat(settings: Settings, telegram_chat_id: int) -> Chat:
    with session_factory(settings.database_url)() as session:
        return session.scalar(select(Chat).where(Chat.telegram_chat_id == telegram_chat_id))


def _buttons(sent: dict) -> list[str]:
    markup = sent.get("reply_markup") or {}
    if isinstance(markup, str):
        import json

        markup = json.loads(markup)
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_unlink_asks_first_and_only_unlinks_after_yes(
    app: Application, request_: OfflineRequest, personal_settings: Settings, people
) -> None:
    await _link_amal(app)
    await process(app, message_update("/ontkoppel", chat_id=AMAL_CHAT))
    assert _buttons(request_.sent()[-1]) == ["unlink:yes", "unlink:no"]
    await process(app, callback_update("unlink:no", chat_id=AMAL_CHAT))
    assert _chat(personal_settings, AMAL_CHAT).inburgeraar_id == people[0].id

    await process(app, callback_update("unlink:yes", chat_id=AMAL_CHAT))
    assert _chat(personal_settings, AMAL_CHAT).inburgeraar_id is None
    # An old "add to calendar" button no longer works once unlinked.
    await process(app, callback_update(f"ics:{people[0].appointment_ids[0]}", chat_id=AMAL_CHAT))
    assert request_.documents() == []


async def test_unlink_on_a_chat_that_is_not_linked(app: Application, request_: OfflineRequest) -> None:
    await process(app, message_update("/ontkoppel", chat_id=777))
    [reply] = request_.sent()
    assert _buttons(reply) == []
    await process(app, callback_update("unlink:yes", chat_id=777))
    assert len(request_.sent()) == 2


async def test_reminders_can_be_turned_off_and_on(
    app: Application, request_: OfflineRequest, personal_settings: Settings, people
) -> None:
    await process(app, message_update("/herinneringen", chat_id=AMAL_CHAT))
    assert _buttons(request_.sent()[-1]) == []  # not linked yet: how to link instead
    await _link_amal(app)
    await process(app, message_update("/herinneringen", chat_id=AMAL_CHAT))
    assert _buttons(request_.sent()[-1]) == ["reminders:off"]
    await process(app, callback_update("reminders:off", chat_id=AMAL_CHAT))
    assert _chat(personal_settings, AMAL_CHAT).reminders_enabled is False
    assert _buttons(request_.sent()[-1]) == ["reminders:on"]
    await process(app, callback_update("reminders:on", chat_id=AMAL_CHAT))
    assert _chat(personal_settings, AMAL_CHAT).reminders_enabled is True


async def test_add_to_calendar_sends_the_own_appointment_as_ics(
    app: Application, request_: OfflineRequest, people
) -> None:
    amal, _ = people
    await _link_amal(app)
    await process(app, callback_update(f"ics:{amal.appointment_ids[0]}", chat_id=AMAL_CHAT))
    [document] = request_.documents()
    assert document["chat_id"] == AMAL_CHAT
    [(filename, content)] = document["files"].values()
    assert filename.endswith(".ics")
    [event] = Calendar.from_ical(content).walk("VEVENT")
    assert str(event["UID"]) == f"appointment-{amal.appointment_ids[0]}@inburgering-assistant"


@pytest.mark.parametrize("payload", ["ics:{bilal}", "ics:{bilal2}", "ics:999999", "ics:", "ics:1 OR 1=1", "ics:-1"])
async def test_add_to_calendar_never_sends_someone_else_s_appointment(
    app: Application, request_: OfflineRequest, people, payload: str
) -> None:
    amal, bilal = people
    await _link_amal(app)
    forged = payload.format(bilal=bilal.appointment_ids[0], bilal2=bilal.appointment_ids[1])
    await process(app, callback_update(forged, chat_id=AMAL_CHAT))
    assert request_.documents() == []
    reply = request_.sent()[-1]
    assert "Werkplein" not in reply["text"] and "Stadskantoor (Bilal)" not in reply["text"]


async def test_guessing_link_codes_is_stopped_with_a_clear_answer(
    app: Application, request_: OfflineRequest, personal_settings: Settings, people
) -> None:
    from inburgering.people.linking import LinkResult
    from inburgering.responses import render
    from inburgering.text.i18n import translator

    for attempt in range(MAX_FAILED_ATTEMPTS):
        await process(app, message_update(f"/start GUESS{attempt:03d}", chat_id=BILAL_CHAT))
    await process(app, message_update(f"/start {DEMO_LINK_CODE}", chat_id=BILAL_CHAT))
    assert _chat(personal_settings, BILAL_CHAT).inburgeraar_id is None
    texts = [sent["text"] for sent in request_.sent()]
    assert render("bot_link_result", translator("nl"), {"result": LinkResult.rate_limited.name})["text"] in texts


async def test_after_an_open_question_any_language_reaches_the_assistant_once(
    app: Application, rasa: FreeTextRasa, request_: OfflineRequest
) -> None:
    await process(app, message_update("ik kan niet komen", chat_id=AMAL_CHAT))
    rasa.ask_free_text = True
    await process(app, message_update("de afspraak van dinsdag", chat_id=AMAL_CHAT))  # the answer asks "why?"
    reason = "My son has a fever today"
    from inburgering.text.language import UNKNOWN, detect_language

    assert detect_language(reason) == UNKNOWN  # normally answered with "choose your language"
    await process(app, message_update(reason, chat_id=AMAL_CHAT))
    assert rasa.received[-1]["message"] == reason
    assert rasa.received[-1]["metadata"]["language"] == "nl"
    # The next message is a normal one again: English is not a language the assistant answers in.
    await process(app, message_update("What is the weather like today please", chat_id=AMAL_CHAT))
    assert rasa.received[-1]["message"] == reason
    assert "/taal" in request_.sent()[-1]["text"]


def test_the_reminder_job_is_scheduled(app: Application) -> None:
    [job] = app.job_queue.get_jobs_by_name(REMINDER_JOB_NAME)
    assert job.callback.__name__ == "send_due_reminders"


async def test_demo_chat_offers_the_calendar_file_and_the_commands(personal_settings: Settings, people) -> None:
    import base64

    from aiohttp.test_utils import TestClient, TestServer

    from bot.demo_chat import build_demo_app

    amal, _ = people
    conversation = Conversation(personal_settings, session_factory(personal_settings.database_url),
                                FreeTextRasa().client())
    async with TestClient(TestServer(build_demo_app(conversation))) as client:
        await client.post("/api/message", json={"text": f"/start {DEMO_LINK_CODE}"})
        answer = await (await client.post("/api/message", json={"payload": f"ics:{amal.appointment_ids[0]}"})).json()
        [reply] = answer
        assert reply["file"]["name"].endswith(".ics")
        header, data = reply["file"]["url"].split(",", 1)
        assert header == "data:text/calendar;base64"
        assert b"BEGIN:VEVENT" in base64.b64decode(data)

        reminders = await (await client.post("/api/message", json={"text": "/herinneringen"})).json()
        assert [b["payload"] for b in reminders[0]["buttons"]] == ["reminders:off"]
        unlink = await (await client.post("/api/message", json={"text": "/ontkoppel"})).json()
        assert [b["payload"] for b in unlink[0]["buttons"]] == ["unlink:yes", "unlink:no"]
        await client.post("/api/message", json={"payload": "unlink:yes"})
        gone = await (await client.post("/api/message", json={"payload": f"ics:{amal.appointment_ids[0]}"})).json()
        assert "file" not in gone[0]
