"""The conversation path shared by every channel (Telegram and the local demo chat).

A channel hands over a chat id and what the user did (through ``bot.routes``); it gets back
:class:`~bot.messages.Reply` objects to show. Here the reply language is chosen, crisis words
are answered before anything else, the chat is pseudonymised for Rasa, and messages that cannot
be answered now are kept.

One turn, one transaction: the chat is read once (:meth:`Conversation.load`), Rasa is called
with no transaction open, and everything the turn changes is written in one transaction
(:meth:`Conversation.turn`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import feedback, handover
from bot.messages import Reply, reply
from bot.rasa_client import RasaClient, RasaUnavailable
from bot.turn import Snapshot, Turn
from inburgering.models import Chat, ChatTakeover, PendingMessage
from inburgering.people.pseudonym import pseudonymise
from inburgering.platform.settings import Settings
from inburgering.text.i18n import Translator, translator
from inburgering.text.language import UNKNOWN, detect_language, own_script_language
from inburgering.text.sensitive import CrisisLevel, crisis_level

log = logging.getLogger(__name__)

SendReplies = Callable[[int, list[Reply]], Awaitable[None]]


class Conversation:
    """The chat service: reads a chat, runs a turn in one transaction, asks Rasa outside it."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session], rasa: RasaClient) -> None:
        self.settings = settings
        self.sessions = sessions
        self.rasa = rasa

    # -- chats and transactions ---------------------------------------------------

    def load(self, telegram_chat_id: int) -> Snapshot:
        """The chat, read once (one statement); a new, unsaved chat when it has never written."""
        with self.sessions() as session:
            row = session.execute(
                select(Chat, ChatTakeover.chat_id)
                .outerjoin(ChatTakeover, ChatTakeover.chat_id == Chat.id)
                .where(Chat.telegram_chat_id == telegram_chat_id)
            ).first()
            if row is not None:
                session.expunge(row[0])
                return Snapshot(row[0], row[1] is not None)
        chat = Chat(
            telegram_chat_id=telegram_chat_id,
            pseudonym=pseudonymise(telegram_chat_id, self.settings.pseudonym_key),
            language=None, language_fixed=False, reminders_enabled=True, expects_free_text=False,
        )
        return Snapshot(chat, False)

    @contextmanager
    def turn(self, snapshot: Snapshot) -> Iterator[Turn]:
        """The turn's one transaction: the chat (with changes made to the snapshot) is written at the end."""
        with self.sessions.begin() as session:
            session.add(snapshot.chat)
            yield Turn(session, snapshot.chat, self.settings)

    def language_of(self, snapshot: Snapshot) -> str:
        return snapshot.chat.language or self.settings.default_language

    def translator_for(self, snapshot: Snapshot) -> Translator:
        return translator(self.language_of(snapshot))

    # -- the reply language -----------------------------------------------------------

    def reply_language(self, snapshot: Snapshot, text: str) -> str | None:
        """The reply language for ``text``; updates the snapshot's language. None: a language we do not serve.

        The message's own script wins (Arabic or Ge'ez script, also Arabizi and Latin-script Tigrinya
        when they are recognised); a language chosen with /taal decides for Latin text that is
        ambiguous; an answer to the assistant's open question may be in any language.
        """
        chat = snapshot.chat
        if chat.expects_free_text or chat.awaiting_feedback:
            return chat.language or self.settings.default_language
        if chat.language_fixed and chat.language:
            switched = own_script_language(text)
            if switched is None or switched == chat.language:
                return chat.language
            # Written in another language's own script than the one chosen: the user's writing
            # now tells the language again, as before any choice.
            chat.language_fixed = False
        detected = detect_language(text)
        if detected == UNKNOWN:
            return None
        if detected is not None:
            chat.language = detected
        return chat.language or self.settings.default_language

    # -- what the user does --------------------------------------------------------------

    async def text(self, telegram_chat_id: int, text: str) -> list[Reply]:
        """A text message typed by the user (or a photo's caption)."""
        # The crisis nets read the whole text (up to Telegram's 4096 characters): off the event loop.
        level = await asyncio.to_thread(crisis_level, text)
        snapshot = self.load(telegram_chat_id)
        language = self.reply_language(snapshot, text)
        if level is not CrisisLevel.none:
            # Before Rasa and before anything else: works when Rasa is down, in every language we serve.
            with self.turn(snapshot) as turn:
                return [handover.crisis(turn, text, language or turn.language, certain=level is CrisisLevel.crisis)]
        if language is None:
            return [reply("bot_unknown_language", translator(self.settings.default_language))]
        t = translator(language)
        replies: list[Reply] = []
        if len(text) > self.settings.max_message_chars:
            replies.append(reply("bot_message_too_long", t))
            text = text[: self.settings.max_message_chars]
        if snapshot.chat.awaiting_feedback:
            with self.turn(snapshot) as turn:  # the comment after 👎 or /feedback
                return replies + feedback.capture_comment(turn, text, language)
        if snapshot.taken_over:
            with self.turn(snapshot) as turn:  # a regisseur has the chat: to the inbox, the bot stays silent
                handover.forward(turn, text, language)
            return replies
        return replies + await self.ask_rasa(snapshot, text, language)

    async def ask_rasa(self, snapshot: Snapshot, text: str, language: str) -> list[Reply]:
        """Rasa, called with no transaction open; then the turn's one write."""
        try:
            replies = await self.rasa.send(snapshot.chat.pseudonym, text, {"language": language})
        except RasaUnavailable as error:
            log.warning("assistant unavailable (%s); keeping message of chat %s", error,
                        snapshot.chat.pseudonym[:8])
            with self.turn(snapshot) as turn:
                return [handover.keep_unanswered(turn, text, language)]
        with self.turn(snapshot) as turn:
            expects = any(r.expects_free_text for r in replies)
            if turn.chat.expects_free_text != expects:
                turn.chat.expects_free_text = expects
            feedback.track_misunderstood(turn, text, language, replies)
        return feedback.with_feedback_buttons(replies)

    async def unsupported(self, telegram_chat_id: int) -> list[Reply]:
        """A sticker, voice note, photo without caption, file...: say kindly what works."""
        return [reply("bot_only_text", self.translator_for(self.load(telegram_chat_id)))]

    # -- kept messages -------------------------------------------------------------------------

    async def retry_pending(self, send: SendReplies, limit: int = 20) -> int:
        """Answer kept messages, oldest first; stop at the first failure. Returns how many were answered."""
        with self.sessions() as session:
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
                with self.sessions.begin() as session:
                    pending = session.get(PendingMessage, pending_id)
                    if pending is not None:
                        pending.attempts += 1
                break
            await send(telegram_chat_id, replies)
            with self.sessions.begin() as session:
                pending = session.get(PendingMessage, pending_id)
                if pending is not None:
                    session.delete(pending)
            answered += 1
        return answered
