"""Feedback in the chat, handled by the bot itself; payloads never go to Rasa.

👍/👎 under each informative answer; after 👎 an optional comment (any language, with a Skip
button); 1-5 after an escalation was closed (sent by the inbox through the outbox); ``/feedback``
at any time; and the questions the assistant did not understand. Everything goes to the
anonymised review store (``inburgering.review.feedback``), free text redacted first.

Votes are limited: one 1-5 rating per closed escalation of the chat, none without one (checked
here), and one 👍/👎 per answer message: the database refuses a second vote on the same message
(:func:`inburgering.review.feedback.record_vote`, keyed by the message the button was on, see
:func:`pressed_on`), and the bot takes the 👍/👎 off the answer once pressed (``bot.handlers``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from sqlalchemy import select

from bot.messages import Reply, reply
from bot.turn import Turn
from inburgering.handover.escalation import add_event
from inburgering.models import (
    Escalation,
    EscalationEvent,
    EscalationStatus,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
)
from inburgering.payloads import FEEDBACK, INTENT
from inburgering.review import feedback
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

UP = f"{FEEDBACK}up:"
DOWN = f"{FEEDBACK}down:"
RATE = f"{FEEDBACK}rate:"
SKIP = f"{FEEDBACK}skip"
AWAITING_FREE = "free"
# Marks a closed escalation as rated (no score, dated at the closing: nothing links it to the
# anonymised rating in the review store).
RATED = "rated"
VOTES = (UP, DOWN, RATE)

# The message whose button is being handled (its Telegram message id; the demo chat numbers its
# answers). Set around the router call by whoever knows it, read by :func:`button`: the routing
# table's handlers take a chat id and a payload only.
_pressed_message: ContextVar[int | None] = ContextVar("pressed_message", default=None)


@contextmanager
def pressed_on(message_id: int | None) -> Iterator[None]:
    """While handling a button press on message ``message_id``."""
    token = _pressed_message.set(message_id)
    try:
        yield
    finally:
        _pressed_message.reset(token)


def with_feedback_buttons(replies: list[Reply]) -> list[Reply]:
    """👍/👎 under the last informative answer of a turn (one pair per turn is enough)."""
    for index in range(len(replies) - 1, -1, -1):
        topic = replies[index].feedback_topic
        if topic:
            reply = replies[index]
            buttons = reply.buttons + (("👍", f"{UP}{topic}"), ("👎", f"{DOWN}{topic}"))
            return replies[:index] + [replace(reply, buttons=buttons)] + replies[index + 1:]
    return replies


def prompt(turn: Turn) -> list[Reply]:
    """/feedback: ask for free feedback; the next message is captured, or Skip."""
    turn.chat.awaiting_feedback = AWAITING_FREE
    return [turn.reply("bot_feedback_prompt")]


def button(turn: Turn, payload: str) -> list[Reply]:
    """👍/👎, 1-5 or Skip."""
    language = turn.language
    chat = turn.chat
    if payload.startswith((UP, DOWN)):
        up = payload.startswith(UP)
        topic = feedback.parse_topic(payload.removeprefix(UP if up else DOWN))
        if feedback.record_vote(turn.session, chat, topic, language, 1 if up else -1, _pressed_message.get()) is None:
            return [turn.reply("bot_button_expired")]  # this answer has its vote already
        if up:
            return [turn.reply("bot_feedback_thanks")]
        chat.awaiting_feedback = f"down:{topic.value}"
        return [turn.reply("bot_feedback_what_was_wrong")]
    if payload.startswith(RATE):
        score_text, _, topic_text = payload.removeprefix(RATE).partition(":")
        escalation = _unrated_closed_escalation(turn)
        if escalation is None or not score_text.isdigit() or not 1 <= int(score_text) <= 5:
            return [turn.reply("bot_button_expired")]
        add_event(escalation, RATED, now=escalation.closed_at)
        feedback.record(turn.session, chat, FeedbackKind.rating, feedback.parse_topic(topic_text), language,
                        score=int(score_text))
        return [turn.reply("bot_feedback_thanks")]
    if payload == SKIP:
        chat.awaiting_feedback = None
        return [turn.reply("bot_feedback_skipped")]
    return [turn.reply("bot_button_expired")]


def _unrated_closed_escalation(turn: Turn) -> Escalation | None:
    """The chat's most recently closed escalation that was not rated yet: what a 1-5 rates."""
    if turn.chat.id is None:
        return None
    rated = (select(EscalationEvent.id)
             .where(EscalationEvent.escalation_id == Escalation.id, EscalationEvent.action == RATED).exists())
    return turn.session.scalar(
        select(Escalation)
        .where(Escalation.chat_id == turn.chat.id, Escalation.status == EscalationStatus.afgerond, ~rated)
        .order_by(Escalation.closed_at.desc(), Escalation.id.desc())
        .limit(1)
    )


def capture_comment(turn: Turn, text: str, language: str) -> list[Reply]:
    """The message after 👎 or /feedback is the comment (the chat is awaiting one)."""
    chat = turn.chat
    awaiting = chat.awaiting_feedback
    chat.awaiting_feedback = None
    if awaiting == AWAITING_FREE:
        feedback.record(turn.session, chat, FeedbackKind.free, FeedbackTopic.other, language, text=text)
    else:
        topic = feedback.parse_topic((awaiting or "").removeprefix("down:"))
        feedback.record(turn.session, chat, FeedbackKind.comment, topic, language, text=text)
    log.info("feedback comment stored for chat %s", chat.pseudonym[:8])
    return [reply("bot_feedback_thanks", translator(language))]


def track_misunderstood(turn: Turn, text: str, language: str, replies: list[Reply]) -> None:
    """Count typed questions; keep misunderstood ones (redacted) with the topic the user chooses next."""
    chat = turn.chat
    session = turn.session
    if chat.misunderstood_item_id is not None:
        # What the user did next tells what they meant: a topic button, or (typed) 'other'.
        item = session.get(FeedbackItem, chat.misunderstood_item_id)
        if item is not None and item.topic is None:
            item.topic = feedback.topic_of_payload(text) if text.startswith(INTENT) else FeedbackTopic.other
        chat.misunderstood_item_id = None
    if text.startswith(INTENT):
        return
    feedback.count_question(session, language, chat=chat)
    if any(reply.misunderstood for reply in replies):
        item = feedback.record(session, chat, FeedbackKind.misunderstood, None, language, text=text)
        chat.misunderstood_item_id = item.id
