"""Outbox delivery: sent, retried with back-off, 429 respected, refusals shown, nothing lost."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from telegram import Bot

from bot.outbox import deliver
from inburgering.handover import outbox
from inburgering.models import OutboxMessage, OutboxStatus
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from tests import factories
from tests.bot.factories import OfflineRequest

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


class FlakyTelegram(OfflineRequest):
    """OfflineRequest whose next sendMessage calls answer with the given errors first."""

    def __init__(self, errors: list[tuple[int, dict[str, Any]]]) -> None:
        super().__init__()
        self.errors = list(errors)

    async def do_request(self, url: str, method: str, request_data=None, **kwargs: Any):
        if url.endswith("/sendMessage") and self.errors:
            self.calls.append(("sendMessage-refused", request_data.parameters if request_data else {}))
            code, body = self.errors.pop(0)
            return code, json.dumps({"ok": False, "error_code": code, **body}).encode()
        return await super().do_request(url, method, request_data, **kwargs)


@pytest.fixture
def queued(settings: Settings) -> int:
    with session_scope(session_factory(settings.database_url)) as session:
        chat = factories.chat(session, telegram_chat_id=4242)
        row = outbox.enqueue(session, chat.id, "مرحبا", original_nl="Hallo", buttons=[("Nederlands", "orig:1")],
                             now=NOW)
        return row.id


def _row(settings: Settings, row_id: int) -> OutboxMessage:
    with session_scope(session_factory(settings.database_url)) as session:
        return session.get(OutboxMessage, row_id)


async def _deliver(settings: Settings, request: OfflineRequest, at: datetime) -> int:
    bot = Bot("123:TEST", request=request)
    await bot.initialize()
    try:
        return await deliver(bot, session_factory(settings.database_url), now=lambda: at)
    finally:
        await bot.shutdown()


async def test_pending_message_is_sent_with_its_button(settings: Settings, queued: int) -> None:
    request = OfflineRequest()
    assert await _deliver(settings, request, NOW) == 1
    [sent] = request.sent()
    assert sent["chat_id"] == 4242 and sent["text"] == "مرحبا"
    assert "orig:1" in str(sent["reply_markup"])
    row = _row(settings, queued)
    assert row.status == OutboxStatus.sent and row.sent_at == NOW and row.attempts == 1
    assert await _deliver(settings, request, NOW) == 0  # never twice


async def test_429_waits_exactly_retry_after_then_sends(settings: Settings, queued: int) -> None:
    request = FlakyTelegram([(429, {"description": "Too Many Requests: retry after 7",
                                    "parameters": {"retry_after": 7}})])
    assert await _deliver(settings, request, NOW) == 0
    row = _row(settings, queued)
    assert row.status == OutboxStatus.pending and row.attempts == 1
    assert row.next_attempt_at == NOW + timedelta(seconds=7) and row.last_error.startswith("429")
    assert await _deliver(settings, request, NOW + timedelta(seconds=6)) == 0  # not due yet
    assert await _deliver(settings, request, NOW + timedelta(seconds=7)) == 1
    assert _row(settings, queued).status == OutboxStatus.sent


async def test_server_errors_back_off_exponentially(settings: Settings, queued: int) -> None:
    request = FlakyTelegram([(502, {"description": "Bad Gateway"})] * 2)
    at = NOW
    await _deliver(settings, request, at)
    first = _row(settings, queued)
    assert first.next_attempt_at == at + timedelta(seconds=outbox.backoff_seconds(1))
    at = first.next_attempt_at
    await _deliver(settings, request, at)
    second = _row(settings, queued)
    assert second.next_attempt_at - at == timedelta(seconds=outbox.backoff_seconds(2)) > timedelta(
        seconds=outbox.backoff_seconds(1))
    assert await _deliver(settings, request, second.next_attempt_at) == 1


async def test_blocked_bot_is_marked_failed_not_retried(settings: Settings, queued: int) -> None:
    request = FlakyTelegram([(403, {"description": "Forbidden: bot was blocked by the user"})])
    assert await _deliver(settings, request, NOW) == 0
    row = _row(settings, queued)
    assert row.status == OutboxStatus.failed and "Forbidden" in row.last_error
    assert await _deliver(settings, request, NOW + timedelta(days=1)) == 0


def test_backoff_is_capped() -> None:
    assert [outbox.backoff_seconds(n) for n in (1, 2, 3)] == [5, 10, 20]
    assert outbox.backoff_seconds(50) == outbox.MAX_RETRY_SECONDS
