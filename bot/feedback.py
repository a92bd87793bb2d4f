"""Feedback in the chat, handled by the bot itself; payloads never go to Rasa.

👍/👎 under each informative answer; after 👎 an optional comment (any language, with a Skip
button); 1-5 after an escalation was closed (sent by the inbox through the outbox); ``/feedback``
at any time; and the questions the assistant did not understand. Everything goes to the
anonymised review store (``inburgering.review.feedback``), free text redacted first.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.messages import Reply, reply
from bot.turn import Turn
from inburgering.models import FeedbackItem, FeedbackKind, FeedbackTopic
from inburgering.payloads import FEEDBACK, INTENT
from inburgering.review import feedback
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

UP = f"{FEEDBACK}up:"
DOWN = f"{FEEDBACK}down:"
RATE = f"{FEEDBACK}rate:"
SKIP = f"{FEEDBACK}skip"
AWAITING_FREE = "free"


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
    if payload.startswith(UP):
        topic = feedback.parse_topic(payload.removeprefix(UP))
        feedback.record(turn.session, chat, FeedbackKind.thumbs, topic, language, score=1)
        return [turn.reply("bot_feedback_thanks")]
    if payload.startswith(DOWN):
        topic = feedback.parse_topic(payload.removeprefix(DOWN))
        feedback.record(turn.session, chat, FeedbackKind.thumbs, topic, language, score=-1)
        chat.awaiting_feedback = f"down:{topic.value}"
        return [turn.reply("bot_feedback_what_was_wrong")]
    if payload.startswith(RATE):
        score_text, _, topic_text = payload.removeprefix(RATE).partition(":")
        if not score_text.isdigit() or not 1 <= int(score_text) <= 5:
            return [turn.reply("bot_button_expired")]
        feedback.record(turn.session, chat, FeedbackKind.rating, feedback.parse_topic(topic_text), language,
                        score=int(score_text))
        return [turn.reply("bot_feedback_thanks")]
    if payload == SKIP:
        chat.awaiting_feedback = None
        return [turn.reply("bot_feedback_skipped")]
    return [turn.reply("bot_button_expired")]


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
    feedback.count_question(session, language)
    if any(reply.misunderstood for reply in replies):
        item = feedback.record(session, chat, FeedbackKind.misunderstood, None, language, text=text)
        chat.misunderstood_item_id = item.id
