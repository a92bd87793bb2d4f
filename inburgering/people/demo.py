"""Demo data: one municipality, one regisseur and one demo inburgeraar to link to.

Link a chat to the demo person with ``/start DEMO2026`` (Telegram) or by typing
``/start DEMO2026`` in the local demo chat. Seeding is idempotent: it refreshes
the demo code and keeps upcoming demo appointments in the future.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import (
    Appointment,
    AppointmentKind,
    Doelgroep,
    Gemeente,
    Inburgeraar,
    LinkCode,
    PipProgress,
    Regisseur,
)
from inburgering.people.linking import DEFAULT_TTL, unkeyed_hash

DEMO_LINK_CODE = "DEMO2026"
DEMO_PERSON_NAME = "Amal Demo"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _local(day: datetime, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day.date(), time(hour, minute), tzinfo=AMSTERDAM)


def seed(session: Session, now: datetime | None = None) -> Inburgeraar:
    now = now or datetime.now(timezone.utc)
    gemeente = session.scalar(select(Gemeente).where(Gemeente.slug == "zwolle"))
    if gemeente is None:
        gemeente = Gemeente(slug="zwolle", name="Zwolle")
        session.add(gemeente)
        session.flush()
    regisseur = session.scalar(select(Regisseur).where(Regisseur.name == "Sanne de Vries"))
    if regisseur is None:
        regisseur = Regisseur(gemeente_id=gemeente.id, name="Sanne de Vries")
        session.add(regisseur)
        session.flush()
    person = session.scalar(select(Inburgeraar).where(Inburgeraar.name == DEMO_PERSON_NAME))
    if person is None:
        person = Inburgeraar(
            gemeente_id=gemeente.id, regisseur_id=regisseur.id, name=DEMO_PERSON_NAME,
            doelgroep=Doelgroep.statushouder, preferred_language="ar", leerroute="B1",
        )
        session.add(person)
        session.flush()

    upcoming = session.scalar(
        select(Appointment).where(Appointment.inburgeraar_id == person.id, Appointment.starts_at >= now)
    )
    if upcoming is None:
        today = now.astimezone(AMSTERDAM)
        for days, hour, kind, place, who, interpreter in [
            (2, 10, AppointmentKind.voortgangsgesprek, "Stadskantoor, Lübeckplein 2, Zwolle", "Sanne de Vries", True),
            (5, 13, AppointmentKind.pvt_session, "VluchtelingenWerk, Zwolle", "VluchtelingenWerk", False),
            (9, 9, AppointmentKind.language_class, "Deltion College, Zwolle", None, False),
        ]:
            starts = _local(today + timedelta(days=days), hour)
            session.add(Appointment(
                inburgeraar_id=person.id, kind=kind, starts_at=starts, ends_at=starts + timedelta(hours=1),
                location=place, with_whom=who, interpreter_booked=interpreter,
            ))

    if session.scalar(select(PipProgress).where(PipProgress.inburgeraar_id == person.id)) is None:
        # Halfway through the PVT and the MAP, in the fourth month of ontzorgen.
        ontzorgen_start = now.astimezone(AMSTERDAM).date() - timedelta(days=95)
        session.add(PipProgress(
            inburgeraar_id=person.id, pvt_hours_done=8, pvt_hours_required=12, pvt_excursion_done=True,
            map_hours_done=6, map_hours_required=12, map_practice_hours_done=16, map_practice_hours_required=40,
            ontzorgen_starts_on=ontzorgen_start, ontzorgen_ends_on=ontzorgen_start + timedelta(days=182),
            ontzorgen_pays_rent=True, ontzorgen_pays_energy=True, ontzorgen_pays_water=True,
            ontzorgen_pays_health_insurance=True,
        ))

    # The demo code is printed in the README: a keyed hash would protect nothing, and seeding needs no key.
    code = session.scalar(select(LinkCode).where(LinkCode.code_hash == unkeyed_hash(DEMO_LINK_CODE)))
    if code is None:
        code = LinkCode(code_hash=unkeyed_hash(DEMO_LINK_CODE), inburgeraar_id=person.id, expires_at=now)
        session.add(code)
    # The demo code is the one code that may be used again: it is reset on every seed.
    code.used_at = None
    code.expires_at = now + DEFAULT_TTL
    session.flush()
    return person
