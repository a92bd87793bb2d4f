"""iCalendar (.ics) files for "add to calendar": one appointment, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from icalendar import Calendar, Event

from inburgering.models import Appointment
from inburgering.responses.appointments import kind_title
from inburgering.text.i18n import TIMEZONE, Translator

PRODID = "-//inburgering-assistant//appointments//EN"
# Appointments without an end time are shown as one hour.
DEFAULT_DURATION = timedelta(hours=1)


@dataclass(frozen=True)
class CalendarFile:
    filename: str
    content: bytes
    mime_type: str = "text/calendar"


def appointment_calendar(appointment: Appointment, t: Translator, now: datetime | None = None) -> CalendarFile:
    """A .ics file with ``appointment`` as one event; texts in ``t``'s language, times in UTC."""
    now = now or datetime.now(timezone.utc)
    starts = appointment.starts_at.astimezone(timezone.utc)
    ends = (appointment.ends_at or appointment.starts_at + DEFAULT_DURATION).astimezone(timezone.utc)
    event = Event()
    # Stable per appointment, so adding it twice updates the same calendar entry.
    event.add("uid", f"appointment-{appointment.id}@inburgering-assistant")
    event.add("dtstamp", now.astimezone(timezone.utc))
    event.add("dtstart", starts)
    event.add("dtend", ends)
    event.add("summary", kind_title(t, appointment.kind.value))
    if appointment.location:
        event.add("location", appointment.location)
    details = []
    if appointment.with_whom:
        details.append(t.gettext("With: {person}", person=appointment.with_whom))
    if appointment.interpreter_booked:
        details.append(t.gettext("An interpreter will be there."))
    if details:
        event.add("description", "\n".join(details))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    day = appointment.starts_at.astimezone(TIMEZONE).date().isoformat()
    return CalendarFile(filename=f"appointment-{day}.ics", content=calendar.to_ical())
