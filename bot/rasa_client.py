"""Client for the Rasa server's REST channel: the bot's only way into the brain.

Several Rasa servers on one tracker store raise the ceiling of one Rasa process (one core). Each
chat goes to one of them, chosen by its pseudonym, so its turns run in one process in order and
Rasa's per-process lock store suffices; when that server cannot be reached, the next one answers
(the shared tracker store has the conversation). Only a request that never reached a server is
sent again: one that reached it may have changed the conversation already.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import httpx

from bot.messages import Reply

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa (or the action/NLG server behind it) could not answer now."""


# Errors that mean the request never reached a server: another server may safely take it.
_NOT_DELIVERED = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class RasaClient:
    def __init__(self, base_urls: str | Sequence[str], timeout: float = 30.0,
                 client: httpx.AsyncClient | None = None) -> None:
        urls = [base_urls] if isinstance(base_urls, str) else list(base_urls)
        if not urls:
            raise ValueError("RasaClient needs at least one Rasa URL")
        self._urls = tuple(f"{url.rstrip('/')}/webhooks/rest/webhook" for url in urls)
        self._client = client or httpx.AsyncClient(timeout=timeout)

    def urls_for(self, sender: str) -> tuple[str, ...]:
        """The servers to try for this chat: its own first (stable per pseudonym), then the others."""
        first = zlib.crc32(sender.encode("utf-8")) % len(self._urls)
        return self._urls[first:] + self._urls[:first]

    async def _post(self, sender: str, payload: dict[str, Any]) -> httpx.Response:
        error: httpx.HTTPError | None = None
        for url in self.urls_for(sender):
            try:
                return await self._client.post(url, json=payload)
            except _NOT_DELIVERED as not_delivered:
                error = not_delivered  # that server is down: the next one has the same tracker store
            except httpx.HTTPError as failed:
                raise RasaUnavailable(type(failed).__name__) from failed
        assert error is not None
        raise RasaUnavailable(type(error).__name__) from error

    async def send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[Reply]:
        """Send one user message; return the assistant's replies.

        ``sender`` is a pseudonym: Rasa never sees Telegram ids or names.
        """
        answer = await self._post(sender, {"sender": sender, "message": text, "metadata": metadata})
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
