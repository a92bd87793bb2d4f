"""Is the assistant there? Rasa (model loaded) and the action/NLG server behind it, by their health checks.

The bot takes updates only once both answer (:func:`Readiness.wait`, before polling starts), so a
start or restart with messages waiting at Telegram answers them instead of apologising. The same
check tells an outage (nothing is counted against a kept message) from a failure of one message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

import httpx

from inburgering.platform.settings import Settings

log = logging.getLogger(__name__)

# Rasa loads its model in about 30 s here; give a slow machine some more. After this the bot starts
# anyway: a message then gets the apology and is kept, which beats no answer at all.
WAIT_SECONDS = 180.0


def health_urls(settings: Settings) -> tuple[str, ...]:
    # Rasa serves (its "/" answers) only once its model is loaded: it runs without --enable-api, so
    # there is no /status; the action server's /health answers when it serves.
    return (
        *(f"{url}/" for url in settings.rasa_urls),
        f"http://{settings.action_server_host}:{settings.action_server_port}/health",
    )


class Readiness:
    def __init__(self, urls: Sequence[str], timeout: float = 2.0,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.urls = tuple(urls)
        self.timeout = timeout
        self.transport = transport

    async def not_ready(self) -> list[str]:
        """The health URLs that do not answer 200 now."""
        async with httpx.AsyncClient(timeout=self.timeout, transport=self.transport) as client:
            async def fails(url: str) -> bool:
                try:
                    return (await client.get(url)).status_code != 200
                except httpx.HTTPError:
                    return True

            answers = await asyncio.gather(*(fails(url) for url in self.urls))
        return [url for url, failed in zip(self.urls, answers, strict=True) if failed]

    async def ready(self) -> bool:
        return not await self.not_ready()

    async def wait(self, timeout: float = WAIT_SECONDS, interval: float = 1.0) -> bool:
        """Wait until every health check answers; False when ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            missing = await self.not_ready()
            if not missing:
                if waited:
                    log.info("the assistant is ready")
                return True
            if time.monotonic() >= deadline:
                log.warning("the assistant is not ready after %.0f s (%s); taking messages anyway: "
                            "they are kept and answered when it is back", timeout, ", ".join(missing))
                return False
            if not waited:
                log.info("waiting for the assistant (%s) before taking messages", ", ".join(missing))
                waited = True
            await asyncio.sleep(interval)
