"""Failed attempts to link a chat: the evidence for rate limiting code guessing.

Only failures are kept, only per chat, and only as long as the rate-limit
window needs them (older rows are deleted on the next attempt).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from inburgering.models.base import Base, UTCDateTime, utcnow


class FailedLinkAttempt(Base):
    __tablename__ = "failed_link_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
