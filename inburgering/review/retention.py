"""Retention and erasure of raw conversation texts (issue 6).

Raw texts (what users wrote, what was sent to them) are kept only as long as they are needed:
after ``RETENTION_DAYS`` (default 90) a daily job empties them. The rows themselves stay, so
counts and timings (escalations, first reply) and the anonymised review store are unaffected.
``/vergeet`` does the same at once for one chat and cuts the link to its review items.
What the municipality must keep by law (the case file: the person, the plan, appointments and
the outcome a regisseur recorded) is not touched here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from inburgering.models import (
    Chat,
    Escalation,
    EscalationMessage,
    OutboxMessage,
    OutboxStatus,
    PendingMessage,
    RescheduleRequest,
)
from inburgering.review import labelling

# What an emptied text reads like in the inbox; the columns are NOT NULL.
REMOVED = ""


@dataclass(frozen=True)
class Purged:
    escalation_messages: int = 0
    outbox_messages: int = 0
    pending_messages: int = 0
    reschedule_reasons: int = 0

    @property
    def total(self) -> int:
        return self.escalation_messages + self.outbox_messages + self.pending_messages + self.reschedule_reasons


def purge_old_texts(session: Session, days: int, now: datetime | None = None) -> Purged:
    """Empty every raw text older than ``days``; delete kept messages that old."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    messages = session.execute(
        update(EscalationMessage)
        .where(EscalationMessage.at < cutoff, (EscalationMessage.text != REMOVED) | EscalationMessage.text_nl.is_not(None))
        .values(text=REMOVED, text_nl=None)
    ).rowcount
    outbox = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.created_at < cutoff, OutboxMessage.status != OutboxStatus.pending,
               (OutboxMessage.text != REMOVED) | OutboxMessage.original_nl.is_not(None))
        .values(text=REMOVED, original_nl=None)
    ).rowcount
    pending = session.execute(delete(PendingMessage).where(PendingMessage.received_at < cutoff)).rowcount
    reasons = session.execute(
        update(RescheduleRequest)
        .where(RescheduleRequest.created_at < cutoff, RescheduleRequest.reason != REMOVED)
        .values(reason=REMOVED)
    ).rowcount
    return Purged(messages, outbox, pending, reasons)


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
    # Without this key nobody, not even with the operational database, can find the chat's review items.
    chat.review_pseudonym = None
    chat.awaiting_feedback = None
    chat.misunderstood_item_id = None
    chat.expects_free_text = False
    session.flush()
    return Purged(messages, outbox, pending, reasons)
