"""Start and stop the whole system: Rasa server, action/NLG server, the bot and (optionally) the inbox.

Used by ``make run`` (scripts/run.py), the end-to-end tests and the benchmark,
so all three run exactly the same processes.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from inburgering.platform.settings import PROJECT_ROOT

RASA_BIN = PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"
DEFAULT_MODEL = PROJECT_ROOT / "models" / "inburgering.tar.gz"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Wait until ``url`` answers 200, or fail early when ``process`` dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with code {process.returncode} before {url} was ready")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} not ready after {timeout:.0f}s")


@dataclass
class Service:
    name: str
    command: list[str]
    health_url: str | None
    log_path: Path
    process: subprocess.Popen | None = None

    def start(self, env: dict[str, str]) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in the terminal goes to us; we stop children in order
        )
        log.close()

    def stop(self, timeout: float = 15) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@dataclass
class Stack:
    """The three processes, configured through one environment."""

    env: dict[str, str]
    log_dir: Path
    model: Path = DEFAULT_MODEL
    rasa_port: int = 5005
    action_port: int = 5055
    with_bot: bool = True
    # The regisseurs' inbox (web/); None: not started.
    inbox_port: int | None = None
    bot_args: list[str] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)

    def __post_init__(self) -> None:
        tracker_db = Path(self.env.get("INBURGERING_VAR_DIR", PROJECT_ROOT / "var")) / "rasa_tracker.db"
        self.env = {
            **self.env,
            "ACTION_SERVER_HOST": "127.0.0.1",
            "ACTION_SERVER_PORT": str(self.action_port),
            "RASA_URL": f"http://127.0.0.1:{self.rasa_port}",
            "RASA_TRACKER_DIALECT": self.env.get("RASA_TRACKER_DIALECT", "sqlite"),
            "RASA_TRACKER_HOST": self.env.get("RASA_TRACKER_HOST", ""),
            "RASA_TRACKER_DB": self.env.get("RASA_TRACKER_DB", str(tracker_db)),
            "RASA_TELEMETRY_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
        }
        python = sys.executable
        self.services = [
            Service(
                "actions",
                [python, "-m", "actions", "--port", str(self.action_port)],
                f"http://127.0.0.1:{self.action_port}/health",
                self.log_dir / "actions.log",
            ),
            Service(
                "rasa",
                [
                    str(RASA_BIN), "run", "--enable-api",
                    "--model", str(self.model),
                    "--endpoints", "endpoints.yml",
                    "--credentials", "credentials.yml",
                    "--interface", "127.0.0.1",
                    "--port", str(self.rasa_port),
                ],
                f"http://127.0.0.1:{self.rasa_port}/status",
                self.log_dir / "rasa.log",
            ),
        ]
        if self.inbox_port is not None:
            self.services.append(Service(
                "inbox", [python, "-m", "web", "--port", str(self.inbox_port)],
                f"http://127.0.0.1:{self.inbox_port}/health", self.log_dir / "inbox.log",
            ))
        if self.with_bot:
            self.services.append(
                Service("bot", [python, "-m", "bot", *self.bot_args], None, self.log_dir / "bot.log")
            )

    def start(self, timeout: float = 180) -> None:
        try:
            for service in self.services:
                service.start(self.env)
            for service in self.services:
                if service.health_url:
                    wait_for_http(service.health_url, timeout, service.process)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
