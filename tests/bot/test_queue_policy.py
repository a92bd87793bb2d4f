"""The failure policy every queue shares (issue 12), seen through the outbox, and the readiness check."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from telegram import Bot

from bot.outbox import deliver
from bot.readiness import Readiness
from inburgering.handover import outbox
from inburgering.models import OutboxMessage, OutboxStatus
from inburgering.platform import queues
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from tests import factories
from tests.bot.factories import OfflineRequest
from tests.bot.fake_rasa import FakeRasa
from tests.bot.test_outbox import FlakyTelegram

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
BLOCKED, GONE, FINE = 7001, 7002, 7003


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """On SQLite and on PostgreSQL (when reachable): the queries that skip rows are dialect-sensitive."""
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST"})

class TelegramWithBadChats(FlakyTelegram):
    """Chat BLOCKED blocked the bot, chat GONE does not exist; FINE is fine."""

    def __init__(self) -> None:
        super().__init__([])

    async def do_request(self, url, method, request_data=None, **kwargs):
        chat_id = request_data.parameters.get("chat_id") if request_data else None
        if url.endswith("/sendMessage") and chat_id in (BLOCKED, GONE):
            self.errors = [(403, {"description": "Forbidden: bot was blocked by the user"}) if chat_id == BLOCKED
                           else (400, {"description": "Bad Request: chat not found"})]
        return await super().do_request(url, method, request_data, **kwargs)


class SlowTelegram(OfflineRequest):
    """Each call takes a moment, as over a network: another round can start meanwhile."""

    async def do_request(self, *args, **kwargs):
        await asyncio.sleep(0.01)
        return await super().do_request(*args, **kwargs)


def _queue(settings: Settings, texts_by_chat: list[tuple[int, str]]) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        chats = {}
        for telegram_chat_id, text in texts_by_chat:
            if telegram_chat_id not in chats:
                chats[telegram_chat_id] = factories.chat(session, telegram_chat_id=telegram_chat_id)
            outbox.enqueue(session, chats[telegram_chat_id].id, text, now=NOW)


def _rows(settings: Settings) -> list[OutboxMessage]:
    with session_scope(session_factory(settings.database_url)) as session:
        return list(session.query(OutboxMessage).order_by(OutboxMessage.id))


async def _deliver(settings: Settings, request: OfflineRequest, at: datetime) -> int:
    bot = Bot("123:TEST", request=request)
    await bot.initialize()
    try:
        return await deliver(bot, session_factory(settings.database_url), now=lambda: at)
    finally:
        await bot.shutdown()


async def test_blocked_and_missing_chats_are_marked_and_do_not_hold_up_the_rest(settings: Settings) -> None:
    _queue(settings, [(BLOCKED, "a"), (GONE, "b"), (FINE, "c")])
    request = TelegramWithBadChats()
    assert await _deliver(settings, request, NOW) == 1
    rows = _rows(settings)
    assert [r.status for r in rows] == [OutboxStatus.failed, OutboxStatus.failed, OutboxStatus.sent]
    assert "Forbidden" in rows[0].last_error and "chat not found" in rows[1].last_error.lower()
    assert await _deliver(settings, request, NOW + timedelta(days=1)) == 0
    with session_scope(session_factory(settings.database_url)) as session:
        assert queues.counts(session)["outbox"] == {"waiting": 0, "failed": 2}


async def test_attempts_are_capped_then_the_row_is_failed(settings: Settings) -> None:
    _queue(settings, [(FINE, "a")])
    request = FlakyTelegram([(502, {"description": "Bad Gateway"})] * queues.MAX_ATTEMPTS)
    at = NOW
    for attempt in range(1, queues.MAX_ATTEMPTS + 1):
        assert await _deliver(settings, request, at) == 0
        [row] = _rows(settings)
        assert row.attempts == attempt
        at = row.next_attempt_at
    assert row.status == OutboxStatus.failed
    assert await _deliver(settings, request, at + timedelta(days=1)) == 0


async def test_an_unexpected_error_for_one_row_is_counted_for_it_alone(settings: Settings) -> None:
    _queue(settings, [(BLOCKED, "a"), (FINE, "b")])
    with session_scope(session_factory(settings.database_url)) as session:
        session.query(OutboxMessage).filter(OutboxMessage.text == "a").one().buttons = "not json"
    assert await _deliver(settings, OfflineRequest(), NOW) == 1
    broken, fine = _rows(settings)
    assert (broken.status, broken.attempts, fine.status) == (OutboxStatus.pending, 1, OutboxStatus.sent)
    assert broken.last_error.startswith("JSONDecodeError")


async def test_a_chats_messages_keep_their_order_when_one_waits(settings: Settings) -> None:
    _queue(settings, [(FINE, "first"), (FINE, "second"), (BLOCKED + 10, "other chat")])
    request = FlakyTelegram([(502, {"description": "Bad Gateway"})])
    assert await _deliver(settings, request, NOW) == 1  # "first" waits; "second" waits behind it
    assert [m["text"] for m in request.sent()] == ["other chat"]
    assert await _deliver(settings, request, NOW + timedelta(seconds=1)) == 0
    assert await _deliver(settings, request, NOW + timedelta(seconds=queues.backoff_seconds(1))) == 2
    assert [m["text"] for m in request.sent()] == ["other chat", "first", "second"]


async def test_readiness_waits_for_rasa_and_the_action_server() -> None:
    rasa = FakeRasa()
    rasa.available = False
    readiness = rasa.readiness()
    assert await readiness.not_ready() == ["http://rasa.test/status", "http://actions.test/health"]
    assert await readiness.wait(timeout=0.05, interval=0.01) is False

    async def back_soon() -> None:
        await asyncio.sleep(0.05)
        rasa.available = True

    waiting = asyncio.create_task(readiness.wait(timeout=5, interval=0.01))
    await back_soon()
    assert await waiting is True


async def test_a_loading_rasa_is_not_ready() -> None:
    """Rasa answers 409 on /status until its model is loaded."""
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409 if request.url.path == "/status" else 200)

    readiness = Readiness(("http://rasa.test/status", "http://actions.test/health"),
                          transport=httpx.MockTransport(handler))
    assert await readiness.not_ready() == ["http://rasa.test/status"]


async def test_two_rounds_at_once_send_a_row_once(settings: Settings) -> None:
    """The kept-message job sends the outbox at once; the outbox job may be running at that moment."""
    _queue(settings, [(FINE, "once"), (FINE + 1, "also once")])
    request = SlowTelegram()
    bot = Bot("123:TEST", request=request)
    await bot.initialize()
    try:
        sessions = session_factory(settings.database_url)
        counts = await asyncio.gather(deliver(bot, sessions, now=lambda: NOW), deliver(bot, sessions, now=lambda: NOW))
    finally:
        await bot.shutdown()
    assert sorted(counts) == [0, 2]
    assert [m["text"] for m in request.sent()] == ["once", "also once"]
