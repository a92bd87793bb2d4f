"""The review store: anonymised feedback for the participatieraad (issue 6).

These tables hold no Telegram ids, names, contact details or foreign keys to chats or people.
An item is keyed by a *review pseudonym*: a random value kept only on the operational ``chat``
row (``Chat.review_pseudonym``). Without the operational database nobody can tell whose items
they are; after ``/vergeet`` the chat's value is removed and not even that database can.
Free text is redacted (``inburgering.text.redaction``) before it is written here.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Enum, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime, utcnow
from inburgering.models.people import deployment_default_gemeente


class FeedbackKind(str, enum.Enum):
    thumbs = "thumbs"  # 👍 (+1) / 👎 (-1) after an answer
    comment = "comment"  # the optional comment after 👎
    rating = "rating"  # 1-5 after an escalation was closed
    free = "free"  # /feedback
    misunderstood = "misunderstood"  # a question the assistant did not understand


class FeedbackTopic(str, enum.Enum):
    pvt = "pvt"
    map = "map"
    ontzorgen = "ontzorgen"
    appointments = "appointments"
    other = "other"


class ReviewTag(str, enum.Enum):
    unclear_answer = "unclear_answer"
    missing_topic = "missing_topic"
    tone = "tone"
    wrong_information = "wrong_information"


class ExportSplit(str, enum.Enum):
    """Where an exported labelled question went (``python -m inburgering export-labelled``)."""

    training = "training"  # nlu/labelled/<lang>.yml
    held_out = "held_out"  # tests/nlu/real-<date>/<lang>.yml, never trained on
    not_used = "not_used"  # a text already in the data, empty after redaction, or an intent no longer known


class HoldReason(str, enum.Enum):
    """Why an item waits for a staff member before the participatieraad sees it (issue 13)."""

    uncertain = "uncertain"  # the redactor found a possible name or a number it could not classify
    reported = "reported"  # the participatieraad said it may still tell who wrote it


def _enum(cls: type[enum.Enum], length: int = 16) -> Enum:
    return Enum(cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e])


class FeedbackItem(Base):
    __tablename__ = "feedback_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(64), index=True)  # the chat's review pseudonym
    kind: Mapped[FeedbackKind] = mapped_column(_enum(FeedbackKind))
    # None only while a misunderstood question waits for the topic the user chooses next.
    topic: Mapped[FeedbackTopic | None] = mapped_column(_enum(FeedbackTopic))
    language: Mapped[str] = mapped_column(String(8))
    score: Mapped[int | None] = mapped_column(Integer)  # thumbs: +1/-1; rating: 1..5
    text: Mapped[str | None] = mapped_column(Text)  # redacted
    text_nl: Mapped[str | None] = mapped_column(Text)  # redacted Dutch translation, when one exists
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    # Issue 11: labelling misunderstood questions for training. Set once, when the item is written:
    # true only when the chat's privacy notice said questions may be used to improve the assistant.
    may_train: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The intent the question should have had (domain.yml); None with labelled_at set means
    # "not a question / skipped". Like the rest of the store, no staff id: the audit log says who labelled.
    intent_label: Mapped[str | None] = mapped_column(String(64))
    labelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exported_as: Mapped[ExportSplit | None] = mapped_column(_enum(ExportSplit))

    # Issue 13. Set: the item is held back until a staff member approves its redacted form; the
    # participatieraad sees only items without it. None: shown (certain, or approved).
    held: Mapped[HoldReason | None] = mapped_column(_enum(HoldReason), index=True)
    # Issue 13: one 👍/👎 per answer message. A hash of the reviewer and the answer's Telegram
    # message id (``inburgering.review.feedback.vote_key``): unique, and it names no chat or message.
    vote_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Issue 17. The municipality (profile slug) of the chat: each participatieraad reads its own.
    gemeente: Mapped[str] = mapped_column(String(64), index=True, default=deployment_default_gemeente)

    tags: Mapped[list[FeedbackTag]] = relationship(back_populates="item", cascade="all, delete-orphan")


class FeedbackTag(Base):
    """A tag the participatieraad put on an item."""

    __tablename__ = "feedback_tag"
    __table_args__ = (UniqueConstraint("item_id", "tag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_item.id", ondelete="CASCADE"), index=True)
    tag: Mapped[ReviewTag] = mapped_column(_enum(ReviewTag, 32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    item: Mapped[FeedbackItem] = relationship(back_populates="tags")


class Recommendation(Base):
    """A recommendation of the participatieraad; a beheerder marks it handled."""

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issue 17. The municipality whose participatieraad wrote it.
    gemeente: Mapped[str] = mapped_column(String(64), index=True, default=deployment_default_gemeente)


class QuestionTally(Base):
    """How many questions were typed per ISO week and language: the denominator of 'not understood'.

    A count only, no text and no key: it says nothing about anyone.
    """

    __tablename__ = "question_tally"
    __table_args__ = (UniqueConstraint("gemeente", "week", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Issue 17. Per municipality, so each one's share of "not understood" has its own denominator.
    gemeente: Mapped[str] = mapped_column(String(64), default=deployment_default_gemeente)
    week: Mapped[str] = mapped_column(String(8))  # "2026-W48"
    language: Mapped[str] = mapped_column(String(8))
    count: Mapped[int] = mapped_column(Integer, default=0)
