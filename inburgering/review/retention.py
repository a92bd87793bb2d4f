"""Retention and erasure of raw conversation texts (issue 6).

Raw texts (what users wrote, what was sent to them) are kept only as long as they are needed:
after ``RETENTION_DAYS`` (default 90) a daily job empties them (the bot's, and ``python -m
inburgering retention`` for cron). The rows themselves stay, so counts and timings (escalations,
first reply) and the anonymised review store are unaffected. Rows that are nothing but a text in
transit go entirely: kept messages, and outbox messages (notices, reminders) Telegram accepted or
that were given up on. Expired inbox logins go too (issue 13).
``/vergeet`` does the same at once for one chat, deletes its free-text review items (issue 13:
a redacted comment can still tell who wrote it) and cuts the link to the rest (👍/👎, ratings).
What the municipality must keep by law (the case file: the person, the plan, appointments and
the outcome a regisseur recorded) is not touched here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from inburgering.models import (
    Chat,
    Escalation,
    EscalationMessage,
    FeedbackItem,
    FeedbackTag,
    OutboxMessage,
    OutboxStatus,
    PendingMessage,
    RescheduleRequest,
    VoiceNote,
    WebSession,
)
from inburgering.review import labelling
from inburgering.speech import storage

# What an emptied text reads like in the inbox; the columns are NOT NULL.
REMOVED = ""


@dataclass(frozen=True)
class Purged:
    escalation_messages: int = 0
    outbox_messages: int = 0
    pending_messages: int = 0
    reschedule_reasons: int = 0
    review_texts: int = 0
    web_sessions: int = 0
    voice_notes: int = 0  # issue 14: sound files deleted, transcripts emptied

    @property
    def total(self) -> int:
        return (self.escalation_messages + self.outbox_messages + self.pending_messages + self.reschedule_reasons
                + self.review_texts + self.web_sessions + self.voice_notes)


def purge_old_texts(session: Session, days: int, now: datetime | None = None) -> Purged:
    """Empty every raw text older than ``days``; delete what only carried a text, and expired logins.

    Outbox rows go ``days`` after they were sent (or, given up on, created), except a regisseur's
    reply, which is emptied; rows still waiting for Telegram stay until they are sent or given up
    on. A web session goes once it expired.
    """
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(days=days)
    messages = session.execute(
        update(EscalationMessage)
        .where(EscalationMessage.at < cutoff, (EscalationMessage.text != REMOVED) | EscalationMessage.text_nl.is_not(None))
        .values(text=REMOVED, text_nl=None)
    ).rowcount
    done = (OutboxMessage.status.in_([OutboxStatus.sent, OutboxStatus.failed]),
            func.coalesce(OutboxMessage.sent_at, OutboxMessage.created_at) < cutoff)
    # A regisseur's reply keeps its row, emptied: the inbox shows from it whether it was delivered.
    outbox = session.execute(
        update(OutboxMessage)
        .where(*done, OutboxMessage.escalation_message_id.is_not(None),
               (OutboxMessage.text != REMOVED) | OutboxMessage.original_nl.is_not(None))
        .values(text=REMOVED, original_nl=None)
    ).rowcount
    outbox += session.execute(
        delete(OutboxMessage).where(*done, OutboxMessage.escalation_message_id.is_(None))
    ).rowcount
    pending = session.execute(delete(PendingMessage).where(PendingMessage.received_at < cutoff)).rowcount
    reasons = session.execute(
        update(RescheduleRequest)
        .where(RescheduleRequest.created_at < cutoff, RescheduleRequest.reason != REMOVED)
        .values(reason=REMOVED)
    ).rowcount
    sessions = session.execute(delete(WebSession).where(WebSession.expires_at <= now)).rowcount
    voices = forget_voice_notes(session, VoiceNote.received_at < cutoff, now)
    return Purged(messages, outbox, pending, reasons, web_sessions=sessions, voice_notes=voices)


def forget_voice_notes(session: Session, which, now: datetime | None = None) -> int:
    """Delete the sound files of the voice notes ``which`` selects and empty their transcripts (issue 14).

    A voice is personal data as a text is: the same retention. The rows stay, without sound or words.
    A file is deleted before the transaction commits; should it roll back, the row only points to a
    file that is gone (the inbox then says the recording was deleted).
    """
    now = now or datetime.now(timezone.utc)
    notes = session.scalars(
        select(VoiceNote).where(which, VoiceNote.path.is_not(None) | (VoiceNote.transcript != REMOVED))
    ).all()
    for note in notes:
        storage.remove(note.path)
        note.path = None
        note.transcript = REMOVED if note.transcript is not None else None
        note.deleted_at = note.deleted_at or now
    session.flush()
    return len(notes)


def forget_chat(session: Session, chat: Chat) -> Purged:
    """``/vergeet``: remove this chat's conversation texts now and cut its link to the review store."""
    escalation_ids = select(Escalation.id).where(Escalation.chat_id == chat.id).scalar_subquery()
    messages = session.execute(
        update(EscalationMessage).where(EscalationMessage.escalation_id.in_(escalation_ids))
        .values(text=REMOVED, text_nl=None)
    ).rowcount
    session.execute(delete(OutboxMessage).where(OutboxMessage.chat_id == chat.id,
                                                OutboxMessage.status == OutboxStatus.pending))
    outbox = session.execute(
        update(OutboxMessage).where(OutboxMessage.chat_id == chat.id).values(text=REMOVED, original_nl=None)
    ).rowcount
    pending = session.execute(delete(PendingMessage).where(PendingMessage.chat_id == chat.id)).rowcount
    reasons = session.execute(
        update(RescheduleRequest).where(RescheduleRequest.chat_id == chat.id).values(reason=REMOVED)
    ).rowcount
    # Its questions that were not exported yet will not teach the assistant either.
    labelling.withdraw(session, chat.review_pseudonym)
    review_texts = 0
    if chat.review_pseudonym:
        # Its comments, /feedback texts and misunderstood questions go; scores without text stay anonymous.
        texts = select(FeedbackItem.id).where(FeedbackItem.reviewer == chat.review_pseudonym,
                                              FeedbackItem.text.is_not(None))
        # Tags first: SQLite enforces the cascade only with its foreign-key pragma on.
        session.execute(delete(FeedbackTag).where(FeedbackTag.item_id.in_(texts.scalar_subquery())))
        review_texts = session.execute(
            delete(FeedbackItem).where(FeedbackItem.id.in_(texts.scalar_subquery()))
        ).rowcount
    voices = forget_voice_notes(session, VoiceNote.chat_id == chat.id)
    # Without this key nobody, not even with the operational database, can find the chat's review items.
    chat.review_pseudonym = None
    chat.awaiting_feedback = None
    chat.misunderstood_item_id = None
    chat.expects_free_text = False
    session.flush()
    return Purged(messages, outbox, pending, reasons, review_texts, voice_notes=voices)
