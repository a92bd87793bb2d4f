"""Two people with their own appointments and progress, for the tests that prove nobody sees another's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from inburgering.models import (
    Appointment,
    AppointmentKind,
    Chat,
    Doelgroep,
    Inburgeraar,
    PipProgress,
)
from inburgering.people.demo import seed


@dataclass
class Person:
    id: int
    appointment_ids: list[int]
    chat_id: int | None = None


def second_person(session: Session, gemeente_id: int, name: str = "Bilal Test") -> Inburgeraar:
    person = Inburgeraar(gemeente_id=gemeente_id, name=name, doelgroep=Doelgroep.gezinsmigrant,
                         preferred_language="ti", leerroute="B1")
    session.add(person)
    session.flush()
    return person


def add_appointment(session: Session, person_id: int, starts_at: datetime, **values) -> Appointment:
    values.setdefault("kind", AppointmentKind.voortgangsgesprek)
    appointment = Appointment(inburgeraar_id=person_id, starts_at=starts_at,
                              ends_at=starts_at + timedelta(hours=1), **values)
    session.add(appointment)
    session.flush()
    return appointment


def link_chat(session: Session, person_id: int | None, pseudonym: str, telegram_chat_id: int,
              language: str | None = "nl") -> Chat:
    chat = Chat(telegram_chat_id=telegram_chat_id, pseudonym=pseudonym, inburgeraar_id=person_id, language=language)
    session.add(chat)
    session.flush()
    return chat


def two_people(session: Session, now: datetime) -> tuple[Person, Person]:
    """Amal (the demo person, statushouder, with progress) and Bilal (gezinsmigrant), each with appointments.

    Amal's appointment details are unique strings, so a test can search any output for them.
    """
    amal = seed(session, now)
    bilal = second_person(session, amal.gemeente_id)
    amal_ids = [a.id for a in amal.appointments]
    amal_ids.append(add_appointment(
        session, amal.id, now + timedelta(hours=20), location="Geheime Straat 1 (Amal)", with_whom="Dr. Amal-Only",
    ).id)
    bilal_ids = [
        add_appointment(session, bilal.id, now + timedelta(days=3), kind=AppointmentKind.map_session,
                        location="Werkplein (Bilal)").id,
        add_appointment(session, bilal.id, now + timedelta(days=40), location="Stadskantoor (Bilal)").id,
    ]
    session.add(PipProgress(
        inburgeraar_id=bilal.id, pvt_hours_done=3, pvt_hours_required=16, map_exempt=True,
        pvt_declaration_signed_on=date(2026, 10, 15),
    ))
    session.flush()
    return Person(amal.id, amal_ids), Person(bilal.id, bilal_ids)
