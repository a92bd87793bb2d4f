"""Voice notes end to end (issue 14): the real bot, Rasa and action server against the fake Telegram,
with the tiny Whisper model the project builds and installs through ``python -m inburgering.speech``'s
code; the voice notes are spoken by espeak-ng and encoded as OGG/Opus, downloaded through getFile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from actions.topics import profile_arguments
from inburgering.models import Escalation, EscalationReason, VoiceNote, VoiceNoteOutcome
from inburgering.people.profiles import load_profile
from inburgering.platform.db import session_factory, session_scope
from inburgering.responses import render
from inburgering.speech import audio
from inburgering.speech.install import install_from_dir
from inburgering.text.i18n import translator
from tests.e2e.conftest import REPLY_TIMEOUT, SETTLE_SECONDS
from tests.e2e.system import GEMEENTE, System, start_system
from tests.speech_model import built_model

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def system(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    """The whole system with a speech model installed in its SPEECH_MODELS_DIR."""
    models_dir = tmp_path_factory.mktemp("speech-models")
    install_from_dir(built_model(request.config, tmp_path_factory), models_dir, name="tiny-test")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SPEECH_MODELS_DIR", str(models_dir))
        try:
            running = start_system(tmp_path_factory.mktemp("e2e-voice"))
        except RuntimeError as error:
            pytest.fail(str(error), pytrace=False)
    yield running
    running.stop()


def _voice(user, note: bytes, count: int) -> list[dict]:
    mark = user.fake.mark()
    user.fake.push_voice(user.chat_id, duration=round(audio.duration_seconds(note)) or 1, user=user.user,
                         content=note)
    return user.fake.wait_for_messages(user.chat_id, count, timeout=REPLY_TIMEOUT * 2, after=mark,
                                       settle=SETTLE_SECONDS)


def _notes(system: System) -> list[VoiceNote]:
    with session_scope(session_factory(system.database_url)) as session:
        notes = list(session.scalars(select(VoiceNote).order_by(VoiceNote.id)))
        session.expunge_all()
        return notes


@pytest.mark.parametrize(("said", "response"), [("wat is het pvt", "utter_pvt"), ("wat is de map", "utter_map")])
def test_a_dutch_voice_note_is_heard_and_answered(new_user, system, said, response):
    user = new_user()
    (choice,) = user.command("taal")
    user.press("lang:nl", choice)
    received, heard, answer = _voice(user, audio.speak(said, "nl"), 3)
    nl = translator("nl")
    assert received["text"] == render("bot_voice_received", nl)["text"]
    assert heard["text"] == render("bot_voice_heard", nl, {"transcript": said})["text"]
    assert answer["text"] == render(response, nl, profile_arguments(load_profile(GEMEENTE)))["text"]
    note = _notes(system)[-1]
    assert note.outcome is VoiceNoteOutcome.transcribed and note.escalation_id is None


def test_a_tigrinya_voice_note_reaches_the_regisseurs_inbox(new_user, system):
    user = new_user("ti")
    user.say("PVT እንታይ እዩ?")
    received, to_person = _voice(user, audio.speak("PVT entay eyu", "am"), 2)
    ti = translator("ti")
    assert received["text"] == render("bot_voice_received", ti)["text"]
    assert to_person["text"].startswith(ti.gettext("A person from the municipality will listen to your voice message."))
    note = _notes(system)[-1]
    assert note.outcome is VoiceNoteOutcome.escalated and note.reason == "language"
    with session_scope(session_factory(system.database_url)) as session:
        escalation = session.get(Escalation, note.escalation_id)
        assert escalation.reason is EscalationReason.voice_note and escalation.language == "ti"
    assert audio.is_ogg(open(note.path, "rb").read())
