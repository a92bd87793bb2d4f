from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import AppointmentStatus, RescheduleRequest, RescheduleStatus
from inburgering.schedule.reschedule import RescheduleOutcome, can_reschedule, request_reschedule
from tests.personal_data import add_appointment, link_chat, two_people

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def _request(session: Session, person_id: int, appointment_id: object, chat_id: int | None = None,
             reason: str = "Mijn kind is ziek") -> RescheduleOutcome:
    return request_reschedule(session, inburgeraar_id=person_id, chat_id=chat_id, appointment_id=appointment_id,
                              reason=reason, language="nl", now=NOW)


def test_a_request_is_recorded_for_the_regisseur_and_the_calendar_stays(session: Session) -> None:
    amal, _ = two_people(session, NOW)
    chat = link_chat(session, amal.id, "p-amal", 1)
    target = amal.appointment_ids[0]
    assert _request(session, amal.id, str(target), chat.id, "  ابني مريض  ") is RescheduleOutcome.requested
    [row] = session.scalars(select(RescheduleRequest)).all()
    assert (row.inburgeraar_id, row.appointment_id, row.chat_id) == (amal.id, target, chat.id)
    assert row.reason == "ابني مريض" and row.language == "nl"
    assert row.status is RescheduleStatus.open
    assert row.appointment.status is AppointmentStatus.planned  # the assistant never changes the calendar


def test_a_second_request_for_the_same_appointment_is_not_added(session: Session) -> None:
    amal, _ = two_people(session, NOW)
    target = amal.appointment_ids[0]
    _request(session, amal.id, target)
    assert _request(session, amal.id, target) is RescheduleOutcome.already_requested
    assert len(session.scalars(select(RescheduleRequest)).all()) == 1


def test_someone_else_s_or_a_past_or_cancelled_appointment_cannot_be_requested(session: Session) -> None:
    amal, bilal = two_people(session, NOW)
    past = add_appointment(session, amal.id, NOW - timedelta(hours=1)).id
    cancelled = add_appointment(session, amal.id, NOW + timedelta(days=1), status=AppointmentStatus.cancelled).id
    for appointment_id in [*bilal.appointment_ids, past, cancelled, "junk", None]:
        assert not can_reschedule(session, amal.id, appointment_id, NOW)
        assert _request(session, amal.id, appointment_id) is RescheduleOutcome.not_available
    assert _request(session, None, amal.appointment_ids[0]) is RescheduleOutcome.not_available
    assert session.scalars(select(RescheduleRequest)).all() == []
