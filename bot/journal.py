"""The bot's journal: no Telegram update is lost when a bot process dies (issue 12).

python-telegram-bot tells Telegram an update was received (polling: the next ``getUpdates``;
webhook: the HTTP answer) as soon as the update is in its queue, before a handler has run; a bot
killed then would lose every update it held. So:

1. :class:`JournalingQueue` writes each update (:class:`ReceivedUpdate`) before it enters the
   queue, so before Telegram hears that it arrived.
2. The turn that claims the update (bot.claims) keeps its answers (text and buttons) in the row, in
   the same transaction (:func:`keep_answers`), with the time (``sending_at``); just before they go
   out :meth:`Journal.sending` stores them when they differ (answers made outside a turn); after each
   answer Telegram accepted, :meth:`Journal.sent` keeps only the ones still to send;
   :meth:`Journal.finished` deletes the row when the handlers are done.
3. A row that stays (the process died, or a handler failed) is taken over by the recovery job of
   any instance (:meth:`Journal.recover`) after ``recover_after``, or sooner by the chat's next
   update (:meth:`Journal.left_before`, in ``bot.update_processor``), which finishes the chat's
   left rows first, so the chat's answers keep the order of its messages: an update that was answered
   but whose answers may not all have gone out has the rest sent (again: a crash in the millisecond
   between Telegram accepting an answer and the row's update sends that one twice); an update whose turn
   never committed is handled again from the start. Each takeover counts an attempt
   (:mod:`inburgering.platform.queues`); after ``MAX_ATTEMPTS`` the row is marked failed, its
   text dropped, and counted on the health page.

A copy of an update that another task or instance is handling (bot.claims) leaves the row alone:
the one that answers it deletes it. Answers with a file or a voice recording are not stored
(they are rare and large); after a crash such an update's text answers are sent, the file not.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot, Update

from bot.messages import Reply
from inburgering.models import ProcessedUpdate, ReceivedUpdate
from inburgering.platform import queues
from inburgering.platform.db import upsert_insert

log = logging.getLogger(__name__)

# An update still in the journal this long after it arrived is taken over by a recovery job; a
# live instance handles a message in seconds (Rasa's timeout is 30 s), so this never takes an
# update from a live instance that is still working on it.
RECOVER_AFTER = timedelta(seconds=60)
# A chat's new update first finishes the chat's rows older than this (Journal.left_before): another
# live instance that took the chat's update a moment ago is still working on it.
LEFT_AFTER = timedelta(seconds=5)
# At most this many update ids remembered as handled a second time (each is forgotten once settled).
_AGAIN_LIMIT = 10_000

# What happened to the update this task handles (None: handled to the end by this task).
_DUPLICATE = "duplicate"
_outcome: ContextVar[tuple[str, str] | None] = ContextVar("journal_outcome", default=None)
# The answers this task's turn kept in the update's row (keep_answers): (update_id, stored JSON).
_kept: ContextVar[tuple[int, str] | None] = ContextVar("journal_kept", default=None)


def handled_elsewhere() -> None:
    """This update is (being) answered by another task or instance: leave its row to that one."""
    _outcome.set((_DUPLICATE, ""))


def handler_failed(error: BaseException) -> None:
    """A handler of this update raised: the row stays and is tried again later."""
    _outcome.set(("failed", queues.error_text(error)))


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def stored_replies(replies: Sequence[Reply]) -> str:
    """The answers that can be sent again after a crash: text and buttons (no files, no recordings)."""
    return json.dumps([{"text": r.text, "buttons": [list(b) for b in r.buttons]}
                       for r in replies if r.attachment is None and r.text], ensure_ascii=False)


def replies_from(stored: str) -> list[Reply]:
    return [Reply(item["text"], tuple(tuple(b) for b in item["buttons"])) for item in json.loads(stored)]


class Journal:
    """The journal of one bot process (several processes share the table)."""

    def __init__(self, sessions: sessionmaker[Session], recover_after: timedelta = RECOVER_AFTER) -> None:
        self.sessions = sessions
        self.recover_after = recover_after
        # Updates this process handles a second time: a copy of one already journaled (Telegram delivered it
        # again after a process died) or one taken over from a dead process. Their message may have reached
        # Rasa already (channels.once); forgotten when the update is settled.
        self._again: set[int] = set()

    def record(self, update: Update, now: datetime | None = None) -> None:
        """Write ``update`` before it enters the queue; a copy already written stays as it is (and is
        handled as a second handling: :meth:`handled_again`)."""
        chat = update.effective_chat
        with self.sessions.begin() as session:
            written = session.execute(
                upsert_insert(session, ReceivedUpdate)
                .values(update_id=update.update_id, payload=update.to_json(), received_at=now or _utcnow(),
                        attempts=0, chat_id=chat.id if chat is not None else None)
                .on_conflict_do_nothing(index_elements=["update_id"])
            ).rowcount
        if not written:
            self._again_add(update.update_id)

    def handled_again(self, update_id: int) -> bool:
        """Whether this process handles ``update_id`` a second time (its message may have reached Rasa)."""
        return update_id in self._again

    def _again_add(self, update_id: int) -> None:
        if len(self._again) >= _AGAIN_LIMIT:  # rows given up on are never settled here: forget the oldest ids
            self._again = set(sorted(self._again)[_AGAIN_LIMIT // 2:])
        self._again.add(update_id)

    def begin(self) -> None:
        """A task starts handling an update: nothing has happened to it yet."""
        _outcome.set(None)
        _kept.set(None)

    def sending(self, update_id: int, replies: Sequence[Reply], now: datetime | None = None) -> None:
        """The answers are about to go out: kept in the row until :meth:`finished`.

        ``sending_at`` keeps recoveries off the row while this task sends: an update received
        long ago (delivered again after a crash, or waiting for Rasa's conversation lock) is past
        ``recover_after`` while it is still being answered, and a recovery job that took it then
        sent its answers a second time, next to the live task (the multi-instance test: one chat
        in ten got one answer twice).
        """
        stored = stored_replies(replies)
        if _kept.get() == (update_id, stored):
            return  # the turn that claimed the update kept these answers in its own transaction
        with self.sessions.begin() as session:
            session.execute(update(ReceivedUpdate).where(ReceivedUpdate.update_id == update_id)
                            .values(replies=stored, sending_at=now or _utcnow()))

    def sent(self, update_id: int, remaining: Sequence[Reply], now: datetime | None = None) -> None:
        """An answer went out: after a crash only ``remaining`` is sent again, not the answers before it.

        Without it, a process killed between the first and the last answer of a turn made the chat
        get its first answers twice. A database error here never stops the answers still to send.
        """
        try:
            with self.sessions.begin() as session:
                session.execute(update(ReceivedUpdate).where(ReceivedUpdate.update_id == update_id)
                                .values(replies=stored_replies(remaining), sending_at=now or _utcnow()))
        except Exception as error:  # the answers go out as always; only a crash now would repeat one
            log.warning("update %d: answer sent but not noted (%s)", update_id, type(error).__name__)

    def finished(self, update_id: int, now: datetime | None = None) -> None:
        """The handlers of ``update_id`` are done: delete its row, or count a failed attempt."""
        outcome = _outcome.get()
        if outcome is not None and outcome[0] == _DUPLICATE:
            return
        if outcome is None:
            self._again.discard(update_id)
        with self.sessions.begin() as session:
            if outcome is None:
                session.execute(delete(ReceivedUpdate).where(ReceivedUpdate.update_id == update_id))
                return
            row = session.get(ReceivedUpdate, update_id)
            if row is not None:
                self._failed_attempt(row, outcome[1], now or _utcnow())

    @staticmethod
    def _failed_attempt(row: ReceivedUpdate, error: str, now: datetime) -> None:
        row.attempts += 1
        row.last_error = error[:256]
        if queues.exhausted(row.attempts):
            row.failed_at = now
            row.payload = ""  # given up: the message text is not kept
            row.replies = None
            log.warning("update %d given up after %d attempts (%s)", row.update_id, row.attempts, row.last_error)
        else:
            row.next_attempt_at = queues.next_attempt_at(now, row.attempts)

    # -- recovery --------------------------------------------------------------------------

    def due(self, now: datetime, limit: int = 20) -> list[int]:
        """Rows nobody is working on: older than ``recover_after``, not sending for as long, not
        waiting for a retry."""
        with self.sessions() as session:
            return list(session.scalars(
                select(ReceivedUpdate.update_id)
                .where(ReceivedUpdate.failed_at.is_(None),
                       ReceivedUpdate.received_at <= now - self.recover_after,
                       _not_sending_since(now - self.recover_after),
                       or_(ReceivedUpdate.next_attempt_at.is_(None), ReceivedUpdate.next_attempt_at <= now))
                .order_by(ReceivedUpdate.update_id)
                .limit(limit)
            ))

    def left_before(self, chat_id: int, update_id: int, now: datetime, grace: timedelta = LEFT_AFTER) -> list[int]:
        """The chat's rows older than ``update_id`` that nobody works on: left by a dead process.

        A row this old that is still in the journal was received before the chat's new update and is
        not in this process's hands (its updates of a chat run in order, so an earlier one is done);
        ``grace`` leaves another live instance the seconds it needs for an update it just took.
        """
        with self.sessions() as session:
            return list(session.scalars(
                select(ReceivedUpdate.update_id)
                .where(ReceivedUpdate.chat_id == chat_id, ReceivedUpdate.update_id < update_id,
                       ReceivedUpdate.failed_at.is_(None), ReceivedUpdate.received_at <= now - grace,
                       _not_sending_since(now - grace),
                       or_(ReceivedUpdate.next_attempt_at.is_(None), ReceivedUpdate.next_attempt_at <= now))
                .order_by(ReceivedUpdate.update_id)
            ))

    def take_over(self, update_id: int, now: datetime,
                  quiet: timedelta | None = None) -> tuple[str, str | None, bool] | None:
        """Take ``update_id`` for this instance (one instance wins): (payload, replies, answered).

        The row is pushed ``recover_after`` into the future, so no other instance takes it while
        this one works on it; ``answered``: a turn committed its claim (bot.claims). A row whose
        answers went out less than ``quiet`` ago (default ``recover_after``) is left alone.
        """
        quiet = self.recover_after if quiet is None else quiet
        with self.sessions.begin() as session:
            row = session.scalars(
                select(ReceivedUpdate)
                .where(ReceivedUpdate.update_id == update_id, ReceivedUpdate.failed_at.is_(None),
                       _not_sending_since(now - quiet),
                       or_(ReceivedUpdate.next_attempt_at.is_(None), ReceivedUpdate.next_attempt_at <= now))
                .with_for_update(skip_locked=True)
            ).first()
            if row is None:
                return None
            row.attempts += 1
            if queues.exhausted(row.attempts):
                row.failed_at, row.payload, row.replies = now, "", None
                row.last_error = (row.last_error or "not handled to the end")[:256]
                log.warning("update %d given up after %d attempts", update_id, row.attempts)
                return None
            row.next_attempt_at = now + max(self.recover_after, timedelta(seconds=queues.backoff_seconds(row.attempts)))
            answered = session.get(ProcessedUpdate, update_id) is not None
            return row.payload, row.replies, answered

    @staticmethod
    def prune(session: Session, now: datetime | None = None, keep: timedelta = timedelta(days=2)) -> int:
        """Delete rows given up on longer than ``keep`` ago (the retention job); they hold no text."""
        cutoff = (now or _utcnow()) - keep
        return session.execute(delete(ReceivedUpdate).where(ReceivedUpdate.failed_at < cutoff)).rowcount

    def drop(self, update_id: int) -> None:
        with self.sessions.begin() as session:
            session.execute(delete(ReceivedUpdate).where(ReceivedUpdate.update_id == update_id))

    async def recover(self, bot: Bot, handle: Callable[[Update], Awaitable[Any]],
                      send: Callable[[int, Reply], Awaitable[Any]], now: datetime | None = None) -> int:
        """Finish the updates a dead process (or a failed handler) left; returns how many were taken.

        ``handle`` puts an update into the application's queue; ``send`` sends one reply to a chat.
        """
        now = now or _utcnow()
        taken = 0
        for update_id in self.due(now):
            taken += await self.finish_left(update_id, bot, handle, send, now)
        return taken

    async def finish_left(self, update_id: int, bot: Bot, handle: Callable[[Update], Awaitable[Any]],
                          send: Callable[[int, Reply], Awaitable[Any]], now: datetime,
                          quiet: timedelta | None = None) -> bool:
        """Take over one row a dead process left and finish it: handle it again when its turn never
        committed, else send its stored answers. False when another instance has it, it is being
        sent (``take_over``'s ``quiet``) or it is given up."""
        try:
            found = self.take_over(update_id, now, quiet)
            if found is None:
                return False
            payload, replies, answered = found
            if not answered:
                log.info("update %d was not handled to the end: handled again", update_id)
                self._again_add(update_id)
                await handle(Update.de_json(json.loads(payload), bot))
                return True
            if replies is not None:
                chat_id = Update.de_json(json.loads(payload), bot).effective_chat.id
                log.info("update %d was answered but maybe not sent: sending its answers", update_id)
                stored = replies_from(replies)
                for index, reply in enumerate(stored, start=1):
                    await send(chat_id, reply)
                    if index < len(stored):
                        self.sent(update_id, stored[index:], now)
            self.drop(update_id)
        except Exception as error:  # this row's problem: the rows behind it go on
            log.warning("recovering update %d failed (%s)", update_id, type(error).__name__)
            with self.sessions.begin() as session:
                row = session.get(ReceivedUpdate, update_id)
                if row is not None:
                    row.last_error = queues.error_text(error)
        return True


def keep_answers(session: Session, update_id: int, replies: Sequence[Reply], now: datetime | None = None) -> None:
    """The answers of ``update_id``, kept in its row in the transaction of the turn that claims it (bot.claims).

    Without them a process that died between that commit and :meth:`Journal.sending` left an update that was
    answered (claimed) but had nothing to send: the recovery could only drop it, and the person never got the
    answer (the multi-instance test under load: one question in fifty). No row (an update not journaled, the
    demo chat): nothing to do.
    """
    stored = stored_replies(replies)
    session.execute(update(ReceivedUpdate).where(ReceivedUpdate.update_id == update_id)
                    .values(replies=stored, sending_at=now or _utcnow()))
    _kept.set((update_id, stored))  # Journal.sending need not write them again


def _not_sending_since(moment: datetime):
    """No task has stored answers it is sending since ``moment``."""
    return or_(ReceivedUpdate.sending_at.is_(None), ReceivedUpdate.sending_at <= moment)


class JournalingQueue(asyncio.Queue):
    """The application's update queue: each update is journaled before it is queued.

    Both of python-telegram-bot's ways in (the poller and the webhook handler) put updates here
    before they tell Telegram the update arrived. If the database cannot be written, the update is
    still queued: it is answered as always, it only would not survive a crash.
    """

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal

    async def put(self, item: Any) -> None:
        if isinstance(item, Update):
            try:
                self.journal.record(item)
            except Exception as error:
                log.warning("update %d not journaled (%s)", item.update_id, type(error).__name__)
        await super().put(item)
