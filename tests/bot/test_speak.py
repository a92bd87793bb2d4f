"""🔊 under informative answers, through the bot: the button, the payload allow-list, and the voice note."""

from __future__ import annotations

import itertools
import json
import threading
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from telegram import CallbackQuery, Message, Update, User
from telegram.ext import Application

from actions.topics import profile_arguments
from bot import speak
from inburgering import payloads
from inburgering.models import WebRole
from inburgering.people.profiles import load_profile
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.responses import render
from inburgering.speech import recordings, voices
from inburgering.speech.recordings import text_hash
from inburgering.text.i18n import translator
from tests import factories
from tests.bot.factories import BOT_USER, OfflineRequest, message_update, private_chat, process, user
from tests.bot.fake_rasa import FakeRasa

CHAT = 6161
TOPIC = profile_arguments(load_profile("zwolle"))
_update_ids = itertools.count(700_000)


class VoiceRequest(OfflineRequest):
    """The offline Bot API, which also takes sendVoice (keeping the uploaded bytes)."""

    voices_forbidden = False  # the user's privacy settings refuse voice notes (Telegram Premium)

    async def do_request(self, url: str, method: str, request_data=None, *args: Any, **kwargs: Any):
        if url.rsplit("/", 1)[-1] != "sendVoice":
            return await super().do_request(url, method, request_data, *args, **kwargs)
        if self.voices_forbidden:
            self.calls.append(("sendVoice", {"refused": True}))
            return 400, json.dumps({"ok": False, "error_code": 400,
                                    "description": "Bad Request: VOICE_MESSAGES_FORBIDDEN"}).encode()
        params = {**request_data.parameters, "files": {
            name: (part[0], part[1]) for name, part in (request_data.multipart_data or {}).items()}}
        self.calls.append(("sendVoice", params))
        result = {"message_id": 900, "date": int(datetime.now(timezone.utc).timestamp()),
                  "chat": {"id": params["chat_id"], "type": "private"}, "from": BOT_USER,
                  "voice": {"file_id": "v", "file_unique_id": "u", "duration": 1}}
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def voices(self) -> list[dict[str, Any]]:
        return [params for endpoint, params in self.calls if endpoint == "sendVoice" and "refused" not in params]


class TopicRasa(FakeRasa):
    """Answers every message with the real PVT answer, in the language the bot asks for."""

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        language = body["metadata"]["language"]
        message = render("utter_pvt", translator(language), TOPIC)
        return httpx.Response(200, json=[
            {"recipient_id": body["sender"], "text": message["text"], "buttons": message["buttons"]},
            {"recipient_id": body["sender"], "custom": {"response": "utter_pvt", "feedback_topic": "pvt"}},
        ])


@pytest.fixture
def rasa() -> TopicRasa:
    return TopicRasa()


@pytest.fixture
def request_() -> VoiceRequest:
    return VoiceRequest()


@pytest.fixture(autouse=True)
def fake_voice(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The computer voice without espeak-ng (test_voices.py runs the real one): records the text and thread."""
    made: list[tuple[str, str, str]] = []
    speak._voices.clear()
    speak._texts.clear()
    monkeypatch.setattr(voices, "tools_installed", lambda: True)

    def synthesise(text: str, language: str) -> bytes:
        made.append((text, language, threading.current_thread().name))
        return b"OggS-computer-voice"

    monkeypatch.setattr(voices, "synthesise", synthesise)
    return made


def _buttons(params: dict) -> list[tuple[str, str]]:
    markup = params.get("reply_markup")
    markup = json.loads(markup) if isinstance(markup, str) else markup or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


def _press(data: str, text: str | None, chat_id: int = CHAT):
    """A press on ``data`` under the bot's message with ``text`` (Telegram sends that message along)."""
    origin = Message(message_id=77, date=datetime.now(timezone.utc), chat=private_chat(chat_id),
                     from_user=User(**BOT_USER), text=text)
    query = CallbackQuery(id="5", from_user=user(chat_id), chat_instance="ci", data=data, message=origin)
    return Update(update_id=next(_update_ids), callback_query=query)


def _answer(language: str) -> str:
    return render("utter_pvt", translator(language), TOPIC)["text"]


def _sent_answer(request_: VoiceRequest, language: str) -> dict:
    """The PVT answer among what the bot sent (other notices may come with it)."""
    [answer] = [sent for sent in request_.sent() if sent["text"] == _answer(language)]
    return answer


async def test_a_dutch_answer_gets_a_listen_button_first(app: Application, request_: VoiceRequest) -> None:
    await process(app, message_update("wat is de PVT", chat_id=CHAT))
    buttons = _buttons(_sent_answer(request_, "nl"))
    assert buttons[0] == (translator("nl").gettext("🔊 Listen"),
                          payloads.speak_payload("nl", "utter_pvt", text_hash(_answer("nl"))))
    assert buttons[-2:] == [("👍", "fb:up:pvt"), ("👎", "fb:down:pvt")]
    assert payloads.parse(buttons[0][1]) == buttons[0][1]  # the allow-list lets it back in


@pytest.mark.parametrize("question", ["ما هو PVT؟", "PVT እንታይ እዩ?"])
async def test_arabic_and_tigrinya_answers_without_a_recording_get_no_button(
    app: Application, request_: VoiceRequest, question: str
) -> None:
    await process(app, message_update(question, chat_id=CHAT))
    answer = _sent_answer(request_, "ar" if "PVT؟" in question else "ti")
    assert not [data for _, data in _buttons(answer) if data.startswith(payloads.SPEAK)]


async def test_pressing_listen_sends_the_computer_voice_made_in_a_worker_thread(
    app: Application, request_: VoiceRequest, fake_voice: list
) -> None:
    text = _answer("nl")
    data = payloads.speak_payload("nl", "utter_pvt", text_hash(text))
    await process(app, _press(data, text))
    [voice] = request_.voices()
    assert voice["files"]["voice"][1] == b"OggS-computer-voice"
    assert voice["caption"] == render("bot_spoken_computer_voice", translator("nl"))["text"]
    [(spoken, language, thread)] = fake_voice
    assert (spoken, language) == (text, "nl")
    assert thread != threading.main_thread().name, "synthesis ran on the event loop's thread"

    await process(app, _press(data, text))  # kept per (response, language, text hash): made once
    assert len(request_.voices()) == 2 and len(fake_voice) == 1


async def test_an_approved_recording_is_sent_instead_of_the_computer_voice(
    app: Application, request_: VoiceRequest, bot_settings: Settings, fake_voice: list
) -> None:
    with session_scope(session_factory(bot_settings.database_url)) as session:
        staff = factories.web_user(session, "beheer", WebRole.beheerder)
        recording = recordings.add_recording(session, "utter_pvt", "ar", "zwolle", b"OggS-recorded", 4, staff)
        recordings.approve(recording, staff)

    await process(app, message_update("ما هو PVT؟", chat_id=CHAT))
    data = _buttons(_sent_answer(request_, "ar"))[0][1]
    assert data == payloads.speak_payload("ar", "utter_pvt", text_hash(_answer("ar")))

    await process(app, _press(data, _answer("ar")))
    [voice] = request_.voices()
    assert voice["files"]["voice"][1] == b"OggS-recorded"
    assert voice["caption"] == render("bot_spoken_recording", translator("ar"))["text"]
    assert fake_voice == []


async def test_a_press_whose_text_is_unknown_gets_a_kind_answer(app: Application, request_: VoiceRequest) -> None:
    """An old 🔊 whose answer changed since (and this process has not sent it): no voice, no error."""
    data = payloads.speak_payload("nl", "utter_pvt", text_hash("an older text of the answer"))
    await process(app, _press(data, "Het PVT is een cursus van vroeger."))
    assert request_.voices() == []
    [message] = request_.sent()
    assert message["text"] == render("bot_spoken_unavailable", translator("nl"))["text"]


async def test_the_demo_chat_without_the_message_text_uses_the_answer_it_gave(
    app: Application, request_: VoiceRequest
) -> None:
    await process(app, message_update("wat is de PVT", chat_id=CHAT))
    data = _buttons(_sent_answer(request_, "nl"))[0][1]
    await process(app, _press(data, None))
    assert len(request_.voices()) == 1


@pytest.mark.parametrize("data", [
    "say:nl:utter_pvt:0123456789abcdef", "say:ar:utter_map_practice:fedcba9876543210",
    "say:ti:utter_next_appointment:00000000000000ff",
])
def test_listen_payloads_of_informative_answers_are_allowed(data: str) -> None:
    assert payloads.parse(data) == data


@pytest.mark.parametrize("data", [
    "say:de:utter_pvt:0123456789abcdef",  # a language we do not serve
    "say:nl:utter_greet:0123456789abcdef",  # not an informative answer
    "say:nl:utter_pvt_made_up:0123456789abcdef",  # no such response
    "say:nl:utter_pvt:0123456789ABCDEF", "say:nl:utter_pvt:0123", "say:nl:utter_pvt:0123456789abcdef0",
    "say:nl:utter_pvt", "say:nl:utter_pvt:0123456789abcdef\n", "say:", "say:nl:../../etc:0123456789abcdef",
])
def test_other_listen_payloads_are_refused(data: str) -> None:
    assert payloads.parse(data) is None


async def test_a_forged_listen_payload_gets_the_expired_answer(app: Application, request_: VoiceRequest) -> None:
    await process(app, _press("say:nl:utter_greet:0123456789abcdef", "Hallo"))
    assert request_.voices() == []
    assert request_.sent()[0]["text"] == render("bot_button_expired", translator("nl"))["text"]


async def test_a_personal_answer_is_spoken_but_neither_remembered_nor_kept(
    app: Application, request_: VoiceRequest, fake_voice: list
) -> None:
    text = "Uw volgende afspraak is op maandag 7 december om 10:00, bij de gemeente."
    data = payloads.speak_payload("nl", "utter_next_appointment", text_hash(text))
    await process(app, _press(data, text))
    await process(app, _press(data, text))
    assert len(request_.voices()) == 2 and len(fake_voice) == 2  # made for each press, kept nowhere
    assert speak._voices.get(("utter_next_appointment", "nl", text_hash(text))) is None


async def test_a_user_who_refuses_voice_notes_gets_the_sound_as_a_file(
    app: Application, request_: VoiceRequest
) -> None:
    request_.voices_forbidden = True
    text = _answer("nl")
    await process(app, _press(payloads.speak_payload("nl", "utter_pvt", text_hash(text)), text))
    assert request_.voices() == []
    [document] = request_.documents()
    assert document["files"]["document"] == ("answer.ogg", b"OggS-computer-voice")
    assert document["caption"] == render("bot_spoken_computer_voice", translator("nl"))["text"]
