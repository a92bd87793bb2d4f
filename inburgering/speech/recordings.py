"""Spoken answers: which voice speaks an answer, and the recordings people make of them (issue 14).

Sources, in order: a person's recording of that response, in that language, approved by a
beheerder and made for the text the user got (:func:`text_hash`); then the offline computer
voice (:mod:`inburgering.speech.voices`, Dutch only); then none, and the answer gets no 🔊 button.

An answer's text depends on the municipality (hours, provider, phone): a recording is made for
one text and matches only answers with that text, so a recording of Zwolle's PVT answer is not
played to a chat in Deventer, and a changed catalog text or profile makes it stale by itself.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from inburgering.models import RecordingState, SpokenRecording, WebUser
from inburgering.people.profiles import load_profile
from inburgering.platform.settings import LANGUAGES
from inburgering.responses import render
from inburgering.review.feedback import topic_of_response
from inburgering.speech.voices import has_computer_voice
from inburgering.text.i18n import translator

# Answers a person can record: the same for everyone of a municipality (never personal data,
# as the appointment and progress answers are: those are spoken by the computer voice only).
RECORDABLE = (
    "utter_pvt", "utter_pvt_hours", "utter_pvt_signing",
    "utter_map", "utter_map_practice",
    "utter_ontzorgen", "utter_ontzorgen_costs", "utter_ontzorgen_duration", "utter_ontzorgen_not_for_you",
)
# Hex characters of the text hash a 🔊 button carries (its payload is at most 64 bytes).
SHORT_HASH = 16
MAX_RECORDING_SECONDS = 180
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACE = re.compile(r"\s+")


class Source(str, enum.Enum):
    recording = "recording"
    computer = "computer"


@dataclass(frozen=True)
class Voice:
    """Who speaks an answer: a recording (its id) or the computer voice."""

    source: Source
    recording_id: int | None = None


def is_spoken(response: str | None) -> bool:
    """Informative answers (those that get 👍/👎) may be spoken; greetings, forms and errors not."""
    return topic_of_response(response) is not None


def text_hash(text: str) -> str:
    """The hash of what an answer says: the same for the text as rendered and as Telegram returns it
    (Unicode normal form, invisible direction marks and whitespace do not count)."""
    normal = _SPACE.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text))).strip()
    return hashlib.sha256(normal.encode()).hexdigest()


def current_text(response: str, language: str, gemeente: str) -> str:
    """What ``response`` says now in ``language`` for the municipality ``gemeente`` (what to read aloud)."""
    # The municipal facts exactly as the action server passes them; imported here, so the bot (which
    # never asks for a current text) does not load the action server's modules.
    from actions.topics import profile_arguments

    return render(response, translator(language), profile_arguments(load_profile(gemeente)))["text"]


def is_stale(recording: SpokenRecording, current_hash: str) -> bool:
    """The answer no longer says what was recorded (or the recording was made for another municipality).

    ``current_hash``: a full :func:`text_hash`, or the short prefix a 🔊 button carries.
    """
    return not current_hash or not recording.text_hash.startswith(current_hash)


def approved_recording(session: Session, response: str, language: str, hash_: str, *,
                       with_audio: bool = False) -> SpokenRecording | None:
    """The newest approved recording of ``response`` in ``language`` made for the text with this hash
    (a full hash, or the short one a 🔊 button carries)."""
    query = (select(SpokenRecording)
             .where(SpokenRecording.response == response, SpokenRecording.language == language,
                    SpokenRecording.state == RecordingState.approved,
                    SpokenRecording.text_hash.startswith(hash_[:SHORT_HASH], autoescape=True))
             .order_by(SpokenRecording.created_at.desc(), SpokenRecording.id.desc())
             .limit(1))
    if with_audio:
        query = query.options(undefer(SpokenRecording.audio))
    found = session.scalar(query)
    return found if found is not None and not is_stale(found, hash_) else None


def voice_for(session: Session, response: str | None, language: str, hash_: str) -> Voice | None:
    """Who can speak this answer: a current approved recording, else the computer voice, else nobody."""
    if not is_spoken(response):
        return None
    recording = approved_recording(session, response, language, hash_)
    if recording is not None:
        return Voice(Source.recording, recording.id)
    if has_computer_voice(language):
        return Voice(Source.computer)
    return None


def can_speak(session: Session, response: str | None, language: str, hash_: str) -> bool:
    """Whether someone can speak this answer (its 🔊 button): as :func:`voice_for`, but the computer
    voice is asked first, so a Dutch answer costs no query for a recording (once per answer, under load)."""
    if not is_spoken(response):
        return False
    return has_computer_voice(language) or approved_recording(session, response, language, hash_) is not None


def add_recording(session: Session, response: str, language: str, gemeente: str, audio: bytes, seconds: int,
                  by: WebUser) -> SpokenRecording:
    """A new recording (already OGG/Opus) of the current text of ``response`` in ``gemeente``: it
    waits for a beheerder's review."""
    if response not in RECORDABLE or language not in LANGUAGES:
        raise ValueError(f"{response} in {language} cannot be recorded")
    text = current_text(response, language, gemeente)
    recording = SpokenRecording(
        response=response, language=language, gemeente=gemeente, text=text, text_hash=text_hash(text), audio=audio,
        seconds=seconds, state=RecordingState.needs_review, recorded_by_id=by.id,
    )
    session.add(recording)
    session.flush()
    return recording


def approve(recording: SpokenRecording, by: WebUser, now: datetime | None = None) -> None:
    recording.state = RecordingState.approved
    recording.reviewed_by_id = by.id
    recording.reviewed_at = now or datetime.now(timezone.utc)
