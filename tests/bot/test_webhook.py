"""Webhook mode: Telegram's secret_token header is checked on every request."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from bot.application import build_application
from bot.conversation import Conversation
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from inburgering.platform.stack import free_port
from tests.bot.factories import OfflineRequest, message_update
from tests.bot.fake_rasa import FakeRasa


async def test_webhook_accepts_only_requests_with_the_secret_token(settings: Settings) -> None:
    rasa, request = FakeRasa(), OfflineRequest()
    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client())
    application = build_application(settings, conversation, request=request)
    port = free_port()
    update = message_update("wat is de PVT", chat_id=31).to_json()
    async with application:
        await application.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="telegram", webhook_url="https://bot.example/telegram",
            secret_token="s3cret-token",
        )
        await application.start()
        try:
            url = f"http://127.0.0.1:{port}/telegram"
            headers = {"Content-Type": "application/json"}
            async with httpx.AsyncClient() as client:
                missing = await client.post(url, content=update, headers=headers)
                wrong = await client.post(
                    url, content=update, headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "guess"}
                )
                right = await client.post(
                    url, content=update, headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
                )
            assert (missing.status_code, wrong.status_code, right.status_code) == (403, 403, 200)
            for _ in range(50):
                if request.sent():
                    break
                await asyncio.sleep(0.05)
            assert [body["message"] for body in rasa.received] == ["wat is de PVT"]
            assert request.sent()[0]["chat_id"] == 31
            set_webhook = [params for endpoint, params in request.calls if endpoint == "setWebhook"]
            assert set_webhook[0]["secret_token"] == "s3cret-token"
        finally:
            await application.updater.stop()
            await application.stop()


def test_webhook_mode_refuses_to_start_without_a_secret(settings: Settings) -> None:
    from bot.application import run

    with pytest.raises(SystemExit, match="TELEGRAM_WEBHOOK_SECRET"):
        run(settings.model_copy(update={"telegram_mode": "webhook", "webhook_url": "https://bot.example/telegram"}))
