"""The operational data model (SQLAlchemy 2, typed mappings).

Personal data is kept to what the service needs: a chat row knows the
Telegram chat id (to send answers) and a pseudonym (what Rasa and every
export see); names live only on the inburgeraar and regisseur rows.
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone

from sqlalchemy import BigInteger, Boolean, DateTime, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in Python, UTC in the database (same on SQLite and PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a timezone")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


class Doelgroep(str, enum.Enum):
    """Target group: decides which services someone gets (see DOMAIN.md)."""

    statushouder = "statushouder"
    gezinsmigrant = "gezinsmigrant"


class AppointmentKind(str, enum.Enum):
    warme_overdracht = "warme_overdracht"
    brede_intake = "brede_intake"
    voortgangsgesprek = "voortgangsgesprek"
    pvt_session = "pvt_session"
    map_session = "map_session"
    language_class = "language_class"
    other = "other"


class AppointmentStatus(str, enum.Enum):
    planned = "planned"
    cancelled = "cancelled"
    done = "done"


class Gemeente(Base):
    __tablename__ = "gemeente"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(128))


class Regisseur(Base):
    """A trajectregisseur: the municipal case manager and single point of contact."""

    __tablename__ = "regisseur"

    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"))
    name: Mapped[str] = mapped_column(String(128))

    gemeente: Mapped[Gemeente] = relationship()


class Inburgeraar(Base):
    __tablename__ = "inburgeraar"

    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"))
    regisseur_id: Mapped[int | None] = mapped_column(ForeignKey("regisseur.id"))
    name: Mapped[str] = mapped_column(String(128))
    doelgroep: Mapped[Doelgroep] = mapped_column(Enum(Doelgroep, native_enum=False, length=32))
    preferred_language: Mapped[str] = mapped_column(String(8), default="nl")
    leerroute: Mapped[str | None] = mapped_column(String(32))

    gemeente: Mapped[Gemeente] = relationship()
    regisseur: Mapped[Regisseur | None] = relationship()
    appointments: Mapped[list[Appointment]] = relationship(
        back_populates="inburgeraar", order_by="Appointment.starts_at"
    )


class Appointment(Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    inburgeraar_id: Mapped[int] = mapped_column(ForeignKey("inburgeraar.id"), index=True)
    kind: Mapped[AppointmentKind] = mapped_column(Enum(AppointmentKind, native_enum=False, length=32))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    location: Mapped[str | None] = mapped_column(String(256))
    with_whom: Mapped[str | None] = mapped_column(String(256))
    interpreter_booked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[AppointmentStatus] = mapped_column(
        Enum(AppointmentStatus, native_enum=False, length=16), default=AppointmentStatus.planned
    )

    inburgeraar: Mapped[Inburgeraar] = relationship(back_populates="appointments")


class Chat(Base):
    """A Telegram chat (or demo chat) talking to the assistant."""

    __tablename__ = "chat"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Needed to deliver answers later (reminders, regisseur replies); never leaves this table.
    telegram_chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    # HMAC of the chat id: the only identity Rasa, logs and exports ever see.
    pseudonym: Mapped[str] = mapped_column(String(64), unique=True)
    # None until the user has written something we recognise or chose with /taal.
    language: Mapped[str | None] = mapped_column(String(8))
    language_fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    inburgeraar_id: Mapped[int | None] = mapped_column(ForeignKey("inburgeraar.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    inburgeraar: Mapped[Inburgeraar | None] = relationship()


class PendingMessage(Base):
    """A user message that could not be answered yet (e.g. Rasa was down).

    Kept until it is answered, then deleted: the text is stored only as long
    as it is needed to answer it.
    """

    __tablename__ = "pending_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    chat: Mapped[Chat] = relationship()


class LinkCode(Base):
    """A one-time code a regisseur gives to link a Telegram chat to a person.

    Only a hash of the code is stored, so a database leak does not reveal
    usable codes.
    """

    __tablename__ = "link_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    inburgeraar_id: Mapped[int] = mapped_column(ForeignKey("inburgeraar.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    inburgeraar: Mapped[Inburgeraar] = relationship()
