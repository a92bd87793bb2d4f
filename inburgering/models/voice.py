"""Voice notes users send (issue 14): every one is kept, as a file under ``var/`` and a row here.

The sound is personal data (a voice says who someone is): the file lives in the private ``var/``
directory (0600), only the person's regisseur (or a beheerder) can play it through the inbox, and
it goes with the same retention rules as typed text (``inburgering.review.retention``): after
``RETENTION_DAYS``, or at once on ``/vergeet``, the file is deleted and the transcript emptied.
The row stays (without sound or words), so counts stay right.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Enum, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from inburgering.models.chat import Chat
    from inburgering.models.escalation import Escalation


class VoiceNoteKind(str, enum.Enum):
    voice = "voice"  # a Telegram voice note (OGG/Opus)
    audio = "audio"  # an audio file (MP3, M4A, ...)
    video_note = "video_note"  # a round video message: its sound is kept


class VoiceNoteOutcome(str, enum.Enum):
    received = "received"  # kept and acknowledged; not listened to yet
    transcribed = "transcribed"  # recognised: the words went the normal way
    escalated = "escalated"  # a person listens (Tigrinya, no model, unsure, too long)


class VoiceNote(Base):
    __tablename__ = "voice_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    # The escalation a person listens to it in; None while it went the normal way.
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalation.id", ondelete="SET NULL"), index=True)
    kind: Mapped[VoiceNoteKind] = mapped_column(Enum(VoiceNoteKind, native_enum=False, length=16))
    # The OGG/Opus file under var/voice-notes/ (absolute); None once retention or /vergeet deleted it.
    path: Mapped[str | None] = mapped_column(String(512))
    duration_seconds: Mapped[int] = mapped_column(Integer, default=0)
    # The chat's language when it arrived (or the one detected among nl/ar).
    language: Mapped[str | None] = mapped_column(String(8))
    outcome: Mapped[VoiceNoteOutcome] = mapped_column(
        Enum(VoiceNoteOutcome, native_enum=False, length=16), default=VoiceNoteOutcome.received
    )
    # Why a person listens: "language", "no_model", "too_long", "unsure", "unreadable".
    reason: Mapped[str | None] = mapped_column(String(16))
    transcript: Mapped[str | None] = mapped_column(Text)
    avg_logprob: Mapped[float | None] = mapped_column(Float)
    no_speech_prob: Mapped[float | None] = mapped_column(Float)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    # When the sound was deleted (retention or /vergeet).
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    chat: Mapped[Chat] = relationship()
    # The inbox's detail page lists an escalation's notes as ``escalation.voice_notes``.
    escalation: Mapped[Escalation | None] = relationship(
        backref=backref("voice_notes", order_by="VoiceNote.id", passive_deletes=True)
    )
