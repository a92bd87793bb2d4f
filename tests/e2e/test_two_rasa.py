"""Two Rasa servers on one tracker store behind one bot (issue 12, "raise the ceiling with Rasa's own
means"): each chat keeps its server; when one is killed, its chats are answered by the other at once,
without the apology, and nobody is bothered."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from bot.rasa_client import RasaClient
from inburgering.models import Escalation
from inburgering.platform.db import session_factory, session_scope
from tests.e2e.system import System, start_system
from tests.e2e.test_telegram_end_to_end import TOPIC, assert_is

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

RESTART_SECONDS = 150.0


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    try:
        running = start_system(tmp_path_factory.mktemp("two-rasa"), rasa_processes=2)
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    running.stack.keep_running()
    yield running
    running.stop()


def _server_of(system: System, chat_id: int) -> int:
    """The port of the Rasa server the bot sends this chat to (the bot's own routing)."""
    urls = [f"http://127.0.0.1:{port}" for port in system.stack.rasa_ports]
    first = RasaClient(urls).urls_for(system.pseudonym(chat_id))[0]
    return int(first.split(":")[2].split("/")[0])


def _escalations(system: System) -> int:
    with session_scope(session_factory(system.database_url)) as session:
        return session.scalar(select(func.count()).select_from(Escalation))


def test_a_killed_rasa_server_s_chats_are_answered_by_the_other_one(system, new_user) -> None:
    first_port, second_port = system.stack.rasa_ports
    users = []
    while {_server_of(system, u.chat_id) for u in users} != {first_port, second_port} or len(users) < 6:
        users.append(new_user())
    for user in users:
        assert_is(user.say("wat is de PVT?")[-1], "utter_pvt", "nl", **TOPIC)

    second = system.stack.service("rasa-2")
    os.killpg(second.process.pid, signal.SIGKILL)
    second.process.wait()
    moved = [u for u in users if _server_of(system, u.chat_id) == second_port]
    assert moved, "no chat belonged to the killed server"
    for user in users:  # at once: no apology, the other server has the same tracker store
        assert_is(user.say("wat is de MAP?")[-1], "utter_map", "nl", **TOPIC)
    assert _escalations(system) == 0

    deadline = time.monotonic() + RESTART_SECONDS
    while second.restarts == 0 or second.exit_code() is not None:
        assert time.monotonic() < deadline, "rasa-2 was not started again"
        time.sleep(0.5)
    assert system.stack.service("rasa").restarts == 0
