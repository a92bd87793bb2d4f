"""Bot handlers, driven with real Update objects through Application.process_update (no network)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select
from telegram import CallbackQuery, Chat, Message, Update
from telegram.ext import Application

from bot.application import RETRY_JOB_NAME
from bot.messages import reply
from bot.routes import NOISE_TOPICS
from inburgering.models import Chat as ChatRow
from inburgering.models import PendingMessage
from inburgering.people.pseudonym import pseudonymise
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from inburgering.text.i18n import translator
from tests.bot.factories import (
    OfflineRequest,
    callback_update,
    message_update,
    process,
    sticker_update,
    user,
    voice_update,
)
from tests.bot.fake_rasa import FakeRasa


async def test_text_goes_to_rasa_under_a_pseudonym_with_the_detected_language(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings
) -> None:
    update = message_update("شو يعني PVT؟", chat_id=4242)
    await process(app, update)

    assert len(rasa.received) == 1
    sent_to_rasa = rasa.received[0]
    assert sent_to_rasa["sender"] == pseudonymise(4242, settings.pseudonym_key)
    assert "4242" not in str(sent_to_rasa)
    # The update's number (a counter of the bot's updates, not a person): Rasa keeps it with the message (channels.once).
    assert sent_to_rasa["metadata"] == {"language": "ar", "update_id": update.update_id}
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
        chat = session.scalar(select(ChatRow).where(ChatRow.telegram_chat_id == 555))
        assert chat.inburgeraar_id == person_id
        # The demo person prefers Arabic: the welcome comes in Arabic.
        assert chat.language == "ar"
    assert len(request_.sent()) >= 2


async def test_start_with_a_wrong_code_links_nothing(
    app: Application, request_: OfflineRequest, settings: Settings
) -> None:
    await process(app, message_update("/start NOTACODE", chat_id=556))
    with session_factory(settings.database_url)() as session:
        chat = session.scalar(select(ChatRow).where(ChatRow.telegram_chat_id == 556))
        assert chat.inburgeraar_id is None
    assert request_.sent()


# -- hostile and odd updates (issue 13) ------------------------------------------------------


def _errors(app: Application) -> list[BaseException]:
    """Errors python-telegram-bot caught in a handler (it logs them; the tests must see them)."""
    errors: list[BaseException] = []

    async def record(_update: object, context) -> None:
        errors.append(context.error)

    app.add_error_handler(record)
    return errors


def _sent_responses(request_: OfflineRequest) -> list[str]:
    return [sent["text"] for sent in request_.sent()]


def _update_of(kind: str, chat: Chat, text: str = "wat is de MAP") -> Update:
    message = Message(message_id=1, date=datetime.now(timezone.utc), chat=chat, from_user=user(chat.id), text=text)
    return Update(update_id=1, **{kind: message})


@pytest.mark.parametrize("payload", [
    "/restart", "/session_start", '/request_reschedule{"appointment_id":"99999999999999999999"}', "lang:en",
    "lang:\ud800", "orig:99999999999999999999999", "ics:99999999999999999999999", "fb:rate:9:pvt", "zz:1",
])
async def test_a_forged_button_gets_the_expired_answer_and_never_reaches_rasa(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, payload: str
) -> None:
    errors = _errors(app)
    await process(app, callback_update(payload, chat_id=4300))
    assert errors == []
    assert rasa.received == []
    [answer] = request_.sent()
    assert answer["text"] == reply("bot_button_expired", translator("nl")).text


async def test_a_button_pressed_on_an_inline_message_has_no_chat_and_gets_no_answer(
    app: Application, request_: OfflineRequest, rasa: FakeRasa
) -> None:
    errors = _errors(app)
    query = CallbackQuery(id="1", from_user=user(), chat_instance="ci", data="/ask_map", inline_message_id="abc")
    await process(app, Update(update_id=1, callback_query=query))
    assert errors == []
    assert rasa.received == [] and request_.sent() == []
    assert [endpoint for endpoint, _ in request_.calls if endpoint != "getMe"] == ["answerCallbackQuery"]


async def test_lone_surrogates_and_control_characters_are_removed_before_anything_reads_the_text(
    app: Application, rasa: FakeRasa, request_: OfflineRequest
) -> None:
    errors = _errors(app)
    await process(app, message_update("wat is \ud800de\x07 MAP\u202e?", chat_id=4301))
    assert errors == []
    assert rasa.received[-1]["message"] == "wat is \ufffdde MAP?"
    assert len(request_.sent()) == 1


@pytest.mark.parametrize("text", ["\x01\x02\x03", "\u202e\u202d", "\u200b", "\ud800", "?!...", " \u2028 "])
async def test_a_message_with_nothing_to_read_gets_the_did_you_mean_answer_without_rasa(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, text: str
) -> None:
    # Rasa's NLU pipeline crashes (HTTP 500) on text without tokens: the message would be kept and
    # later escalated. Noise never counts as a miss either.
    errors = _errors(app)
    await process(app, message_update(text, chat_id=4302))
    assert errors == []
    assert rasa.received == []
    [answer] = request_.sent()
    assert answer["text"] == reply("utter_did_you_mean", translator("nl"), {"topics": NOISE_TOPICS}).text


@pytest.mark.parametrize("text", [" /restart", "\u200b/request_regisseur", '\n/ask_map{"aspect":"practice"}'])
async def test_typed_text_never_reaches_rasa_as_an_intent(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, text: str
) -> None:
    await process(app, message_update(text, chat_id=4303))
    assert rasa.received == []
    assert _sent_responses(request_) == [reply("bot_unknown_command", translator("nl")).text]


async def test_an_edited_message_is_not_answered_again(
    app: Application, rasa: FakeRasa, request_: OfflineRequest
) -> None:
    await process(app, message_update("ik wil mijn regisseur spreken", chat_id=4304))
    update = message_update("ik wil mijn regisseur spreken!", chat_id=4304)
    edited = Update(update_id=update.update_id, edited_message=update.message)
    await process(app, edited)
    await process(app, Update(update_id=2, edited_message=message_update("/start", chat_id=4304).message))
    assert len(rasa.received) == 1
    assert len(request_.sent()) == 1


@pytest.mark.parametrize("kind, chat_type", [
    ("message", Chat.GROUP), ("message", Chat.SUPERGROUP), ("channel_post", Chat.CHANNEL),
    ("edited_channel_post", Chat.CHANNEL), ("edited_message", Chat.GROUP),
])
async def test_groups_and_channels_are_ignored(
    app: Application, rasa: FakeRasa, request_: OfflineRequest, settings: Settings, kind: str, chat_type: str
) -> None:
    errors = _errors(app)
    chat = Chat(id=-100123, type=chat_type, title="Taalcafé")
    for text in ("wat is de MAP", "/start", "/help", "zelfmoord"):
        await process(app, _update_of(kind, chat, text))
    pressed_in_group = CallbackQuery(id="2", from_user=user(), chat_instance="ci", data="/ask_map",
                                     message=Message(message_id=5, date=datetime.now(timezone.utc), chat=chat))
    await process(app, Update(update_id=3, callback_query=pressed_in_group))
    assert errors == []
    assert rasa.received == [] and request_.sent() == []
    with session_factory(settings.database_url)() as session:
        assert session.scalars(select(ChatRow)).all() == []
