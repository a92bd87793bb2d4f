"""Concurrent chats, each chat in order: python-telegram-bot's update processor for this bot.

python-telegram-bot handles one update at a time unless told otherwise, so one chat waiting
for Rasa makes every other chat wait too. This processor runs updates of different chats at the
same time, while one chat's updates still run one after another, in the order Telegram sent them:
a turn reads the chat, asks Rasa and writes the chat, and the next message of the same chat must
see that write (and get its answer after the answer to the message before it).

With a :class:`~bot.journal.Journal`, an update's journal row is settled when its handlers are
done (deleted, or an attempt counted when a handler failed): see :mod:`bot.journal`.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.journal import LEFT_AFTER, Journal

log = logging.getLogger(__name__)

DEFAULT_MAX_CONCURRENT_UPDATES = 64
# A chat is checked for journal rows a dead process left on its first update in this process and
# then at most this often (a moved chat comes back to a bot after the webhook router's 10 s).
CHECK_AGAIN_SECONDS = 30.0
MAX_CHECKED_CHATS = 10_000
# Updates admitted per running slot: those waiting for their chat's previous update hold an
# admission, not a running slot, so one chat's backlog cannot keep other chats waiting.
ADMITTED_PER_SLOT = 16


@dataclass
class _ChatLine:
    """One chat's queue: the lock its updates take in turn, and how many updates hold or wait for it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Up to ``max_running`` updates run at once; the updates of one chat run one at a time, in order.

    Updates without a chat (none that this bot handles today) run without a chat lock. A chat's
    lock exists only while one of its updates is running or waiting, so memory does not grow with
    the number of chats the bot has ever seen.

    Order: python-telegram-bot starts one task per update in the order the updates arrive; each
    task takes its admission (a FIFO semaphore) and then its chat's lock (FIFO) before its first
    pause, so a chat's updates take the lock in arrival order. Only then does the update wait for
    one of the ``max_running`` slots.
    """

    __slots__ = ("_chats", "_checked", "_handle", "_handling", "_journal", "_max_running", "_running", "_send")

    def __init__(self, max_running: int = DEFAULT_MAX_CONCURRENT_UPDATES, max_admitted: int | None = None,
                 journal: Journal | None = None) -> None:
        if max_running < 1:
            raise ValueError("max_running must be at least 1")
        super().__init__(max_admitted or max_running * ADMITTED_PER_SLOT)
        if self.max_concurrent_updates < max_running:
            raise ValueError("max_admitted must be at least max_running")
        self._max_running = max_running
        self._running = asyncio.Semaphore(max_running)
        self._chats: dict[int, _ChatLine] = {}
        self._handling = 0
        self._journal = journal
        # Finishing rows a dead process left (Journal.left_before): how to handle an update in this
        # task and send a stored answer; set by answer_left_first. When each chat was last checked.
        self._handle: Callable[[Update], Awaitable[Any]] | None = None
        self._send: Callable[[int, Any], Awaitable[Any]] | None = None
        self._checked: dict[int, float] = {}

    @property
    def max_running(self) -> int:
        """How many updates are handled at the same time, at most."""
        return self._max_running

    @property
    def running(self) -> int:
        """How many updates are being handled now (a snapshot)."""
        return self._handling

    @property
    def chats_in_line(self) -> int:
        """How many chats have an update running or waiting now (each has a lock only then)."""
        return len(self._chats)

    @staticmethod
    def chat_key(update: object) -> int | None:
        """The chat whose order the update belongs to; None: no chat (runs without a chat lock)."""
        if isinstance(update, Update) and update.effective_chat is not None:
            return update.effective_chat.id
        return None

    @asynccontextmanager
    async def in_turn(self, chat_id: int | None) -> AsyncIterator[None]:
        """Hold ``chat_id``'s turn: other work for the chat (e.g. a job answering a kept message)
        can use this to keep the chat's order with its updates."""
        if chat_id is None:
            yield
            return
        line = self._chats.get(chat_id)
        if line is None:
            line = self._chats[chat_id] = _ChatLine()
        line.users += 1  # before the first pause: the line cannot be removed under us
        try:
            async with line.lock:
                yield
        finally:
            line.users -= 1
            if line.users == 0:
                del self._chats[chat_id]

    def answer_left_first(self, handle: Callable[[Update], Awaitable[Any]],
                          send: Callable[[int, Any], Awaitable[Any]]) -> None:
        """Before a chat's update, finish the chat's journal rows a dead process left (bot.journal).

        ``handle`` runs an update's handlers in the calling task (``Application.process_update``);
        ``send`` sends one stored reply to a chat. A chat is checked on its first update in this
        process and again once ``CHECK_AGAIN_SECONDS`` have passed, so most turns cost no query.
        """
        self._handle, self._send = handle, send

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's turn, then for a running slot, then handle the update."""
        started = False
        try:
            async with self.in_turn(self.chat_key(update)), self._running:
                started = True
                self._handling += 1
                try:
                    await self._finish_left(update)
                    if self._journal is not None:
                        self._journal.begin()
                    await coroutine
                    self._settle(update)
                finally:
                    self._handling -= 1
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting (shutdown): never started, so no warning

    async def _finish_left(self, update: object) -> None:
        """In the chat's turn, before ``update``: the chat's older rows a dead process left, in order."""
        chat_id = self.chat_key(update)
        if self._journal is None or self._handle is None or chat_id is None or not isinstance(update, Update):
            return
        now = time.monotonic()
        if now - self._checked.get(chat_id, -CHECK_AGAIN_SECONDS) < CHECK_AGAIN_SECONDS:
            return
        if len(self._checked) >= MAX_CHECKED_CHATS:
            self._checked = {c: t for c, t in self._checked.items() if now - t < CHECK_AGAIN_SECONDS}
        self._checked[chat_id] = now
        journal, handle, send = self._journal, self._handle, self._send

        async def handle_here(left: Update) -> None:
            journal.begin()
            await handle(left)
            self._settle(left)

        try:
            left = journal.left_before(chat_id, update.update_id, datetime.now(timezone.utc))
            for update_id in left:
                await journal.finish_left(update_id, update.get_bot(), handle_here, send,
                                          datetime.now(timezone.utc), quiet=LEFT_AFTER)
        except Exception as error:  # the recovery job finishes them later; the new update goes on
            log.warning("left updates of a chat not finished (%s)", type(error).__name__)

    def _settle(self, update: object) -> None:
        """The update's handlers are done: settle its journal row (in this task: it reads what they noted)."""
        if self._journal is None or not isinstance(update, Update):
            return
        try:
            self._journal.finished(update.update_id)
        except Exception as error:  # the row stays: the recovery job settles it later
            log.warning("journal row of update %d not settled (%s)", update.update_id, type(error).__name__)

    async def initialize(self) -> None:
        """Nothing to set up: locks are made when a chat's update arrives."""

    async def shutdown(self) -> None:
        """Nothing to free: python-telegram-bot waits for running updates before this."""
