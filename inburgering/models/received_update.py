"""Telegram updates received and not yet handled to the end: the bot's journal (issue 12).

python-telegram-bot confirms updates to Telegram (polling: the next ``getUpdates``; webhook: the
HTTP answer) as soon as they are in its queue, before any handler has run. A bot killed at that
moment would lose them. So every update is written here before it enters the queue
(:mod:`bot.journal`) and deleted when its handlers have run and its answers were sent. A row that
stays (the process died, or its handler failed) is picked up again by any instance's recovery job.

``payload`` is the update as Telegram sent it (with the message text): it lives only for the
seconds the update is being handled. ``replies`` holds the answers while they are being sent, so
an answer given but not yet sent is sent after a crash instead of lost. A row given up on keeps
neither (only the error).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inburgering.models.base import Base, UTCDateTime, utcnow


class ReceivedUpdate(Base):
    __tablename__ = "received_update"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[str] = mapped_column(Text, default="")
    # The update's chat: its own turn answers rows a dead process left before the new message.
    chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    # JSON [{"text", "buttons"}] of the answers being sent; None until the handler sends.
    replies: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Not picked up again before this moment (set when an instance takes the row over or a try failed).
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # When a live task last stored the answers it is sending (bot.journal): no recovery takes the row
    # until this is ``recover_after`` old (the chat's next update: a few seconds), so an update received
    # long ago that is still being answered does not get its answers twice.
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(256), nullable=True)
