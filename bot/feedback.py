"""Feedback in the chat, handled by the bot itself (issue 6); payloads never go to Rasa.

👍/👎 under each informative answer; after 👎 an optional comment (any language, with a Skip
button); 1-5 after an escalation was closed (sent by the inbox through the outbox); ``/feedback``
at any time; and the questions the assistant did not understand. Everything goes to the
anonymised review store (``inburgering.feedback``), free text redacted first.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from bot.rasa_client import Reply
from inburgering import feedback
from inburgering.db import session_scope
from inburgering.i18n import Translator, translator
from inburgering.models import Chat, FeedbackItem, FeedbackKind, FeedbackTopic
from inburgering.payloads import FEEDBACK

if TYPE_CHECKING:
    from bot.conversation import ChatState, Conversation

log = logging.getLogger(__name__)

UP = f"{FEEDBACK}up:"
DOWN = f"{FEEDBACK}down:"
RATE = f"{FEEDBACK}rate:"
SKIP = f"{FEEDBACK}skip"
AWAITING_FREE = "free"


def _skip_button(t: Translator) -> tuple[str, str]:
    return (t.gettext("Skip"), SKIP)


def with_feedback_buttons(replies: list[Reply]) -> list[Reply]:
    """👍/👎 under the last informative answer of a turn (one pair per turn is enough)."""
    for index in range(len(replies) - 1, -1, -1):
        topic = replies[index].feedback_topic
        if topic:
            reply = replies[index]
            buttons = reply.buttons + (("👍", f"{UP}{topic}"), ("👎", f"{DOWN}{topic}"))
            return replies[:index] + [replace(reply, buttons=buttons)] + replies[index + 1:]
    return replies


def feedback_prompt(conversation: Conversation, telegram_chat_id: int) -> list[Reply]:
    """/feedback: ask for free feedback; the next message is captured, or Skip."""
    state = conversation.chat_state(telegram_chat_id)
    t = translator(state.language or conversation.settings.default_language)
    with session_scope(conversation.sessions) as session:
        session.get(Chat, state.id).awaiting_feedback = AWAITING_FREE
    return [Reply(
        t.gettext(
            "What do you want to tell us about this assistant? Write it in a few words, in any language. "
            "We do not store your name or number with it."
        ),
        (_skip_button(t),),
    )]


def handle_feedback_button(conversation: Conversation, state: ChatState, payload: str) -> list[Reply] | None:
    """Answer a feedback payload; None when the payload is not one."""
    if not payload.startswith(FEEDBACK):
        # Another button instead of a comment: the user moved on, the next message is a question again.
        with session_scope(conversation.sessions) as session:
            session.execute(update(Chat).where(Chat.id == state.id, Chat.awaiting_feedback.is_not(None))
                            .values(awaiting_feedback=None))
        return None
    language = state.language or conversation.settings.default_language
    t = translator(language)
    thanks = Reply(t.gettext("Thank you for your feedback."))
    with session_scope(conversation.sessions) as session:
        chat = session.get(Chat, state.id)
        if payload.startswith(UP):
            topic = feedback.parse_topic(payload.removeprefix(UP))
            feedback.record(session, chat, FeedbackKind.thumbs, topic, language, score=1)
            return [thanks]
        if payload.startswith(DOWN):
            topic = feedback.parse_topic(payload.removeprefix(DOWN))
            feedback.record(session, chat, FeedbackKind.thumbs, topic, language, score=-1)
            chat.awaiting_feedback = f"down:{topic.value}"
            return [Reply(
                t.gettext(
                    "Sorry that this did not help. What was wrong or missing? Write it in a few words, "
                    "in any language. You can also skip this."
                ),
                (_skip_button(t),),
            )]
        if payload.startswith(RATE):
            score_text, _, topic_text = payload.removeprefix(RATE).partition(":")
            if not score_text.isdigit() or not 1 <= int(score_text) <= 5:
                return [Reply(t.gettext("This button no longer works. Please type your question."))]
            feedback.record(session, chat, FeedbackKind.rating, feedback.parse_topic(topic_text), language,
                            score=int(score_text))
            return [thanks]
        if payload == SKIP:
            chat.awaiting_feedback = None
            return [Reply(t.gettext("OK. You can ask me a new question."))]
    return [Reply(t.gettext("This button no longer works. Please type your question."))]


def capture_comment(
    sessions: sessionmaker[Session], state: ChatState, text: str, language: str
) -> list[Reply] | None:
    """The message after 👎 or /feedback is the comment; None when no comment was asked for."""
    with session_scope(sessions) as session:
        chat = session.get(Chat, state.id)
        awaiting = chat.awaiting_feedback
        if not awaiting:
            return None
        chat.awaiting_feedback = None
        if awaiting == AWAITING_FREE:
            feedback.record(session, chat, FeedbackKind.free, FeedbackTopic.other, language, text=text)
        else:
            topic = feedback.parse_topic(awaiting.removeprefix("down:"))
            feedback.record(session, chat, FeedbackKind.comment, topic, language, text=text)
    log.info("feedback comment stored for chat %s", state.pseudonym[:8])
    return [Reply(translator(language).gettext("Thank you for your feedback."))]


def track_misunderstood(
    sessions: sessionmaker[Session], state: ChatState, text: str, language: str, replies: list[Reply]
) -> None:
    """Count typed questions; keep misunderstood ones (redacted) with the topic the user chooses next."""
    with session_scope(sessions) as session:
        chat = session.get(Chat, state.id)
        if chat.misunderstood_item_id is not None:
            # What the user did next tells what they meant: a topic button, or (typed) 'other'.
            item = session.get(FeedbackItem, chat.misunderstood_item_id)
            if item is not None and item.topic is None:
                item.topic = feedback.topic_of_payload(text) if text.startswith("/") else FeedbackTopic.other
            chat.misunderstood_item_id = None
        if not text.startswith("/"):
            feedback.count_question(session, language)
        if not text.startswith("/") and any(reply.misunderstood for reply in replies):
            item = feedback.record(session, chat, FeedbackKind.misunderstood, None, language, text=text)
            chat.misunderstood_item_id = item.id
