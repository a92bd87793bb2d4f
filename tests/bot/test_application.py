"""build_application(): concurrent chats in order, and Telegram's flood limits waited out."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from telegram import Update
from telegram.ext import AIORateLimiter, Application

from bot.application import TELEGRAM_FLOOD_RETRIES, build_application
from bot.conversation import Conversation
from bot.rasa_client import RasaClient
from bot.update_processor import DEFAULT_MAX_CONCURRENT_UPDATES, ChatOrderedUpdateProcessor
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.factories import OfflineRequest, message_update
from tests.bot.fake_rasa import FakeRasa

# The bots here answer within seconds; the crisis classifier trains once per session first (seconds,
# over 10 s on a loaded machine: it once timed out the concurrency test below).
pytestmark = pytest.mark.usefixtures("trained_crisis_classifier")


class SlowRasa(FakeRasa):
    """Rasa that takes its time, longer for earlier questions, and counts who it serves at once."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight: dict[str, int] = {}
        self.peak_overall = 0
        self.peak_per_sender = 0

    async def slow_handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sender = body["sender"]
        self.in_flight[sender] = self.in_flight.get(sender, 0) + 1
        self.peak_overall = max(self.peak_overall, sum(self.in_flight.values()))
        self.peak_per_sender = max(self.peak_per_sender, self.in_flight[sender])
        try:
            number = int(body["message"].rsplit(" ", 1)[-1])
            await asyncio.sleep(0.02 * (5 - number))
            return self.handler(request)
        finally:
            self.in_flight[sender] -= 1

    def client(self) -> RasaClient:
        transport = httpx.MockTransport(self.slow_handler)
        return RasaClient("http://rasa.test", client=httpx.AsyncClient(transport=transport))


class FloodedRequest(OfflineRequest):
    """Telegram saying "Too Many Requests: retry after 1" to the first ``floods`` sendMessage calls."""

    def __init__(self, floods: int) -> None:
        super().__init__()
        self.floods = floods
        self.refused = 0

    async def do_request(self, url: str, method: str, request_data=None, **kwargs: Any):
        if url.endswith("/sendMessage") and self.refused < self.floods:
            self.refused += 1
            body = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1}}
            return 429, json.dumps(body).encode()
        return await super().do_request(url, method, request_data, **kwargs)


def build(settings: Settings, rasa: FakeRasa, request: OfflineRequest, **kwargs: Any) -> Application:
    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client())
    return build_application(settings, conversation, request=request, **kwargs)


def test_the_bot_handles_chats_concurrently_and_waits_out_flood_limits(settings: Settings) -> None:
    application = build(settings, FakeRasa(), OfflineRequest())

    assert isinstance(application.update_processor, ChatOrderedUpdateProcessor)
    assert application.update_processor.max_running == DEFAULT_MAX_CONCURRENT_UPDATES
    assert isinstance(application.bot.rate_limiter, AIORateLimiter)
    assert application.bot.rate_limiter._max_retries == TELEGRAM_FLOOD_RETRIES  # noqa: SLF001 - no public reading
    # Telegram's overall limit for a bot (about 30 messages a second), unless told otherwise.
    assert application.bot.rate_limiter._base_limiter.max_rate == 30  # noqa: SLF001
    unlimited = build(settings.model_copy(update={"telegram_max_messages_per_second": 0}), FakeRasa(), OfflineRequest())
    assert unlimited.bot.rate_limiter._base_limiter is None  # noqa: SLF001


def test_one_update_at_a_time_when_asked(settings: Settings) -> None:
    application = build(settings, FakeRasa(), OfflineRequest(), concurrent_updates=1)
    assert application.concurrent_updates == 1
    # Still this bot's processor (it settles the journal, bot.journal), running one update at a time.
    assert isinstance(application.update_processor, ChatOrderedUpdateProcessor)
    assert application.update_processor.max_running == 1


async def test_chats_are_answered_at_the_same_time_each_in_order(settings: Settings) -> None:
    rasa, request = SlowRasa(), OfflineRequest()
    application = build(settings, rasa, request)
    chats, questions = (501, 502, 503), 4
    async with application:
        await application.start()
        try:
            for n in range(1, questions + 1):
                for chat in chats:
                    update = message_update(f"wat is de PVT {n}", chat_id=chat)
                    # Bound to the bot, as python-telegram-bot's polling makes them.
                    await application.update_queue.put(Update.de_json(update.to_dict(), application.bot))
            await asyncio.wait_for(application.update_queue.join(), 10)
        finally:
            await application.stop()

    for chat in chats:
        texts = [m["text"] for m in request.sent() if m["chat_id"] == chat]
        assert [text.rsplit(" ", 1)[-1] for text in texts] == [str(n) for n in range(1, questions + 1)]
    assert rasa.peak_overall == len(chats)  # the chats waited for Rasa at the same time...
    assert rasa.peak_per_sender == 1  # ...but never one chat twice


async def test_a_flood_limit_answer_is_waited_out_not_lost(settings: Settings) -> None:
    rasa, request = FakeRasa(), FloodedRequest(floods=1)
    application = build(settings, rasa, request)
    async with application:
        await application.bot.send_message(chat_id=601, text="antwoord")

    assert request.refused == 1
    assert [m["text"] for m in request.sent()] == ["antwoord"]
