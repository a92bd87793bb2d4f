"""ChatOrderedUpdateProcessor: chats run at the same time, one chat's updates in arrival order."""

from __future__ import annotations

import asyncio
import gc
import warnings

import pytest
from telegram import Update

from bot.update_processor import ChatOrderedUpdateProcessor
from tests.bot.factories import message_update


class Recorder:
    """Handlers that log when they start and end, and count how many run at once."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int, int]] = []
        self.running = 0
        self.peak = 0

    async def handle(self, chat_id: int, n: int, seconds: float = 0.0, until: asyncio.Event | None = None) -> None:
        self.running += 1
        self.peak = max(self.peak, self.running)
        self.events.append(("start", chat_id, n))
        try:
            await asyncio.sleep(seconds)
            if until is not None:
                await until.wait()
        finally:
            self.running -= 1
            self.events.append(("end", chat_id, n))

    def of_chat(self, chat_id: int) -> list[tuple[str, int]]:
        return [(what, n) for what, chat, n in self.events if chat == chat_id]


def dispatch(processor: ChatOrderedUpdateProcessor, update: object, coroutine) -> asyncio.Task:
    """As python-telegram-bot's update fetcher does: one task per update, in arrival order."""
    return asyncio.create_task(processor.process_update(update, coroutine))


def one_at_a_time_in_order(count: int) -> list[tuple[str, int]]:
    return [event for n in range(count) for event in (("start", n), ("end", n))]


@pytest.mark.parametrize(("max_running", "max_admitted"), [(8, None), (2, 3)])
async def test_each_chat_in_arrival_order_while_chats_interleave(max_running: int, max_admitted: int | None) -> None:
    # (2, 3): most updates wait for an admission first; the order must survive that too.
    processor = ChatOrderedUpdateProcessor(max_running, max_admitted)
    recorder = Recorder()
    chats, per_chat = (11, 12, 13), 5
    tasks = [
        # Earlier updates take longer: without the chat lock, later ones would overtake them.
        dispatch(processor, message_update("q", chat_id=chat), recorder.handle(chat, n, 0.01 * (per_chat - n)))
        for n in range(per_chat) for chat in chats
    ]
    await asyncio.wait_for(asyncio.gather(*tasks), 10)

    for chat in chats:
        assert recorder.of_chat(chat) == one_at_a_time_in_order(per_chat)
    assert recorder.peak == min(max_running, len(chats))


async def test_different_chats_run_at_the_same_time() -> None:
    processor = ChatOrderedUpdateProcessor(4)
    both_running = asyncio.Event()
    started: set[int] = set()

    async def handle(chat_id: int) -> None:
        started.add(chat_id)
        if len(started) == 2:
            both_running.set()
        await both_running.wait()  # one chat at a time would wait here for ever

    tasks = [dispatch(processor, message_update("q", chat_id=chat), handle(chat)) for chat in (1, 2)]
    await asyncio.wait_for(asyncio.gather(*tasks), 2)


async def test_no_more_than_max_running_at_once() -> None:
    processor = ChatOrderedUpdateProcessor(3)
    recorder = Recorder()
    release = asyncio.Event()
    tasks = [
        dispatch(processor, message_update("q", chat_id=chat), recorder.handle(chat, 0, until=release))
        for chat in range(10)
    ]
    await asyncio.sleep(0.05)
    assert recorder.running == processor.running == 3
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 2)
    assert recorder.peak == 3
    assert processor.running == 0


async def test_one_chats_backlog_does_not_keep_other_chats_waiting() -> None:
    # Waiting for its chat does not take a running slot: a user sending many messages at
    # once cannot fill every slot while the rest of the bot waits.
    processor = ChatOrderedUpdateProcessor(2)
    recorder = Recorder()
    release = asyncio.Event()
    busy = [dispatch(processor, message_update("q", chat_id=1), recorder.handle(1, n, until=release))
            for n in range(10)]
    other = dispatch(processor, message_update("q", chat_id=2), recorder.handle(2, 0))

    await asyncio.wait_for(other, 2)
    assert recorder.of_chat(1) == [("start", 0)]
    release.set()
    await asyncio.wait_for(asyncio.gather(*busy), 2)
    assert recorder.of_chat(1) == one_at_a_time_in_order(10)


async def test_a_chats_lock_exists_only_while_it_has_updates() -> None:
    processor = ChatOrderedUpdateProcessor(8)
    recorder = Recorder()
    release = asyncio.Event()
    tasks = [
        dispatch(processor, message_update("q", chat_id=chat), recorder.handle(chat, n, until=release))
        for chat in range(5) for n in range(2)
    ]
    await asyncio.sleep(0.01)
    assert processor.chats_in_line == 5
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 2)
    assert processor.chats_in_line == 0

    # Many chats over time: nothing is kept per chat afterwards.
    for chat in range(1000, 1200):
        await processor.process_update(message_update("q", chat_id=chat), recorder.handle(chat, 0))
    assert processor.chats_in_line == 0


async def test_updates_without_a_chat_run_without_a_lock() -> None:
    processor = ChatOrderedUpdateProcessor(4)
    both_running = asyncio.Event()
    started = []

    async def handle() -> None:
        started.append(1)
        if len(started) == 2:
            both_running.set()
        await both_running.wait()

    updates = [Update(update_id=1), Update(update_id=2)]  # e.g. a poll answer: no effective chat
    assert ChatOrderedUpdateProcessor.chat_key(updates[0]) is None
    tasks = [dispatch(processor, update, handle()) for update in updates]
    await asyncio.wait_for(asyncio.gather(*tasks), 2)
    assert processor.chats_in_line == 0


async def test_other_work_can_keep_a_chats_order() -> None:
    # E.g. a job answering a kept message: it holds the chat's turn, the chat's next update waits.
    processor = ChatOrderedUpdateProcessor(8)
    recorder = Recorder()
    release = asyncio.Event()

    async def job() -> None:
        async with processor.in_turn(7):
            await recorder.handle(7, 0, until=release)

    job_task = asyncio.create_task(job())
    await asyncio.sleep(0)
    update_task = dispatch(processor, message_update("q", chat_id=7), recorder.handle(7, 1))
    await asyncio.sleep(0.02)
    assert recorder.of_chat(7) == [("start", 0)]
    release.set()
    await asyncio.wait_for(asyncio.gather(job_task, update_task), 2)
    assert recorder.of_chat(7) == one_at_a_time_in_order(2)
    assert processor.chats_in_line == 0


async def test_an_update_cancelled_while_waiting_is_dropped_cleanly() -> None:
    processor = ChatOrderedUpdateProcessor(8)
    recorder = Recorder()
    release = asyncio.Event()
    first = dispatch(processor, message_update("q", chat_id=3), recorder.handle(3, 0, until=release))
    waiting = dispatch(processor, message_update("q", chat_id=3), recorder.handle(3, 1))
    await asyncio.sleep(0.01)

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "coroutine ... was never awaited" would be a RuntimeWarning
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        gc.collect()
    release.set()
    await asyncio.wait_for(first, 2)
    assert recorder.of_chat(3) == one_at_a_time_in_order(1)
    assert processor.chats_in_line == 0


def test_bounds_must_make_sense() -> None:
    with pytest.raises(ValueError):
        ChatOrderedUpdateProcessor(0)
    with pytest.raises(ValueError):
        ChatOrderedUpdateProcessor(8, max_admitted=4)
    processor = ChatOrderedUpdateProcessor(8)
    assert processor.max_running == 8
    assert processor.max_concurrent_updates >= 8
