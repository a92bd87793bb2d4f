"""The staff commands: `link-code` and `import-schedule` (python -m inburgering ...)."""

import io
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from inburgering import cli
from inburgering.handover import outbox
from inburgering.models import Appointment, Chat, OutboxMessage, OutboxStatus, PendingMessage
from inburgering.people.demo import seed
from inburgering.people.linking import LinkResult, redeem_code
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def person_id(settings: Settings) -> int:
    with session_scope(session_factory(settings.database_url)) as session:
        return seed(session).id


def test_link_code_prints_a_working_code_deep_link_and_qr(settings: Settings, person_id: int, tmp_path: Path) -> None:
    out = io.StringIO()
    png = tmp_path / "qr.png"
    status = cli.link_code(settings.model_copy(update={"telegram_bot_username": "inburgering_zwolle_bot"}), person_id,
                           hours=72, png=png, out=out)
    printed = out.getvalue()
    assert status == 0
    code = printed.split(f"inburgeraar {person_id}: ", 1)[1].split()[0]
    assert f"https://t.me/inburgering_zwolle_bot?start={code}" in printed
    assert "▀" in printed or "█" in printed  # the QR code, drawn in the terminal
    assert png.read_bytes().startswith(b"\x89PNG")
    with session_scope(session_factory(settings.database_url)) as session:
        chat = Chat(telegram_chat_id=1, pseudonym="p1")
        session.add(chat)
        assert redeem_code(session, chat, code) is LinkResult.linked
        assert chat.inburgeraar_id == person_id


def test_link_code_without_bot_username_says_how_to_get_a_deep_link(settings: Settings, person_id: int) -> None:
    out = io.StringIO()
    assert cli.link_code(settings, person_id, hours=1, out=out) == 0
    assert "TELEGRAM_BOT_USERNAME" in out.getvalue()
    assert "https://t.me/" not in out.getvalue()


def test_link_code_for_an_unknown_person_fails(settings: Settings, person_id: int, capsys) -> None:
    assert cli.link_code(settings, person_id + 100, hours=72, out=io.StringIO()) == 1
    assert "no inburgeraar" in capsys.readouterr().err


def test_import_schedule_commits_a_good_file_and_rolls_back_a_bad_one(
    settings: Settings, person_id: int, tmp_path: Path, capsys
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("external_id,inburgeraar_id,kind,starts_at\nX-1,1,pvt,2026-12-01 10:00\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("external_id,inburgeraar_id,kind,starts_at\nX-2,1,pvt,2026-12-02 10:00\nX-3,1,pvt,never\n")
    assert cli.import_schedule(settings, good) == 0
    assert cli.import_schedule(settings, bad) == 1
    assert "line 3" in capsys.readouterr().err
    with session_factory(settings.database_url)() as session:
        imported = session.scalars(select(Appointment.external_id).where(Appointment.external_id.is_not(None))).all()
    assert imported == ["X-1"]


def test_the_commands_are_registered_on_python_m_inburgering(settings: Settings, person_id: int, monkeypatch) -> None:
    from inburgering.__main__ import main

    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("INBURGERING_VAR_DIR", str(settings.var_dir))
    from inburgering.platform.settings import get_settings

    get_settings.cache_clear()
    try:
        assert main(["import-schedule", str(FIXTURES / "schedule.ics")]) == 1  # no --inburgeraar
        assert main(["link-code", "--inburgeraar", str(person_id), "--no-qr"]) == 0
        assert main(["retention", "--days", "30"]) == 0
    finally:
        get_settings.cache_clear()


def test_init_db_creates_the_schema_and_demo_data_and_can_run_twice(tmp_path: Path) -> None:
    from inburgering.models import Inburgeraar
    from inburgering.people.demo import DEMO_PERSON_NAME
    from inburgering.platform.settings import load_settings

    settings = load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "fresh"), "PSEUDONYM_KEY": "k"})
    out = io.StringIO()
    assert cli.init_db(settings, demo=True, out=out) == 0
    assert cli.init_db(settings, demo=True, out=out) == 0
    assert "/start DEMO2026" in out.getvalue()
    with session_factory(settings.database_url)() as session:
        assert session.scalars(select(Inburgeraar.name)).all() == [DEMO_PERSON_NAME]


def test_retention_for_cron_cleans_the_database_and_rasa_s_tracker_store(settings: Settings) -> None:
    now = datetime.now(timezone.utc)
    old = now - timedelta(days=settings.retention_days + 1)
    with session_scope(session_factory(settings.database_url)) as session:
        chat = Chat(telegram_chat_id=7, pseudonym="p7")
        session.add(chat)
        session.flush()
        session.add(PendingMessage(chat_id=chat.id, text="kept long ago", language="nl", received_at=old))
        sent = outbox.enqueue(session, chat.id, "your reminder", now=old)
        sent.status, sent.sent_at = OutboxStatus.sent, old
        session.add(PendingMessage(chat_id=chat.id, text="kept today", language="nl", received_at=now))
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(settings.rasa_tracker_db) as tracker:
        tracker.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, timestamp REAL)")
        tracker.executemany("INSERT INTO events (sender_id, timestamp) VALUES (?, ?)",
                            [("p7", old.timestamp()), ("p7", now.timestamp())])
    out = io.StringIO()

    assert cli.retention(settings, out=out) == 0

    printed = out.getvalue()
    assert "1 outbox message(s), 1 kept message(s)" in printed and "1 Rasa event(s)" in printed
    with session_factory(settings.database_url)() as session:
        assert session.scalars(select(PendingMessage.text)).all() == ["kept today"]
        assert session.scalars(select(OutboxMessage)).all() == []
    with sqlite3.connect(settings.rasa_tracker_db) as tracker:
        assert tracker.execute("SELECT count(*) FROM events").fetchone() == (1,)
    assert cli.retention(settings, days=0, out=io.StringIO()) == 2
