"""No update is lost when a bot process dies (bot.journal): journaled before Telegram hears it
arrived, settled when handled, recovered by any instance when it stays."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from telegram import Update
from telegram.ext import Application

from bot import claims, journal as journal_module
from bot.application import build_application
from bot.conversation import Conversation
from bot.journal import Journal, JournalingQueue
from bot.messages import Reply
from inburgering.models import ProcessedUpdate, ReceivedUpdate
from inburgering.platform import queues
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.factories import OfflineRequest, message_update
from tests.bot.fake_rasa import FakeRasa

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
pytestmark = pytest.mark.usefixtures("trained_crisis_classifier")  # the bots here answer within seconds


@pytest.fixture
def journal(sessions: sessionmaker[Session]) -> Journal:
    return Journal(sessions, timedelta(seconds=60))


def rows(sessions: sessionmaker[Session]) -> list[ReceivedUpdate]:
    with sessions() as session:
        return list(session.scalars(select(ReceivedUpdate).order_by(ReceivedUpdate.update_id)))


def build(settings: Settings, rasa: FakeRasa, request: OfflineRequest) -> Application:
    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client(), rasa.readiness())
    return build_application(settings, conversation, request=request)


async def test_the_queue_writes_an_update_before_it_is_queued_and_a_copy_once(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    queue = JournalingQueue(journal)
    update = message_update("wat is de PVT", chat_id=71)
    await queue.put(update)
    await queue.put(update)  # Telegram delivers it again (or to the other instance as well)
    assert queue.qsize() == 2
    [row] = rows(sessions)
    assert row.update_id == update.update_id
    assert Update.de_json(json.loads(row.payload), None).effective_message.text == "wat is de PVT"
    assert row.replies is None and row.attempts == 0


async def test_an_update_that_cannot_be_journaled_is_still_queued(sessions: sessionmaker[Session]) -> None:
    class Broken(Journal):
        def record(self, update: Update, now: datetime | None = None) -> None:
            raise OSError("disk full")

    queue = JournalingQueue(Broken(sessions))
    await queue.put(message_update("hallo", chat_id=72))
    assert queue.qsize() == 1  # answered as always; it only would not survive a crash
    assert rows(sessions) == []


async def test_a_handled_update_leaves_no_row_and_its_answer_was_kept_while_sent(settings: Settings) -> None:
    sessions = session_factory(settings.database_url)
    request = OfflineRequest()
    seen_while_sending: list[str | None] = []
    application = build(settings, FakeRasa(), request)
    original = request.do_request

    async def recording(url, method, request_data=None, **kwargs):
        if url.endswith("sendMessage"):
            seen_while_sending.extend(row.replies for row in rows(sessions))
        return await original(url, method, request_data, **kwargs)

    request.do_request = recording
    async with application:
        await application.start()
        try:
            update = message_update("wat is de PVT", chat_id=73)
            await application.update_queue.put(Update.de_json(update.to_dict(), application.bot))
            await asyncio.wait_for(application.update_queue.join(), 10)
            await _until(lambda: rows(sessions) == [])
        finally:
            await application.stop()
    assert [m["text"] for m in request.sent()] == ["[nl] answer to wat is de PVT"]
    # While Telegram was being called, the answer was in the journal row (a crash then resends it).
    assert seen_while_sending and json.loads(seen_while_sending[0])[0]["text"] == "[nl] answer to wat is de PVT"


async def test_each_answer_sent_leaves_the_row_so_a_crash_between_two_does_not_repeat_the_first(
    settings: Settings,
) -> None:
    sessions = session_factory(settings.database_url)
    request = OfflineRequest()
    kept_while_sending: list[list[str]] = []
    application = build(settings, FakeRasa(), request)
    original = request.do_request
    kept_when_settled: list[str | None] = []
    settle = application.bot_data.journal.finished

    def settling(update_id, now=None):
        kept_when_settled.extend(row.replies for row in rows(sessions))
        settle(update_id, now)

    application.bot_data.journal.finished = settling

    async def recording(url, method, request_data=None, **kwargs):
        if url.endswith("sendMessage"):
            kept_while_sending.extend([item["text"] for item in json.loads(row.replies)] for row in rows(sessions))
        return await original(url, method, request_data, **kwargs)

    request.do_request = recording
    async with application:
        await application.start()
        try:
            # Too long: "your message was cut" and then the answer, two messages for one update.
            update = message_update("ik heb een vraag " * 500, chat_id=70)
            await application.update_queue.put(Update.de_json(update.to_dict(), application.bot))
            await asyncio.wait_for(application.update_queue.join(), 10)
            await _until(lambda: rows(sessions) == [])
        finally:
            await application.stop()
    first, second = [m["text"] for m in request.sent()]
    # While the first went out both were kept; while the second went out only the second was:
    # a crash then would send the second again, never the first.
    assert kept_while_sending == [[first, second], [second]]
    # After the last one, nothing is left to send: a crash before the row is settled repeats nothing.
    assert kept_when_settled == ["[]"]


async def test_a_failing_handler_keeps_the_row_and_counts_an_attempt(settings: Settings) -> None:
    sessions = session_factory(settings.database_url)
    rasa, request = FakeRasa(), OfflineRequest()
    application = build(settings, rasa, request)

    async def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in a route")

    application.bot_data.router.conversation.text = broken
    async with application:
        await application.start()
        try:
            update = message_update("wat is de PVT", chat_id=74)
            await application.update_queue.put(Update.de_json(update.to_dict(), application.bot))
            await asyncio.wait_for(application.update_queue.join(), 10)
            await _until(lambda: rows(sessions) and rows(sessions)[0].attempts == 1)
        finally:
            await application.stop()
    [row] = rows(sessions)
    assert row.last_error == "RuntimeError" and row.next_attempt_at is not None and row.failed_at is None


def test_a_copy_answered_elsewhere_leaves_the_row_to_the_one_answering(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    update = message_update("wat is de MAP", chat_id=75)
    journal.record(update, NOW)
    journal.begin()
    journal_module.handled_elsewhere()  # bot.claims found the update claimed by another turn
    journal.finished(update.update_id, NOW)
    assert [row.update_id for row in rows(sessions)] == [update.update_id]
    journal.begin()  # the task that answers it
    journal.finished(update.update_id, NOW)
    assert rows(sessions) == []


def test_claims_note_a_copy_for_the_journal(sessions: sessionmaker[Session], journal: Journal) -> None:
    update = message_update("wat is de MAP", chat_id=76)
    journal.record(update, NOW)
    claims.handling(update.update_id)
    with sessions.begin() as session:
        claims.committed(claims.claim(session))
    journal.begin()
    claims.handling(update.update_id)  # the same update again, in another task
    with pytest.raises(claims.UpdateAlreadyHandled), sessions.begin() as session:
        claims.claim(session)
    journal.finished(update.update_id, NOW)
    claims.handling(None)
    assert len(rows(sessions)) == 1


class Recovery:
    """What the recovery job did: updates put back in the queue, replies sent."""

    def __init__(self) -> None:
        self.handled: list[Update] = []
        self.sent: list[tuple[int, Reply]] = []

    async def handle(self, update: Update) -> None:
        self.handled.append(update)

    async def send(self, chat_id: int, reply: Reply) -> None:
        self.sent.append((chat_id, reply))


async def test_an_update_a_dead_process_left_unanswered_is_handled_again(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    update = message_update("wat is de PVT", chat_id=77)
    journal.record(update, NOW)
    recovery = Recovery()
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(seconds=30)) == 0
    assert recovery.handled == []  # younger than recover_after: a live instance may be on it

    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(seconds=61)) == 1
    [again] = recovery.handled
    assert again.update_id == update.update_id and again.effective_message.text == "wat is de PVT"
    assert journal.handled_again(update.update_id)  # Rasa may have had it before the process died
    [row] = rows(sessions)  # stays until the handler is done; no other instance takes it meanwhile
    assert row.attempts == 1
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(seconds=62)) == 0


async def test_an_answer_given_but_not_sent_is_sent_after_the_crash(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    update = message_update("wat is de PVT", chat_id=78)
    journal.record(update, NOW)
    with sessions.begin() as session:  # the turn committed its claim...
        session.add(ProcessedUpdate(update_id=update.update_id, claimed_at=NOW))
    journal.sending(update.update_id, [Reply("Het PVT is ...", (("MAP", "/ask_map"),)),
                                       Reply("", attachment=None), ], NOW)  # ...and the process died while sending
    recovery = Recovery()
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(minutes=2)) == 1
    assert recovery.handled == []  # never asked again: the turn is in the database
    assert recovery.sent == [(78, Reply("Het PVT is ...", (("MAP", "/ask_map"),)))]
    assert rows(sessions) == []


async def test_a_turns_answers_are_kept_in_the_transaction_that_claims_the_update(
    settings: Settings, journal: Journal, sessions: sessionmaker[Session],
) -> None:
    # The process dies after the turn committed (its claim) and before the answers were sent or even
    # handed to Journal.sending: the recovery sends them. Before, it found a claimed update with nothing
    # stored and could only drop it: the person never got the answer (the multi-instance test, under load).
    rasa = FakeRasa()
    conversation = Conversation(settings, sessions, rasa.client(), rasa.readiness())
    update = message_update("wat is de PVT", chat_id=81)
    journal.record(update, NOW)
    journal.begin()
    claims.handling(update.update_id)
    try:
        answers = await conversation.text(81, "wat is de PVT")
    finally:
        claims.handling(None)
    [row] = rows(sessions)
    assert row.replies == journal_module.stored_replies(answers) and row.sending_at is not None
    recovery = Recovery()
    later = datetime.now(timezone.utc) + timedelta(minutes=2)  # the turn noted the real time
    assert await journal.recover(None, recovery.handle, recovery.send, now=later) == 1
    assert recovery.handled == []  # not asked again: Rasa and the database have the turn
    assert [reply.text for _, reply in recovery.sent] == [a.text for a in answers if a.text]
    assert rows(sessions) == []


def test_answers_the_turn_kept_are_not_written_again_before_sending(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    update = message_update("wat is de MAP", chat_id=82)
    journal.record(update, NOW)
    journal.begin()
    answers = [Reply("De MAP is ...")]
    with sessions.begin() as session:
        journal_module.keep_answers(session, update.update_id, answers, now=NOW)
    journal.sending(update.update_id, answers, now=NOW + timedelta(seconds=1))  # the same: no second write
    assert rows(sessions)[0].sending_at.replace(tzinfo=timezone.utc) == NOW
    journal.sending(update.update_id, [Reply("Te lang."), *answers], now=NOW + timedelta(seconds=2))  # more
    [row] = rows(sessions)
    assert json.loads(row.replies)[0]["text"] == "Te lang."
    assert row.sending_at.replace(tzinfo=timezone.utc) == NOW + timedelta(seconds=2)


async def test_a_second_handling_is_known_and_sends_the_update_id_to_rasa(
    settings: Settings, journal: Journal, sessions: sessionmaker[Session],
) -> None:
    # A copy of an update already journaled (Telegram delivered it again after a process died) or an update taken
    # over from a dead process may have reached Rasa already: its message is marked "again", so Rasa answers it
    # from the conversation instead of adding it twice (channels.once). Every message carries its update's id.
    first, copy = message_update("wat is de PVT", chat_id=83), message_update("wat is de MAP", chat_id=84)
    journal.record(first, NOW)
    journal.record(copy, NOW)
    journal.record(copy, NOW)  # delivered again
    assert not journal.handled_again(first.update_id) and journal.handled_again(copy.update_id)

    rasa = FakeRasa()
    conversation = Conversation(settings, sessions, rasa.client(), rasa.readiness())
    for update in (first, copy):
        journal.begin()
        await claims.remember_update(update, SimpleNamespace(bot_data=SimpleNamespace(journal=journal)))
        try:
            await conversation.text(update.effective_chat.id, update.effective_message.text)
        finally:
            claims.handling(None)
        journal.finished(update.update_id)
    assert [(body["metadata"].get("update_id"), body["metadata"].get("again")) for body in rasa.received] == [
        (first.update_id, None), (copy.update_id, True)]
    assert not journal.handled_again(copy.update_id)  # settled: forgotten


async def test_a_recovery_that_dies_halfway_sends_only_the_answers_not_sent_yet(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    update = message_update("wat is de PVT", chat_id=69)
    journal.record(update, NOW)
    with sessions.begin() as session:
        session.add(ProcessedUpdate(update_id=update.update_id, claimed_at=NOW))
    answers = [Reply("Je bericht was te lang."), Reply("Het PVT is ..."), Reply("Was dit een antwoord?")]
    journal.sending(update.update_id, answers, NOW)

    class Failing(Recovery):
        async def send(self, chat_id: int, reply: Reply) -> None:
            if len(self.sent) == 1:
                raise ConnectionError("Telegram unreachable")
            await super().send(chat_id, reply)

    failing = Failing()
    assert await journal.recover(None, failing.handle, failing.send, now=NOW + timedelta(minutes=2)) == 1
    assert failing.sent == [(69, answers[0])]
    recovery = Recovery()  # the next attempt, after the back-off
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(minutes=10)) == 1
    assert recovery.sent == [(69, answers[1]), (69, answers[2])]
    assert rows(sessions) == []


async def test_an_old_update_being_answered_is_not_taken_by_a_recovery_while_it_sends(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    """Delivered again after a crash, or waiting for Rasa's lock: the row is older than recover_after
    while a live task sends its answers; a recovery then must not send them a second time."""
    update = message_update("wat is de PVT", chat_id=66)
    journal.record(update, NOW - timedelta(seconds=90))
    with sessions.begin() as session:
        session.add(ProcessedUpdate(update_id=update.update_id, claimed_at=NOW))
    answers = [Reply("Het PVT is ..."), Reply("Was dit een antwoord?")]
    journal.sending(update.update_id, answers, NOW)
    journal.sent(update.update_id, answers[1:], NOW + timedelta(seconds=1))  # the live task is between two
    recovery = Recovery()
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(seconds=30)) == 0
    assert journal.left_before(66, update.update_id + 1, NOW + timedelta(seconds=3)) == []
    assert recovery.sent == [] and len(rows(sessions)) == 1
    # The live task died there: the chat's next update (after a few seconds) or the job sends the rest once.
    assert journal.left_before(66, update.update_id + 1, NOW + timedelta(seconds=7)) == [update.update_id]
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(seconds=62)) == 1
    assert recovery.sent == [(66, answers[1])] and rows(sessions) == []


def test_an_answer_sent_while_the_database_is_away_is_only_logged(journal: Journal, caplog) -> None:
    class Away:
        def begin(self):
            raise OSError("database away")

    Journal(Away(), timedelta(seconds=60)).sent(12, [Reply("Het PVT is ...")])  # no exception: answers go on
    assert "answer sent but not noted (OSError)" in caplog.text


async def test_an_answered_update_without_stored_answers_is_only_dropped(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    update = message_update("dank je", chat_id=79)
    journal.record(update, NOW)
    with sessions.begin() as session:
        session.add(ProcessedUpdate(update_id=update.update_id, claimed_at=NOW))
    recovery = Recovery()
    assert await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(minutes=2)) == 1
    assert recovery.handled == [] and recovery.sent == []
    assert rows(sessions) == []


async def test_a_row_that_keeps_failing_is_given_up_without_its_text_and_does_not_block_others(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    stuck, behind = message_update("wat is de PVT", chat_id=80), message_update("wat is de MAP", chat_id=81)
    journal.record(stuck, NOW)
    journal.record(behind, NOW)
    with sessions.begin() as session:
        session.get(ReceivedUpdate, stuck.update_id).attempts = queues.MAX_ATTEMPTS - 1
    recovery = Recovery()
    await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(minutes=2))
    assert [u.update_id for u in recovery.handled] == [behind.update_id]
    given_up = rows(sessions)[0]
    assert given_up.failed_at is not None and given_up.payload == "" and given_up.replies is None
    with sessions() as session:
        assert queues.counts(session)["received_updates"] == {"waiting": 1, "failed": 1}
        assert Journal.prune(session, NOW + timedelta(days=3)) == 1


async def test_a_broken_row_is_skipped_and_the_next_one_recovered(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    first, second = message_update("eerste", chat_id=82), message_update("tweede", chat_id=83)
    journal.record(first, NOW)
    journal.record(second, NOW)
    with sessions.begin() as session:
        session.get(ReceivedUpdate, first.update_id).payload = "{not json"
    recovery = Recovery()
    await journal.recover(None, recovery.handle, recovery.send, now=NOW + timedelta(minutes=2))
    assert [u.update_id for u in recovery.handled] == [second.update_id]
    broken = rows(sessions)[0]
    assert broken.last_error == "JSONDecodeError" and broken.attempts == 1


async def _until(condition, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.02)


def test_the_journal_keeps_each_updates_chat(journal: Journal, sessions: sessionmaker[Session]) -> None:
    journal.record(message_update("hallo", chat_id=84), NOW)
    assert [row.chat_id for row in rows(sessions)] == [84]


def test_left_before_finds_only_the_chats_older_rows_nobody_works_on(
    journal: Journal, sessions: sessionmaker[Session],
) -> None:
    left, fresh, other_chat, failed, waiting = (message_update(t, chat_id=c) for t, c in
                                                (("a", 85), ("b", 85), ("c", 86), ("d", 85), ("e", 85)))
    journal.record(left, NOW - timedelta(seconds=20))
    journal.record(fresh, NOW - timedelta(seconds=2))  # another instance just took it: its grace
    journal.record(other_chat, NOW - timedelta(seconds=20))
    journal.record(failed, NOW - timedelta(seconds=20))
    journal.record(waiting, NOW - timedelta(seconds=20))
    with sessions.begin() as session:
        session.get(ReceivedUpdate, failed.update_id).failed_at = NOW
        session.get(ReceivedUpdate, waiting.update_id).next_attempt_at = NOW + timedelta(seconds=30)
    newer = message_update("nieuw", chat_id=85)
    assert journal.left_before(85, newer.update_id, NOW) == [left.update_id]
    assert journal.left_before(85, left.update_id, NOW) == []  # only rows older than the new update
    assert journal.left_before(85, newer.update_id, NOW + timedelta(seconds=5)) == [left.update_id, fresh.update_id]


async def _new_message_after_a_left_row(settings: Settings, chat_id: int, answered_before_crash: bool):
    """A row the dead process left for ``chat_id`` ("wat is de PVT", 20 s old; its turn committed and its
    answer stored if ``answered_before_crash``), then the chat's new message "wat is de MAP" to a new bot.
    Returns what the bot sent, the two updates and what the recovery job still found afterwards."""
    sessions = session_factory(settings.database_url)
    request = OfflineRequest()
    application = build(settings, FakeRasa(), request)
    journal = application.bot_data.journal
    older = message_update("wat is de PVT", chat_id=chat_id)
    journal.record(older, datetime.now(timezone.utc) - timedelta(seconds=20))
    if answered_before_crash:
        with sessions.begin() as session:
            session.add(ProcessedUpdate(update_id=older.update_id, claimed_at=NOW))
        journal.sending(older.update_id, [Reply("Het PVT is ...")], datetime.now(timezone.utc) - timedelta(seconds=19))
    async with application:
        await application.start()
        try:
            newer = message_update("wat is de MAP", chat_id=chat_id)
            await application.update_queue.put(Update.de_json(newer.to_dict(), application.bot))
            await asyncio.wait_for(application.update_queue.join(), 10)
            await _until(lambda: rows(sessions) == [] and len(request.sent()) == 2)
            recovered_later = await journal.recover(application.bot, application.update_queue.put, None,
                                                    now=datetime.now(timezone.utc) + timedelta(minutes=5))
        finally:
            await application.stop()
    with sessions() as session:
        claimed = set(session.scalars(select(ProcessedUpdate.update_id)))
    return [m["text"] for m in request.sent()], older, newer, claimed, recovered_later


async def test_a_chats_new_message_is_answered_after_what_a_dead_process_left(settings: Settings) -> None:
    """The bot died with the chat's question unanswered; after the restart the chat writes again
    before the recovery job ran: the old question is answered first, then the new one, once each."""
    sent, older, newer, claimed, recovered_later = await _new_message_after_a_left_row(settings, 87, False)
    assert sent == ["[nl] answer to wat is de PVT", "[nl] answer to wat is de MAP"]
    assert {older.update_id, newer.update_id} <= claimed
    assert recovered_later == 0  # the recovery job later finds nothing: the left row is done


async def test_a_left_update_answered_before_the_crash_only_gets_its_stored_answers_sent(settings: Settings) -> None:
    sent, _older, _newer, _claimed, recovered_later = await _new_message_after_a_left_row(settings, 88, True)
    assert sent == ["Het PVT is ...", "[nl] answer to wat is de MAP"]  # not asked again: the turn was in
    assert recovered_later == 0


async def test_a_chat_is_checked_once_then_not_on_every_message(settings: Settings) -> None:
    request = OfflineRequest()
    application = build(settings, FakeRasa(), request)
    journal = application.bot_data.journal
    asked: list[int] = []
    original = journal.left_before

    def counting(chat_id, update_id, now, grace=journal_module.LEFT_AFTER):
        asked.append(chat_id)
        return original(chat_id, update_id, now, grace)

    journal.left_before = counting
    async with application:
        await application.start()
        try:
            for text in ("hallo", "wat is de PVT", "dank je"):
                update = message_update(text, chat_id=89)
                await application.update_queue.put(Update.de_json(update.to_dict(), application.bot))
            await asyncio.wait_for(application.update_queue.join(), 10)
            await _until(lambda: len(request.sent()) >= 3)
        finally:
            await application.stop()
    assert asked == [89]
