"""The conversation path shared by every channel (Telegram and the local demo chat).

A channel hands over a chat id and what the user did (through ``bot.routes``); it gets back
:class:`~bot.messages.Reply` objects to show. Here the reply language is chosen, crisis words
are answered before anything else, the chat is pseudonymised for Rasa, and messages that cannot
be answered now are kept.

One turn, one transaction: the chat is read once (:meth:`Conversation.load`), Rasa is called
with no transaction open, and everything the turn changes is written in one transaction
(:meth:`Conversation.turn`).

Kept messages (:meth:`Conversation.retry_pending`) follow the policy every queue shares
(:mod:`inburgering.platform.queues`): an outage (the assistant fails its health check) counts
against no message and ends the round; a failure of one message counts an attempt for it alone;
each message is sent to Rasa until it is answered once, and its answer goes through the outbox.
A person is asked only when a message has waited longer than ``ESCALATE_AFTER``, once per chat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot import claims, feedback, gemeente, handover, journal, speak
from bot.messages import Reply, reply
from bot.rasa_client import RasaClient, RasaUnavailable
from bot.readiness import Readiness, health_urls
from bot.turn import Snapshot, Turn
from channels.once import AGAIN, UPDATE_ID
from inburgering.handover import outbox
from inburgering.models import Chat, ChatTakeover, Gemeente, Inburgeraar, PendingMessage
from inburgering.platform import queues
from inburgering.people.gemeente import remember_person_gemeente
from inburgering.people.linking import seen
from inburgering.people.pseudonym import pseudonymise
from inburgering.platform.settings import Settings
from inburgering.text.i18n import Translator, translator
from inburgering.text.language import UNKNOWN, detect_language, own_script_language
from inburgering.text.sensitive import CrisisLevel, crisis_level

log = logging.getLogger(__name__)

Deliver = Callable[[], Awaitable[object]]
# A kept message waits this long for the assistant before a person is asked (issue 12): a restart
# or a short outage answers it without bothering a regisseur.
ESCALATE_AFTER = timedelta(minutes=10)  # the default of settings.kept_escalate_after_seconds


def _load_statement(check_update: bool):
    """The chat, whether a regisseur has it, whether messages of it are kept, its person's municipality;
    with ``check_update``, whether the Telegram update ``:update_id`` was claimed already (bot.claims).
    Built once: a statement made anew for each message costs more than the query it runs."""
    kept = (select(PendingMessage.id)
            .where(PendingMessage.chat_id == Chat.id, PendingMessage.failed_at.is_(None)).exists())
    columns = [Chat, ChatTakeover.chat_id, kept, Gemeente.slug]
    if check_update:
        columns.append(claims.claimed_query(bindparam("update_id")))
    return (select(*columns)
            .outerjoin(ChatTakeover, ChatTakeover.chat_id == Chat.id)
            .outerjoin(Inburgeraar, Inburgeraar.id == Chat.inburgeraar_id)
            .outerjoin(Gemeente, Gemeente.id == Inburgeraar.gemeente_id)
            .where(Chat.telegram_chat_id == bindparam("telegram_chat_id")))


_LOAD = _load_statement(check_update=False)
_LOAD_AND_CHECK = _load_statement(check_update=True)


class Conversation:
    """The chat service: reads a chat, runs a turn in one transaction, asks Rasa outside it."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session], rasa: RasaClient,
                 readiness: Readiness | None = None, escalate_after: timedelta | None = None) -> None:
        self.settings = settings
        self.sessions = sessions
        self.rasa = rasa
        self.readiness = readiness or Readiness(health_urls(settings))
        self.escalate_after = (escalate_after if escalate_after is not None
                               else timedelta(seconds=settings.kept_escalate_after_seconds))
        self._answering: set[int] = set()  # kept messages being answered by a task of this process

    # -- chats and transactions ---------------------------------------------------

    def load(self, telegram_chat_id: int) -> Snapshot:
        """The chat, read once (one statement); a new, unsaved chat when it has never written.

        The same statement tells whether the Telegram update was handled already (bot.claims: a copy
        is dropped before Rasa) and the linked person's municipality (the turn's tally needs it).
        """
        with self.sessions() as session:
            update_id = claims.unchecked()
            if update_id is None:
                row = session.execute(_LOAD, {"telegram_chat_id": telegram_chat_id}).first()
            else:
                row = session.execute(_LOAD_AND_CHECK, {"telegram_chat_id": telegram_chat_id,
                                                        "update_id": update_id}).first()
            if row is None:
                claims.check(session)  # a chat that never wrote: the claim on its own
            else:
                if update_id is not None:
                    claims.check_claimed(update_id, bool(row[4]))
                session.expunge(row[0])
                return Snapshot(row[0], row[1] is not None, bool(row[2]),
                                person_id=row[0].inburgeraar_id, person_gemeente=row[3])
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
            # The Telegram update, claimed once across instances; a second copy stops here (bot.claims).
            claim = claims.claim(session)
            seen(snapshot.chat)  # "last seen" for staff, to the hour: at most one more write an hour
            session.add(snapshot.chat)
            if snapshot.person_id is not None:
                remember_person_gemeente(session, snapshot.person_id, snapshot.person_gemeente)
            turn = Turn(session, snapshot.chat, self.settings)
            yield turn
            if claim is not None and turn.answers:
                journal.keep_answers(session, claim.update_id, turn.answers)
        claims.committed(claim)

    def language_of(self, snapshot: Snapshot) -> str:
        return snapshot.chat.language or self.settings.default_language

    def answer_once(self, telegram_chat_id: int, name: str, arguments: dict | None = None,
                    snapshot: Snapshot | None = None) -> list[Reply]:
        """A reply the bot gives itself (help, language buttons, ...), in a turn: the Telegram update is
        claimed (bot.claims), so a copy at another instance is not answered a second time."""
        with self.turn(snapshot or self.load(telegram_chat_id)) as turn:
            return turn.answer([turn.reply(name, arguments)])

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
                return turn.answer([handover.crisis(turn, text, language or turn.language,
                                                    certain=level is CrisisLevel.crisis)])
        if language is None:
            return [reply("bot_unknown_language", translator(self.settings.default_language))]
        t = translator(language)
        replies: list[Reply] = []
        if len(text) > self.settings.max_message_chars:
            replies.append(reply("bot_message_too_long", t))
            text = text[: self.settings.max_message_chars]
        if snapshot.chat.awaiting_feedback:
            with self.turn(snapshot) as turn:  # the comment after 👎 or /feedback
                return turn.answer(replies + feedback.capture_comment(turn, text, language))
        if snapshot.taken_over:
            with self.turn(snapshot) as turn:  # a regisseur has the chat: to the inbox, the bot stays silent
                handover.forward(turn, text, language)
            return replies
        return replies + await self.ask_rasa(snapshot, text, language)

    async def ask_rasa(self, snapshot: Snapshot, text: str, language: str) -> list[Reply]:
        """Rasa, called with no transaction open; then the turn's one write.

        Messages of this chat kept during an outage are answered first, in this turn, so a new
        message never overtakes them (their answers come before its answer).
        """
        earlier = await self._answer_kept_first(snapshot) if snapshot.kept else []
        try:
            replies = await self._ask(snapshot.chat.pseudonym, text, language, claims.current_update())
        except RasaUnavailable as error:
            log.warning("assistant unavailable (%s); keeping message of chat %s", error,
                        snapshot.chat.pseudonym[:8])
            with self.turn(snapshot) as turn:
                return turn.answer(earlier + [handover.keep_unanswered(turn, text, language)])
        with self.turn(snapshot) as turn:
            return turn.answer(earlier + self._answered(turn, text, language, replies))

    async def _answer_kept_first(self, snapshot: Snapshot) -> list[Reply]:
        """Answer this chat's kept messages now, oldest first; their replies, to send before the new one's.

        Stops at the first that cannot be answered (the retry job has it, with the queue's policy).
        """
        with self.sessions() as session:
            kept = session.execute(
                select(PendingMessage.id, PendingMessage.text, PendingMessage.language)
                .where(PendingMessage.chat_id == snapshot.chat.id, PendingMessage.failed_at.is_(None))
                .order_by(PendingMessage.received_at, PendingMessage.id)
            ).all()
        replies: list[Reply] = []
        now = datetime.now(timezone.utc)
        for pending_id, text, language in kept:
            try:
                if not await self._answer_kept(pending_id, snapshot.chat.id, text, language,
                                               snapshot.chat.pseudonym, now, answers=replies):
                    break
            except Exception as error:  # the retry job tries it again, counting the attempt
                log.info("kept message %d not answered before a new one (%s)", pending_id, type(error).__name__)
                break
        return replies

    async def _ask(self, pseudonym: str, text: str, language: str,
                   update: claims.UpdateClaim | None = None) -> list[Reply]:
        """Rasa's replies; RasaUnavailable also for an empty answer.

        Every turn of the dialogue says something (a rule's answer, or the fallback's), so no messages
        means the turn failed: Rasa answers 200 with no messages when its NLG endpoint (the action
        server) cannot be reached or an action crashed. Such a message is kept, not lost, also when
        the action server is back by the time the bot could check (it restarts within a second or
        two); the retry job tells an outage from a failing message by the readiness. ``update``: the Telegram
        update the message came in; Rasa keeps its id with the message and, when the update is
        handled a second time, answers from the conversation if it has the message already
        (channels.once), so a message is never added twice.
        """
        metadata: dict[str, object] = {"language": language}
        if update is not None:
            metadata[UPDATE_ID] = update.update_id
            if update.again:
                metadata[AGAIN] = True
        replies = await self.rasa.send(pseudonym, text, metadata)
        if not replies:
            raise RasaUnavailable("empty answer")
        return replies

    @staticmethod
    def _answered(turn: Turn, text: str, language: str, replies: list[Reply]) -> list[Reply]:
        """What an answer from Rasa changes in the chat; the replies to show."""
        expects = any(r.expects_free_text for r in replies)
        if turn.chat.expects_free_text != expects:
            turn.chat.expects_free_text = expects
        feedback.track_misunderstood(turn, text, language, replies)
        replies = speak.with_speak_button(turn.session, feedback.with_feedback_buttons(replies), language)
        notice = gemeente.notice_once(turn)  # issue 17: after the answer, once: whose answers these are
        return replies + [notice] if notice else replies

    async def unsupported(self, telegram_chat_id: int) -> list[Reply]:
        """A sticker, voice note, photo without caption, file...: say kindly what works."""
        return self.answer_once(telegram_chat_id, "bot_only_text")

    # -- kept messages -------------------------------------------------------------------------

    async def wait_until_ready(self) -> bool:
        """Before taking updates: wait for Rasa and the action server (see :mod:`bot.readiness`)."""
        return await self.readiness.wait(self.settings.ready_wait_seconds)

    async def retry_pending(self, deliver: Deliver | None = None, *, limit: int = 20,
                            now: datetime | None = None) -> int:
        """Answer kept messages, oldest first; returns how many were answered.

        First a person is asked about messages that waited longer than ``escalate_after``. Each
        answer is written to the outbox in the transaction that deletes the kept message, so a
        message is sent to Rasa until it is answered once, and its answer is never lost;
        ``deliver`` then sends the outbox at once.
        """
        now = now or datetime.now(timezone.utc)
        try:
            self.escalate_overdue(now)
        except Exception as error:  # asking a person must not stop the answering
            log.warning("escalating long-kept messages failed (%s)", type(error).__name__)
        answered = 0
        held_chats: set[int] = set()  # a chat whose message failed this round: its later ones keep their order
        for pending_id, chat_id, text, language, pseudonym in self._due_pending(now, limit):
            if chat_id in held_chats:
                continue
            try:
                done = await self._answer_kept(pending_id, chat_id, text, language, pseudonym, now)
            except RasaUnavailable as error:
                if not await self.readiness.ready():
                    log.info("assistant still unavailable: the kept messages wait")
                    break  # an outage: it counts against no message
                self._failed_attempt(pending_id, f"assistant: {error}", now)
                held_chats.add(chat_id)
                continue
            except Exception as error:  # this message's problem (or, rarely, the database's); the rest go on
                log.warning("kept message %d failed (%s)", pending_id, type(error).__name__)
                self._failed_attempt(pending_id, queues.error_text(error), now)
                held_chats.add(chat_id)
                continue
            if not done:  # another instance has it (or it was forgotten): the chat's later ones wait
                held_chats.add(chat_id)
                continue
            answered += 1
        if answered and deliver is not None:
            await deliver()
        return answered

    async def _answer_kept(self, pending_id: int, chat_id: int, text: str, language: str, pseudonym: str,
                           now: datetime, answers: list[Reply] | None = None) -> bool:
        """Answer one kept message; False when another instance holds it or it is gone.

        The row is claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite has one
        writer and ignores it) and held while Rasa answers, so of several bot instances only one
        asks Rasa; its answer goes to the outbox in the transaction that deletes the kept message.
        An error rolls the claim back; the caller counts the attempt. With ``answers`` (the chat's
        own turn answers it) the replies are appended there, to be sent with the turn's, not queued.
        In one process a message is answered by one task at a time (SQLite ignores the row lock).
        """
        if pending_id in self._answering:
            return False
        self._answering.add(pending_id)
        try:
            return await self._answer_kept_claimed(pending_id, chat_id, text, language, pseudonym, now, answers)
        finally:
            self._answering.discard(pending_id)

    async def _answer_kept_claimed(self, pending_id: int, chat_id: int, text: str, language: str, pseudonym: str,
                                   now: datetime, answers: list[Reply] | None) -> bool:
        with self.sessions.begin() as session:
            pending = session.scalars(
                select(PendingMessage)
                .where(PendingMessage.id == pending_id, PendingMessage.failed_at.is_(None))
                .with_for_update(skip_locked=True)
            ).first()
            if pending is None:
                return False
            chat = session.get(Chat, chat_id)
            if chat is None:  # forgotten (/vergeet) meanwhile
                return False
            if session.get(ChatTakeover, chat_id) is not None:
                # A regisseur took the chat over while the message waited: it goes to them, the bot stays silent.
                session.delete(pending)
                handover.forward(Turn(session, chat, self.settings), text, language)
                return True
            replies = await self._ask(pseudonym, text, language)
            session.delete(pending)
            answered = self._answered(Turn(session, chat, self.settings), text, language, replies)
            if answers is not None:
                answers.extend(answered)
                return True
            for answer in answered:
                outbox.enqueue(session, chat_id, answer.text, buttons=list(answer.buttons), now=now)
        return True

    def _due_pending(self, now: datetime, limit: int) -> list[tuple[int, int, str, str, str]]:
        """Kept messages to try now, oldest first; none behind a waiting message of the same chat."""
        earlier = aliased(PendingMessage)
        waiting_before = (
            select(earlier.id)
            .where(earlier.chat_id == PendingMessage.chat_id, earlier.failed_at.is_(None),
                   earlier.id < PendingMessage.id, earlier.next_attempt_at > now)
            .exists()
        )
        with self.sessions() as session:
            return [tuple(row) for row in session.execute(
                select(PendingMessage.id, PendingMessage.chat_id, PendingMessage.text, PendingMessage.language,
                       Chat.pseudonym)
                .join(Chat, PendingMessage.chat_id == Chat.id)
                .where(PendingMessage.failed_at.is_(None),
                       or_(PendingMessage.next_attempt_at.is_(None), PendingMessage.next_attempt_at <= now),
                       ~waiting_before)
                .order_by(PendingMessage.received_at, PendingMessage.id)
                .limit(limit)
            ).all()]

    def _failed_attempt(self, pending_id: int, error: str, now: datetime) -> None:
        """A failure of this message itself: wait and try again; after the last attempt a person has it."""
        with self.sessions.begin() as session:
            pending = session.get(PendingMessage, pending_id)
            if pending is None:
                return
            pending.attempts += 1
            pending.last_error = error[:256]
            if not queues.exhausted(pending.attempts):
                pending.next_attempt_at = queues.next_attempt_at(now, pending.attempts)
                return
            pending.failed_at = now
            log.warning("kept message %d given up after %d attempts; a person is asked", pending_id,
                        pending.attempts)
            if pending.escalated_at is None:
                self._escalate(session, pending.chat_id, [pending], now)

    def escalate_overdue(self, now: datetime | None = None) -> int:
        """Ask a person about messages kept longer than ``escalate_after``: once per chat. Returns how many chats."""
        now = now or datetime.now(timezone.utc)
        with self.sessions.begin() as session:
            overdue = session.scalars(
                select(PendingMessage)
                .where(PendingMessage.escalated_at.is_(None), PendingMessage.received_at <= now - self.escalate_after)
                .order_by(PendingMessage.received_at, PendingMessage.id)
                .with_for_update(skip_locked=True)  # several instances: each row is escalated by one
            ).all()
            by_chat: dict[int, list[PendingMessage]] = {}
            for pending in overdue:
                by_chat.setdefault(pending.chat_id, []).append(pending)
            for chat_id, kept in by_chat.items():
                self._escalate(session, chat_id, kept, now)
        return len(by_chat)

    def _escalate(self, session: Session, chat_id: int, kept: list[PendingMessage], now: datetime) -> None:
        """One escalation (or the chat's open one) with the kept questions; the user is told once."""
        for pending in kept:
            pending.escalated_at = now
        chat = session.get(Chat, chat_id)
        if chat is None:
            return
        notice = handover.escalate_kept(
            Turn(session, chat, self.settings), [(p.text, p.language) for p in kept], now,
        )
        if notice is not None:
            outbox.enqueue(session, chat_id, notice.text, now=now)
