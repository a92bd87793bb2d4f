"""🔊 end to end (issue 14): the real bot, Rasa and NLG, and a fake Telegram that takes sendVoice.

Pressing "🔊" under an answer sends a person's approved recording where one exists for that text,
and the computer voice (espeak-ng, Dutch) where none exists. Audio is made here with Debian's
espeak-ng and ffmpeg; nothing is downloaded.
"""

from __future__ import annotations

import subprocess

import pytest

from actions.topics import profile_arguments
from inburgering.models import RecordingState, SpokenRecording, WebRole
from inburgering.payloads import SPEAK
from inburgering.people.profiles import load_profile
from inburgering.platform.db import session_factory, session_scope
from inburgering.responses import render
from inburgering.speech import recordings, voices
from inburgering.text.i18n import translator
from tests.e2e.fake_telegram import buttons
from tests.e2e.system import GEMEENTE
from web.auth import create_user

pytestmark = pytest.mark.e2e

TOPIC = profile_arguments(load_profile(GEMEENTE))


@pytest.fixture(scope="module", autouse=True)
def speech_tools() -> None:
    if not voices.tools_installed():
        pytest.fail("espeak-ng and ffmpeg are required (scripts/install_speech_tools.sh)", pytrace=False)


def listen_payload(message: dict) -> str:
    [payload] = [data for _, data in buttons(message) if data.startswith(SPEAK)]
    return payload


def test_listen_sends_the_dutch_computer_voice_where_no_recording_exists(user) -> None:
    (answer,) = user.say("wat is de PVT?")
    assert answer["text"] == render("utter_pvt", translator("nl"), TOPIC)["text"]
    title, payload = buttons(answer)[0]
    assert title.startswith("🔊") and payload == listen_payload(answer)

    (voice,) = user.press(payload, answer)
    assert voice["method"] == "sendVoice"
    assert voices.is_ogg_opus(voice["content"])
    assert voice["text"] == render("bot_spoken_computer_voice", translator("nl"))["text"]
    seconds = voices.ogg_opus_seconds(voice["content"])
    assert seconds >= 10, "the whole answer is spoken, not a fragment"
    assert voice["duration"] == seconds


def test_listen_sends_the_approved_recording_where_one_exists(new_user, system) -> None:
    wav = subprocess.run(["espeak-ng", "-v", "ar", "--stdout", "برنامج ماب"], capture_output=True, check=True).stdout
    recorded = voices.encode_voice_note(wav)  # stands in for an interpreter's recording
    with session_scope(session_factory(system.database_url)) as session:
        staff = create_user(session, "beheer-e2e-spoken", "a-long-e2e-password-1", WebRole.beheerder,
                            gemeente=GEMEENTE)
        recording = recordings.add_recording(session, "utter_map", "ar", GEMEENTE, recorded,
                                             voices.ogg_opus_seconds(recorded), staff)
        recordings.approve(recording, staff)
        waiting = recordings.add_recording(session, "utter_pvt", "ar", GEMEENTE, recorded, 1, staff)
        assert waiting.state == RecordingState.needs_review

    user = new_user("ar")
    (answer,) = user.say("shu ya3ni el MAP")
    assert answer["text"] == render("utter_map", translator("ar"), TOPIC)["text"]
    (voice,) = user.press(listen_payload(answer), answer)
    assert voice["method"] == "sendVoice"
    assert voice["content"] == recorded
    assert voice["text"] == render("bot_spoken_recording", translator("ar"))["text"]

    # Arabic has no computer voice: an answer whose recording waits for review has no 🔊 at all.
    (pvt,) = user.say("ما هو PVT؟")
    assert pvt["text"] == render("utter_pvt", translator("ar"), TOPIC)["text"]
    assert not [data for _, data in buttons(pvt) if data.startswith(SPEAK)]

    with session_scope(session_factory(system.database_url)) as session:
        assert session.get(SpokenRecording, recording.id).state == RecordingState.approved
        # The system is shared with the other end-to-end modules: leave no recording behind.
        for added in (recording.id, waiting.id):
            session.delete(session.get(SpokenRecording, added))
