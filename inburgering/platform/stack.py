"""Start, watch and stop the whole system: Rasa server, action/NLG server, the bot and (optionally) the inbox.

Used by ``make run`` (scripts/run.py), the end-to-end tests and the benchmark,
so all three run exactly the same processes.

A crashed service is started again with back-off while the others keep running
(:meth:`Stack.keep_running`); only :meth:`Stack.stop` (Ctrl-C) stops them all. This is the
development runner: production runs the same commands as systemd units (deploy/systemd/),
which restart them the same way. It is the stack's own code rather than supervisord, honcho or
circus because the tests and the benchmark start the processes with free ports and a temporary
environment from Python: honcho stops everything when one process exits, and supervisord
restarts a process that ran at once, without back-off, and wants a config file and a daemon.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from inburgering.platform.settings import ACTION_SERVER_TOKEN_FILE, PROJECT_ROOT, kept_secret

log = logging.getLogger(__name__)

# Rasa's command line through inburgering/platform/rasa_run.py (its action-answer check made once).
RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
DEFAULT_MODEL = PROJECT_ROOT / "models" / "inburgering.tar.gz"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_ports(count: int, attempts: int = 50) -> int:
    """The first of ``count`` consecutive free ports (several Rasa servers take rasa_port, rasa_port + 1, ...)."""
    for _ in range(attempts):
        first = free_port()
        if first + count > 65535:
            continue
        try:
            with contextlib.ExitStack() as held:
                for port in range(first, first + count):
                    sock = held.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"no {count} consecutive free ports found")


def answers(url: str, timeout: float = 2) -> bool:
    """True when ``url`` answers 200 now."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def wait_for_http(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Wait until ``url`` answers 200, or fail early when ``process`` dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with code {process.returncode} before {url} was ready")
        if answers(url):
            return
        time.sleep(0.3)
    raise TimeoutError(f"{url} not ready after {timeout:.0f}s")


# Rasa's Redis lock store (endpoints.multi.yml): used when RASA_LOCK_STORE=redis, for several Rasa
# servers that share one (PostgreSQL) tracker store. One Rasa server needs none (the default).
LOCK_STORE_DEFAULTS = {
    "RASA_LOCK_STORE_HOST": "127.0.0.1",
    "RASA_LOCK_STORE_PORT": "6379",
    "RASA_LOCK_STORE_DB": "1",
    "RASA_LOCK_STORE_PREFIX": "inburgering",  # letters and digits only (Rasa ignores any other)
    # A Rasa server that dies holding a conversation's lock blocks it this long (Rasa's default: 60 s,
    # longer than the bot waits for an answer); an answer takes well under a second.
    "TICKET_LOCK_LIFETIME": "15",
}


def lock_store_env(env: dict[str, str]) -> dict[str, str]:
    """The lock store's variables with their defaults (endpoints.multi.yml needs every one set)."""
    if env.get("RASA_LOCK_STORE", "") != "redis":
        return {}
    return {name: env.get(name) or default for name, default in LOCK_STORE_DEFAULTS.items()}


def endpoints_file(env: dict[str, str]) -> str:
    """endpoints.yml, or endpoints.multi.yml (the same plus the Redis lock store) when RASA_LOCK_STORE=redis."""
    lock_store = env.get("RASA_LOCK_STORE", "")
    if lock_store not in ("", "in_memory", "redis"):
        raise ValueError(f"RASA_LOCK_STORE must be empty, 'in_memory' or 'redis', not {lock_store!r}")
    return "endpoints.multi.yml" if lock_store == "redis" else "endpoints.yml"


@dataclass(frozen=True)
class Backoff:
    """How long to wait before starting a crashed service again: 1 s, 2 s, 4 s, ... at most 30 s.

    A service that ran ``healthy_after`` seconds before it stopped counts as having been healthy:
    its next crash waits ``first`` again, so one crash a day never waits 30 s.
    """

    first: float = 1.0
    factor: float = 2.0
    maximum: float = 30.0
    healthy_after: float = 60.0

    def delay(self, crashes_in_a_row: int) -> float:
        return min(self.first * self.factor ** max(crashes_in_a_row - 1, 0), self.maximum)


@dataclass
class Service:
    name: str
    command: list[str]
    health_url: str | None
    log_path: Path
    process: subprocess.Popen | None = None
    # Started only after every service with a health check answers it (the bot: Rasa and the actions).
    after_health_checks: bool = False
    started_at: float = 0.0
    restarts: int = 0  # how many times it was started again after a crash
    crashes_in_a_row: int = 0
    restart_at: float | None = None  # when a crashed service is due to start again

    def start(self, env: dict[str, str]) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log_file = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in the terminal goes to us; we stop children in order
        )
        log_file.close()
        self.started_at = time.monotonic()
        self.restart_at = None

    def exit_code(self) -> int | None:
        """The exit code once the process has stopped; None while it runs (or was never started)."""
        return None if self.process is None else self.process.poll()

    def stop(self, timeout: float = 15) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _log_event(message: str) -> None:
    log.warning("%s", message)


@dataclass
class Stack:
    """The processes, configured through one environment."""

    env: dict[str, str]
    log_dir: Path
    model: Path = DEFAULT_MODEL
    rasa_port: int = 5005
    # Rasa servers on one tracker store (ports rasa_port, rasa_port + 1, ...): one Rasa process holds
    # one core; the bot sends each chat to one of them (bot/rasa_client.py). About 0.55 GB each.
    rasa_processes: int = 1
    action_port: int = 5055
    with_bot: bool = True
    # The regisseurs' inbox (web/); None: not started.
    inbox_port: int | None = None
    bot_args: list[str] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    backoff: Backoff = field(default_factory=Backoff)
    # Told about every crash and restart (run.py prints them; the default logs them).
    on_event: Callable[[str], None] = _log_event
    _watcher: threading.Thread | None = field(default=None, init=False, repr=False)
    _stopping: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        var_dir = Path(self.env.get("INBURGERING_VAR_DIR", PROJECT_ROOT / "var"))
        tracker_db = var_dir / "rasa_tracker.db"
        self.env = {
            **self.env,
            "ACTION_SERVER_HOST": "127.0.0.1",
            "ACTION_SERVER_PORT": str(self.action_port),
            # The one secret both Rasa (endpoints.yml) and the action server must know.
            "ACTION_SERVER_TOKEN": (self.env.get("ACTION_SERVER_TOKEN")
                                    or kept_secret(var_dir, ACTION_SERVER_TOKEN_FILE)),
            "RASA_URL": ",".join(f"http://127.0.0.1:{port}" for port in self.rasa_ports),
            "RASA_TRACKER_DIALECT": self.env.get("RASA_TRACKER_DIALECT", "sqlite"),
            "RASA_TRACKER_HOST": self.env.get("RASA_TRACKER_HOST", ""),
            "RASA_TRACKER_DB": self.env.get("RASA_TRACKER_DB", str(tracker_db)),
            "RASA_TELEMETRY_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
            # Several Rasa servers on one tracker store (README, "Production: several instances"):
            # RASA_LOCK_STORE=redis starts Rasa with endpoints.multi.yml and its Redis lock store.
            **lock_store_env(self.env),
        }
        python = sys.executable
        self.services = [
            Service(
                "actions",
                [python, "-m", "actions", "--port", str(self.action_port)],
                f"http://127.0.0.1:{self.action_port}/health",
                self.log_dir / "actions.log",
            ),
        ]
        for number, port in enumerate(self.rasa_ports, start=1):
            name = "rasa" if number == 1 else f"rasa-{number}"
            self.services.append(Service(
                name,
                [
                    # No --enable-api: the bot only needs the REST channel (/webhooks/rest/webhook);
                    # Rasa's HTTP API would let any local process read or write any tracker (issue 13).
                    str(RASA_PYTHON), "-m", "inburgering.platform.rasa_run", "run",
                    "--model", str(self.model),
                    "--endpoints", endpoints_file(self.env),
                    "--credentials", "credentials.yml",
                    "--interface", "127.0.0.1",
                    "--port", str(port),
                ],
                # Rasa serves only once its model is loaded; without --enable-api "/" is the health check.
                f"http://127.0.0.1:{port}/",
                self.log_dir / f"{name}.log",
            ))
        if self.inbox_port is not None:
            self.services.append(Service(
                "inbox", [python, "-m", "web", "--port", str(self.inbox_port)],
                f"http://127.0.0.1:{self.inbox_port}/health", self.log_dir / "inbox.log",
            ))
        if self.with_bot:
            # The bot also waits for Rasa and the actions itself (bot.readiness), as it must under systemd.
            self.services.append(Service(
                "bot", [python, "-m", "bot", *self.bot_args], None, self.log_dir / "bot.log",
                after_health_checks=True,
            ))

    @property
    def rasa_ports(self) -> tuple[int, ...]:
        return tuple(self.rasa_port + n for n in range(max(1, self.rasa_processes)))

    def service(self, name: str) -> Service:
        return next(s for s in self.services if s.name == name)

    def start(self, timeout: float = 180) -> None:
        """Start every service; the bot only when the others answer their health checks."""
        self._stopping.clear()
        try:
            for service in self.services:
                if not service.after_health_checks:
                    service.start(self.env)
            for service in self.services:
                if service.health_url:
                    wait_for_http(service.health_url, timeout, service.process)
            for service in self.services:
                if service.after_health_checks:
                    service.start(self.env)
        except BaseException:
            self.stop()
            raise

    # -- keeping it running -------------------------------------------------------------

    def keep_running(self, interval: float = 0.3) -> None:
        """Watch the services in a background thread and start a crashed one again, with back-off."""
        if self._watcher is not None and self._watcher.is_alive():
            return
        self._watcher = threading.Thread(target=self._watch, args=(interval,), name="stack-watcher", daemon=True)
        self._watcher.start()

    def _watch(self, interval: float) -> None:
        wait = interval
        while not self._stopping.wait(wait):
            try:
                self.check(time.monotonic())
            except Exception:  # the watcher must outlive any one failed start
                log.exception("the stack watcher failed to check the services")
            # Wake up in time for the next restart that is due, not up to ``interval`` after it.
            due = [s.restart_at - time.monotonic() for s in self.services if s.restart_at is not None]
            wait = max(0.0, min([interval, *due]))

    def check(self, now: float) -> None:
        """One look at every service: note a crash and when to restart it; restart those that are due."""
        with self._lock:
            if self._stopping.is_set():
                return
            for service in self.services:
                code = service.exit_code()
                if code is None:
                    continue
                if service.restart_at is None:
                    ran = now - service.started_at
                    service.crashes_in_a_row = 1 if ran >= self.backoff.healthy_after else service.crashes_in_a_row + 1
                    delay = self.backoff.delay(service.crashes_in_a_row)
                    service.restart_at = now + delay
                    self.on_event(f"{service.name} stopped (exit {code}) after {ran:.0f} s; "
                                  f"starting it again in {delay:.0f} s; see {service.log_path}")
                elif now >= service.restart_at:
                    service.restarts += 1
                    service.start(self.env)
                    self.on_event(f"{service.name} started again (restart {service.restarts})")

    def stop(self) -> None:
        """Stop watching, then stop every service, the bot first."""
        self._stopping.set()
        with self._lock:
            for service in reversed(self.services):
                service.stop()
        if self._watcher is not None and self._watcher is not threading.current_thread():
            self._watcher.join(timeout=5)
        self._watcher = None

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
