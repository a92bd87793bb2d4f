"""Municipalities, regisseurs and inburgeraars."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base

if TYPE_CHECKING:
    from inburgering.models.appointments import Appointment


class Doelgroep(str, enum.Enum):
    """Target group: decides which services someone gets (see DOMAIN.md)."""

    statushouder = "statushouder"
    gezinsmigrant = "gezinsmigrant"


def deployment_default_gemeente() -> str:
    """The deployment's default municipality (``GEMEENTE``): where a row made without one belongs (issue 17)."""
    from inburgering.platform.settings import get_settings

    return get_settings().gemeente


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
