"""Spoken answers (issue 14): a person's recording of one response in one language.

A beheerder or regisseur (with an interpreter) records or uploads it in the inbox; it is used in
the chat only once a beheerder approved it, and only while the answer still says what was
recorded: ``text_hash`` is the hash of the text it was recorded for
(:func:`inburgering.speech.recordings.text_hash`), so a changed catalog text or municipality
profile makes it stale without anyone having to remember it.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inburgering.models.base import Base, UTCDateTime, utcnow


class RecordingState(str, enum.Enum):
    needs_review = "needs_review"  # recorded or uploaded: not used in the chat yet
    approved = "approved"  # a beheerder listened to it: used while its text is current


class SpokenRecording(Base):
    __tablename__ = "spoken_recording"

    id: Mapped[int] = mapped_column(primary_key=True)
    response: Mapped[str] = mapped_column(String(64), index=True)  # utter_pvt, ...
    language: Mapped[str] = mapped_column(String(8))
    # The municipality (profile slug) whose staff made it, for whose text it was made: its staff
    # review it. An answer with the same text elsewhere (no municipal facts in it) may use it too.
    gemeente: Mapped[str] = mapped_column(String(64), index=True)
    # The text as it was read aloud (shown next to the current text when the recording is stale).
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    # OGG/Opus, as Telegram plays a voice note; loaded only when it is sent or played.
    audio: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    seconds: Mapped[int] = mapped_column(Integer)
    state: Mapped[RecordingState] = mapped_column(Enum(RecordingState, native_enum=False, length=16))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
