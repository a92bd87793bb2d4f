"""What the assistant sends: :class:`Reply` (text, buttons, a file) and rendering named responses.

Every sentence comes from a named response in ``inburgering.responses``, rendered from the
catalogs; a Reply keeps that name, so tests assert names, not wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inburgering.responses import Message, render
from inburgering.text.i18n import Translator


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply (e.g. an appointment as .ics)."""

    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Reply:
    """One message from the assistant: text plus optional buttons (title, payload)."""

    text: str
    buttons: tuple[tuple[str, str], ...] = field(default=())
    attachment: Attachment | None = None
    # The named response this text was rendered from (utter_pvt, bot_help, ...).
    response: str | None = None
    # The assistant asked an open question: the user's next message is free text, in any language.
    expects_free_text: bool = False
    # An informative answer about this topic (pvt, map, ontzorgen, appointments): the bot adds 👍/👎.
    feedback_topic: str | None = None
    # "I did not understand": the user's message is kept, redacted, for the participatieraad.
    misunderstood: bool = False


def from_message(name: str, message: Message, attachment: Attachment | None = None) -> Reply:
    """A rendered response (``{"text", "buttons"}``) as a Reply."""
    buttons = tuple((b["title"], b["payload"]) for b in message.get("buttons") or ())
    return Reply(message.get("text") or "", buttons, attachment=attachment, response=name)


def reply(name: str, t: Translator, arguments: Mapping[str, Any] | None = None, *,
          attachment: Attachment | None = None) -> Reply:
    """Render response ``name`` in ``t``'s language."""
    return from_message(name, render(name, t, arguments), attachment)
