"""Client for the Rasa server's REST channel: the bot's only way into the brain."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import httpx

from bot.messages import Reply

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa (or the action/NLG server behind it) could not answer now."""


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
                    response=custom.get("response") or last.response,
                )
                continue
            buttons = tuple((b["title"], b["payload"]) for b in message.get("buttons") or ())
            if message.get("text") or buttons:
                replies.append(Reply(text=message.get("text", ""), buttons=buttons))
        log.debug("rasa answered %d message(s)", len(replies))
        return replies

    async def aclose(self) -> None:
        await self._client.aclose()
