"""One settings object, read from environment variables in one place.

Each field is one environment variable: the field's name in capitals (``DATABASE_URL`` →
``database_url``) unless its ``validation_alias`` names another. An empty variable counts as
unset. Every default runs on a laptop: a SQLite file under ``var/``, no Telegram token needed
(the local demo chat is used instead). Defaults are the safe ones: demo data and demo logins
only when ``DEMO`` asks (``make run`` does), Secure cookies unless ``COOKIE_SECURE=false`` (plain
http on this machine only). Nothing is read at import: ``get_settings()`` reads the environment
on first use, and makes ``var/`` private to this user (:func:`private_var_dir`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasGenerator, BeforeValidator, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from inburgering.platform.rasa_tracker import tracker_store_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("nl", "ar", "ti")
TELEGRAM_MODES = ("polling", "webhook")


def _yes(value: Any) -> Any:
    """``1``/``true``/``yes``/``on``/``ja`` are true, any other text false (the README's ``DEMO``)."""
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on", "ja"}
    return value


YesNo = Annotated[bool, BeforeValidator(_yes)]


# var/ holds personal data (the database, logs, the pseudonym key): files 0600, directories 0700.
PRIVATE_UMASK = 0o077


def private_var_dir(var_dir: Path) -> None:
    """Make ``var_dir`` readable by this user only, and everything the process creates from now on.

    The directory becomes 0700 (nobody else can open anything inside), the files directly in it
    and in ``logs/`` 0600, and the process umask 077, so new files (SQLite with its WAL, logs,
    Rasa's tracker store in the services ``make run`` starts) are 0600 and new directories 0700.
    """
    os.umask(PRIVATE_UMASK)
    var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths = [var_dir]
    for directory in (var_dir, var_dir / "logs"):
        if directory.is_dir():
            paths += [path for path in directory.iterdir() if not path.is_symlink()]
    for path in paths:
        # Another user's file (a deliberate shared setup) is left as it is.
        with contextlib.suppress(PermissionError):
            path.chmod(0o700 if path.is_dir() else 0o600)


def kept_secret(var_dir: Path, filename: str) -> str:
    """A random secret created once in ``var_dir`` (0600) and read from there afterwards.

    For laptops and tests; production sets the variable instead. Two processes starting at once
    both end up with the one secret that was written first.
    """
    path = var_dir / filename
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    secret = secrets.token_hex(32)
    try:
        # Created 0600, never readable by others, not even for a moment.
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as handle:
            handle.write(secret)
    except FileExistsError:
        return path.read_text().strip()
    return secret


def _pseudonym_key(var_dir: Path) -> str:
    """The key that turns Telegram chat ids into pseudonyms.

    Production sets ``PSEUDONYM_KEY``; on a laptop a random key is created once
    and kept in ``var/`` so pseudonyms stay stable across restarts.
    """
    return kept_secret(var_dir, "pseudonym.key")


# Where the action server's shared secret is kept when ACTION_SERVER_TOKEN is not set.
ACTION_SERVER_TOKEN_FILE = "action_server.token"


class Settings(BaseSettings):
    """Runtime configuration. See the README's configuration table."""

    model_config = SettingsConfigDict(
        alias_generator=AliasGenerator(validation_alias=str.upper), validate_by_name=True,
        env_ignore_empty=True, extra="ignore", frozen=True,
    )

    var_dir: Path = Field(PROJECT_ROOT / "var", validation_alias="INBURGERING_VAR_DIR")
    database_url: str = Field(default_factory=lambda data: f"sqlite:///{data['var_dir'] / 'inburgering.db'}")
    # Demo person, demo appointments and demo inbox logins: only when asked (`make run` sets DEMO=true).
    demo: YesNo = False
    default_language: str = "nl"
    gemeente: str = "zwolle"
    # Issue 17. A regional deployment: the other municipalities it serves, comma-separated profile
    # slugs (``gemeenten/<slug>.yml``). Empty: GEMEENTE only. See ``served_gemeenten``.
    gemeenten: str = ""

    telegram_token: str = Field("", repr=False)
    telegram_base_url: str = "https://api.telegram.org/bot"
    # Without the leading @; used for t.me deep links in link codes.
    telegram_bot_username: str = ""
    telegram_mode: str = "polling"  # or "webhook"
    webhook_url: str = Field("", validation_alias="TELEGRAM_WEBHOOK_URL")
    webhook_listen: str = Field("127.0.0.1", validation_alias="TELEGRAM_WEBHOOK_LISTEN")
    webhook_port: int = Field(8443, validation_alias="TELEGRAM_WEBHOOK_PORT")
    webhook_secret: str = Field("", repr=False, validation_alias="TELEGRAM_WEBHOOK_SECRET")
    # Several bots behind one webhook (bot/webhook_router.py): the bots' webhook URLs, comma-separated;
    # the router sends each chat's updates to one of them.
    webhook_router_backends: str = ""
    webhook_router_listen: str = "127.0.0.1"
    webhook_router_port: int = 8440

    # One Rasa server, or several on one tracker store separated by commas ("http://a:5005,http://a:5006"):
    # the bot sends each chat to one of them (by its pseudonym) and to another when that one is down.
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = 30.0
    # `make run` / scripts/run.py: how many Rasa servers to start on this machine (one per core at
    # most; each holds ~0.55 GB). More than one needs no lock store of its own: every chat keeps its server.
    rasa_processes: int = Field(1, ge=1, le=8)
    # At start the bot waits this long for Rasa and the action server before it takes messages
    # (bot/readiness.py); after that it takes them anyway, keeps them and answers them later.
    ready_wait_seconds: float = 180.0
    # Updates of different chats handled at once (each chat's in order; 1: one at a time).
    concurrent_updates: int = 64
    # Telegram lets a bot send about 30 messages a second in all (its flood limit); the bot keeps to
    # it (python-telegram-bot's AIORateLimiter). 0: no overall limit (the benchmark's fake Telegram).
    telegram_max_messages_per_second: float = Field(30.0, ge=0)
    action_server_host: str = "127.0.0.1"
    action_server_port: int = 5055
    # Rasa sends it with every call to the action and NLG server (endpoints.yml ``token:``); the
    # action server refuses calls without it, so no other local process can speak as a pseudonym
    # and get that person's appointments back (issue 13). Unset: created once in var/.
    action_server_token: str = Field(
        default_factory=lambda data: kept_secret(data["var_dir"], ACTION_SERVER_TOKEN_FILE), repr=False
    )
    demo_chat_port: int = 8080

    pseudonym_key: str = Field(default_factory=lambda data: _pseudonym_key(data["var_dir"]), repr=False)
    max_message_chars: int = 1000
    pending_retry_seconds: int = 30
    # An update still unanswered this long after it arrived (its bot process died) is handled again
    # by any instance (bot/journal.py); longer than a turn can take (Rasa's timeout).
    update_recover_seconds: int = Field(60, ge=2)
    # A message kept while the assistant is away goes to a person after this long (once per chat).
    kept_escalate_after_seconds: int = 600
    reminder_check_seconds: int = 60
    log_level: str = "INFO"

    # Escalations and the regisseurs' inbox (web/).
    escalation_sla_working_days: int = 2
    inbox_host: str = "127.0.0.1"
    inbox_port: int = 8090
    # Session cookies are Secure (https only) and HSTS is sent. COOKIE_SECURE=false is for plain
    # http on this machine (`make run`); it is ignored for any other host (web.deps.secure_cookies).
    cookie_secure: YesNo = True
    outbox_interval_seconds: int = 5

    # Raw conversation texts are emptied after this many days (issue 6); anonymised aggregates stay.
    retention_days: int = 90
    # Rasa's tracker store, the same variables as endpoints.yml: /vergeet and retention clean it too.
    rasa_tracker_dialect: str = "sqlite"
    rasa_tracker_host: str = ""
    rasa_tracker_db: str = Field(default_factory=lambda data: str(data["var_dir"] / "rasa_tracker.db"))

    # Voice notes (issue 14). The faster-whisper model installed by `make speech-models`; without one,
    # every voice note goes to a person. Longer notes, and unsure transcripts, go to a person too.
    speech_models_dir: Path = Field(default_factory=lambda data: data["var_dir"] / "speech-models")
    voice_note_max_seconds: int = 60
    speech_min_avg_logprob: float = -1.0
    speech_max_no_speech_prob: float = 0.6
    speech_threads: int = 1

    @field_validator("database_url")
    @classmethod
    def _installed_postgresql_driver(cls, value: str) -> str:
        """A plain ``postgresql://`` (or ``postgres://``, as many hosts write it) means psycopg 3 to
        SQLAlchemy 2.1, which is not installed: every query failed. psycopg2 is (pyproject.toml)."""
        for plain in ("postgresql://", "postgres://"):
            if value.startswith(plain):
                return "postgresql+psycopg2://" + value.removeprefix(plain)
        return value

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"DEFAULT_LANGUAGE must be one of {LANGUAGES}, not {value!r}")
        return value

    @field_validator("telegram_mode")
    @classmethod
    def _known_mode(cls, value: str) -> str:
        if value not in TELEGRAM_MODES:
            raise ValueError(f"TELEGRAM_MODE must be 'polling' or 'webhook', not {value!r}")
        return value

    @field_validator("telegram_bot_username")
    @classmethod
    def _without_at(cls, value: str) -> str:
        return value.strip().lstrip("@")

    @field_validator("rasa_url")
    @classmethod
    def _without_trailing_slash(cls, value: str) -> str:
        urls = [part.strip().rstrip("/") for part in value.split(",") if part.strip()]
        if not urls:
            raise ValueError("RASA_URL needs at least one URL")
        return ",".join(urls)

    @property
    def rasa_urls(self) -> tuple[str, ...]:
        """Every Rasa server of RASA_URL (usually one)."""
        return tuple(self.rasa_url.split(","))

    @field_validator("log_level")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    @property
    def served_gemeenten(self) -> tuple[str, ...]:
        """GEMEENTE first, then the others of GEMEENTEN, each once."""
        slugs = [self.gemeente] + [part.strip().lower() for part in self.gemeenten.split(",")]
        return tuple(dict.fromkeys(slug for slug in slugs if slug))

    @property
    def rasa_tracker_url(self) -> str:
        return tracker_store_url(self.rasa_tracker_dialect, self.rasa_tracker_host, self.rasa_tracker_db)

    @property
    def sqlite_path(self) -> Path | None:
        if self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///"))
        return None


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from the process environment, or from ``env`` alone (tests: nothing leaks in from the shell)."""
    if env is None:
        return Settings()
    # The same rules as the environment source: variable names in capitals, empty is unset.
    return Settings.model_validate({name: value for name, value in env.items() if value != ""})


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once on first use (never at import); ``var/`` made private."""
    settings = load_settings()
    private_var_dir(settings.var_dir)
    return settings
