"""Kept messages (issue 12): answered when the assistant is back, a person only after 10 minutes and
once per chat, and no message holding up the others or reaching Rasa twice."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.conversation import ESCALATE_AFTER, Conversation
from inburgering.models import (
    Escalation,
    EscalationEvent,
    EscalationReason,
    OutboxMessage,
    PendingMessage,
)
from inburgering.platform import queues
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from tests.bot.fake_rasa import FakeRasa

CHATS = (101, 102, 103, 104, 105)


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """On SQLite and on PostgreSQL (when reachable): the queries that skip rows are dialect-sensitive."""
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url,
                          "PSEUDONYM_KEY": "test-key", "TELEGRAM_TOKEN": "123:TEST"})

@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def conversation(settings: Settings, rasa: FakeRasa) -> Conversation:
    return Conversation(settings, session_factory(settings.database_url), rasa.client(), rasa.readiness())


def _all(settings: Settings, model) -> list:
    with session_scope(session_factory(settings.database_url)) as session:
        return list(session.scalars(select(model).order_by(model.id)))


def _kept_at(settings: Settings, at: datetime) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        for pending in session.scalars(select(PendingMessage)):
            pending.received_at = at


async def _keep(conversation: Conversation, rasa: FakeRasa, chats=CHATS, text: str = "wanneer is mijn afspraak"):
    rasa.available = False
    for chat in chats:
        [apology] = await conversation.text(chat, f"{text} {chat}")
        assert apology.response == "bot_unavailable"
    rasa.available = True


async def test_five_messages_waiting_at_a_start_are_answered_and_escalate_nothing(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    await _keep(conversation, rasa)
    rasa.received.clear()
    delivered = []

    async def deliver() -> None:
        delivered.append(True)

    assert await conversation.retry_pending(deliver) == 5
    assert delivered == [True]  # the outbox is sent at once, not at its next round
    assert sorted(body["message"] for body in rasa.received) == sorted(f"wanneer is mijn afspraak {c}" for c in CHATS)
    assert _all(settings, PendingMessage) == []
    assert _all(settings, Escalation) == []
    answers = _all(settings, OutboxMessage)
    assert len(answers) == 5 and all(a.text.startswith("[nl] answer to") for a in answers)
    assert all("fb:" in (a.buttons or "") or "/ask_map" in a.buttons for a in answers)


async def test_an_outage_counts_against_no_message_and_keeps_them(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    await _keep(conversation, rasa)
    rasa.available = False
    for _ in range(3):
        assert await conversation.retry_pending() == 0
    kept = _all(settings, PendingMessage)
    assert len(kept) == 5 and {(p.attempts, p.failed_at) for p in kept} == {(0, None)}
    assert _all(settings, Escalation) == []


async def test_after_ten_minutes_a_person_is_asked_once_per_chat(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    start = datetime.now(timezone.utc)
    await _keep(conversation, rasa, chats=(201, 202))
    rasa.available = False
    await conversation.text(201, "nog een vraag over de PVT")  # a second message of the same chat
    _kept_at(settings, start)

    assert conversation.escalate_overdue(start + ESCALATE_AFTER - timedelta(seconds=1)) == 0
    assert conversation.escalate_overdue(start + ESCALATE_AFTER) == 2
    assert conversation.escalate_overdue(start + ESCALATE_AFTER + timedelta(minutes=5)) == 0  # once
    escalations = _all(settings, Escalation)
    assert [e.reason for e in escalations] == [EscalationReason.assistant_unavailable] * 2
    with session_scope(session_factory(settings.database_url)) as session:
        first = session.get(Escalation, escalations[0].id)
        assert len(first.messages) == 2  # both questions of chat 201, in one escalation
    notices = _all(settings, OutboxMessage)
    assert len(notices) == 2  # each user is told once that a person will read it

    # A later outage of the same chat adds to its open escalation: no new one, no second notice.
    rasa.available = False
    await conversation.text(202, "en de MAP?")
    with session_scope(session_factory(settings.database_url)) as session:
        session.scalar(select(PendingMessage).where(PendingMessage.escalated_at.is_(None))).received_at = start
    assert conversation.escalate_overdue(start + ESCALATE_AFTER + timedelta(minutes=6)) == 1
    assert len(_all(settings, Escalation)) == 2 and len(_all(settings, OutboxMessage)) == 2
    assert any(e.action == "escalated_again" for e in _all(settings, EscalationEvent))

    rasa.available = True  # and the questions are still answered when the assistant is back
    assert await conversation.retry_pending() == 4
    assert _all(settings, PendingMessage) == []


async def test_a_message_that_fails_itself_does_not_hold_up_the_others(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    await _keep(conversation, rasa, chats=(301, 302, 303))
    rasa.failing_texts.add("wanneer is mijn afspraak 301")  # Rasa is up, but fails on this one
    now = datetime.now(timezone.utc)
    assert await conversation.retry_pending(now=now) == 2
    [broken] = _all(settings, PendingMessage)
    assert (broken.attempts, broken.failed_at) == (1, None) and broken.last_error.startswith("assistant")
    assert broken.next_attempt_at == now + timedelta(seconds=queues.backoff_seconds(1))

    at = now
    for _ in range(queues.MAX_ATTEMPTS - 1):
        at += timedelta(hours=1)
        assert await conversation.retry_pending(now=at) == 0
    [broken] = _all(settings, PendingMessage)
    assert broken.attempts == queues.MAX_ATTEMPTS and broken.failed_at == at
    [escalation] = _all(settings, Escalation)  # given up: a person has it, in the inbox
    assert escalation.reason == EscalationReason.assistant_unavailable
    sent = len(rasa.received)
    assert await conversation.retry_pending(now=at + timedelta(days=1)) == 0
    assert len(rasa.received) == sent  # never again
    with session_scope(session_factory(settings.database_url)) as session:
        assert queues.counts(session)["kept_messages"] == {"waiting": 0, "failed": 1}


async def test_an_unexpected_error_for_one_message_is_counted_for_it_alone(
    conversation: Conversation, rasa: FakeRasa, settings: Settings, monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _keep(conversation, rasa, chats=(401, 402))
    send = conversation.rasa.send

    async def breaks_on_401(sender, text, metadata):
        if text.endswith("401"):
            raise ValueError("unexpected")
        return await send(sender, text, metadata)

    monkeypatch.setattr(conversation.rasa, "send", breaks_on_401)
    assert await conversation.retry_pending() == 1
    [left] = _all(settings, PendingMessage)
    assert left.text.endswith("401") and left.attempts == 1 and left.last_error == "ValueError"


async def test_a_chats_later_message_waits_behind_its_failed_one(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    await _keep(conversation, rasa, chats=(501,))
    await _keep(conversation, rasa, chats=(501,), text="en de MAP")
    rasa.failing_texts.add("wanneer is mijn afspraak 501")
    now = datetime.now(timezone.utc)
    assert await conversation.retry_pending(now=now) == 0  # the second one keeps its place in line
    assert await conversation.retry_pending(now=now + timedelta(seconds=1)) == 0
    rasa.failing_texts.clear()
    assert await conversation.retry_pending(now=now + timedelta(minutes=1)) == 2
    assert [a.text for a in _all(settings, OutboxMessage)] == [
        "[nl] answer to wanneer is mijn afspraak 501", "[nl] answer to en de MAP 501"]


async def test_an_answer_that_cannot_be_delivered_is_never_asked_again(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    """The answer is in the outbox before the kept message is gone: Telegram's refusal is the outbox's."""
    await _keep(conversation, rasa, chats=(601,))
    rasa.received.clear()

    async def telegram_refuses() -> None:
        raise RuntimeError("blocked")

    with pytest.raises(RuntimeError):
        await conversation.retry_pending(telegram_refuses)
    assert await conversation.retry_pending() == 0
    assert len(rasa.received) == 1
    assert len(_all(settings, OutboxMessage)) == 1


async def test_an_empty_answer_while_the_action_server_is_down_is_kept_not_lost(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    rasa.actions_available = False
    [apology] = await conversation.text(701, "wat is de MAP")
    assert apology.response == "bot_unavailable"
    assert await conversation.retry_pending() == 0  # still down: an outage, nothing counted
    [kept] = _all(settings, PendingMessage)
    assert (kept.text, kept.attempts) == ("wat is de MAP", 0)

    rasa.actions_available = True
    assert await conversation.retry_pending() == 1
    assert _all(settings, PendingMessage) == []
    [answer] = _all(settings, OutboxMessage)
    assert answer.text == "[nl] answer to wat is de MAP"


async def test_an_empty_answer_from_a_ready_assistant_is_kept_and_counted_against_the_message(
    conversation: Conversation, rasa: FakeRasa, settings: Settings, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The action server died and was back before the bot could look (or one action crashed):
    # every turn says something, so nothing back means not answered, even when all is ready now.
    real_send = conversation.rasa.send
    empty_for = {"wat is de MAP"}

    async def send(sender, text, metadata):
        return [] if text in empty_for else await real_send(sender, text, metadata)

    monkeypatch.setattr(conversation.rasa, "send", send)
    [apology] = await conversation.text(702, "wat is de MAP")
    assert apology.response == "bot_unavailable"
    [kept] = _all(settings, PendingMessage)
    assert (kept.text, kept.attempts) == ("wat is de MAP", 0)

    now = datetime.now(timezone.utc)
    assert await conversation.retry_pending(now=now) == 0  # ready, still empty: one attempt counted
    [kept] = _all(settings, PendingMessage)
    assert (kept.attempts, kept.failed_at, kept.last_error) == (1, None, "assistant: empty answer")

    empty_for.clear()
    assert await conversation.retry_pending(now=now + timedelta(seconds=queues.backoff_seconds(1))) == 1
    assert _all(settings, PendingMessage) == []
    [answer] = _all(settings, OutboxMessage)
    assert answer.text == "[nl] answer to wat is de MAP"
    assert _all(settings, Escalation) == []  # answered within minutes: no person bothered


async def test_a_message_kept_before_a_regisseur_took_over_goes_to_the_regisseur_not_to_rasa(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    from inburgering.models import Chat, ChatTakeover
    from tests import factories

    await _keep(conversation, rasa, chats=(401, 402))
    with session_scope(session_factory(settings.database_url)) as session:
        regisseur = factories.regisseur(session)
        user = factories.web_user(session, "sanne", of=regisseur)
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == 401))
        session.add(ChatTakeover(chat_id=chat.id, web_user_id=user.id, regisseur_id=regisseur.id))
    rasa.received.clear()

    assert await conversation.retry_pending() == 2
    # Only the other chat's message reached the assistant; the bot says nothing to chat 401.
    assert [body["message"] for body in rasa.received] == ["wanneer is mijn afspraak 402"]
    assert _all(settings, PendingMessage) == []
    [escalation] = _all(settings, Escalation)
    assert escalation.reason == EscalationReason.forwarded
    with session_scope(session_factory(settings.database_url)) as session:
        texts = [m.text for m in session.get(Escalation, escalation.id).messages]
    assert texts == ["wanneer is mijn afspraak 401"]
    assert len(_all(settings, OutboxMessage)) == 1  # the answer to chat 402 only


async def test_a_new_message_never_overtakes_a_kept_one_of_the_same_chat(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    """Rasa is back but the retry job has not run yet: the chat's own turn answers the kept message
    first, and both answers go out together, oldest first (none through the outbox)."""
    await _keep(conversation, rasa, chats=(111,), text="wat is de PVT")
    await _keep(conversation, rasa, chats=(111,), text="wat is de MAP")
    replies = await conversation.text(111, "wanneer is mijn afspraak")
    answers = [r.text for r in replies if r.response is None or r.response == "utter_fake_answer"]
    assert [a for a in answers if a.startswith("[nl] answer to")] == [
        "[nl] answer to wat is de PVT 111", "[nl] answer to wat is de MAP 111", "[nl] answer to wanneer is mijn afspraak",
    ]
    assert [body["message"] for body in rasa.received[-3:]] == [
        "wat is de PVT 111", "wat is de MAP 111", "wanneer is mijn afspraak",
    ]
    assert _all(settings, PendingMessage) == []
    assert _all(settings, OutboxMessage) == []
    assert await conversation.retry_pending() == 0  # nothing left for the job: each reached Rasa once


async def test_a_kept_message_still_failing_leaves_the_new_one_answered_and_the_job_its_attempt(
    conversation: Conversation, rasa: FakeRasa, settings: Settings,
) -> None:
    await _keep(conversation, rasa, chats=(112,), text="kapot")
    rasa.failing_texts.add("kapot 112")  # Rasa is up, this one message makes an action fail
    replies = await conversation.text(112, "wat is de MAP")
    assert [r.text for r in replies if r.text.startswith("[nl] answer to")] == ["[nl] answer to wat is de MAP"]
    [kept] = _all(settings, PendingMessage)
    assert kept.text == "kapot 112" and kept.attempts == 0  # the retry job counts it, with its back-off
