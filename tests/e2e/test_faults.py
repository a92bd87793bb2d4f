"""Faults against the real stack (issue 12): Rasa killed with SIGKILL while chats talk, the bot killed
while it holds messages it already confirmed to Telegram, and a restart of the bot and Rasa with
messages waiting. Every message is answered once, no person is bothered."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from inburgering.models import Escalation, ReceivedUpdate
from inburgering.platform.db import session_factory, session_scope
from inburgering.responses import render
from inburgering.text.i18n import translator
from tests.e2e.conftest import SETTLE_SECONDS, TelegramUser
from tests.e2e.system import System, start_system
from tests.e2e.test_telegram_end_to_end import TOPIC, assert_is

pytestmark = pytest.mark.e2e

# Rasa needs ~30 s to load its model; the kept messages are retried every few seconds here.
RECOVERY_SECONDS = 150.0
APOLOGY = render("bot_unavailable", translator("nl"), {})["text"]


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    """The stack with its watcher on (as under `make run`), and kept messages retried every 3 s."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PENDING_RETRY_SECONDS", "3")
        patch.setenv("UPDATE_RECOVER_SECONDS", "4")  # a dead bot's journaled updates: taken over after 4 s
        try:
            running = start_system(tmp_path_factory.mktemp("faults"))
        except RuntimeError as error:
            pytest.fail(str(error), pytrace=False)
    running.stack.keep_running()
    yield running
    running.stop()


def _escalations(system: System) -> int:
    with session_scope(session_factory(system.database_url)) as session:
        return session.scalar(select(func.count()).select_from(Escalation))


def _journaled(system: System) -> int:
    with session_scope(session_factory(system.database_url)) as session:
        return session.scalar(select(func.count()).select_from(ReceivedUpdate))


def _wait(predicate, timeout: float, what: str) -> None:
    """Poll ``predicate`` (it may call the fake and the database; the fake's wait_until holds its lock)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not reached within {timeout:.0f} s")
        time.sleep(0.05)


def _kill(system: System, name: str) -> None:
    service = system.stack.service(name)
    os.killpg(service.process.pid, signal.SIGKILL)


def test_rasa_killed_while_a_chat_talks_the_message_is_answered_after_the_restart(system, new_user) -> None:
    user = new_user()
    (answer,) = user.say("wat is de PVT?")
    assert_is(answer, "utter_pvt", "nl", **TOPIC)
    others = {name: system.stack.service(name).process.pid for name in ("actions", "bot")}

    killed_at = time.monotonic()
    _kill(system, "rasa")
    (apology,) = user.say("wat is de MAP?")
    assert apology["text"].startswith(APOLOGY)  # kept, and the user knows

    mark = system.fake.mark()
    (later,) = system.fake.wait_for_messages(user.chat_id, 1, timeout=RECOVERY_SECONDS, after=mark,
                                             settle=SETTLE_SECONDS)
    answered_after = time.monotonic() - killed_at
    assert_is(later, "utter_map", "nl", **TOPIC)
    rasa = system.stack.service("rasa")
    assert rasa.restarts == 1
    assert {name: system.stack.service(name).process.pid for name in others} == others  # kept running
    assert _escalations(system) == 0
    print(f"\nrasa SIGKILL -> kept message answered after {answered_after:.1f} s")


def test_the_bot_killed_while_it_holds_confirmed_messages_answers_each_once_after_its_restart(system) -> None:
    """Rasa is frozen (SIGSTOP), so every turn is waiting for it; the bot has told Telegram it got
    the messages (Telegram no longer holds them) when it is killed. Only its journal has them.
    (No log check: Rasa logs a timeout for each request of the dead bot when it runs again.)"""
    users = [TelegramUser(system, 8_900_000_010 + n) for n in range(6)]
    system.chat_ids.extend(user.chat_id for user in users)
    before = _escalations(system)
    bot, rasa = system.stack.service("bot"), system.stack.service("rasa")
    os.killpg(rasa.process.pid, signal.SIGSTOP)
    try:
        mark = system.fake.mark()
        for user in users:
            system.fake.push_text(user.chat_id, "wat is de PVT?", user=user.user)
        _wait(lambda: not system.fake.pending_updates() and _journaled(system) == len(users), 30,
              "the bot confirmed and journaled every update")
        _kill(system, "bot")
        system.fake.wait_until(lambda: bot.process.poll() is not None, 10, "the bot stopped")
        killed_at = time.monotonic()
    finally:
        os.killpg(rasa.process.pid, signal.SIGCONT)
    assert system.fake.messages_to(users[0].chat_id, after=mark) == []  # nothing was answered before the kill
    for user in users:
        (answer,) = system.fake.wait_for_messages(user.chat_id, 1, timeout=RECOVERY_SECONDS, after=mark,
                                                  settle=SETTLE_SECONDS)
        assert_is(answer, "utter_pvt", "nl", **TOPIC)
    time.sleep(2 * SETTLE_SECONDS)
    assert [len(system.fake.messages_to(user.chat_id, after=mark)) for user in users] == [1] * len(users)  # once
    _wait(lambda: _journaled(system) == 0, 30, "the journal is empty again")
    assert bot.restarts >= 1
    assert _escalations(system) == before
    print(f"\nbot SIGKILL holding {len(users)} confirmed messages: all answered once, "
          f"{time.monotonic() - killed_at:.1f} s after the kill")


def test_a_restart_with_five_messages_waiting_answers_them_and_escalates_nothing(system, new_user) -> None:
    users = [new_user() for _ in range(5)]
    before = _escalations(system)
    bot = system.stack.service("bot")
    _kill(system, "bot")
    _kill(system, "rasa")
    system.fake.wait_until(lambda: bot.process.poll() is not None, 10, "the bot stopped")
    mark = system.fake.mark()
    started = time.monotonic()
    for user in users:
        system.fake.push_text(user.chat_id, "wat is de PVT?", user=user.user)
    for user in users:
        (answer,) = system.fake.wait_for_messages(user.chat_id, 1, timeout=RECOVERY_SECONDS, after=mark,
                                                  settle=SETTLE_SECONDS)
        assert_is(answer, "utter_pvt", "nl", **TOPIC)  # answered, never the apology
    print(f"\nbot + rasa SIGKILL, 5 messages waiting: all answered after {time.monotonic() - started:.1f} s, "
          f"{_escalations(system) - before} escalation(s)")
    assert _escalations(system) == before


def test_action_server_killed_while_a_chat_talks_the_message_is_kept_then_answered(system) -> None:
    """Without its NLG endpoint Rasa answers nothing (and logs the error, so no log check here):
    the bot sees that the action server is down and keeps the message instead of losing it."""
    user = TelegramUser(system, 8_900_000_001)
    system.chat_ids.append(user.chat_id)
    actions = system.stack.service("actions")
    restarts = actions.restarts
    old = actions.process
    killed_at = time.monotonic()
    _kill(system, "actions")
    old.wait(5)
    mark = system.fake.mark()
    system.fake.push_text(user.chat_id, "wat is de MAP?", user=user.user)

    def answered() -> bool:
        return any(m["chat_id"] == user.chat_id and not m["text"].startswith(APOLOGY)
                   for m in system.fake.sent[mark:])

    system.fake.wait_until(answered, RECOVERY_SECONDS, "the answer to the kept message")
    time.sleep(SETTLE_SECONDS)
    messages = system.fake.messages_to(user.chat_id, after=mark)
    apologised = messages[0]["text"].startswith(APOLOGY)
    [answer] = [m for m in messages if not m["text"].startswith(APOLOGY)]
    assert_is(answer, "utter_map", "nl", **TOPIC)
    assert actions.restarts == restarts + 1
    print(f"\nactions SIGKILL -> answered after {time.monotonic() - killed_at:.1f} s "
          f"(kept with the apology first: {apologised})")
