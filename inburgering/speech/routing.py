"""Which way a voice note goes: recognised and answered as text, or to a person who listens.

Pure decisions, so every rule is tested on its own (tests/inburgering/speech/test_routing.py).
Before listening: a language the assistant cannot recognise (Tigrinya: Whisper has none), no model
installed, or a note longer than ``voice_note_max_seconds`` goes to a person. After listening: an
empty or unsure transcript goes to a person too, rather than a wrong answer to a wrong question.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass

from inburgering.speech.recognition import RECOGNISED, Transcript


class Way(str, enum.Enum):
    listen = "listen"  # recognise it (the transcript then decides again)
    answer = "answer"  # the transcript goes the normal way
    person = "person"  # the person's regisseur listens


class Reason(str, enum.Enum):
    """Why a person listens (stored on the voice note, shown to nobody but staff)."""

    language = "language"  # no recognition for this language (Tigrinya)
    no_model = "no_model"  # the language could be recognised, but no model is installed
    too_long = "too_long"
    unsure = "unsure"  # low average log-probability, or probably no speech
    empty = "empty"  # nothing was heard
    unreadable = "unreadable"  # the file could not be decoded
    taken_over = "taken_over"  # a regisseur has the chat: they listen, the bot stays silent
    interrupted = "interrupted"  # listening never finished (the bot process died): not tried again


@dataclass(frozen=True)
class Thresholds:
    max_seconds: int = 60
    # Whisper's own fallback starts below an average log-probability of -1.0 ...
    min_avg_logprob: float = -1.0
    # ... and treats a segment as silence above a no-speech probability of 0.6.
    max_no_speech_prob: float = 0.6

    @classmethod
    def from_settings(cls, settings) -> Thresholds:
        return cls(settings.voice_note_max_seconds, settings.speech_min_avg_logprob,
                   settings.speech_max_no_speech_prob)


@dataclass(frozen=True)
class Decision:
    way: Way
    reason: Reason | None = None


def before_listening(language: str | None, installed: Collection[str], duration_seconds: float,
                     thresholds: Thresholds) -> Decision:
    """``language``: the chat's language (None: not known yet, detection may choose among ``installed``)."""
    if language is not None and language not in RECOGNISED:
        return Decision(Way.person, Reason.language)
    if not installed or (language is not None and language not in installed):
        return Decision(Way.person, Reason.no_model)
    if duration_seconds > thresholds.max_seconds:
        return Decision(Way.person, Reason.too_long)
    return Decision(Way.listen)


def after_listening(transcript: Transcript, thresholds: Thresholds) -> Decision:
    if not transcript.text.strip():
        return Decision(Way.person, Reason.empty)
    if transcript.avg_logprob < thresholds.min_avg_logprob or transcript.no_speech_prob > thresholds.max_no_speech_prob:
        return Decision(Way.person, Reason.unsure)
    return Decision(Way.answer)
