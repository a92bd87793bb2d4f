"""A stand-in for Rasa's REST channel, served through httpx's MockTransport (no sockets)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from bot.rasa_client import RasaClient
from bot.readiness import Readiness


class FakeRasa:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.available = True
        # Up (health checks answer) but failing on these messages with HTTP 500, as when an action crashes.
        self.failing_texts: set[str] = set()
        # The action/NLG server behind Rasa: while it is down, Rasa's REST channel answers 200 with
        # no messages (it logs the NLG error) and the action server's health check fails.
        self.actions_available = True

    def handler(self, request: httpx.Request) -> httpx.Response:
        if not self.available:
            raise httpx.ConnectError("connection refused", request=request)
        body = json.loads(request.content)
        self.received.append(body)
        if body["message"] in self.failing_texts:
            return httpx.Response(500, json={"error": "action failed"})
        if not self.actions_available:
            return httpx.Response(200, json=[])
        language = body["metadata"]["language"]
        # As Rasa's REST channel does: the response's "custom" part (its name, from our NLG
        # endpoint) arrives as a message of its own right after the text.
        return httpx.Response(200, json=[
            {"recipient_id": body["sender"], "text": f"[{language}] answer to {body['message']}",
             "buttons": [{"title": "MAP", "payload": "/ask_map"}]},
            {"recipient_id": body["sender"], "custom": {"response": "utter_fake_answer"}},
        ])

    def client(self) -> RasaClient:
        return RasaClient("http://rasa.test", client=httpx.AsyncClient(transport=httpx.MockTransport(self.handler)))

    def health(self, request: httpx.Request) -> httpx.Response:
        if not self.available or (request.url.host == "actions.test" and not self.actions_available):
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={})

    def readiness(self) -> Readiness:
        """Health checks of this fake: Rasa and the action server answer while ``available``."""
        return Readiness(("http://rasa.test/status", "http://actions.test/health"),
                         transport=httpx.MockTransport(self.health))
