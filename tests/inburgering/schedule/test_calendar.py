from datetime import datetime, timedelta, timezone

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from inburgering.responses.appointments import kind_title
from inburgering.schedule.appointments import own_appointment
from inburgering.schedule.calendar import appointment_calendar
from inburgering.text.i18n import translator
from tests.personal_data import two_people

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_ics_has_the_appointment_in_utc_with_texts_in_the_user_s_language(session: Session, language: str) -> None:
    amal, _ = two_people(session, NOW)
    appointment = own_appointment(session, amal.id, amal.appointment_ids[0])
    t = translator(language)
    file = appointment_calendar(appointment, t, now=NOW)

    assert file.filename.endswith(".ics") and file.mime_type == "text/calendar"
    assert file.content.startswith(b"BEGIN:VCALENDAR\r\n")
    [event] = Calendar.from_ical(file.content).walk("VEVENT")
    assert event["DTSTART"].dt == appointment.starts_at
    assert event["DTSTART"].dt.utcoffset() == timedelta(0)
    assert event["DTEND"].dt == appointment.ends_at
    assert str(event["SUMMARY"]) == kind_title(t, appointment.kind.value)
    assert str(event["LOCATION"]) == appointment.location
    assert str(event["UID"]) == f"appointment-{appointment.id}@inburgering-assistant"
    assert appointment.with_whom in str(event["DESCRIPTION"])


def test_ics_without_end_lasts_an_hour(session: Session) -> None:
    amal, _ = two_people(session, NOW)
    appointment = own_appointment(session, amal.id, amal.appointment_ids[0])
    appointment.ends_at = None
    [event] = Calendar.from_ical(appointment_calendar(appointment, translator("nl")).content).walk("VEVENT")
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(hours=1)
