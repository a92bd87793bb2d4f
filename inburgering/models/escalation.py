"""Escalations to the regisseur, the inbox's users, and messages waiting for Telegram.

An escalation is what the assistant hands to a person: who, why, the last
turns of the conversation (with a Dutch translation of every non-Dutch text),
a due time from the service level, and a history of who did what. Names and
texts are personal data: the inbox shows them only to the person's own
regisseur (or a beheerder) and writes every view to :class:`AuditLog`.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Enum, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime, utcnow
from inburgering.models.people import deployment_default_gemeente

if TYPE_CHECKING:
    from inburgering.models.chat import Chat
    from inburgering.models.people import Inburgeraar, Regisseur


def _enum(kind: type[enum.Enum], length: int = 32) -> Enum:
    return Enum(kind, native_enum=False, length=length)


class EscalationReason(str, enum.Enum):
    request_regisseur = "request_regisseur"
    misunderstood_twice = "misunderstood_twice"
    reschedule = "reschedule"
    sensitive = "sensitive"  # a fine, debts, a complaint, or crisis words
    assistant_unavailable = "assistant_unavailable"
    forwarded = "forwarded"  # written while a regisseur had taken over the chat
    voice_note = "voice_note"  # a voice note the assistant could not listen to (issue 14)


class EscalationStatus(str, enum.Enum):
    nieuw = "nieuw"
    in_behandeling = "in_behandeling"
    afgerond = "afgerond"


class Author(str, enum.Enum):
    user = "user"
    bot = "bot"
    regisseur = "regisseur"


class TranslationState(str, enum.Enum):
    not_needed = "not_needed"  # the text is Dutch
    pending = "pending"  # waiting for the background translator
    done = "done"
    unavailable = "unavailable"  # no model for the language (Tigrinya) or the engine failed


class OutboxStatus(str, enum.Enum):
    pending = "pending"
    sent = "sent"
    failed = "failed"  # gave up after the maximum number of attempts


class WebRole(str, enum.Enum):
    regisseur = "regisseur"  # own caseload only
    beheerder = "beheerder"  # everything, and user management
    participatieraad = "participatieraad"  # only the anonymised review workspace, never the inbox (issue 6)
    regio = "regio"  # issue 17: totals across the region's municipalities, no personal data and no texts


class Escalation(Base):
    __tablename__ = "escalation"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    # None while the chat is not linked to a person: only a beheerder sees those.
    inburgeraar_id: Mapped[int | None] = mapped_column(ForeignKey("inburgeraar.id"), index=True)
    # The person's OWN regisseur at the time of escalating.
    regisseur_id: Mapped[int | None] = mapped_column(ForeignKey("regisseur.id"), index=True)
    reason: Mapped[EscalationReason] = mapped_column(_enum(EscalationReason))
    # For reason 'sensitive': fine, debts, complaint or crisis.
    subject: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[EscalationStatus] = mapped_column(
        _enum(EscalationStatus, 16), default=EscalationStatus.nieuw, index=True
    )
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issue 17. The municipality (profile slug) of the chat when it escalated: only its staff see it.
    gemeente: Mapped[str] = mapped_column(String(64), index=True, default=deployment_default_gemeente)

    chat: Mapped[Chat] = relationship()
    inburgeraar: Mapped[Inburgeraar | None] = relationship()
    regisseur: Mapped[Regisseur | None] = relationship()
    messages: Mapped[list[EscalationMessage]] = relationship(
        back_populates="escalation", order_by="EscalationMessage.id", cascade="all, delete-orphan"
    )
    events: Mapped[list[EscalationEvent]] = relationship(
        back_populates="escalation", order_by="EscalationEvent.id", cascade="all, delete-orphan"
    )


class EscalationMessage(Base):
    """One turn: what the user wrote, what the bot answered, or what the regisseur replied."""

    __tablename__ = "escalation_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalation.id", ondelete="CASCADE"), index=True)
    author: Mapped[Author] = mapped_column(_enum(Author, 16))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    # Machine translation into Dutch, filled off the bot's path (see inburgering.handover.escalation).
    text_nl: Mapped[str | None] = mapped_column(Text)
    translation_state: Mapped[TranslationState] = mapped_column(
        _enum(TranslationState, 16), default=TranslationState.not_needed, index=True
    )
    web_user_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    escalation: Mapped[Escalation] = relationship(back_populates="messages")
    outbox: Mapped[OutboxMessage | None] = relationship(back_populates="escalation_message", uselist=False)


class EscalationEvent(Base):
    """History: who did what, when (created, viewed is in the audit log, replied, took over...)."""

    __tablename__ = "escalation_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalation.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # None: the system (bot, action server); else the inbox user.
    web_user_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id"))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)

    escalation: Mapped[Escalation] = relationship(back_populates="events")
    web_user: Mapped[WebUser | None] = relationship()


class OutboxMessage(Base):
    """A message for Telegram that must not be lost: sent by the bot process, retried with back-off."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    # The Dutch original of a translated reply, shown when the user presses the button.
    original_nl: Mapped[str | None] = mapped_column(Text)
    # JSON list of [title, payload] buttons.
    buttons: Mapped[str | None] = mapped_column(Text)
    escalation_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("escalation_message.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus, 16), default=OutboxStatus.pending, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    last_error: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    chat: Mapped[Chat] = relationship()
    escalation_message: Mapped[EscalationMessage | None] = relationship(back_populates="outbox")


class ChatTakeover(Base):
    """A regisseur has taken over a chat: the bot stays silent and forwards the user's messages.

    One row per chat while taken over (deleted on hand-back; the history is in
    the escalation's events). A table of its own, so the chat table is not
    rebuilt (SQLite) and the flag has one owner.
    """

    __tablename__ = "chat_takeover"

    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), primary_key=True)
    web_user_id: Mapped[int] = mapped_column(ForeignKey("web_user.id"))
    regisseur_id: Mapped[int | None] = mapped_column(ForeignKey("regisseur.id"))
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalation.id", ondelete="SET NULL"))
    since: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    web_user: Mapped[WebUser] = relationship()


class WebUser(Base):
    """Someone who logs in to the inbox."""

    __tablename__ = "web_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))  # argon2id
    role: Mapped[WebRole] = mapped_column(_enum(WebRole, 16))
    # A regisseur login is bound to one Regisseur (the caseload it may see).
    regisseur_id: Mapped[int | None] = mapped_column(ForeignKey("regisseur.id"))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issue 13, the account's lifecycle. A disabled account cannot log in and has no sessions.
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # After a reset (or when the beheerder asks): the next login may only change the password.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A one-time reset code is the password until this moment, and for one login only.
    password_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issue 17. The municipality (profile slug) whose data the account sees; None only for the
    # regional role, which sees totals across municipalities and nothing personal.
    gemeente: Mapped[str | None] = mapped_column(String(64), index=True)

    regisseur: Mapped[Regisseur | None] = relationship()


class WebSession(Base):
    """A logged-in browser. Only a hash of the cookie value is stored; logout deletes the row."""

    __tablename__ = "web_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    web_user_id: Mapped[int] = mapped_column(ForeignKey("web_user.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())

    web_user: Mapped[WebUser] = relationship()


class AuditLog(Base):
    """Who viewed which personal data when (AVG: access by role, and traceable)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    web_user_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalation.id", ondelete="SET NULL"))
    inburgeraar_id: Mapped[int | None] = mapped_column(ForeignKey("inburgeraar.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(String(256))

    web_user: Mapped[WebUser | None] = relationship()
