"""Telegram's webhook in front of several bots: each chat's updates go to one bot, in order.

With two or more bot instances (``TELEGRAM_MODE=webhook``), Telegram posts every update to one URL.
A plain reverse proxy spreads them over the bots, and then a chat's second message can be answered
by one bot before its first by the other. This router reads the update's chat and sends every update
of that chat to the same bot (rendezvous hashing over the bot list: adding or removing a bot moves
only that bot's share of the chats). Each bot keeps its chats' updates in order
(``bot/update_processor.py``), so a chat's answers come in the order of its messages.

When a chat's bot does not answer (refused connection, time-out, a 5xx), the next bot in the chat's
list gets the update at once, and the failed bot is tried last for ``retry_down_seconds``; the update
claims (``bot/claims.py``) drop a copy that reaches two bots. When every bot fails the router answers
503, and Telegram delivers the update again later: nothing is lost. After the window the chat's own
bot gets its chats back; an update still being handled by the other bot at that moment is the only
case where a chat's order across bots is not kept.

The router keeps no state besides which bots failed lately; it never logs an update's text (only
counts, and at DEBUG the update id and the bot). Run one per TLS endpoint (``python -m
bot.webhook_router``; settings ``WEBHOOK_ROUTER_BACKENDS``, ``WEBHOOK_ROUTER_LISTEN``,
``WEBHOOK_ROUTER_PORT``, and ``TELEGRAM_WEBHOOK_SECRET`` to refuse posts without Telegram's secret).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Which bot took the update (its index in the backend list): for logs and the multi-instance test.
BACKEND_HEADER = "X-Inburgering-Backend"
MAX_UPDATE_BYTES = 1024 * 1024  # an update is a few KB; Telegram never sends more than this
# Where an update keeps its chat: (field, path to the chat object inside it).
CHAT_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("message", ("chat",)),
    ("edited_message", ("chat",)),
    ("channel_post", ("chat",)),
    ("edited_channel_post", ("chat",)),
    ("business_message", ("chat",)),
    ("edited_business_message", ("chat",)),
    ("callback_query", ("message", "chat")),
    ("my_chat_member", ("chat",)),
    ("chat_member", ("chat",)),
    ("chat_join_request", ("chat",)),
    ("message_reaction", ("chat",)),
)


def chat_key(update: Any) -> int | None:
    """The chat an update belongs to (its sender for updates without a chat); None if neither."""
    if not isinstance(update, dict):
        return None
    for field_name, path in CHAT_PATHS:
        node: Any = update.get(field_name)
        for step in path:
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, dict) and isinstance(node.get("id"), int):
            return node["id"]
    for value in update.values():  # inline queries, polls answers, ...: route by the sender
        if isinstance(value, dict):
            sender = value.get("from") or value.get("user")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                return sender["id"]
    return None


def _weight(key: int | None, backend: str) -> bytes:
    return hashlib.blake2b(f"{key}|{backend}".encode(), digest_size=8).digest()


def rendezvous_order(key: int | None, backends: Sequence[str]) -> list[int]:
    """Indexes of ``backends`` in the order this chat tries them (highest random weight first)."""
    return sorted(range(len(backends)), key=lambda i: _weight(key, backends[i]), reverse=True)


@dataclass
class Forwarded:
    status: int
    body: bytes
    content_type: str
    backend: int


class WebhookRouter:
    """Sends each update to its chat's bot; to the next one when that bot fails."""

    def __init__(self, backends: Sequence[str], *, secret: str = "", timeout_seconds: float = 10.0,
                 retry_down_seconds: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        if not backends:
            raise ValueError("the webhook router needs at least one backend (WEBHOOK_ROUTER_BACKENDS)")
        self.backends = tuple(backends)
        self._secret = secret
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds, connect=min(2.0, timeout_seconds))
        self._retry_down = retry_down_seconds
        self._clock = clock
        self._down_until: dict[int, float] = {}
        self._session: aiohttp.ClientSession | None = None
        self.counts = {"routed": 0, "failed_over": 0, "refused": 0, "unroutable": 0}

    def order(self, key: int | None) -> list[int]:
        """The chat's bots in the order to try: its own first, bots that failed lately last."""
        now = self._clock()
        ranked = rendezvous_order(key, self.backends)
        up = [i for i in ranked if self._down_until.get(i, 0.0) <= now]
        return up + [i for i in ranked if i not in up]

    async def forward(self, body: bytes, key: int | None, secret_header: str | None) -> Forwarded | None:
        """POST ``body`` to the chat's bots in order; the first answer that is not a 5xx, or None."""
        session = await self._client()
        headers = {"Content-Type": "application/json"}
        if secret_header is not None:
            headers[SECRET_HEADER] = secret_header
        for attempt, index in enumerate(self.order(key)):
            try:
                async with session.post(self.backends[index], data=body, headers=headers) as answer:
                    content = await answer.read()
                    if answer.status < 500:
                        self._down_until.pop(index, None)
                        if attempt:
                            self.counts["failed_over"] += 1
                        return Forwarded(answer.status, content, answer.content_type, index)
                    log.warning("bot %d answered %d; trying the next", index, answer.status)
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
                log.warning("bot %d not reachable (%s); trying the next", index, type(error).__name__)
            self._down_until[index] = self._clock() + self._retry_down
        return None

    async def handle(self, request: web.Request) -> web.Response:
        secret_header = request.headers.get(SECRET_HEADER)
        if self._secret and not hmac.compare_digest((secret_header or "").encode(), self._secret.encode()):
            self.counts["refused"] += 1
            return web.Response(status=403)
        body = await request.read()
        try:
            update = json.loads(body)
        except ValueError:
            self.counts["refused"] += 1
            return web.Response(status=400)
        key = chat_key(update)
        if key is None:
            self.counts["unroutable"] += 1  # still delivered: the bot decides what to do with it
        forwarded = await self.forward(body, key, secret_header)
        if forwarded is None:
            log.error("no bot took an update; Telegram will deliver it again")
            return web.Response(status=503)
        self.counts["routed"] += 1
        log.debug("update %s to bot %d", update.get("update_id") if isinstance(update, dict) else None,
                  forwarded.backend)
        return web.Response(status=forwarded.status, body=forwarded.body,
                            content_type=forwarded.content_type or "application/octet-stream",
                            headers={BACKEND_HEADER: str(forwarded.backend)})

    async def health(self, _request: web.Request) -> web.Response:
        now = self._clock()
        down = sorted(i for i, until in self._down_until.items() if until > now)
        return web.json_response({"backends": len(self.backends), "down": down, **self.counts})

    def application(self, path: str = "/telegram") -> web.Application:
        app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        app.router.add_post(path, self.handle)
        app.router.add_get("/health", self.health)
        app.on_cleanup.append(self._close)
        return app

    async def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    async def _close(self, _app: web.Application) -> None:
        if self._session is not None:
            await self._session.close()


def backends_from(setting: str) -> list[str]:
    """``WEBHOOK_ROUTER_BACKENDS``: the bots' webhook URLs, separated by commas."""
    return [url.strip() for url in setting.split(",") if url.strip()]


def main() -> None:
    from inburgering.platform.logging_setup import configure_logging
    from inburgering.platform.settings import get_settings

    settings = get_settings()
    configure_logging(settings.log_level)
    router = WebhookRouter(backends_from(settings.webhook_router_backends), secret=settings.webhook_secret)
    log.info("webhook router for %d bot(s) on %s:%d", len(router.backends), settings.webhook_router_listen,
             settings.webhook_router_port)
    web.run_app(router.application(), host=settings.webhook_router_listen, port=settings.webhook_router_port,
                print=None, access_log=None)


if __name__ == "__main__":
    main()
