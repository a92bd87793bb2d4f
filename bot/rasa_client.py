"""Client for the Rasa server's REST channel: the bot's only way into the brain."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa (or the action/NLG server behind it) could not answer now."""


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
    # The assistant asked an open question: the user's next message is free text, in any language.
    expects_free_text: bool = False
    # An informative answer about this topic (pvt, map, ontzorgen, appointments): the bot adds 👍/👎.
    feedback_topic: str | None = None
    # "I did not understand": the user's message is kept, redacted, for the participatieraad.
    misunderstood: bool = False


class RasaClient:
    def __init__(self, base_url: str, timeout: float = 30.0, client: httpx.AsyncClient | None = None) -> None:
        self._url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
        self._client = client or httpx.AsyncClient(timeout=timeout)

    async def send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[Reply]:
        """Send one user message; return the assistant's replies.

        ``sender`` is a pseudonym: Rasa never sees Telegram ids or names.
        """
        try:
            answer = await self._client.post(
                self._url, json={"sender": sender, "message": text, "metadata": metadata}
            )
        except httpx.HTTPError as error:
            raise RasaUnavailable(type(error).__name__) from error
        if answer.status_code != 200:
            # Rasa answers 500 when the action or NLG server behind it fails.
            raise RasaUnavailable(f"HTTP {answer.status_code}")
        replies = []
        for message in answer.json():
            custom = message.get("custom") or {}
            if custom and replies and not message.get("text"):
                # Rasa sends a response's "custom" part as a message of its own, right after the text.
                last = replies[-1]
                replies[-1] = replace(
                    last,
                    expects_free_text=last.expects_free_text or custom.get("expects") == "free_text",
                    feedback_topic=custom.get("feedback_topic") or last.feedback_topic,
                    misunderstood=last.misunderstood or bool(custom.get("misunderstood")),
                )
                continue
            buttons = tuple((b["title"], b["payload"]) for b in message.get("buttons") or ())
            if message.get("text") or buttons:
                replies.append(Reply(text=message.get("text", ""), buttons=buttons))
        log.debug("rasa answered %d message(s)", len(replies))
        return replies

    async def aclose(self) -> None:
        await self._client.aclose()
