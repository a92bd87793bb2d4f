"""The bot under test: a real Application with an offline Bot API and a fake Rasa."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.application import build_application
from bot.conversation import Conversation
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from inburgering.text import sensitive
from tests.bot.factories import OfflineRequest
from tests.bot.fake_rasa import FakeRasa


@pytest.fixture(scope="session")
def trained_crisis_classifier() -> None:
    """The crisis classifier trains on first use (seconds; the bot does it at start): once per
    session, before a test waits a few seconds for an answer."""
    sensitive.warm_up()


@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def request_() -> OfflineRequest:
    return OfflineRequest()


@pytest.fixture
def bot_settings(settings: Settings) -> Settings:
    """Override in a module to run the bot with other settings."""
    return settings


@pytest.fixture
async def app(bot_settings: Settings, rasa: FakeRasa, request_: OfflineRequest,
              trained_crisis_classifier: None) -> AsyncIterator[Application]:
    conversation = Conversation(bot_settings, session_factory(bot_settings.database_url), rasa.client(),
                                rasa.readiness())
    application = build_application(bot_settings, conversation, request=request_)
    await application.initialize()
    yield application
    await application.shutdown()
