"""Collecting feedback into the anonymised review store (issue 6).

The bot calls these functions; they decide the topic of an answer, key items by the chat's
random review pseudonym, and redact free text before it is written. Nothing here stores a
Telegram id, a name or a raw text.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import (
    Chat,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    Inburgeraar,
    QuestionTally,
    Regisseur,
)
from inburgering.models.feedback import HoldReason
from inburgering.people.gemeente import chat_gemeente
from inburgering.platform.db import upsert_insert
from inburgering.platform.settings import get_settings
from inburgering.text.redaction import Redaction, scan

MAX_COMMENT_CHARS = 500
# Issue 11. The first privacy notice version that tells the user their questions (without name or
# number) may be used to improve the assistant. Only misunderstood questions of chats shown such a
# notice may be labelled for training; earlier chats never agreed to that use.
TRAINING_NOTICE_VERSION = 2

# Informative answers that get 👍/👎, by response name.
_TOPIC_BY_RESPONSE_PREFIX = (
    ("utter_pvt", FeedbackTopic.pvt),
    ("utter_progress_pvt", FeedbackTopic.pvt),
    ("utter_map", FeedbackTopic.map),
    ("utter_progress_map", FeedbackTopic.map),
    ("utter_ontzorgen", FeedbackTopic.ontzorgen),
    ("utter_progress_ontzorgen", FeedbackTopic.ontzorgen),
    ("utter_next_appointment", FeedbackTopic.appointments),
    ("utter_appointments_list", FeedbackTopic.appointments),
    ("utter_no_appointments", FeedbackTopic.appointments),
)
# Responses that mean "I did not understand": the user's message is kept (redacted) for review.
MISUNDERSTOOD_RESPONSES = frozenset({"utter_did_you_mean", "utter_default"})

_TOPIC_BY_INTENT = {
    "ask_pvt": FeedbackTopic.pvt,
    "ask_map": FeedbackTopic.map,
    "ask_ontzorgen": FeedbackTopic.ontzorgen,
    "ask_appointments": FeedbackTopic.appointments,
    "request_reschedule": FeedbackTopic.appointments,
    "ask_progress": FeedbackTopic.other,
}


def topic_of_response(name: str | None) -> FeedbackTopic | None:
    """The topic of an informative answer; None for everything else (greetings, forms...)."""
    if not name:
        return None
    for prefix, topic in _TOPIC_BY_RESPONSE_PREFIX:
        if name.startswith(prefix):
            return topic
    return None


def topic_of_payload(payload: str) -> FeedbackTopic:
    """The topic a button stands for (``/ask_map{...}`` -> map); anything else is 'other'."""
    intent = payload.removeprefix("/").split("{", 1)[0]
    return _TOPIC_BY_INTENT.get(intent, FeedbackTopic.other)


def parse_topic(value: str) -> FeedbackTopic:
    try:
        return FeedbackTopic(value)
    except ValueError:
        return FeedbackTopic.other


def review_pseudonym(chat: Chat) -> str:
    """The chat's random review key, made on first use (unrelated to the chat id or its pseudonym)."""
    if chat.review_pseudonym is None:
        chat.review_pseudonym = secrets.token_hex(16)
    return chat.review_pseudonym


def known_names(session: Session) -> list[str]:
    """Every name the system knows: these never reach the review store."""
    return list(session.scalars(select(Inburgeraar.name))) + list(session.scalars(select(Regisseur.name)))


def anonymise(session: Session, text: str, names: Iterable[str] | None = None) -> Redaction:
    return scan(text[:MAX_COMMENT_CHARS], known_names(session) if names is None else names)


def gemeente_of_chat(session: Session, chat: Chat) -> str:
    """The municipality an item counts for (issue 17): only that municipality's council reads it."""
    return chat_gemeente(session, chat)


def may_train(chat: Chat, kind: FeedbackKind) -> bool:
    """A misunderstood question, from a chat that was shown a notice covering training use."""
    version = chat.privacy_notice_version
    return kind == FeedbackKind.misunderstood and version is not None and version >= TRAINING_NOTICE_VERSION


def record(
    session: Session, chat: Chat, kind: FeedbackKind, topic: FeedbackTopic | None, language: str,
    *, score: int | None = None, text: str | None = None,
) -> FeedbackItem:
    """Write one review item; free text is redacted first.

    Dutch text is its own translation; Arabic is translated later, off the bot's path (the
    workspace does it); Tigrinya has no machine translation and stays original only. Whether the
    item may train the assistant is decided now, by the notice the chat has seen so far. Text in
    which the redactor was not sure (a possible name, a number it could not classify) is held
    until a staff member approves it (issue 13).
    """
    redaction = anonymise(session, text) if text else None
    clean = redaction.text if redaction else None
    item = FeedbackItem(
        reviewer=review_pseudonym(chat), kind=kind, topic=topic, language=language, score=score,
        text=clean, text_nl=clean if language == "nl" else None, may_train=may_train(chat, kind),
        held=HoldReason.uncertain if redaction and redaction.uncertain else None,
        gemeente=gemeente_of_chat(session, chat),
    )
    session.add(item)
    session.flush()
    return item


def vote_key(reviewer: str, message_id: int) -> str:
    """The key that makes a 👍/👎 unique per answer message (issue 13).

    A hash of the chat's review pseudonym and the answer's Telegram message id: it tells no more
    than the item's ``reviewer`` already does, and names neither the chat nor the message.
    """
    return hashlib.sha256(f"{reviewer}:{message_id}".encode()).hexdigest()


def record_vote(
    session: Session, chat: Chat, topic: FeedbackTopic, language: str, score: int, message_id: int | None,
) -> FeedbackItem | None:
    """A 👍 (+1) or 👎 (-1) on one answer message; None when this chat voted on that message before.

    The database holds the rule (``FeedbackItem.vote_key`` is unique); the look-up first only
    spares the turn an integrity error. Without a message id (nothing to key on) the vote is kept.
    """
    key = None if message_id is None else vote_key(review_pseudonym(chat), message_id)
    if key is not None and session.scalar(select(FeedbackItem.id).where(FeedbackItem.vote_key == key)) is not None:
        return None
    item = record(session, chat, FeedbackKind.thumbs, topic, language, score=score)
    item.vote_key = key
    session.flush()
    return item


def week_of(moment: datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def count_question(session: Session, language: str, now: datetime | None = None, *,
                   chat: Chat | None = None) -> None:
    """One more typed question this week in this language and the chat's municipality (no text, no key)."""
    week = week_of(now or datetime.now(timezone.utc))
    gemeente = chat_gemeente(session, chat) if chat is not None else get_settings().gemeente
    # One statement (insert, or add one to the week's row): no lost count and no duplicate-key
    # failure of the turn when two bot instances count at the same moment (PostgreSQL, SQLite >= 3.24).
    session.execute(
        upsert_insert(session, QuestionTally).values(gemeente=gemeente, week=week, language=language, count=1)
        .on_conflict_do_update(index_elements=["gemeente", "week", "language"],
                               set_={"count": QuestionTally.count + 1})
    )
