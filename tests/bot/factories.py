"""Factories for Telegram objects and an offline request that records what the bot sends.

In python-telegram-bot's own test style: the bot never reaches a network.
"""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timezone
from typing import Any

from telegram import (
    CallbackQuery,
    Chat,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)
from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 999, "is_bot": True, "first_name": "Assistent", "username": "inburgering_bot"}
_ids = itertools.count(1)


class OfflineRequest(BaseRequest):
    """Answers the Bot API methods the handlers use, records them, and refuses anything else."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    @property
    def read_timeout(self) -> float | None:
        return 1

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=None, write_timeout=None, connect_timeout=None, pool_timeout=None):
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        self.calls.append((endpoint, params))
        if endpoint == "getMe":
            result: Any = BOT_USER
        elif endpoint == "sendMessage":
            result = {
                "message_id": next(_ids), "date": int(datetime.now(timezone.utc).timestamp()),
                "chat": {"id": params["chat_id"], "type": "private"}, "from": BOT_USER, "text": params["text"],
            }
            if "reply_markup" in params:
                markup = params["reply_markup"]
                result["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        elif endpoint == "sendDocument":
            # Files arrive as multipart parts: keep (filename, bytes) so tests can read them.
            params = {**params, "files": {
                name: (part[0], part[1]) for name, part in (request_data.multipart_data or {}).items()
            }}
            self.calls[-1] = (endpoint, params)
            result = {
                "message_id": next(_ids), "date": int(datetime.now(timezone.utc).timestamp()),
                "chat": {"id": params["chat_id"], "type": "private"}, "from": BOT_USER,
                "document": {"file_id": "f", "file_unique_id": "u"},
            }
        elif endpoint in {"answerCallbackQuery", "setMyCommands", "deleteWebhook", "setWebhook", "sendChatAction"}:
            result = True
        else:
            raise AssertionError(f"unexpected Bot API call {endpoint}: tests never reach Telegram")
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def sent(self) -> list[dict[str, Any]]:
        return [params for endpoint, params in self.calls if endpoint == "sendMessage"]

    def documents(self) -> list[dict[str, Any]]:
        return [params for endpoint, params in self.calls if endpoint == "sendDocument"]


def user(user_id: int = 4242, language_code: str = "ar") -> User:
    return User(id=user_id, first_name="Amal", is_bot=False, language_code=language_code)


def private_chat(chat_id: int = 4242) -> Chat:
    return Chat(id=chat_id, type=Chat.PRIVATE)


def message_update(text: str | None = None, chat_id: int = 4242, **content: Any) -> Update:
    entities = None
    if text and text.startswith("/"):
        entities = [MessageEntity(MessageEntity.BOT_COMMAND, 0, len(text.split()[0]))]
    message = Message(
        message_id=next(_ids), date=datetime.now(timezone.utc), chat=private_chat(chat_id),
        from_user=user(chat_id), text=text, entities=entities, **content,
    )
    return Update(update_id=next(_ids), message=message)


def sticker_update(chat_id: int = 4242) -> Update:
    sticker = Sticker("file", "unique", 512, 512, False, False, Sticker.REGULAR)
    return message_update(chat_id=chat_id, sticker=sticker)


def voice_update(chat_id: int = 4242) -> Update:
    return message_update(chat_id=chat_id, voice=Voice("file", "unique", duration=3))


def photo_update(caption: str | None = None, chat_id: int = 4242) -> Update:
    photo = (PhotoSize("file", "unique", 640, 480),)
    return message_update(chat_id=chat_id, photo=photo, caption=caption)


def callback_update(data: str, chat_id: int = 4242) -> Update:
    origin = Message(message_id=next(_ids), date=datetime.now(timezone.utc), chat=private_chat(chat_id),
                     from_user=User(**BOT_USER), text="...")
    query = CallbackQuery(id=str(next(_ids)), from_user=user(chat_id), chat_instance="ci", data=data, message=origin)
    return Update(update_id=next(_ids), callback_query=query)


async def process(application, update: Update) -> None:
    """Feed ``update`` to the application, bound to its bot (as Telegram's JSON would be)."""
    await application.process_update(Update.de_json(update.to_dict(), application.bot))
