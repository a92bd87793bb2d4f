"""Bot handlers, driven with real Update objects through Application.process_update (no network)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from telegram.ext import Application

from bot.application import RETRY_JOB_NAME
from inburgering.models import Chat, PendingMessage
from inburgering.people.pseudonym import pseudonymise
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.factories import (
    OfflineRequest,
    callback_update,
    message_update,
    process,
    sticker_update,
    voice_update,
)
from tests.bot.fake_rasa import FakeRasa


async def test_text_goes_to_rasa_under_a_pseudonym_with_the_detected_language(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings
) -> None:
    await process(app, message_update("شو يعني PVT؟", chat_id=4242))

    assert len(rasa.received) == 1
    sent_to_rasa = rasa.received[0]
    assert sent_to_rasa["sender"] == pseudonymise(4242, settings.pseudonym_key)
    assert "4242" not in str(sent_to_rasa)
    assert sent_to_rasa["metadata"] == {"language": "ar"}
    [reply] = request_.sent()
    assert reply["chat_id"] == 4242
    assert reply["text"].startswith("[ar] answer to")
    assert "/ask_map" in str(reply["reply_markup"])


async def test_language_sticks_for_messages_that_do_not_tell(app: Application, rasa: FakeRasa) -> None:
    await process(app, message_update("ቆጸራይ መዓስ እዩ?"))
    await app.process_update(message_update("PVT?"))  # Latin, but a known Dutch term: Dutch
    await app.process_update(message_update("ok"))  # says nothing: keep the last language
    assert [body["metadata"]["language"] for body in rasa.received] == ["ti", "nl", "nl"]


async def test_taal_fixes_the_language(app: Application, rasa: FakeRasa, request_: OfflineRequest) -> None:
    await process(app, message_update("/taal"))
    [choice] = request_.sent()
    payloads = [b["callback_data"] for row in choice["reply_markup"]["inline_keyboard"] for b in row]
    assert payloads == ["lang:nl", "lang:ar", "lang:ti"]

    await process(app, callback_update("lang:ti"))
    await process(app, message_update("wat is de MAP"))
    assert rasa.received[-1]["metadata"]["language"] == "ti"
    assert ("answerCallbackQuery", ) == tuple(c[0] for c in request_.calls if c[0] == "answerCallbackQuery")


async def test_button_payload_is_sent_as_an_intent(app: Application, rasa: FakeRasa) -> None:
    await process(app, message_update("wat is pvt"))
    await process(app, callback_update("/ask_map"))
    assert rasa.received[-1]["message"] == "/ask_map"
    assert rasa.received[-1]["metadata"]["language"] == "nl"


@pytest.mark.parametrize("update_factory", [sticker_update, voice_update])
async def test_stickers_and_voice_get_a_clear_text_answer(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, update_factory
) -> None:
    await process(app, update_factory())
    assert rasa.received == []
    [reply] = request_.sent()
    assert reply["text"].strip()


async def test_unknown_language_answers_in_all_three_and_offers_taal(
    app: Application, rasa: FakeRasa, request_: OfflineRequest
) -> None:
    await process(app, message_update("Когда моя встреча?"))
    assert rasa.received == []
    [reply] = request_.sent()
    assert len(reply["text"].splitlines()) == 3
    assert "/taal" in reply["text"]


async def test_very_long_text_is_cut_and_the_user_is_told(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings
) -> None:
    await process(app, message_update("ik heb een vraag " * 500))
    assert len(rasa.received[0]["message"]) == settings.max_message_chars
    assert len(request_.sent()) == 2


async def test_rasa_outage_keeps_the_message_and_answers_it_later(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings
) -> None:
    rasa.available = False
    await process(app, message_update("wanneer is mijn afspraak", chat_id=77))
    [apology] = request_.sent()
    sessions = session_factory(settings.database_url)
    with sessions() as session:
        pending = session.scalars(select(PendingMessage)).all()
        assert [p.text for p in pending] == ["wanneer is mijn afspraak"]

    rasa.available = True
    [job] = app.job_queue.get_jobs_by_name(RETRY_JOB_NAME)
    await job.run(app)
    assert rasa.received[-1]["message"] == "wanneer is mijn afspraak"
    assert request_.sent()[-1]["chat_id"] == 77
    with sessions() as session:
        assert session.scalars(select(PendingMessage)).all() == []


async def test_start_with_a_demo_code_links_the_chat(
    app: Application, request_: OfflineRequest, settings: Settings
) -> None:
    from inburgering.people.demo import DEMO_LINK_CODE, seed
    from inburgering.platform.db import session_scope

    sessions = session_factory(settings.database_url)
    with session_scope(sessions) as session:
        person_id = seed(session).id
    await process(app, message_update(f"/start {DEMO_LINK_CODE}", chat_id=555))
    with sessions() as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == 555))
        assert chat.inburgeraar_id == person_id
        # The demo person prefers Arabic: the welcome comes in Arabic.
        assert chat.language == "ar"
    assert len(request_.sent()) >= 2


async def test_start_with_a_wrong_code_links_nothing(
    app: Application, request_: OfflineRequest, settings: Settings
) -> None:
    await process(app, message_update("/start NOTACODE", chat_id=556))
    with session_factory(settings.database_url)() as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == 556))
        assert chat.inburgeraar_id is None
    assert request_.sent()
