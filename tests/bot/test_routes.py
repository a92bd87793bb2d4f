"""One routing table for Telegram and the demo chat: the same commands and payloads, named responses."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer
from telegram.ext import Application

from bot.conversation import Conversation
from bot.demo_chat import build_demo_app
from bot.routes import BUTTONS, COMMANDS, Router
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.factories import OfflineRequest, callback_update, message_update, photo_update, process
from tests.bot.fake_rasa import FakeRasa

EVERY_COMMAND = [name for command in COMMANDS for name in command.names]
# One sample payload per prefix of the table, plus one no route knows.
SAMPLE_PAYLOADS = {
    "lang:": "lang:ar", "fb:": "fb:skip", "unlink:": "unlink:no", "reminders:": "reminders:on", "ics:": "ics:1",
    "forget:": "forget:no", "orig:": "orig:1", "/": "/ask_map", "say:": "say:nl:utter_pvt:0123456789abcdef",
    "gem:": "gem:zwolle",
}


def test_every_prefix_of_the_table_has_a_sample() -> None:
    assert sorted(route.prefix for route in BUTTONS) == sorted(SAMPLE_PAYLOADS)


@pytest.fixture
def router(settings: Settings, rasa: FakeRasa) -> Router:
    return Router(Conversation(settings, session_factory(settings.database_url), rasa.client()))


async def _demo_texts(settings: Settings, body: dict) -> list[str]:
    conversation = Conversation(settings, session_factory(settings.database_url), FakeRasa().client())
    async with TestClient(TestServer(build_demo_app(conversation))) as client:
        answer = await client.post("/api/message", json=body)
        replies = await answer.json()
    assert all(reply["response"] for reply in replies), replies  # every sentence is a named response
    return [reply["text"] for reply in replies]


@pytest.mark.parametrize("name", EVERY_COMMAND + ["settings", "onbekend"])
async def test_telegram_and_the_demo_chat_answer_every_command_alike(
    name: str, app: Application, request_: OfflineRequest, settings: Settings
) -> None:
    await process(app, message_update(f"/{name}", chat_id=9001))
    telegram = [sent["text"] for sent in request_.sent()]
    assert telegram, f"/{name} got no answer on Telegram"
    assert telegram == await _demo_texts(settings, {"text": f"/{name}"})


@pytest.mark.parametrize("payload", [*SAMPLE_PAYLOADS.values(), "zz:unknown", "/restart", "lang:xx", "ics:1e99"])
async def test_telegram_and_the_demo_chat_answer_every_payload_alike(
    payload: str, app: Application, request_: OfflineRequest, settings: Settings
) -> None:
    await process(app, callback_update(payload, chat_id=9002))
    telegram = [sent["text"] for sent in request_.sent()]
    assert telegram, f"{payload} got no answer on Telegram"
    assert telegram == await _demo_texts(settings, {"payload": payload})


async def test_help_says_what_the_assistant_does_with_topic_buttons(router: Router) -> None:
    [help_] = await router.message(1, "/help")
    assert help_.response == "bot_help"
    assert "/ask_pvt" in [payload for _, payload in help_.buttons]


@pytest.mark.parametrize("text", ["/settings", "/stopp", "/xyz something"])
async def test_an_unknown_command_gets_a_short_help(router: Router, rasa: FakeRasa, text: str) -> None:
    [answer] = await router.message(1, text)
    assert answer.response == "bot_unknown_command"
    assert rasa.received == []


async def test_cancel_ends_a_feedback_comment_without_storing_it(router: Router, rasa: FakeRasa) -> None:
    [prompt] = await router.message(1, "/feedback")
    assert prompt.response == "bot_feedback_prompt"
    [cancelled] = await router.message(1, "/cancel")
    assert cancelled.response == "utter_ok"
    await router.message(1, "wat is de PVT")
    assert rasa.received[-1]["message"] == "wat is de PVT"  # a question again, not a comment


async def test_cancel_otherwise_asks_rasa_to_leave_its_form(router: Router, rasa: FakeRasa) -> None:
    await router.message(1, "ik kan niet komen")
    await router.message(1, "/stop")
    assert rasa.received[-1]["message"] == "/deny"


async def test_commands_with_the_bot_name_and_an_argument(router: Router) -> None:
    replies = await router.message(1, "/start@inburgering_bot NOTACODE")
    assert [r.response for r in replies[:2]] == ["bot_privacy_notice", "bot_link_result"]


async def test_a_photo_caption_is_read_as_text(app: Application, rasa: FakeRasa, request_: OfflineRequest) -> None:
    await process(app, photo_update(caption="Wat is het PVT?"))
    assert rasa.received[-1]["message"] == "Wat is het PVT?"
    assert request_.sent()[-1]["text"] == "[nl] answer to Wat is het PVT?"


async def test_a_photo_without_caption_gets_the_text_only_answer(router: Router, rasa: FakeRasa) -> None:
    [answer] = await router.media(1, None)
    assert answer.response == "bot_only_text"
    assert rasa.received == []


@pytest.mark.parametrize("payload", ["/restart", "/greet", '/ask_map{"aspect":"x"}', "lang:en", "ics:" + "9" * 30,
                                     "orig:-1", "fb:rate:7:pvt", None, "\ud800"])
async def test_a_forged_payload_gets_the_expired_answer_and_never_reaches_rasa(
    router: Router, rasa: FakeRasa, payload: str | None
) -> None:
    [answer] = await router.button(1, payload)
    assert answer.response == "bot_button_expired"
    assert rasa.received == []


async def test_the_demo_chat_never_sends_a_typed_intent_to_rasa(router: Router, rasa: FakeRasa) -> None:
    for text in ("/restart{}", " /request_regisseur", '/ask_map{"aspect":"practice"}'):
        [answer] = await router.message(1, text)
        assert answer.response == "bot_unknown_command"
    assert rasa.received == []
