"""The reminder job sends each due reminder once, in the user's language, also across restarts."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram.error import NetworkError
from telegram.ext import Application

from bot.application import REMINDER_JOB_NAME, build_application
from bot.conversation import Conversation
from bot.reminders import deliver_reminders
from inburgering.models import SentReminder
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from inburgering.responses.appointments import reminder_message
from inburgering.text.i18n import translator
from tests.bot.factories import OfflineRequest
from tests.bot.fake_rasa import FakeRasa
from tests.personal_data import add_appointment, link_chat, second_person

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
AMAL, BILAL, BLOCKED = 4242, 5151, 6666


class TelegramWithProblems(OfflineRequest):
    """One chat has blocked the bot; the network can be switched off."""

    def __init__(self) -> None:
        super().__init__()
        self.network_down = False

    async def do_request(self, url, method, request_data=None, **kwargs):
        endpoint = url.rsplit("/", 1)[-1]
        if endpoint == "sendMessage":
            if self.network_down:
                raise NetworkError("connection refused")
            if request_data and request_data.parameters.get("chat_id") == BLOCKED:
                body = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
                return 403, json.dumps(body).encode()
        return await super().do_request(url, method, request_data, **kwargs)


@pytest.fixture
def reminder_settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST"})


async def _start(settings: Settings, request: OfflineRequest) -> Application:
    conversation = Conversation(settings, session_factory(settings.database_url), FakeRasa().client())
    application = build_application(settings, conversation, request=request)
    await application.initialize()
    return application


@pytest.fixture
async def telegram() -> TelegramWithProblems:
    return TelegramWithProblems()


@pytest.fixture
async def app(reminder_settings: Settings, telegram: TelegramWithProblems) -> AsyncIterator[Application]:
    application = await _start(reminder_settings, telegram)
    yield application
    await application.shutdown()


@pytest.fixture
def schedule(reminder_settings: Settings) -> dict[str, int]:
    """Amal (Arabic chat) and Bilal (Tigrinya chat), each with an appointment tomorrow."""
    from inburgering.people.demo import seed

    with session_scope(session_factory(reminder_settings.database_url)) as session:
        amal = seed(session, NOW - timedelta(days=30))
        bilal = second_person(session, amal.gemeente_id)
        link_chat(session, amal.id, "p-amal", AMAL, language="ar")
        link_chat(session, bilal.id, "p-bilal", BILAL, language="ti")
        return {
            "amal": add_appointment(session, amal.id, NOW + timedelta(hours=20), location="Stadskantoor A").id,
            "bilal": add_appointment(session, bilal.id, NOW + timedelta(hours=21), location="Werkplein B").id,
        }


def _sessions(settings: Settings):
    return session_factory(settings.database_url)


async def test_each_user_gets_their_own_reminder_in_their_language_once(
    app: Application, telegram: TelegramWithProblems, reminder_settings: Settings, schedule, caplog
) -> None:
    # As in production: INFO overall (the Telegram library logs request bodies at DEBUG), all of ours.
    caplog.set_level(logging.INFO)
    for ours in ("bot", "inburgering"):
        caplog.set_level(logging.DEBUG, logger=ours)
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=NOW) == 2
    sent = {message["chat_id"]: message for message in telegram.sent()}
    assert set(sent) == {AMAL, BILAL}
    assert "Stadskantoor A" in sent[AMAL]["text"] and "Werkplein B" not in sent[AMAL]["text"]
    assert "Werkplein B" in sent[BILAL]["text"] and "Stadskantoor A" not in sent[BILAL]["text"]
    with session_factory(reminder_settings.database_url)() as session:
        from inburgering.models import Appointment

        appointment = session.get(Appointment, schedule["amal"])
        from inburgering.schedule.appointments import appointment_arguments

        expected = reminder_message(translator("ar"), "day_before", appointment_arguments(appointment))
    assert sent[AMAL]["text"] == expected["text"]
    assert f"ics:{schedule['amal']}" in str(sent[AMAL]["reply_markup"])

    # The same run again, a minute later: nothing new.
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=NOW + timedelta(minutes=1)) == 0
    assert len(telegram.sent()) == 2
    # Nothing personal in the logs: no chat ids, places or names.
    for secret in (str(AMAL), str(BILAL), "Stadskantoor", "Werkplein", "Amal", "Bilal"):
        assert secret not in caplog.text


async def test_a_restarted_bot_does_not_send_them_again(
    app: Application, telegram: TelegramWithProblems, reminder_settings: Settings, schedule
) -> None:
    await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=NOW)
    await app.shutdown()
    restarted_telegram = TelegramWithProblems()
    restarted = await _start(reminder_settings, restarted_telegram)
    try:
        assert await deliver_reminders(_sessions(reminder_settings), restarted.bot, "nl", now=NOW) == 0
        assert restarted_telegram.sent() == []
        # ...but the two-hour reminder comes when it is due.
        later = NOW + timedelta(hours=18, minutes=30)
        assert await deliver_reminders(_sessions(reminder_settings), restarted.bot, "nl", now=later) == 1
        assert [m["chat_id"] for m in restarted_telegram.sent()] == [AMAL]
    finally:
        await restarted.shutdown()
        await app.initialize()  # the fixture shuts it down again


async def test_turned_off_reminders_are_not_sent(
    app: Application, telegram: TelegramWithProblems, reminder_settings: Settings, schedule
) -> None:
    from sqlalchemy import update

    from inburgering.models import Chat

    with session_scope(_sessions(reminder_settings)) as session:
        session.execute(update(Chat).where(Chat.telegram_chat_id == AMAL).values(reminders_enabled=False))
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=NOW) == 1
    assert [m["chat_id"] for m in telegram.sent()] == [BILAL]


async def test_a_blocked_chat_is_not_retried_and_a_network_failure_is(
    app: Application, telegram: TelegramWithProblems, reminder_settings: Settings, schedule
) -> None:
    with session_scope(_sessions(reminder_settings)) as session:
        from inburgering.models import Chat

        session.scalar(select(Chat).where(Chat.telegram_chat_id == BILAL)).telegram_chat_id = BLOCKED
    telegram.network_down = True
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=NOW) == 0
    with session_factory(reminder_settings.database_url)() as session:
        rows = session.scalars(select(SentReminder)).all()
        # Counted and waiting for the back-off (inburgering.platform.queues), not sent, not given up.
        assert [(r.attempts, r.retry_at, r.sent_at, r.failed_at) for r in rows] == [
            (1, NOW + timedelta(seconds=5), None, None)] * 2

    telegram.network_down = False
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=NOW) == 0  # not due yet
    later = NOW + timedelta(seconds=5)
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=later) == 1  # Amal only
    assert await deliver_reminders(_sessions(reminder_settings), app.bot, "nl", now=later) == 0
    with session_factory(reminder_settings.database_url)() as session:
        rows = session.scalars(select(SentReminder).order_by(SentReminder.id)).all()
    assert len(rows) == 2
    blocked = next(row for row in rows if row.sent_at is None)
    assert blocked.failed_at == later and "Forbidden" in blocked.last_error  # marked, never tried again


async def test_the_job_uses_the_real_clock(reminder_settings: Settings, telegram: TelegramWithProblems,
                                           app: Application) -> None:
    from inburgering.people.demo import seed

    now = datetime.now(timezone.utc)
    with session_scope(_sessions(reminder_settings)) as session:
        person = seed(session, now - timedelta(days=30))
        link_chat(session, person.id, "p-amal", AMAL)
        add_appointment(session, person.id, now + timedelta(minutes=100))
    [job] = app.job_queue.get_jobs_by_name(REMINDER_JOB_NAME)
    await job.run(app)
    [message] = telegram.sent()
    assert message["chat_id"] == AMAL


async def test_an_unexpected_error_for_one_reminder_is_counted_capped_and_stops_no_other(
    app: Application, reminder_settings: Settings, schedule, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.reminders
    from inburgering.platform import queues

    def breaks_for_bilal(t, kind, arguments):
        if "Werkplein B" in str(arguments):
            raise ValueError("a broken appointment row")
        return reminder_message(t, kind, arguments)

    monkeypatch.setattr(bot.reminders, "reminder_message", breaks_for_bilal)
    sessions = _sessions(reminder_settings)
    assert await deliver_reminders(sessions, app.bot, "nl", now=NOW) == 1  # Amal's still goes out
    at = NOW
    for attempt in range(1, queues.MAX_ATTEMPTS + 1):
        with sessions() as session:
            bilal = session.scalar(select(SentReminder).where(SentReminder.sent_at.is_(None)))
        assert (bilal.attempts, bilal.last_error) == (attempt, "ValueError")
        if attempt < queues.MAX_ATTEMPTS:
            assert bilal.failed_at is None
            at = bilal.retry_at
            assert await deliver_reminders(sessions, app.bot, "nl", now=at) == 0
    assert (bilal.failed_at, bilal.retry_at) == (at, None)  # given up: no more tries
    assert await deliver_reminders(sessions, app.bot, "nl", now=at + timedelta(hours=1)) == 0
    with sessions() as session:
        assert queues.counts(session)["reminders"] == {"waiting": 0, "failed": 1}
