"""Which reminders are due at a fixed moment, and that each is claimed once."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inburgering.models import Appointment, AppointmentStatus, ReminderKind, SentReminder
from inburgering.people.demo import seed
from inburgering.platform.db import session_scope
from inburgering.schedule.reminders import claim, due_reminders, mark_sent, release, reminder_kind
from tests.personal_data import add_appointment, link_chat, second_person

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("left", "kind"), [
    (timedelta(hours=25), None),
    (timedelta(hours=24), ReminderKind.day_before),
    (timedelta(hours=3), ReminderKind.day_before),
    (timedelta(hours=2), ReminderKind.two_hours),
    (timedelta(minutes=1), ReminderKind.two_hours),
    (timedelta(0), None),
    (-timedelta(hours=1), None),
])
def test_reminder_kind(left: timedelta, kind: ReminderKind | None) -> None:
    assert reminder_kind(NOW + left, NOW) == kind


def _one_person_with_chat(session: Session, **chat_values):
    person = seed(session, NOW - timedelta(days=30))  # its demo appointments are in the past by now
    chat = link_chat(session, person.id, "p-amal", 1001, **chat_values)
    return person, chat


def test_due_reminders_the_day_before_and_two_hours_before(session: Session) -> None:
    person, chat = _one_person_with_chat(session)
    tomorrow = add_appointment(session, person.id, NOW + timedelta(hours=20))
    soon = add_appointment(session, person.id, NOW + timedelta(minutes=90))
    add_appointment(session, person.id, NOW + timedelta(days=3))
    add_appointment(session, person.id, NOW + timedelta(hours=5), status=AppointmentStatus.cancelled)

    due = due_reminders(session, NOW)
    assert [(d.appointment_id, d.kind) for d in due] == [
        (soon.id, ReminderKind.two_hours), (tomorrow.id, ReminderKind.day_before),
    ]
    assert {d.telegram_chat_id for d in due} == {1001}
    assert {d.language for d in due} == {"nl"}


def test_language_falls_back_to_the_person_s_preferred_language(session: Session) -> None:
    person, _ = _one_person_with_chat(session, language=None)
    add_appointment(session, person.id, NOW + timedelta(hours=20))
    assert [d.language for d in due_reminders(session, NOW)] == ["ar"]  # the demo person prefers Arabic


def test_no_reminders_for_chats_that_turned_them_off_or_are_not_linked(session: Session) -> None:
    person, chat = _one_person_with_chat(session)
    add_appointment(session, person.id, NOW + timedelta(hours=20))
    link_chat(session, None, "p-unlinked", 1002)
    chat.reminders_enabled = False
    session.flush()
    assert due_reminders(session, NOW) == []


def test_every_linked_chat_of_the_person_gets_its_own_reminder_and_nobody_else(session: Session) -> None:
    person, _ = _one_person_with_chat(session)
    link_chat(session, person.id, "p-amal-tablet", 1003)
    other = second_person(session, person.gemeente_id)
    link_chat(session, other.id, "p-bilal", 2001)
    appointment = add_appointment(session, person.id, NOW + timedelta(hours=20))
    due = due_reminders(session, NOW)
    assert sorted(d.telegram_chat_id for d in due) == [1001, 1003]
    assert {d.appointment_id for d in due} == {appointment.id}


def test_a_reminder_is_claimed_once_even_by_two_processes(sessions: sessionmaker[Session]) -> None:
    with session_scope(sessions) as session:
        person, _ = _one_person_with_chat(session)
        add_appointment(session, person.id, NOW + timedelta(hours=20))
    with session_scope(sessions) as session:
        [due] = due_reminders(session, NOW)
    first = claim(sessions, due, NOW)
    second = claim(sessions, due, NOW)  # e.g. the bot after a restart, or a second bot process
    assert first is not None and second is None
    mark_sent(sessions, first, NOW)
    with session_scope(sessions) as session:
        assert due_reminders(session, NOW) == []
        assert due_reminders(session, NOW + timedelta(hours=1)) == []  # still the day-before window
        [row] = session.scalars(select(SentReminder)).all()
        assert row.sent_at == NOW
        # Two hours before, the second reminder is due.
        [later] = due_reminders(session, NOW + timedelta(hours=18, minutes=30))
        assert later.kind is ReminderKind.two_hours


def test_a_released_claim_is_due_again_and_a_moved_appointment_gets_new_reminders(
    sessions: sessionmaker[Session],
) -> None:
    with session_scope(sessions) as session:
        person, _ = _one_person_with_chat(session)
        appointment_id = add_appointment(session, person.id, NOW + timedelta(hours=20)).id
    with session_scope(sessions) as session:
        [due] = due_reminders(session, NOW)
    claim_id = claim(sessions, due, NOW)
    release(sessions, claim_id)
    with session_scope(sessions) as session:
        assert len(due_reminders(session, NOW)) == 1
    mark_sent(sessions, claim(sessions, due, NOW), NOW)
    with session_scope(sessions) as session:
        session.get(Appointment, appointment_id).starts_at = NOW + timedelta(hours=22)
    with session_scope(sessions) as session:
        [moved] = due_reminders(session, NOW)
        assert moved.starts_at == NOW + timedelta(hours=22)
