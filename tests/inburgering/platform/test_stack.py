"""The development runner keeps the system up: a crashed service starts again with back-off, the
others keep running, and stop() stops them all (issue 12). Real processes, no Rasa."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from inburgering.platform.settings import load_settings
from inburgering.platform.stack import Backoff, Service, Stack

SLEEP = [sys.executable, "-c", "import time; time.sleep(120)"]


@pytest.fixture
def stack(tmp_path: Path):
    events: list[str] = []
    running = Stack(env=dict(os.environ), log_dir=tmp_path, with_bot=False, on_event=events.append,
                    backoff=Backoff(first=0.5, maximum=4, healthy_after=60))
    running.services = [Service(name, SLEEP, None, tmp_path / f"{name}.log") for name in ("rasa", "actions", "bot")]
    running.events = events  # type: ignore[attr-defined]
    yield running
    running.stop()


def test_backoff_doubles_up_to_its_maximum() -> None:
    assert [Backoff().delay(n) for n in (1, 2, 3, 4, 5, 6, 7)] == [1, 2, 4, 8, 16, 30, 30]


def test_a_crashed_service_is_started_again_and_the_others_keep_running(stack: Stack) -> None:
    stack.start(timeout=5)
    rasa, others = stack.service("rasa"), [stack.service("actions"), stack.service("bot")]
    pids = [s.process.pid for s in others]
    stack.keep_running(interval=0.05)
    killed_at = time.monotonic()
    os.kill(rasa.process.pid, signal.SIGKILL)
    old = rasa.process
    while rasa.process is old and time.monotonic() - killed_at < 5:
        time.sleep(0.02)
    restarted_after = time.monotonic() - killed_at
    assert rasa.process is not old and rasa.process.poll() is None
    assert 0.5 <= restarted_after < 1.5, restarted_after  # the first back-off, 0.5 s here
    assert [s.process.pid for s in others] == pids and all(s.process.poll() is None for s in others)
    assert rasa.restarts == 1
    assert any("rasa stopped (exit -9)" in event for event in stack.events)  # type: ignore[attr-defined]


def test_crashes_in_a_row_wait_longer_and_a_long_run_resets_the_wait(stack: Stack) -> None:
    stack.start(timeout=5)
    rasa = stack.service("rasa")
    now = rasa.started_at
    delays = []
    for _ in range(4):
        rasa.process.kill()
        rasa.process.wait()
        now += 1  # crashed one second after starting
        stack.check(now)
        delays.append(rasa.restart_at - now)
        now = rasa.restart_at
        stack.check(now)
        rasa.started_at = now
    assert delays == [0.5, 1, 2, 4]
    rasa.process.kill()
    rasa.process.wait()
    stack.check(now + 120)  # it had run two minutes: healthy, so the first wait again
    assert rasa.restart_at - (now + 120) == 0.5


def test_stop_stops_everything_and_nothing_is_started_again(stack: Stack) -> None:
    stack.start(timeout=5)
    stack.keep_running(interval=0.05)
    processes = [s.process for s in stack.services]
    stack.stop()
    assert all(p.poll() is not None for p in processes)
    time.sleep(0.3)
    assert [s.process for s in stack.services] == processes  # the watcher did not restart them


def test_rasa_and_the_action_server_get_the_same_token(tmp_path: Path) -> None:
    """endpoints.yml's ${ACTION_SERVER_TOKEN} and the action server's setting are one secret (issue 13)."""
    made = Stack(env={"INBURGERING_VAR_DIR": str(tmp_path)}, log_dir=tmp_path, with_bot=False)
    token = made.env["ACTION_SERVER_TOKEN"]
    assert len(token) == 64
    assert load_settings(made.env).action_server_token == token  # what `python -m actions` reads
    given = Stack(env={"INBURGERING_VAR_DIR": str(tmp_path), "ACTION_SERVER_TOKEN": "set-by-the-operator"},
                  log_dir=tmp_path, with_bot=False)
    assert given.env["ACTION_SERVER_TOKEN"] == "set-by-the-operator"


def test_several_rasa_servers_get_their_own_ports_and_the_bot_knows_them_all(tmp_path: Path) -> None:
    stack = Stack(env={"INBURGERING_VAR_DIR": str(tmp_path)}, log_dir=tmp_path, rasa_port=6005,
                  rasa_processes=2)
    rasa = [s for s in stack.services if s.name.startswith("rasa")]
    assert [s.name for s in rasa] == ["rasa", "rasa-2"]
    assert [s.health_url for s in rasa] == ["http://127.0.0.1:6005/", "http://127.0.0.1:6006/"]
    assert [s.command[s.command.index("--port") + 1] for s in rasa] == ["6005", "6006"]
    assert rasa[0].log_path != rasa[1].log_path
    settings = load_settings(stack.env)  # what the bot reads
    assert settings.rasa_urls == ("http://127.0.0.1:6005", "http://127.0.0.1:6006")
    one = Stack(env={"INBURGERING_VAR_DIR": str(tmp_path)}, log_dir=tmp_path, rasa_port=6005)
    assert load_settings(one.env).rasa_urls == ("http://127.0.0.1:6005",)
    assert [s.name for s in one.services].count("rasa") == 1


def test_consecutive_free_ports_are_free() -> None:
    import socket

    from inburgering.platform.stack import free_ports

    first = free_ports(3)
    for port in range(first, first + 3):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))  # raises if taken
