import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from inburgering.platform.settings import PROJECT_ROOT, Settings, get_settings, load_settings, private_var_dir


def test_defaults_run_on_a_laptop(tmp_path: Path) -> None:
    settings = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'inburgering.db'}"
    assert settings.demo is False  # demo data and logins only when asked (`make run` asks)
    assert settings.cookie_secure is True
    assert settings.telegram_token == ""
    assert settings.telegram_base_url == "https://api.telegram.org/bot"
    assert settings.telegram_mode == "polling"


@pytest.mark.parametrize(("given", "used"), [
    ("postgresql://inburgering@db.example/inburgering", "postgresql+psycopg2://inburgering@db.example/inburgering"),
    ("postgres://inburgering:pw@10.0.0.5:5432/app", "postgresql+psycopg2://inburgering:pw@10.0.0.5:5432/app"),
    ("postgresql+psycopg2://inburgering@db.example/x", "postgresql+psycopg2://inburgering@db.example/x"),
    ("sqlite:////srv/inburgering/inburgering.db", "sqlite:////srv/inburgering/inburgering.db"),
])
def test_a_plain_postgresql_url_uses_the_installed_driver(tmp_path: Path, given: str, used: str) -> None:
    settings = load_settings({"INBURGERING_VAR_DIR": str(tmp_path), "DATABASE_URL": given})
    assert settings.database_url == used
    from sqlalchemy.engine import make_url

    make_url(used).get_dialect().import_dbapi()  # the driver imports: psycopg2 is installed


def test_pseudonym_key_is_created_once_and_kept(tmp_path: Path) -> None:
    first = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).pseudonym_key
    second = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).pseudonym_key
    assert first == second and len(first) == 64
    assert (tmp_path / "pseudonym.key").stat().st_mode & 0o077 == 0


def test_action_server_token_is_created_once_private_and_the_environment_wins(tmp_path: Path) -> None:
    first = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).action_server_token
    second = load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).action_server_token
    assert first == second and len(first) == 64
    assert first != load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).pseudonym_key
    assert (tmp_path / "action_server.token").stat().st_mode & 0o077 == 0
    given = load_settings({"INBURGERING_VAR_DIR": str(tmp_path), "ACTION_SERVER_TOKEN": "from-env"})
    assert given.action_server_token == "from-env"
    assert "from-env" not in repr(given)


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


def test_several_rasa_servers_are_one_comma_separated_setting(tmp_path: Path) -> None:
    settings = load_settings({"INBURGERING_VAR_DIR": str(tmp_path),
                              "RASA_URL": " http://127.0.0.1:5005/ , http://127.0.0.1:5006,"})
    assert settings.rasa_urls == ("http://127.0.0.1:5005", "http://127.0.0.1:5006")
    assert load_settings({"INBURGERING_VAR_DIR": str(tmp_path)}).rasa_urls == ("http://127.0.0.1:5005",)
    with pytest.raises(ValueError):
        load_settings({"INBURGERING_VAR_DIR": str(tmp_path), "RASA_URL": " , "})


def test_the_process_environment_is_read_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBURGERING_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("INBOX_PORT", "8999")
    # Importing the module reads and writes nothing (a laptop's pseudonym key is made on first use).
    subprocess.run([sys.executable, "-c", "import inburgering.platform.settings"], check=True, cwd=PROJECT_ROOT)
    assert not (tmp_path / "var").exists()
    settings = load_settings()
    assert (settings.inbox_port, settings.var_dir) == (8999, tmp_path / "var")


def test_make_run_asks_for_demo_data_and_plain_http_on_this_machine() -> None:
    recipe = subprocess.run(["make", "-n", "run"], cwd=PROJECT_ROOT, capture_output=True, text=True).stdout
    assert "DEMO=${DEMO:-true} COOKIE_SECURE=${COOKIE_SECURE:-false}" in recipe


def test_var_is_private_to_this_user(tmp_path: Path) -> None:
    var = tmp_path / "var"
    (var / "logs").mkdir(parents=True)
    (var / "inburgering.db").write_text("")
    (var / "logs" / "bot.log").write_text("")
    for path in (var, var / "logs", var / "inburgering.db", var / "logs" / "bot.log"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    old_umask = os.umask(0o022)
    try:
        private_var_dir(var)
        (var / "new.log").write_text("")  # made after: the umask keeps it private
        (var / "new").mkdir()
    finally:
        os.umask(old_umask)
    modes = {path.name: path.stat().st_mode & 0o777 for path in (var, *var.rglob("*"))}
    assert modes == {"var": 0o700, "logs": 0o700, "inburgering.db": 0o600, "bot.log": 0o600, "new.log": 0o600,
                     "new": 0o700}


def test_get_settings_makes_var_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBURGERING_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("PSEUDONYM_KEY", "k")
    get_settings.cache_clear()
    old_umask = os.umask(0o022)
    try:
        assert get_settings().var_dir == tmp_path / "var"
    finally:
        os.umask(old_umask)
        get_settings.cache_clear()
    assert (tmp_path / "var").stat().st_mode & 0o777 == 0o700
