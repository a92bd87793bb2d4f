"""The local demo chat uses the same conversation path as Telegram."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.conversation import Conversation
from bot.demo_chat import COOKIE, build_demo_app, sign, verified_chat_id
from inburgering.models import FeedbackItem
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.fake_rasa import FakeRasa


async def test_demo_chat_page_and_messages(settings: Settings) -> None:
    rasa = FakeRasa()
    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client())
    async with TestClient(TestServer(build_demo_app(conversation))) as client:
        page = await client.get("/")
        html = await page.text()
        assert page.status == 200
        assert '<html lang="nl" dir="ltr">' in html
        assert "/api/message" in html

        answer = await client.post("/api/message", json={"text": "wat is de PVT"})
        replies = await answer.json()
        assert replies[0]["text"].startswith("[nl] answer to wat is de PVT")
        assert replies[0]["buttons"] == [{"title": "MAP", "payload": "/ask_map"}]

        pressed = await client.post("/api/message", json={"payload": "/ask_map"})
        assert (await pressed.json())[0]["text"] == "[nl] answer to /ask_map"

    # One browser is one chat: the same pseudonym for both messages, never a Telegram id.
    senders = {body["sender"] for body in rasa.received}
    assert len(senders) == 1


async def _client(settings: Settings, rasa: FakeRasa) -> TestClient:
    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client())
    return TestClient(TestServer(build_demo_app(conversation)))


def test_the_chat_cookie_is_signed_and_a_forged_one_is_not_accepted() -> None:
    key = b"pseudonym-key"
    value = sign(-123456, key)
    assert verified_chat_id(value, key) == -123456
    assert verified_chat_id(value, b"another key") is None
    assert verified_chat_id(value.replace("-123456", "-123457"), key) is None  # another chat's id
    assert verified_chat_id("-123456", key) is None  # the old, unsigned form
    assert verified_chat_id(sign(123456, key), key) is None  # never a real (positive) Telegram chat id
    assert verified_chat_id(None, key) is None and verified_chat_id("", key) is None


async def test_a_forged_cookie_cannot_speak_as_another_chat(settings: Settings) -> None:
    rasa = FakeRasa()
    async with await _client(settings, rasa) as client:
        await client.get("/")
        assert verified_chat_id(client.session.cookie_jar.filter_cookies(client.make_url("/"))[COOKIE].value,
                                settings.pseudonym_key.encode()) is not None
        client.session.cookie_jar.clear()
        # Somebody else's chat id, unsigned (the old form), or with a made-up signature.
        for forged in ("-42", "-42." + "0" * 64):
            refused = await client.post("/api/message", json={"text": "wat is mijn afspraak"},
                                        headers={"Cookie": f"{COOKIE}={forged}"})
            assert refused.status == 403
        assert rasa.received == []
        # Reloading the page gives the browser a chat of its own again.
        await client.get("/")
        assert (await client.post("/api/message", json={"text": "hallo"})).status == 200


@pytest.mark.parametrize("body", ["[1, 2]", '"text"', "42", "null", "{not json", '{"text": 5}',
                                  '{"payload": ["/ask_map"]}', '{"payload": "fb:up:pvt", "message_id": "7"}'])
async def test_a_body_that_is_not_a_message_object_is_a_bad_request(settings: Settings, body: str) -> None:
    rasa = FakeRasa()
    async with await _client(settings, rasa) as client:
        await client.get("/")
        answer = await client.post("/api/message", data=body, headers={"Content-Type": "application/json"})
        assert answer.status == 400
    assert rasa.received == []


async def test_one_vote_per_answer_in_the_demo_chat_too(settings: Settings) -> None:
    rasa = FakeRasa()
    async with await _client(settings, rasa) as client:
        await client.get("/")
        first = await client.post("/api/message", json={"payload": "fb:up:pvt", "message_id": 1001})
        again = await client.post("/api/message", json={"payload": "fb:down:pvt", "message_id": 1001})
        other = await client.post("/api/message", json={"payload": "fb:up:map", "message_id": 1002})
        assert [(await r.json())[0]["response"] for r in (first, again, other)] == [
            "bot_feedback_thanks", "bot_button_expired", "bot_feedback_thanks"]
    with session_factory(settings.database_url)() as session:
        assert session.scalars(select(FeedbackItem.score).order_by(FeedbackItem.id)).all() == [1, 1]
