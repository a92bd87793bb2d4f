"""Progress on the parts of the PIP: PVT, MAP and financieel ontzorgen.

One row per inburgeraar, filled from the municipality's case system by
``python -m inburgering import-schedule``. Hours are whole hours, as the
providers report them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from inburgering.models.people import Inburgeraar

# Legal minimum of the PVT and of MAP practical work (DOMAIN.md); a municipality may ask more.
DEFAULT_PVT_HOURS_REQUIRED = 12
DEFAULT_MAP_PRACTICE_HOURS_REQUIRED = 40


class PipProgress(Base):
    __tablename__ = "pip_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    inburgeraar_id: Mapped[int] = mapped_column(
        ForeignKey("inburgeraar.id", ondelete="CASCADE"), unique=True
    )

    pvt_hours_done: Mapped[int] = mapped_column(Integer, default=0)
    pvt_hours_required: Mapped[int] = mapped_column(Integer, default=DEFAULT_PVT_HOURS_REQUIRED)
    pvt_excursion_done: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when the participatieverklaring is signed; None means not signed yet.
    pvt_declaration_signed_on: Mapped[date | None] = mapped_column(Date)

    # Onderwijsroute and people with a paid Dutch-speaking job do not do the MAP.
    map_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    map_hours_done: Mapped[int] = mapped_column(Integer, default=0)
    # Local MAP forms differ; None when the municipality sets no number of lesson hours.
    map_hours_required: Mapped[int | None] = mapped_column(Integer)
    map_practice_hours_done: Mapped[int] = mapped_column(Integer, default=0)
    map_practice_hours_required: Mapped[int] = mapped_column(Integer, default=DEFAULT_MAP_PRACTICE_HOURS_REQUIRED)
    map_final_talk_done: Mapped[bool] = mapped_column(Boolean, default=False)

    # Financieel ontzorgen: None when the person does not get it.
    ontzorgen_starts_on: Mapped[date | None] = mapped_column(Date)
    ontzorgen_ends_on: Mapped[date | None] = mapped_column(Date)
    ontzorgen_pays_rent: Mapped[bool] = mapped_column(Boolean, default=False)
    ontzorgen_pays_energy: Mapped[bool] = mapped_column(Boolean, default=False)
    ontzorgen_pays_water: Mapped[bool] = mapped_column(Boolean, default=False)
    ontzorgen_pays_health_insurance: Mapped[bool] = mapped_column(Boolean, default=False)

    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    inburgeraar: Mapped[Inburgeraar] = relationship()

    @property
    def ontzorgen_costs(self) -> tuple[str, ...]:
        """The costs the municipality pays, as the cost codes of the municipality profiles."""
        paid = {
            "rent": self.ontzorgen_pays_rent,
            "energy": self.ontzorgen_pays_energy,
            "water": self.ontzorgen_pays_water,
            "health_insurance": self.ontzorgen_pays_health_insurance,
        }
        return tuple(code for code, pays in paid.items() if pays)
