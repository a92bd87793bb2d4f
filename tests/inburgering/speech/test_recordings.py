"""Which voice speaks an answer: a current approved recording, else the computer voice, else none."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.topics import profile_arguments
from inburgering.models import RecordingState, WebRole
from inburgering.people.profiles import load_profile
from inburgering.responses import render
from inburgering.speech import recordings, voices
from inburgering.speech.recordings import Source, Voice, text_hash, voice_for
from inburgering.text.i18n import translator
from tests import factories

GEMEENTE = "zwolle"


@pytest.fixture
def staff(session: Session):
    return factories.web_user(session, "beheer", WebRole.beheerder)


@pytest.fixture(autouse=True)
def tools(monkeypatch: pytest.MonkeyPatch) -> None:
    """espeak-ng and ffmpeg count as installed; test_voices.py checks the real tools."""
    monkeypatch.setattr(voices, "tools_installed", lambda: True)


def answer(response: str, language: str, **changes: object) -> str:
    """The text a chat of Zwolle gets, optionally with other municipal facts."""
    return render(response, translator(language), {**profile_arguments(load_profile(GEMEENTE)), **changes})["text"]


def record(session: Session, staff, response: str, language: str, *, approved: bool = True):
    recording = recordings.add_recording(session, response, language, GEMEENTE, b"OggS-fake", 3, staff)
    if approved:
        recordings.approve(recording, staff)
    session.flush()
    return recording


def test_the_text_a_recording_is_made_for_is_the_answer_of_its_municipality(session: Session, staff) -> None:
    recording = record(session, staff, "utter_pvt", "ar", approved=False)
    assert recording.text == answer("utter_pvt", "ar")
    assert recording.text_hash == text_hash(answer("utter_pvt", "ar"))
    assert recording.state == RecordingState.needs_review


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_an_approved_current_recording_speaks_first(session: Session, staff, language: str) -> None:
    recording = record(session, staff, "utter_map", language)
    assert voice_for(session, "utter_map", language, text_hash(answer("utter_map", language))) == \
        Voice(Source.recording, recording.id)


def test_a_recording_waiting_for_review_is_not_used(session: Session, staff) -> None:
    record(session, staff, "utter_map", "ar", approved=False)
    record(session, staff, "utter_map", "nl", approved=False)
    assert voice_for(session, "utter_map", "ar", text_hash(answer("utter_map", "ar"))) is None
    assert voice_for(session, "utter_map", "nl", text_hash(answer("utter_map", "nl"))) == Voice(Source.computer)


def test_a_recording_goes_stale_when_the_text_changes(session: Session, staff) -> None:
    recording = record(session, staff, "utter_pvt", "ar")
    changed = answer("utter_pvt", "ar", pvt_hours=16)  # the municipality's profile now says 16 hours
    assert changed != recording.text
    assert recordings.is_stale(recording, text_hash(changed))
    assert not recordings.is_stale(recording, text_hash(answer("utter_pvt", "ar")))
    assert recordings.approved_recording(session, "utter_pvt", "ar", text_hash(changed)) is None
    # Arabic has no computer voice: a stale recording means no button at all.
    assert voice_for(session, "utter_pvt", "ar", text_hash(changed)) is None


def test_a_stale_dutch_recording_falls_back_to_the_computer_voice(session: Session, staff) -> None:
    record(session, staff, "utter_pvt", "nl")
    changed = answer("utter_pvt", "nl", pvt_provider="Een nieuwe aanbieder")
    assert voice_for(session, "utter_pvt", "nl", text_hash(changed)) == Voice(Source.computer)


def test_the_short_hash_of_a_button_finds_the_recording(session: Session, staff) -> None:
    recording = record(session, staff, "utter_ontzorgen", "ti")
    short = text_hash(answer("utter_ontzorgen", "ti"))[:recordings.SHORT_HASH]
    assert recordings.approved_recording(session, "utter_ontzorgen", "ti", short).id == recording.id
    assert recordings.approved_recording(session, "utter_ontzorgen", "ti", "0" * recordings.SHORT_HASH) is None


def test_the_newest_approved_recording_wins(session: Session, staff) -> None:
    record(session, staff, "utter_pvt_signing", "ar")
    newer = record(session, staff, "utter_pvt_signing", "ar")
    current = text_hash(answer("utter_pvt_signing", "ar"))
    found = recordings.approved_recording(session, "utter_pvt_signing", "ar", current)
    assert found.id == newer.id


@pytest.mark.parametrize(("language", "expected"), [("nl", Voice(Source.computer)), ("ar", None), ("ti", None)])
def test_without_a_recording_only_dutch_has_a_voice(session: Session, language: str, expected) -> None:
    assert voice_for(session, "utter_pvt", language, text_hash(answer("utter_pvt", language))) == expected


def test_without_the_tools_dutch_has_no_voice_either(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices, "tools_installed", lambda: False)
    assert voice_for(session, "utter_pvt", "nl", text_hash(answer("utter_pvt", "nl"))) is None


@pytest.mark.parametrize("response", ["utter_greet", "bot_help", "utter_default", None])
def test_only_informative_answers_are_spoken(session: Session, response) -> None:
    assert voice_for(session, response, "nl", text_hash("Hallo")) is None


def test_personal_answers_cannot_be_recorded(session: Session, staff) -> None:
    with pytest.raises(ValueError):
        recordings.add_recording(session, "utter_next_appointment", "nl", GEMEENTE, b"x", 1, staff)
    with pytest.raises(ValueError):
        recordings.add_recording(session, "utter_pvt", "de", GEMEENTE, b"x", 1, staff)


def test_the_hash_is_the_same_for_telegrams_copy_of_the_text() -> None:
    """Telegram returns the text without surrounding whitespace; direction marks may be dropped."""
    text = answer("utter_pvt", "ar")
    assert "\u2068" in text  # the municipality's name is an isolate in the Arabic text
    copy = "  " + text.replace("\u2068", "").replace("\u2069", "").replace("\n", "\r\n") + "\n"
    assert text_hash(copy) == text_hash(text)
    assert text_hash(text) != text_hash(answer("utter_pvt", "ar", pvt_hours=13))
