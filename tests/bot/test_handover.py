"""The bot's side of handing over: crisis words, take-over silence, Rasa down, the Dutch original."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from telegram.ext import Application

from bot.application import OUTBOX_JOB_NAME
from inburgering.handover import inbox, outbox
from inburgering.models import Chat, Escalation, EscalationReason, PendingMessage
from inburgering.payloads import original_payload
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from tests import factories
from tests.bot.factories import OfflineRequest, callback_update, message_update, process
from tests.bot.fake_rasa import FakeRasa


def _escalations(settings: Settings) -> list[Escalation]:
    with session_scope(session_factory(settings.database_url)) as session:
        found = list(session.scalars(select(Escalation)))
        for escalation in found:
            _ = escalation.messages
        return found


@pytest.mark.parametrize(("text", "language"), [
    ("ik wil dood", "nl"), ("بدي موت، ما عاد فيني", "ar"), ("ክሞት ደልየ", "ti"),
])
async def test_crisis_words_get_emergency_numbers_at_once_even_when_rasa_is_down(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings, text: str, language: str,
) -> None:
    rasa.available = False
    await process(app, message_update(text, chat_id=31))
    assert rasa.received == []
    [reply] = request_.sent()
    assert "112" in reply["text"] and "113" in reply["text"] and "0800-0113" in reply["text"]
    [escalation] = _escalations(settings)
    assert (escalation.reason, escalation.subject, escalation.language) == (
        EscalationReason.sensitive, "crisis", language)
    assert escalation.messages[0].text == text


async def test_rasa_down_keeps_the_message_and_tells_the_user_without_escalating_yet(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings,
) -> None:
    rasa.available = False
    await process(app, message_update("wanneer is mijn afspraak", chat_id=32))
    [reply] = request_.sent()
    assert "14 038" in reply["text"]  # the municipality's number, for what is urgent (Zwolle profile)
    assert _escalations(settings) == []  # a restart or a short outage reaches no person (issue 12)
    with session_scope(session_factory(settings.database_url)) as session:
        assert session.scalar(select(PendingMessage.text)) == "wanneer is mijn afspraak"


async def test_while_taken_over_the_bot_is_silent_and_forwards(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings,
) -> None:
    await process(app, message_update("wat is pvt", chat_id=33))  # creates the chat
    with session_scope(session_factory(settings.database_url)) as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == 33))
        escalation = factories.escalation(session, chat, language="nl", text="wat is pvt")
        inbox.take_over(session, escalation, factories.web_user(session, "beheer", inbox.WebRole.beheerder))
    before = len(rasa.received)
    await process(app, message_update("hallo, bent u daar?", chat_id=33))
    await process(app, callback_update("/ask_map", chat_id=33))
    assert len(rasa.received) == before
    assert len(request_.sent()) == 1  # only the answer from before the take-over
    [escalation] = _escalations(settings)
    assert [m.text for m in escalation.messages][-2:] == ["hallo, bent u daar?", "/ask_map"]


async def test_show_dutch_original_button_and_outbox_job(
    app: Application, request_: OfflineRequest, settings: Settings,
) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        chat = factories.chat(session, telegram_chat_id=34, language="ar")
        row = outbox.enqueue(session, chat.id, "رسالة", original_nl="Ik bel u morgen.")
        payload = original_payload(row.id)
    [job] = app.job_queue.get_jobs_by_name(OUTBOX_JOB_NAME)
    await job.run(app)
    assert request_.sent()[-1]["text"] == "رسالة"
    await process(app, callback_update(payload, chat_id=34))
    assert request_.sent()[-1]["text"].endswith("Ik bel u morgen.")
    await process(app, callback_update(payload, chat_id=35))  # someone else's button: no original
    assert "Ik bel u morgen." not in request_.sent()[-1]["text"]


async def test_an_uncertain_crisis_signal_asks_gently_gives_the_numbers_and_tells_a_person(
    settings: Settings, rasa: FakeRasa, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot import conversation as conversation_module
    from bot.conversation import Conversation
    from inburgering.text.sensitive import CrisisLevel

    monkeypatch.setattr(conversation_module, "crisis_level", lambda text: CrisisLevel.uncertain)
    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client())
    [reply] = await conversation.text(32, "ik weet het echt niet meer")
    assert reply.response == "bot_crisis_check"
    assert "113" in reply.text and "112" in reply.text
    assert rasa.received == []
    [escalation] = _escalations(settings)
    assert (escalation.reason, escalation.subject) == (EscalationReason.sensitive, "crisis")


async def test_a_sure_crisis_gets_the_crisis_response_by_name(settings: Settings, rasa: FakeRasa) -> None:
    from bot.conversation import Conversation

    conversation = Conversation(settings, session_factory(settings.database_url), rasa.client())
    [reply] = await conversation.text(33, "ik wil niet meer leven")
    assert reply.response == "bot_crisis"
    assert "0800-2000" in reply.text  # Veilig Thuis
