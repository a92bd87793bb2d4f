"""What the bot says about a voice note: received, what it heard, or that a person will listen and when."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from inburgering.models import EscalationReason
from inburgering.responses import Message, response
from inburgering.responses.escalation import escalated_text
from inburgering.text.i18n import Translator


@response("bot_voice_received")
def _received(t: Translator, _: Mapping[str, Any]) -> Message:
    """At once, before anyone (or anything) listens: the note is not lost."""
    return {"text": t.gettext("Thank you for your voice message. I have received it.")}


@response("bot_voice_heard")
def _heard(t: Translator, args: Mapping[str, Any]) -> Message:
    """What speech recognition heard, so a wrong transcript is visible before the answer."""
    return {"text": t.gettext("I heard: “{transcript}”", transcript=args.get("transcript", ""))}


@response("bot_voice_to_person")
def _to_person(t: Translator, args: Mapping[str, Any]) -> Message:
    """Nobody can listen automatically (Tigrinya, no model, unsure, long): a person will, and when."""
    due_at = args.get("due_at")
    if isinstance(due_at, str):
        due_at = datetime.fromisoformat(due_at)
    lines = [t.gettext("A person from the municipality will listen to your voice message."),
             escalated_text(t, EscalationReason.voice_note, due_at, linked=bool(args.get("linked")),
                            phone=args.get("phone"))]
    return {"text": "\n".join(lines)}
