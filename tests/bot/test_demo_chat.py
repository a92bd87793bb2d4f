"""The local demo chat uses the same conversation path as Telegram."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from bot.conversation import Conversation
from bot.demo_chat import build_demo_app
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
