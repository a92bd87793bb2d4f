"""Telegram updates already handled: each update is claimed once, by its ``update_id`` (issue 12).

With two bot instances (or one that Telegram delivers an update to twice, e.g. after a restart
whose webhook answer was lost) the same update may arrive twice. The claim is written in the
transaction of the turn that answers the update (``bot.claims``): a second turn for the same
update fails on the primary key and is dropped. Rows older than a few days are pruned by the
retention job (Telegram keeps an update at most 24 hours).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger
from sqlalchemy.orm import Mapped, mapped_column

from inburgering.models.base import Base, UTCDateTime, utcnow


class ProcessedUpdate(Base):
    __tablename__ = "processed_update"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
