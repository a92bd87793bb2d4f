"""Spoken answers (issue 14): the 🔊 button and the captions of the voice notes the bot sends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.responses import Message, response
from inburgering.text.i18n import Translator


def listen_title(t: Translator) -> str:
    # Translators: a button under an answer; pressing it sends the answer as a voice message. Keep it short.
    return t.gettext("🔊 Listen")


@response("bot_spoken_computer_voice")
def _computer_voice(t: Translator, _: Mapping[str, Any]) -> Message:
    # Translators: the caption of a voice message made by a computer, not by a person.
    return {"text": t.gettext("Computer voice. It can say some words wrong.")}


@response("bot_spoken_recording")
def _recording(t: Translator, _: Mapping[str, Any]) -> Message:
    # Translators: the caption of a voice message a person of the municipality recorded.
    return {"text": t.gettext("Read aloud by a person of the municipality.")}


@response("bot_spoken_unavailable")
def _unavailable(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("Sorry, I cannot read this answer aloud now.")}
