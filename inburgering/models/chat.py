"""Telegram chats, kept messages and link codes.

Personal data is kept to what the service needs: a chat row knows the
Telegram chat id (to send answers) and a pseudonym (what Rasa and every
export see); names live only on the inburgeraar and regisseur rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inburgering.models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from inburgering.models.people import Inburgeraar


class Chat(Base):
    """A Telegram chat (or demo chat) talking to the assistant."""

    __tablename__ = "chat"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Needed to deliver answers later (reminders, regisseur replies); never leaves this table.
    telegram_chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    # HMAC of the chat id: the only identity Rasa, logs and exports ever see.
    pseudonym: Mapped[str] = mapped_column(String(64), unique=True)
    # None until the user has written something we recognise or chose with /taal.
    language: Mapped[str | None] = mapped_column(String(8))
    language_fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    inburgeraar_id: Mapped[int | None] = mapped_column(ForeignKey("inburgeraar.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Appointment reminders; the user turns them off with /herinneringen.
    reminders_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The assistant asked for free text (e.g. why an appointment must move): the next
    # message goes to the assistant in whatever language it is written.
    expects_free_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Issue 6. Random key of this chat's items in the review store; only here can it be tied to
    # the chat. /vergeet removes it, which cuts the link for good.
    review_pseudonym: Mapped[str | None] = mapped_column(String(32), unique=True)
    # The bot asked for a feedback comment ("down:<topic>" after 👎, "free" after /feedback):
    # the next message is that comment, not a question.
    awaiting_feedback: Mapped[str | None] = mapped_column(String(32))
    # The last misunderstood question's review item, until the user chooses a topic (did-you-mean).
    misunderstood_item_id: Mapped[int | None] = mapped_column(Integer)
    # Issue 11. The version of the privacy notice this chat was last shown (/start); None before one was
    # shown. Only a notice from feedback.TRAINING_NOTICE_VERSION on says questions may train the assistant.
    privacy_notice_version: Mapped[int | None] = mapped_column(Integer)
    # Issue 13. When this chat was linked to its person, and the day it last wrote (for the regisseur's
    # list of linked chats: a lost phone shows up as a chat that is no longer seen).
    linked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issue 17. The municipality (profile slug) an unlinked chat gets answers for: from the deep link
    # of the municipality's own poster, chosen with /gemeente, or the deployment's default once the
    # chat was told so. None: never told yet. A linked chat follows its person's municipality.
    gemeente: Mapped[str | None] = mapped_column(String(64))

    inburgeraar: Mapped[Inburgeraar | None] = relationship()


class PendingMessage(Base):
    """A user message that could not be answered yet (e.g. Rasa was down).

    Kept until it is answered, then deleted: the text is stored only as long
    as it is needed to answer it. An outage does not count as an attempt; a
    failure of this message itself does, and after the last attempt the row is
    failed and a person is asked (``bot.conversation``).
    """

    __tablename__ = "pending_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Issue 12. None: try at the next round; set after a failure of this message (back-off).
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(256))
    # Given up after the last attempt: no longer sent to the assistant; a person has it.
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When a person was asked about it (it waited longer than ESCALATE_AFTER, or was given up).
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    chat: Mapped[Chat] = relationship()


class LinkCode(Base):
    """A one-time code a regisseur gives to link a Telegram chat to a person.

    Only a hash of the code is stored, so a database leak does not reveal
    usable codes.
    """

    __tablename__ = "link_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    inburgeraar_id: Mapped[int] = mapped_column(ForeignKey("inburgeraar.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    inburgeraar: Mapped[Inburgeraar] = relationship()
