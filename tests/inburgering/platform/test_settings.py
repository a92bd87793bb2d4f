import re
import subprocess
import sys
from pathlib import Path

import pytest

from inburgering.platform.settings import PROJECT_ROOT, Settings, load_settings


def test_defaults_run_on_a_laptop(tmp_path: Path) -> None:
    settings = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'inburgering.db'}"
    assert settings.demo is True
    assert settings.telegram_token == ""
    assert settings.telegram_base_url == "https://api.telegram.org/bot"
    assert settings.telegram_mode == "polling"


def test_pseudonym_key_is_created_once_and_kept(tmp_path: Path) -> None:
    first = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).pseudonym_key
    second = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).pseudonym_key
    assert first == second and len(first) == 64
    assert (tmp_path / "pseudonym.key").stat().st_mode & 0o077 == 0


def test_bad_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="TELEGRAM_MODE"):
        load_settings({"INBURGERING_VAR_DIR": str(tmp_path), "TELEGRAM_MODE": "carrier-pigeon"})
    with pytest.raises(ValueError, match="DEFAULT_LANGUAGE"):
        load_settings({"INBURGERING_VAR_DIR": str(tmp_path), "DEFAULT_LANGUAGE": "en"})


def test_secrets_are_not_in_repr(tmp_path: Path) -> None:
    settings = load_settings({
        "INBURGERING_VAR_DIR": str(tmp_path), "PSEUDONYM_KEY": "supersecret",
        "TELEGRAM_TOKEN": "123:tokentoken", "TELEGRAM_WEBHOOK_SECRET": "hooksecret",
    })
    for secret in ("supersecret", "tokentoken", "hooksecret"):
        assert secret not in repr(settings)


def test_every_variable_in_the_readme_is_read(tmp_path: Path) -> None:
    """The README's configuration table and the settings class name the same variables."""
    section = (PROJECT_ROOT / "README.md").read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set()
    for cell in re.findall(r"^\| (`[A-Z_]+`(?: / `[A-Z_]+`)*) \|", section, flags=re.M):
        first, *others = re.findall(r"`([A-Z_]+)`", cell)
        documented.add(first)
        # "`TELEGRAM_WEBHOOK_LISTEN` / `_PORT`" is short for TELEGRAM_WEBHOOK_PORT.
        documented |= {first.rsplit("_", 1)[0] + name if name.startswith("_") else name for name in others}
    documented.discard("TEST_POSTGRES_URL")  # the test suite's, not the application's
    read = {field.validation_alias for field in Settings.model_fields.values()}
    assert "TELEGRAM_WEBHOOK_PORT" in documented and "RASA_TRACKER_DB" in documented
    assert documented <= read, documented - read


def test_variables_override_defaults_and_empty_means_unset(tmp_path: Path) -> None:
    settings = load_settings({
        "INBURGERING_VAR_DIR": str(tmp_path), "DATABASE_URL": "", "TELEGRAM_WEBHOOK_PORT": "9443",
        "DEMO": "nee", "TELEGRAM_BOT_USERNAME": " @inburgering_bot", "RASA_URL": "http://rasa:5005/",
        "RASA_TRACKER_DIALECT": "postgresql", "RASA_TRACKER_HOST": "db", "RASA_TRACKER_DB": "rasa",
        "RETENTION_DAYS": "30",
    })
    assert settings.database_url == f"sqlite:///{tmp_path / 'inburgering.db'}"
    assert (settings.webhook_port, settings.demo, settings.retention_days) == (9443, False, 30)
    assert settings.telegram_bot_username == "inburgering_bot" and settings.rasa_url == "http://rasa:5005"
    assert settings.rasa_tracker_url == "postgresql://db/rasa"
    assert load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).rasa_tracker_url == (
        f"sqlite:///{tmp_path / 'rasa_tracker.db'}")


def test_the_process_environment_is_read_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBURGERING_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("INBOX_PORT", "8999")
    # Importing the module reads and writes nothing (a laptop's pseudonym key is made on first use).
    subprocess.run([sys.executable, "-c", "import inburgering.platform.settings"], check=True, cwd=PROJECT_ROOT)
    assert not (tmp_path / "var").exists()
    settings = load_settings()
    assert (settings.inbox_port, settings.var_dir) == (8999, tmp_path / "var")
