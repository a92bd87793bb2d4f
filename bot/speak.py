"""🔊 under informative answers: the answer as a Telegram voice note (issue 14).

Who speaks it is decided by :func:`inburgering.speech.recordings.voice_for` (``can_speak`` for the
button): a person's approved recording made for this very text, else the offline computer voice
(Dutch), else nobody, and then the answer gets no button. The button carries the answer's language,
its response name and a prefix of the hash of its text, never the text: on a press the text is the
one of the message the button is on (Telegram sends it with the press, see :func:`pressed_text`),
or this process's memory of the municipal answers it gave recently (the demo chat sends no text).

Synthesis (espeak-ng + ffmpeg, a few hundred milliseconds) runs in a worker thread, never on the
event loop, at most two at a time. The voice of a municipal answer (the same for everyone) is kept
per (response, language, text hash); personal answers (appointments, progress) are neither
remembered nor kept: their text and voice exist only in that person's chat.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session
from telegram.error import BadRequest

from bot.messages import Attachment, Reply, reply
from bot.rendering import document_kwargs, voice_kwargs
from inburgering.payloads import SPEAK, speak_payload
from inburgering.responses.spoken import listen_title
from inburgering.speech import voices
from inburgering.speech.recordings import (
    RECORDABLE,
    SHORT_HASH,
    approved_recording,
    is_spoken,
    text_hash,
    can_speak,
)
from inburgering.text.i18n import translator

if TYPE_CHECKING:
    from telegram import Chat

    from bot.conversation import Conversation

log = logging.getLogger(__name__)

VOICE_FILENAME = "answer.ogg"
VOICE_MIME = "audio/ogg"
CACHE_BYTES = 16 * 1024 * 1024  # ~200 spoken answers of 30 seconds
REMEMBERED_TEXTS = 512

_pressed_text: ContextVar[str | None] = ContextVar("pressed_text", default=None)
_synthesis_slots = threading.BoundedSemaphore(2)  # two cores: never more than two voices at once


@contextmanager
def pressed_text(text: str | None) -> Iterator[None]:
    """While handling a press on a message with this text (Telegram's copy of what the bot sent)."""
    token = _pressed_text.set(text)
    try:
        yield
    finally:
        _pressed_text.reset(token)


class _LRU:
    """A small thread-safe least-recently-used map with a size limit (entries or bytes)."""

    def __init__(self, limit: int, size=lambda value: 1) -> None:
        self._items: OrderedDict[tuple[str, str, str], object] = OrderedDict()
        self._limit = limit
        self._size = size
        self._used = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, str]):
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: tuple[str, str, str], value: object) -> None:
        with self._lock:
            if key in self._items:
                self._used -= self._size(self._items.pop(key))
            self._items[key] = value
            self._used += self._size(value)
            while self._used > self._limit and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                self._used -= self._size(dropped)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._used = 0


# (response, language, short text hash) -> the answer's text / its computer voice.
_texts = _LRU(REMEMBERED_TEXTS)
_voices = _LRU(CACHE_BYTES, size=len)


def _can_speak(session: Session, response: str | None, language: str, full_hash: str) -> bool:
    """:func:`can_speak`, without its recording query for a personal answer: only the municipal
    answers (``RECORDABLE``) can have a person's recording (``add_recording`` and the workspace
    refuse the others), so a personal answer in Arabic or Tigrinya costs no query (once per answer, under load)."""
    if response not in RECORDABLE:
        return voices.has_computer_voice(language)
    return can_speak(session, response, language, full_hash)


def with_speak_button(session: Session, replies: list[Reply], language: str) -> list[Reply]:
    """A 🔊 button first under each informative answer that someone (or the computer) can speak."""
    result = []
    for answer in replies:
        if is_spoken(answer.response) and answer.text:
            full_hash = text_hash(answer.text)
            if _can_speak(session, answer.response, language, full_hash):
                if answer.response in RECORDABLE:
                    _texts.put((answer.response, language, full_hash[:SHORT_HASH]), answer.text)
                button = (listen_title(translator(language)), speak_payload(language, answer.response, full_hash))
                answer = replace(answer, buttons=(button, *answer.buttons))
        result.append(answer)
    return result


def _text_for(response: str, language: str, short_hash: str) -> str | None:
    pressed = _pressed_text.get()
    if pressed and text_hash(pressed).startswith(short_hash):
        return pressed
    return _texts.get((response, language, short_hash))


def voice_note(content: bytes, caption_response: str, language: str) -> Reply:
    caption = reply(caption_response, translator(language))
    return replace(caption, attachment=Attachment(VOICE_FILENAME, content, VOICE_MIME))


def _synthesise(text: str, language: str) -> bytes:
    with _synthesis_slots:
        started = time.perf_counter()
        audio = voices.synthesise(text, language)
        log.debug("computer voice: %d bytes in %.0f ms", len(audio), (time.perf_counter() - started) * 1000)
        return audio


async def computer_voice(response: str, language: str, text: str) -> bytes:
    """The computer voice of ``text``, off the event loop; a municipal answer's is made once per
    (response, language, text hash)."""
    key = (response, language, text_hash(text))
    audio = _voices.get(key)
    if audio is None:
        audio = await asyncio.to_thread(_synthesise, text, language)
        if response in RECORDABLE:
            _voices.put(key, audio)
    return audio


async def button(conversation: Conversation, chat_id: int, payload: str) -> list[Reply]:
    """say:<language>:<response>:<hash>: the answer as a voice note, by a person or the computer."""
    language, response, short_hash = payload.removeprefix(SPEAK).split(":")
    with conversation.turn(conversation.load(chat_id)) as turn:
        recording = approved_recording(turn.session, response, language, short_hash, with_audio=True)
        audio = recording.audio if recording is not None else None
    if audio is not None:
        return [voice_note(audio, "bot_spoken_recording", language)]
    text = _text_for(response, language, short_hash)
    if text is None or not voices.has_computer_voice(language):
        return [reply("bot_spoken_unavailable", translator(language))]
    try:
        audio = await computer_voice(response, language, text)
    except voices.SynthesisFailed as error:
        log.warning("computer voice failed (%s)", error)
        return [reply("bot_spoken_unavailable", translator(language))]
    return [voice_note(audio, "bot_spoken_computer_voice", language)]


async def send(chat: Chat, answer: Reply) -> None:
    """sendVoice. Telegram refuses a voice note to a user whose privacy settings forbid them
    (VOICE_MESSAGES_FORBIDDEN): that user gets the same sound as a file, which plays too."""
    try:
        await chat.send_voice(**voice_kwargs(answer))
    except BadRequest as error:
        if "VOICE_MESSAGES_FORBIDDEN" not in error.message.upper():
            raise
        await chat.send_document(**document_kwargs(answer))
