"""Which way a voice note goes: every rule on its own."""

from __future__ import annotations

import math

import pytest

from inburgering.speech.recognition import Transcript
from inburgering.speech.routing import Decision, Reason, Thresholds, Way, after_listening, before_listening

LIMITS = Thresholds(max_seconds=60, min_avg_logprob=-1.0, max_no_speech_prob=0.6)
BOTH = ("nl", "ar")


@pytest.mark.parametrize("language", ["nl", "ar", None])
def test_a_recognised_language_with_a_model_is_listened_to(language):
    assert before_listening(language, BOTH, 5, LIMITS) == Decision(Way.listen)


def test_tigrinya_always_goes_to_a_person_whisper_has_no_tigrinya():
    assert before_listening("ti", BOTH, 5, LIMITS) == Decision(Way.person, Reason.language)


@pytest.mark.parametrize("language", ["nl", "ar", None])
def test_without_a_model_a_person_listens(language):
    assert before_listening(language, (), 5, LIMITS) == Decision(Way.person, Reason.no_model)


def test_a_model_installed_for_dutch_only_does_not_listen_to_arabic():
    assert before_listening("ar", ("nl",), 5, LIMITS) == Decision(Way.person, Reason.no_model)


def test_a_long_note_goes_to_a_person():
    assert before_listening("nl", BOTH, 61, LIMITS) == Decision(Way.person, Reason.too_long)
    assert before_listening("nl", BOTH, 60, LIMITS) == Decision(Way.listen)


def _heard(text="wat is het pvt", avg_logprob=-0.2, no_speech_prob=0.01) -> Transcript:
    return Transcript(text, "nl", avg_logprob, no_speech_prob)


def test_a_sure_transcript_is_answered():
    assert after_listening(_heard(), LIMITS) == Decision(Way.answer)


@pytest.mark.parametrize("transcript", [
    _heard(avg_logprob=-1.01),
    _heard(no_speech_prob=0.61),
    _heard(avg_logprob=-math.inf),
])
def test_an_unsure_transcript_goes_to_a_person(transcript):
    assert after_listening(transcript, LIMITS) == Decision(Way.person, Reason.unsure)


@pytest.mark.parametrize("text", ["", "   "])
def test_nothing_heard_goes_to_a_person(text):
    assert after_listening(_heard(text=text), LIMITS) == Decision(Way.person, Reason.empty)


def test_thresholds_come_from_the_settings(settings):
    assert Thresholds.from_settings(settings) == Thresholds(60, -1.0, 0.6)
