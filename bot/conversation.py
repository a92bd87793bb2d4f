"""The conversation path shared by every channel (Telegram and the local demo chat).

A channel hands over a chat id and what the user did; it gets back
:class:`Reply` objects to show. Here the language is chosen, the chat is
pseudonymised for Rasa, and messages that cannot be answered now are kept.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.feedback import capture_comment, handle_feedback_button, track_misunderstood, with_feedback_buttons
from bot.handover import (
    crisis_replies,
    escalate_unavailable,
    forward_if_taken_over,
    is_original_payload,
    original_replies,
)
from bot.personal import handle_button, remember_free_text
from bot.privacy import handle_forget_button, privacy_notice
from bot.rasa_client import RasaClient, RasaUnavailable, Reply
from inburgering.db import session_scope
from inburgering.i18n import Translator, translator
from inburgering.language import UNKNOWN, detect_language
from inburgering.linking import LinkResult, redeem_code
from inburgering.models import Chat, PendingMessage
from inburgering.pseudonym import pseudonymise
from inburgering.sensitive import is_crisis
from inburgering.settings import LANGUAGES, Settings

log = logging.getLogger(__name__)

SendReplies = Callable[[int, list[Reply]], Awaitable[None]]


@dataclass(frozen=True)
class ChatState:
    """What the conversation needs to know about a chat, detached from the session."""

    id: int
    telegram_chat_id: int
    pseudonym: str
    language: str | None
    linked: bool


class Conversation:
    def __init__(self, settings: Settings, sessions: sessionmaker[Session], rasa: RasaClient) -> None:
        self.settings = settings
        self.sessions = sessions
        self.rasa = rasa

    # -- chats ---------------------------------------------------------------

    def _chat(self, session: Session, telegram_chat_id: int) -> Chat:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == telegram_chat_id))
        if chat is None:
            chat = Chat(
                telegram_chat_id=telegram_chat_id,
                pseudonym=pseudonymise(telegram_chat_id, self.settings.pseudonym_key),
            )
            session.add(chat)
            session.flush()
        return chat

    @staticmethod
    def _state(chat: Chat) -> ChatState:
        return ChatState(chat.id, chat.telegram_chat_id, chat.pseudonym, chat.language, chat.inburgeraar_id is not None)

    def chat_state(self, telegram_chat_id: int) -> ChatState:
        with session_scope(self.sessions) as session:
            return self._state(self._chat(session, telegram_chat_id))

    def translator_for(self, telegram_chat_id: int) -> Translator:
        language = self.chat_state(telegram_chat_id).language or self.settings.default_language
        return translator(language)

    def set_language(self, telegram_chat_id: int, language: str) -> Translator:
        """The user chose a language (/taal): use it from now on, whatever they type."""
        if language not in LANGUAGES:
            raise ValueError(language)
        with session_scope(self.sessions) as session:
            chat = self._chat(session, telegram_chat_id)
            chat.language = language
            chat.language_fixed = True
        return translator(language)

    def _reply_language(self, telegram_chat_id: int, text: str) -> tuple[ChatState, str | None]:
        """The chat, and its reply language: detected from the text unless the user fixed one with /taal.

        One session for both: this runs for every message.
        """
        detected = detect_language(text)
        with session_scope(self.sessions) as session:
            chat = self._chat(session, telegram_chat_id)
            if chat.expects_free_text or chat.awaiting_feedback:
                # An answer to the assistant's open question (why an appointment must move, a feedback
                # comment): any language.
                return self._state(chat), chat.language or self.settings.default_language
            if chat.language_fixed and chat.language:
                return self._state(chat), chat.language
            if detected in LANGUAGES:
                chat.language = detected
                return self._state(chat), detected
            if detected == UNKNOWN:
                return self._state(chat), None
            return self._state(chat), chat.language or self.settings.default_language

    # -- messages ------------------------------------------------------------

    async def start(self, telegram_chat_id: int, code: str | None) -> list[Reply]:
        """/start, optionally with a link code from the regisseur (deep link)."""
        # The privacy notice comes first, before a code links personal data (issue 6).
        language = self.chat_state(telegram_chat_id).language
        replies: list[Reply] = [privacy_notice(language, self.settings.retention_days)]
        if code:
            with session_scope(self.sessions) as session:
                chat = self._chat(session, telegram_chat_id)
                result = redeem_code(session, chat, code)
            t = self.translator_for(telegram_chat_id)
            replies.append(Reply(link_result_text(t, result)))
        state = self.chat_state(telegram_chat_id)
        if state.language is None:
            return replies + [choose_language_reply()]
        return replies + await self._ask_rasa(state, "/greet", state.language)

    async def text(self, telegram_chat_id: int, text: str) -> list[Reply]:
        """A text message typed by the user."""
        state, language = self._reply_language(telegram_chat_id, text)
        if is_crisis(text):
            # Before Rasa and before anything else: works when Rasa is down, in every language we serve.
            crisis_language = language or state.language or self.settings.default_language
            return crisis_replies(self.sessions, self.settings, state.id, text, crisis_language)
        if language is None:
            return [unknown_language_reply()]
        t = translator(language)
        replies: list[Reply] = []
        limit = self.settings.max_message_chars
        if len(text) > limit:
            replies.append(Reply(t.gettext(
                "Your message is long. I read the first part. Please ask one question at a time."
            )))
            text = text[:limit]
        comment = capture_comment(self.sessions, state, text, language)  # after 👎 or /feedback (issue 6)
        if comment is not None:
            return replies + comment
        if forward_if_taken_over(self.sessions, self.settings, state.id, text, language):
            return replies  # a regisseur has taken over: the bot stays silent
        return replies + await self._ask_rasa(state, text, language)

    async def button(self, telegram_chat_id: int, payload: str) -> list[Reply]:
        """A button the assistant offered was pressed."""
        if payload.startswith("lang:"):
            t = self.set_language(telegram_chat_id, payload.removeprefix("lang:"))
            state = self.chat_state(telegram_chat_id)
            confirmation = Reply(t.gettext("OK. I will write to you in {language}.", language=t.language_name))
            return [confirmation] + await self._ask_rasa(state, "/greet", t.language)
        state = self.chat_state(telegram_chat_id)
        language = state.language or self.settings.default_language
        personal = handle_button(self, state, payload)  # unlink, reminders, add to calendar
        if personal is not None:
            return personal
        feedback = handle_feedback_button(self, state, payload)  # 👍/👎, 1-5, skip (issue 6)
        if feedback is not None:
            return feedback
        forget = handle_forget_button(self, state, payload)  # /vergeet confirmation (issue 6)
        if forget is not None:
            return forget
        if is_original_payload(payload):
            return original_replies(self.sessions, state.id, payload, language)
        if not payload.startswith("/"):
            return [unknown_button_reply(translator(language))]
        if forward_if_taken_over(self.sessions, self.settings, state.id, payload, language):
            return []
        return await self._ask_rasa(state, payload, language)

    def unsupported(self, telegram_chat_id: int) -> list[Reply]:
        """A sticker, voice note, photo, file...: say kindly what works."""
        t = self.translator_for(telegram_chat_id)
        return [Reply(t.gettext("I can only read text. Please type your question in a few words."))]

    async def _ask_rasa(self, state: ChatState, text: str, language: str) -> list[Reply]:
        try:
            replies = await self.rasa.send(state.pseudonym, text, {"language": language})
        except RasaUnavailable as error:
            log.warning("assistant unavailable (%s); keeping message of chat %s", error, state.pseudonym[:8])
            with session_scope(self.sessions) as session:
                session.add(PendingMessage(chat_id=state.id, text=text, language=language))
            t = translator(language)
            apology = t.gettext(
                "Sorry, I cannot answer right now. I saved your message. I will answer as soon as I can."
            )
            if not text.startswith("/"):
                # A person reads it too, in case the assistant stays down (issue 5).
                apology += "\n" + escalate_unavailable(self.sessions, self.settings, state.id, text, language)
            return [Reply(apology)]
        remember_free_text(self.sessions, state.id, replies)
        track_misunderstood(self.sessions, state, text, language, replies)
        return with_feedback_buttons(replies)

    async def retry_pending(self, send: SendReplies, limit: int = 20) -> int:
        """Answer kept messages, oldest first; stop at the first failure. Returns how many were answered."""
        with session_scope(self.sessions) as session:
            rows = session.execute(
                select(PendingMessage.id, PendingMessage.text, PendingMessage.language, Chat.pseudonym,
                       Chat.telegram_chat_id)
                .join(Chat, PendingMessage.chat_id == Chat.id)
                .order_by(PendingMessage.received_at, PendingMessage.id)
                .limit(limit)
            ).all()
        answered = 0
        for pending_id, text, language, pseudonym, telegram_chat_id in rows:
            try:
                replies = await self.rasa.send(pseudonym, text, {"language": language})
            except RasaUnavailable:
                with session_scope(self.sessions) as session:
                    pending = session.get(PendingMessage, pending_id)
                    if pending is not None:
                        pending.attempts += 1
                break
            await send(telegram_chat_id, replies)
            with session_scope(self.sessions) as session:
                pending = session.get(PendingMessage, pending_id)
                if pending is not None:
                    session.delete(pending)
            answered += 1
        return answered


def link_result_text(t: Translator, result: LinkResult) -> str:
    return {
        LinkResult.linked: t.gettext("Thank you. Your account is now linked. I can show your own appointments."),
        LinkResult.invalid: t.gettext("This code is not correct. Please check the code or ask your regisseur for a new one."),
        LinkResult.expired: t.gettext("This code is too old. Please ask your regisseur for a new code."),
        LinkResult.used: t.gettext("This code was already used. Please ask your regisseur for a new code."),
        LinkResult.rate_limited: t.gettext(
            "You sent a wrong code too many times. Please wait one hour and try again, or ask your regisseur."
        ),
    }[result]


def choose_language_reply() -> Reply:
    """Shown before we know the user's language: the same question in every language."""
    text = "\n".join(translator(code).gettext("Which language do you want?") for code in LANGUAGES)
    return Reply(text, tuple((translator(code).language_name, f"lang:{code}") for code in LANGUAGES))


def unknown_language_reply() -> Reply:
    lines = [
        translator(code).gettext("Sorry, I do not know this language. Choose your language with /taal.")
        for code in LANGUAGES
    ]
    return Reply("\n".join(lines), tuple((translator(code).language_name, f"lang:{code}") for code in LANGUAGES))


def unknown_button_reply(t: Translator) -> Reply:
    return Reply(t.gettext("This button no longer works. Please type your question."))
