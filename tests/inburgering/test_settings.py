from pathlib import Path

import pytest

from inburgering.settings import load_settings


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
