"""One settings object, read from environment variables in one place.

Every default runs on a laptop: a SQLite file under ``var/``, demo data on, no
Telegram token needed (the local demo chat is used instead).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from inburgering.rasa_tracker import tracker_store_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "ar", "ti")


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def _int(value: str | None, default: int) -> int:
    return int(value) if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    """Runtime configuration. See the README's configuration table."""

    var_dir: Path = PROJECT_ROOT / "var"
    database_url: str = ""
    demo: bool = True
    default_language: str = "nl"
    gemeente: str = "zwolle"

    telegram_token: str = field(default="", repr=False)
    telegram_base_url: str = "https://api.telegram.org/bot"
    # Without the leading @; used for t.me deep links in link codes.
    telegram_bot_username: str = ""
    telegram_mode: str = "polling"  # or "webhook"
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str = field(default="", repr=False)

    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = 30.0
    action_server_host: str = "127.0.0.1"
    action_server_port: int = 5055
    demo_chat_port: int = 8080

    pseudonym_key: str = field(default="", repr=False)
    max_message_chars: int = 1000
    pending_retry_seconds: int = 30
    reminder_check_seconds: int = 60
    log_level: str = "INFO"

    # Escalations and the regisseurs' inbox (web/).
    escalation_sla_working_days: int = 2
    inbox_host: str = "127.0.0.1"
    inbox_port: int = 8090
    outbox_interval_seconds: int = 5

    # Raw conversation texts are emptied after this many days (issue 6); anonymised aggregates stay.
    retention_days: int = 90
    rasa_tracker_url: str = ""

    @property
    def sqlite_path(self) -> Path | None:
        if self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///"))
        return None


def _pseudonym_key(var_dir: Path) -> str:
    """The key that turns Telegram chat ids into pseudonyms.

    Production sets ``PSEUDONYM_KEY``; on a laptop a random key is created once
    and kept in ``var/`` so pseudonyms stay stable across restarts.
    """
    path = var_dir / "pseudonym.key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from the environment (or from ``env`` in tests)."""
    env = dict(os.environ if env is None else env)
    var_dir = Path(env.get("INBURGERING_VAR_DIR") or PROJECT_ROOT / "var")
    database_url = env.get("DATABASE_URL") or f"sqlite:///{var_dir / 'inburgering.db'}"
    default_language = env.get("DEFAULT_LANGUAGE", "nl")
    if default_language not in LANGUAGES:
        raise ValueError(f"DEFAULT_LANGUAGE must be one of {LANGUAGES}, not {default_language!r}")
    mode = env.get("TELEGRAM_MODE", "polling")
    if mode not in {"polling", "webhook"}:
        raise ValueError(f"TELEGRAM_MODE must be 'polling' or 'webhook', not {mode!r}")
    return Settings(
        var_dir=var_dir,
        database_url=database_url,
        demo=_bool(env.get("DEMO"), True),
        default_language=default_language,
        gemeente=env.get("GEMEENTE", "zwolle"),
        telegram_token=env.get("TELEGRAM_TOKEN", ""),
        telegram_base_url=env.get("TELEGRAM_BASE_URL") or "https://api.telegram.org/bot",
        telegram_bot_username=env.get("TELEGRAM_BOT_USERNAME", "").strip().lstrip("@"),
        telegram_mode=mode,
        webhook_url=env.get("TELEGRAM_WEBHOOK_URL", ""),
        webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
        webhook_port=_int(env.get("TELEGRAM_WEBHOOK_PORT"), 8443),
        webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET", ""),
        rasa_url=(env.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/"),
        rasa_timeout_seconds=float(env.get("RASA_TIMEOUT_SECONDS") or 30),
        action_server_host=env.get("ACTION_SERVER_HOST", "127.0.0.1"),
        action_server_port=_int(env.get("ACTION_SERVER_PORT"), 5055),
        demo_chat_port=_int(env.get("DEMO_CHAT_PORT"), 8080),
        pseudonym_key=env.get("PSEUDONYM_KEY") or _pseudonym_key(var_dir),
        max_message_chars=_int(env.get("MAX_MESSAGE_CHARS"), 1000),
        pending_retry_seconds=_int(env.get("PENDING_RETRY_SECONDS"), 30),
        reminder_check_seconds=_int(env.get("REMINDER_CHECK_SECONDS"), 60),
        log_level=env.get("LOG_LEVEL", "INFO").upper(),
        escalation_sla_working_days=_int(env.get("ESCALATION_SLA_WORKING_DAYS"), 2),
        inbox_host=env.get("INBOX_HOST", "127.0.0.1"),
        inbox_port=_int(env.get("INBOX_PORT"), 8090),
        outbox_interval_seconds=_int(env.get("OUTBOX_INTERVAL_SECONDS"), 5),
        retention_days=_int(env.get("RETENTION_DAYS"), 90),
        # Rasa's tracker store, same variables as endpoints.yml: /vergeet and retention clean it too.
        rasa_tracker_url=tracker_store_url(
            env.get("RASA_TRACKER_DIALECT") or "sqlite",
            env.get("RASA_TRACKER_HOST", ""),
            env.get("RASA_TRACKER_DB") or str(var_dir / "rasa_tracker.db"),
        ),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once on first use (never at import)."""
    return load_settings()
