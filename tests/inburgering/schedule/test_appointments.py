from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy.orm import Session

from inburgering.models import Appointment, AppointmentKind, AppointmentStatus
from inburgering.people.demo import seed
from inburgering.schedule.appointments import (
    appointment_arguments,
    appointments_between,
    detect_period,
    next_appointment,
    own_appointment,
    period_window,
    upcoming_appointments,
)
from inburgering.text.i18n import TIMEZONE
from tests.personal_data import add_appointment, two_people

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)  # a Monday


def test_next_appointment_is_the_first_planned_future_one(session: Session) -> None:
    person = seed(session, NOW)
    session.add_all([
        Appointment(inburgeraar_id=person.id, kind=AppointmentKind.other, starts_at=NOW - timedelta(hours=1)),
        Appointment(inburgeraar_id=person.id, kind=AppointmentKind.map_session, starts_at=NOW + timedelta(hours=3),
                    status=AppointmentStatus.cancelled),
        Appointment(inburgeraar_id=person.id, kind=AppointmentKind.brede_intake, starts_at=NOW + timedelta(hours=5)),
    ])
    session.flush()
    found = next_appointment(session, person.id, NOW)
    assert found is not None
    assert found.kind is AppointmentKind.brede_intake
    assert found.starts_at == NOW + timedelta(hours=5)
    assert found.starts_at.tzinfo is not None


def test_demo_seed_keeps_appointments_in_the_future(session: Session) -> None:
    person = seed(session, NOW)
    later = NOW + timedelta(days=30)
    seed(session, later)
    assert next_appointment(session, person.id, later) is not None


def test_week_ends_on_sunday_and_month_at_the_first_of_the_next_month_in_amsterdam() -> None:
    start, end = period_window("week", NOW)
    assert start == NOW
    assert end == datetime(2026, 11, 30, 0, 0, tzinfo=TIMEZONE)
    _, month_end = period_window("month", NOW)
    assert month_end == datetime(2026, 12, 1, 0, 0, tzinfo=TIMEZONE)
    _, december_end = period_window("month", datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc))
    assert december_end == datetime(2027, 2, 1, 0, 0, tzinfo=TIMEZONE)  # 23:30 UTC on 31 Dec is 1 Jan in NL


def test_appointments_between_lists_only_that_person_s_planned_ones_in_order(session: Session) -> None:
    amal, bilal = two_people(session, NOW)
    add_appointment(session, amal.id, NOW + timedelta(days=1), status=AppointmentStatus.cancelled)
    start, end = period_window("week", NOW)
    found = appointments_between(session, amal.id, start, end)
    assert [a.inburgeraar_id for a in found] == [amal.id] * len(found)
    assert all(a.status is AppointmentStatus.planned for a in found)
    assert [a.starts_at for a in found] == sorted(a.starts_at for a in found)
    assert all(start <= a.starts_at < end for a in found)
    # Amal's demo appointments are 2 and 5 days out (both this week) plus one in 20 hours.
    assert len(found) == 3


def test_upcoming_appointments_respects_the_limit(session: Session) -> None:
    amal, _ = two_people(session, NOW)
    assert len(upcoming_appointments(session, amal.id, NOW, limit=2)) == 2
    assert len(upcoming_appointments(session, amal.id, NOW)) == 4


def test_own_appointment_never_returns_someone_else_s(session: Session) -> None:
    amal, bilal = two_people(session, NOW)
    assert own_appointment(session, amal.id, amal.appointment_ids[0]).id == amal.appointment_ids[0]
    assert own_appointment(session, amal.id, str(amal.appointment_ids[0])).id == amal.appointment_ids[0]
    for foreign in bilal.appointment_ids:
        assert own_appointment(session, amal.id, foreign) is None
        assert own_appointment(session, amal.id, str(foreign)) is None
    for junk in (None, "", "abc", "1 OR 1=1", "1.5", -1, 10**12):
        assert own_appointment(session, amal.id, junk) is None
    assert own_appointment(session, None, amal.appointment_ids[0]) is None


@pytest.mark.parametrize(("text", "period"), [
    ("welke afspraken heb ik deze week", "week"),
    ("afspraken deze maand", "month"),
    ("heb ik maandag een afspraak", None),  # "maandag" is a day, not a month
    ("شو مواعيدي هالجمعة", "week"),
    ("مواعيدي هذا الأسبوع", "week"),
    ("شو عندي هالشهر", "month"),
    ("ኣብዚ ሰሙን ቆጸራ ኣለኒ ዶ", "week"),
    ("ቆጸራታተይ ኣብዚ ወርሒ", "month"),
    ("wanneer is mijn afspraak", None),
    ("", None),
])
def test_detect_period(text: str, period: str | None) -> None:
    assert detect_period(text) == period


def test_appointment_arguments_are_json_safe(session: Session) -> None:
    import json

    amal, _ = two_people(session, NOW)
    arguments = appointment_arguments(own_appointment(session, amal.id, amal.appointment_ids[-1]))
    assert json.loads(json.dumps(arguments)) == arguments
    assert arguments["location"] == "Geheime Straat 1 (Amal)"
    assert datetime.fromisoformat(arguments["starts_at"]) == NOW + timedelta(hours=20)
