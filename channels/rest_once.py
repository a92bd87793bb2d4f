"""Rasa's REST channel (``/webhooks/rest/webhook``), answering a Telegram update's message once.

Runs inside Rasa (Python 3.10; credentials.yml names it). A message goes to Rasa as with the built-in
channel, with its update's message id on its user event. A message marked ``again`` is a second
handling of that update (channels.once): when the conversation already holds the message, the answers
given then are returned and the conversation is left as it is.
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.once import AGAIN, UPDATE_ID, earlier_answers, message_id

logger = logging.getLogger(__name__)


class RestOnceInput(RestInput):
    """The REST channel; a message handled a second time is answered from the conversation."""

    @classmethod
    def name(cls) -> str:
        return "rest"  # the same URL as the built-in channel: /webhooks/rest/webhook

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            metadata = self.get_metadata(request) or {}
            update_id = metadata.get(UPDATE_ID)
            collector = CollectingOutputChannel()
            if update_id is not None and metadata.get(AGAIN):
                answers = await _answered_before(request, sender_id, update_id, text)
                if answers is not None:
                    logger.info("update %s was handled before: its answers again, the conversation unchanged",
                                update_id)
                    for answer in answers:  # sent as Rasa sent them (text with buttons, then custom, ...)
                        await collector.send_response(sender_id, answer["message"])
                    return response.json(collector.messages)
            try:
                await on_new_message(UserMessage(
                    text, collector, sender_id, input_channel=self._extract_input_channel(request),
                    metadata=metadata, message_id=message_id(update_id) if update_id is not None else None,
                ))
            except (CancelledError, Exception) as error:  # as the built-in channel: what was said so far
                logger.error("message not handled to the end (%s)", type(error).__name__)  # never the text
            return response.json(collector.messages)

        return webhook


async def _answered_before(request: Request, sender_id: str, update_id: Any, text: str | None) -> list | None:
    """The bot events that answered the update's message (``message``: what Rasa sent), or None; the
    conversation is read under its lock."""
    agent = request.app.ctx.agent
    async with agent.lock_store.lock(sender_id):
        tracker = await agent.tracker_store.retrieve(sender_id)
    if tracker is None:
        return None
    events = [_event_dict(event) for event in tracker.events if isinstance(event, (UserUttered, BotUttered))]
    return earlier_answers(events, update_id, text)


def _event_dict(event: UserUttered | BotUttered) -> dict[str, Any]:
    if isinstance(event, UserUttered):
        return {"event": "user", "text": event.text, "message_id": event.message_id}
    return {"event": "bot", "message": event.message()}
