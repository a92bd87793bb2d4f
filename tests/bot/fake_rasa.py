"""A stand-in for Rasa's REST channel, served through httpx's MockTransport (no sockets)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from bot.rasa_client import RasaClient


class FakeRasa:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.available = True

    def handler(self, request: httpx.Request) -> httpx.Response:
        if not self.available:
            raise httpx.ConnectError("connection refused", request=request)
        body = json.loads(request.content)
        self.received.append(body)
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
