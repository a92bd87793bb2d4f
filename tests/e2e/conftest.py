"""Fixtures for the end-to-end tests: fake Telegram + the real stack, started once for the modules that share it."""

from __future__ import annotations

import random
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from inburgering.platform.stack import DEFAULT_MODEL
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.system import (
    ModelMissing,
    System,
    require_model,
    stale_training_inputs,
    start_system,
)

# Long enough for a reply made of several messages to arrive whole, short
# enough that a dozen exchanges stay quick.
SETTLE_SECONDS = 0.8
REPLY_TIMEOUT = 30.0


@pytest.fixture(scope="package")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    """Rasa, the action/NLG server and the bot against a fake Telegram, with the demo data.

    One system for every test module that uses this fixture (each test talks in chats of its own and
    leaves the shared data as it found it); modules that kill processes or need other settings start
    their own. A Rasa start takes ~30 s of CPU, so every shared start saves that much of `make test`."""
    try:
        require_model()
    except ModelMissing as error:
        # Never a skip: a missing model would silently turn the e2e suite green.
        pytest.fail(str(error), pytrace=False)
    if stale := stale_training_inputs():
        warnings.warn(f"{DEFAULT_MODEL.name} is older than {', '.join(stale[:5])}: run `make model`", stacklevel=1)
    try:
        running = start_system(tmp_path_factory.mktemp("e2e"))
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    yield running
    running.stop()


@pytest.fixture
def fake(system: System) -> FakeTelegram:
    return system.fake


class TelegramUser:
    """One person in a private chat with the bot; each exchange returns the bot's messages."""

    def __init__(self, system: System, chat_id: int, language_code: str = "nl") -> None:
        self.system = system
        self.fake = system.fake
        self.chat_id = chat_id
        self.user = {"id": chat_id, "is_bot": False, "first_name": "Testpersoon", "language_code": language_code}
        self.last_update: dict[str, Any] = {}

    def _exchange(self, push: Callable[[], Any], count: int = 1) -> list[dict[str, Any]]:
        mark = self.fake.mark()
        self.last_update = push()
        try:
            return self.fake.wait_for_messages(
                self.chat_id, count, timeout=REPLY_TIMEOUT, after=mark, settle=SETTLE_SECONDS
            )
        except TimeoutError as error:
            dead = self.system.dead_services()
            raise AssertionError(f"{error}; dead services: {dead or 'none'}") from None

    def say(self, text: str) -> list[dict[str, Any]]:
        return self._exchange(lambda: self.fake.push_text(self.chat_id, text, user=self.user))

    def command(self, command: str, args: str = "") -> list[dict[str, Any]]:
        return self._exchange(lambda: self.fake.push_command(self.chat_id, command, args, user=self.user))

    def press(self, data: str, message: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Press the button with callback ``data`` under ``message`` (default: the latest with buttons)."""
        message_id = message["message_id"] if message else None
        return self._exchange(lambda: self.fake.push_callback(self.chat_id, data, message_id, user=self.user))

    def send_media(self, kind: str) -> list[dict[str, Any]]:
        push = {"sticker": self.fake.push_sticker, "voice": self.fake.push_voice, "photo": self.fake.push_photo}[kind]
        return self._exchange(lambda: push(self.chat_id, user=self.user))


@pytest.fixture
def new_user(system: System) -> Iterator[Callable[..., TelegramUser]]:
    """Make users with fresh chats; fails the test if any service logged an error meanwhile."""
    log_sizes = system.log_sizes()

    def make(language_code: str = "nl") -> TelegramUser:
        # Ten digits, far from Unix timestamps, so a search of the logs for the id means something.
        chat_id = random.randrange(5_000_000_000, 9_000_000_000)
        system.chat_ids.append(chat_id)
        return TelegramUser(system, chat_id, language_code)

    yield make
    errors = system.new_errors(log_sizes)
    assert not errors, "services logged errors during the test:\n" + "\n".join(errors[:20])


@pytest.fixture
def user(new_user: Callable[..., TelegramUser]) -> TelegramUser:
    return new_user()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """On a failed e2e test, show the tail of every service log under the failure."""
    outcome = yield
    report = outcome.get_result()
    running = getattr(item, "funcargs", {}).get("system")
    if report.failed and isinstance(running, System):
        report.sections.append(("service logs", running.log_tails()))
