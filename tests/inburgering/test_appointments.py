from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from inburgering.appointments import next_appointment
from inburgering.demo import seed
from inburgering.models import Appointment, AppointmentKind, AppointmentStatus

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


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
