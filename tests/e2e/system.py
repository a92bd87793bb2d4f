"""The whole system against the fake Telegram: demo database, Rasa, actions/NLG and the bot.

Shared by the end-to-end tests (tests/e2e/conftest.py) and the benchmark
(bench/roundtrip.py), so both measure and check exactly the same setup. The
processes themselves are started by :class:`inburgering.platform.stack.Stack`.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from inburgering.people.demo import seed
from inburgering.people.pseudonym import pseudonymise
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.migrate import upgrade
from inburgering.platform.settings import PROJECT_ROOT
from inburgering.platform.stack import DEFAULT_MODEL, Stack, free_port, free_ports
from tests.e2e.fake_telegram import FakeTelegram

# Fixed, so tests can compute a chat's pseudonym and look it up in Rasa.
PSEUDONYM_KEY = "e2e-pseudonym-key-not-secret"
GEMEENTE = "zwolle"  # the demo municipality (inburgering/people/demo.py)
TRAINING_INPUTS = ("config.yml", "domain.yml", "data", "nlu")
_ERROR_LINE = re.compile(r"\b(ERROR|CRITICAL|Traceback)\b")


class ModelMissing(RuntimeError):
    """No trained Rasa model: the end-to-end tests and the benchmark cannot run."""


def require_model(model: Path = DEFAULT_MODEL) -> Path:
    if not model.is_file():
        raise ModelMissing(
            f"no trained Rasa model at {model}. Run `make model` first "
            "(it trains models/inburgering.tar.gz from nlu/, data/, domain.yml and config.yml)."
        )
    return model


def stale_training_inputs(model: Path = DEFAULT_MODEL) -> list[str]:
    """Training files changed after ``model`` was trained (the model may not match them)."""
    trained = model.stat().st_mtime
    changed = []
    for name in TRAINING_INPUTS:
        path = PROJECT_ROOT / name
        files = [*path.rglob("*.yml"), *path.rglob("*.py")] if path.is_dir() else [path]
        changed += [str(f.relative_to(PROJECT_ROOT)) for f in files if f.is_file() and f.stat().st_mtime > trained]
    return sorted(changed)


def prepare_database(var_dir: Path) -> str:
    """A fresh SQLite database at the newest schema with the demo data; returns its URL."""
    var_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{var_dir / 'inburgering.db'}"
    upgrade(url)
    with session_scope(session_factory(url)) as session:
        seed(session)
    return url


def tail(path: Path, lines: int = 40) -> str:
    if not path.exists():
        return "(no log file)"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@dataclass
class System:
    fake: FakeTelegram
    stack: Stack
    var_dir: Path
    database_url: str
    chat_ids: list[int] = field(default_factory=list)  # every chat a test used, for the privacy checks

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.stack.rasa_port}"

    @property
    def tracker_db(self) -> Path:
        return Path(self.stack.env["RASA_TRACKER_DB"])

    def pseudonym(self, chat_id: int) -> str:
        return pseudonymise(chat_id, PSEUDONYM_KEY)

    def log(self, name: str) -> Path:
        return self.stack.log_dir / f"{name}.log"

    def log_sizes(self) -> dict[str, int]:
        return {s.name: s.log_path.stat().st_size if s.log_path.exists() else 0 for s in self.stack.services}

    def new_errors(self, since: dict[str, int]) -> list[str]:
        """Error lines every service logged after ``since`` (from :meth:`log_sizes`)."""
        found = []
        for service in self.stack.services:
            if not service.log_path.exists():
                continue
            with service.log_path.open("rb") as log:
                log.seek(since.get(service.name, 0))
                text = log.read().decode(errors="replace")
            found += [f"{service.name}: {line}" for line in text.splitlines() if _ERROR_LINE.search(line)]
        return found

    def dead_services(self) -> list[str]:
        return [
            f"{s.name} (exit code {s.process.returncode})"
            for s in self.stack.services
            if s.process is not None and s.process.poll() is not None
        ]

    def log_tails(self, lines: int = 40) -> str:
        return "\n".join(
            f"----- {s.name}.log (last {lines} lines) -----\n{tail(s.log_path, lines)}" for s in self.stack.services
        )

    def stop(self) -> None:
        try:
            self.stack.stop()
        finally:
            self.fake.stop()


def start_system(work_dir: Path, model: Path = DEFAULT_MODEL, timeout: float = 240, rasa_processes: int = 1) -> System:
    """Start fake Telegram, a demo database and the three processes; return when the bot polls.

    Raises ``RuntimeError`` with the tail of every log when something does not come up.
    """
    require_model(model)
    var_dir = work_dir / "var"
    database_url = prepare_database(var_dir)
    fake = FakeTelegram().start()
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "TELEGRAM_MODE": "polling",
        "DATABASE_URL": database_url,
        "INBURGERING_VAR_DIR": str(var_dir),
        "PSEUDONYM_KEY": PSEUDONYM_KEY,
        "DEMO": "true",
        "DEFAULT_LANGUAGE": "nl",
        "GEMEENTE": GEMEENTE,
        "LOG_LEVEL": "INFO",
        # The stack's own tracker store, never one configured in the developer's shell.
        "RASA_TRACKER_DIALECT": "sqlite",
        "RASA_TRACKER_HOST": "",
        "RASA_TRACKER_DB": str(var_dir / "rasa_tracker.db"),
    }
    stack = Stack(
        env=env, log_dir=work_dir / "logs", model=model, rasa_port=free_ports(rasa_processes),
        rasa_processes=rasa_processes, action_port=free_port()
    )
    system = System(fake=fake, stack=stack, var_dir=var_dir, database_url=database_url)
    started = time.monotonic()
    try:
        stack.start(timeout=timeout)
        bot = next(s for s in stack.services if s.name == "bot")
        fake.wait_until(
            lambda: fake.get_updates_calls > 0 or bot.process.poll() is not None,
            timeout=max(30.0, timeout - (time.monotonic() - started)),
            what="the bot's first getUpdates",
        )
        if bot.process.poll() is not None:
            raise RuntimeError(f"the bot exited with code {bot.process.returncode}")
    except BaseException as error:
        tails = system.log_tails()
        system.stop()
        raise RuntimeError(f"the system did not start: {error}\n{tails}") from error
    return system


# -- several instances (tests/e2e/test_multi_instance.py) ----------------------------------------

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")
REDIS_ADDRESS = ("127.0.0.1", 6379)


def reachable(host: str, port: int, timeout: float = 2.0) -> bool:
    import socket

    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def create_postgres_database(name: str, admin_url: str = POSTGRES_ADMIN_URL) -> str:
    """A new, empty PostgreSQL database; returns its URL (the admin URL's server and user)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(name: str, admin_url: str = POSTGRES_ADMIN_URL) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def seed_database(url: str) -> str:
    """Bring the database at ``url`` to the newest schema with the demo data; returns ``url``."""
    upgrade(url)
    with session_scope(session_factory(url)) as session:
        seed(session)
    return url
