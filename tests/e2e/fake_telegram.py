"""A fake Telegram Bot API server for the end-to-end tests and the benchmark.

(Why ~700 lines: a faithful Bot API stand-in (updates, long polling, webhooks, callbacks, files,
429s) is one server; the tests rely on it behaving like Telegram.)

A real python-telegram-bot ``Application`` pointed at it with
``base_url=http://127.0.0.1:PORT/bot`` runs in long-polling mode as against
Telegram itself. Tests push updates (``push_text``, ``push_callback``, ...) and
read what the bot sent (``sent``, ``wait_for_messages``).

The server runs in a background thread with its own event loop, so the same
object works from sync tests, async tests and plain scripts, and a blocking
``wait_for_messages`` in a test never starves the server.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web

DEFAULT_TOKEN = "123456789:TEST-fake-telegram-token"

# Form-encoded and multipart bodies carry every non-string value JSON-encoded
# (that is how python-telegram-bot sends them); these are decoded back.
_JSON_FIELDS = {
    "reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope",
    "link_preview_options", "reply_parameters", "media", "menu_button",
}
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "message_thread_id"}
_BOOL_FIELDS = {
    "drop_pending_updates", "disable_notification", "protect_content", "show_alert",
    "disable_web_page_preview", "allow_sending_without_reply", "disable_content_type_detection",
}

# getUpdates never waits longer than this, whatever the client asks for, so a
# forgotten poller cannot hold the server open for minutes.
_MAX_POLL_SECONDS = 50.0


def _now() -> int:
    return int(time.time())


def _decode_field(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name in _INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            return value  # e.g. chat_id="@channelname"
    if name in _BOOL_FIELDS:
        return value.lower() == "true"
    return value


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content: bytes
    content_type: str


class ApiError(Exception):
    """An error answer of the Bot API: ``{"ok": false, "error_code": ..., ...}``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def response(self) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return web.json_response(body, status=self.code)


class FakeTelegram:
    """The fake Bot API server plus the test-side API to drive it."""

    def __init__(self, token: str = DEFAULT_TOKEN, host: str = "127.0.0.1", port: int = 0) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.bot_user = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Inburgering Test Bot",
            "username": "inburgering_test_bot",
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

        # All state is guarded by one lock: handlers run in the server thread,
        # push_*/wait_* are called from the test thread.
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = defaultdict(lambda: itertools.count(1))
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._pending: list[dict[str, Any]] = []
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat_id, message_id) -> Message
        self._chats: dict[int, dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._commands: dict[str, list[dict[str, Any]]] = {}
        self._faults: dict[str, list[int]] = defaultdict(list)  # method -> retry_after per failing call
        self._files: dict[str, bytes] = {}  # file_id -> content the user sent (voice notes), for getFile
        self.webhook_url = ""
        self.sent: list[dict[str, Any]] = []
        self.edits: list[dict[str, Any]] = []
        self.callback_answers: list[dict[str, Any]] = []
        self.chat_actions: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []  # every method except getUpdates
        self.get_updates_calls = 0

        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._update_event: asyncio.Event | None = None
        self._closing = False
        self._methods: dict[str, Callable[[dict[str, Any], dict[str, UploadedFile]], Any]] = {
            "getMe": self._get_me,
            "logOut": lambda _p, _f: True,
            "close": lambda _p, _f: True,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "sendDocument": self._send_document,
            "sendVoice": self._send_voice,
            "sendChatAction": self._send_chat_action,
            "getFile": self._get_file,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """What to pass as python-telegram-bot's ``base_url`` (the token is appended)."""
        return f"http://{self.host}:{self.port}/bot"

    def start(self) -> Self:
        """Start serving in a background thread; returns when the port is open."""
        if self._thread is not None:
            raise RuntimeError("FakeTelegram already started")
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve())
            except OSError as error:  # e.g. the port is taken; reported to start()'s caller
                failure.append(error)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-telegram", daemon=True)
        self._thread.start()
        if not ready.wait(10) or failure:
            raise RuntimeError(f"fake Telegram did not start: {failure[0] if failure else 'timeout'}")
        return self

    async def _serve(self) -> None:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._update_event = asyncio.Event()
        # Long polls are woken on stop(), so a short shutdown timeout is enough.
        self._runner = web.AppRunner(app, shutdown_timeout=2.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    def stop(self) -> None:
        """Stop the server and its thread (safe to call twice)."""
        if self._loop is None or self._thread is None:
            return
        loop, self._loop = self._loop, None

        async def shutdown() -> None:
            self._closing = True
            self._wake_pollers()
            if self._runner is not None:
                await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=15)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=15)
        self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ HTTP layer

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return ApiError(401, "Unauthorized").response()
        method = request.match_info["method"]
        try:
            params, files = await self._read_params(request)
        except ValueError as error:
            return ApiError(400, f"Bad Request: cannot parse body: {error}").response()
        if method == "getUpdates":
            with self._changed:
                self.get_updates_calls += 1
                self._changed.notify_all()
            try:
                return web.json_response({"ok": True, "result": await self._get_updates(params)})
            except ApiError as error:
                return error.response()
        handler = self._methods.get(method)
        with self._changed:
            self.calls.append((method, params))
            if handler is None:
                self._changed.notify_all()
                return ApiError(404, "Not Found").response()
            try:
                fault = self._faults.get(method)
                if fault:
                    retry_after = fault.pop(0)
                    raise ApiError(
                        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
                    )
                result = handler(params, files)
            except ApiError as error:
                return error.response()
            except (KeyError, TypeError) as error:
                return ApiError(400, f"Bad Request: {error!r}").response()
            finally:
                self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:  # application/x-www-form-urlencoded or multipart/form-data
                for name, value in (await request.post()).items():
                    if isinstance(value, web.FileField):
                        files[name] = UploadedFile(
                            value.filename, value.file.read(), value.content_type
                        )
                    else:
                        params[name] = value
        return {name: _decode_field(name, value) for name, value in params.items()}, files

    def _wake_pollers(self) -> None:
        """Wake every waiting getUpdates (call in the server loop)."""
        if self._update_event is not None:
            self._update_event.set()
            self._update_event = asyncio.Event()

    # ------------------------------------------------------------------ Bot API methods

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = min(_MAX_POLL_SECONDS, max(0.0, float(params.get("timeout") or 0)))
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if self.webhook_url:
                    raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                        "use deleteWebhook to delete the webhook first")
                if offset > 0:
                    # Telegram forgets every update below the offset: they are confirmed.
                    self._pending = [u for u in self._pending if u["update_id"] >= offset]
                    updates = self._pending[:limit]
                elif offset < 0:
                    updates = self._pending[offset:][:limit]
                else:
                    updates = self._pending[:limit]
                event = self._update_event
            remaining = deadline - time.monotonic()
            if updates or remaining <= 0 or self._closing or event is None:
                return copy.deepcopy(updates)
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    def _get_me(self, _params: dict[str, Any], _files: dict[str, UploadedFile]) -> dict[str, Any]:
        return dict(self.bot_user)

    def _delete_webhook(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _set_webhook(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> bool:
        self.webhook_url = params["url"]
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _get_webhook_info(self, _params: dict[str, Any], _files: dict[str, UploadedFile]) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        return self._chats.get(chat_id) or {"id": chat_id, "type": "private", "first_name": "Test"}

    def _new_bot_message(self, chat_id: Any, **content: Any) -> dict[str, Any]:
        chat = self._chat(chat_id)
        message = {
            "message_id": next(self._message_ids[chat["id"]]),
            "from": dict(self.bot_user),
            "chat": dict(chat),
            "date": _now(),
            **{key: value for key, value in content.items() if value is not None},
        }
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    @staticmethod
    def _inline_markup(reply_markup: Any) -> dict[str, Any] | None:
        # Telegram only echoes inline keyboards back in the Message object.
        if isinstance(reply_markup, dict) and "inline_keyboard" in reply_markup:
            return reply_markup
        return None

    def _send_message(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> dict[str, Any]:
        text = params.get("text")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        message = self._new_bot_message(
            params.get("chat_id"),
            text=text,
            entities=params.get("entities"),
            reply_markup=self._inline_markup(params.get("reply_markup")),
        )
        self.sent.append({
            "method": "sendMessage",
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "text": text,
            "parse_mode": params.get("parse_mode"),
            "reply_markup": params.get("reply_markup"),
            "time": time.perf_counter(),
            "message": copy.deepcopy(message),
        })
        return message

    def _find_message(self, params: dict[str, Any]) -> dict[str, Any]:
        if "inline_message_id" in params:
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        message = self._messages.get((params.get("chat_id"), params.get("message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def _edit_message_text(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> dict[str, Any]:
        message = self._find_message(params)
        text = params.get("text")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        markup = self._inline_markup(params.get("reply_markup"))
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified: specified new message content and "
                                "reply markup are exactly the same as a current content and reply markup "
                                "of the message")
        message["text"] = text
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = _now()
        self.edits.append({
            "method": "editMessageText", "chat_id": message["chat"]["id"],
            "message_id": message["message_id"], "text": text, "reply_markup": params.get("reply_markup"),
            "parse_mode": params.get("parse_mode"),
        })
        return copy.deepcopy(message)

    def _edit_message_reply_markup(
        self, params: dict[str, Any], _files: dict[str, UploadedFile]
    ) -> dict[str, Any]:
        message = self._find_message(params)
        markup = self._inline_markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = _now()
        self.edits.append({
            "method": "editMessageReplyMarkup", "chat_id": message["chat"]["id"],
            "message_id": message["message_id"], "reply_markup": params.get("reply_markup"),
        })
        return copy.deepcopy(message)

    def _answer_callback_query(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID "
                                "is invalid")
        self.callback_answers.append(dict(params))
        return True

    def _send_document(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> dict[str, Any]:
        upload = files.get("document")
        if upload is None:
            # A file_id or URL instead of an upload: record it, there are no bytes.
            upload = UploadedFile(str(params.get("document", "")), b"", "application/octet-stream")
        message_id_hint = next(self._file_ids)
        document = {
            "file_id": f"DOC{message_id_hint}",
            "file_unique_id": f"doc{message_id_hint}",
            "file_name": upload.filename,
            "mime_type": upload.content_type,
            "file_size": len(upload.content),
        }
        message = self._new_bot_message(
            params.get("chat_id"),
            document=document,
            caption=params.get("caption"),
            reply_markup=self._inline_markup(params.get("reply_markup")),
        )
        self.sent.append({
            "method": "sendDocument",
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "text": params.get("caption"),
            "filename": upload.filename,
            "content": upload.content,
            "content_type": upload.content_type,
            "reply_markup": params.get("reply_markup"),
            "time": time.perf_counter(),
            "message": copy.deepcopy(message),
        })
        return message

    def _send_voice(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> dict[str, Any]:
        """A voice note (issue 14): Telegram plays only OGG/Opus as one; the upload is kept for the tests."""
        upload = files.get("voice")
        if upload is None:
            raise ApiError(400, "Bad Request: there is no voice in the request")
        if not upload.content.startswith(b"OggS"):
            raise ApiError(400, "Bad Request: wrong file type: a voice note must be OGG/Opus")
        file_number = next(self._file_ids)
        voice = {"file_id": f"VOICE{file_number}", "file_unique_id": f"voice{file_number}",
                 "duration": int(params.get("duration") or 0), "mime_type": "audio/ogg",
                 "file_size": len(upload.content)}
        message = self._new_bot_message(
            params.get("chat_id"), voice=voice, caption=params.get("caption"),
            reply_markup=self._inline_markup(params.get("reply_markup")),
        )
        self.sent.append({
            "method": "sendVoice",
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "text": params.get("caption"),
            "filename": upload.filename,
            "content": upload.content,
            "content_type": upload.content_type,
            "duration": voice["duration"],
            "reply_markup": params.get("reply_markup"),
            "time": time.perf_counter(),
            "message": copy.deepcopy(message),
        })
        return message

    def _get_file(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> dict[str, Any]:
        file_id = params.get("file_id")
        if file_id not in self._files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(self._files[file_id]),
                "file_path": f"voice/{file_id}.oga"}

    async def _download(self, request: web.Request) -> web.Response:
        """Telegram's file server: ``/file/bot<token>/<file_path>`` as getFile named it."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        file_id = request.match_info["path"].removeprefix("voice/").removesuffix(".oga")
        with self._lock:
            content = self._files.get(file_id)
        if content is None:
            return web.Response(status=404)
        return web.Response(body=content, content_type="application/octet-stream")

    def _send_chat_action(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> bool:
        self._chat(params.get("chat_id"))
        self.chat_actions.append({"chat_id": params.get("chat_id"), "action": params.get("action")})
        return True

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    def _set_my_commands(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: commands must be a list")
        self._commands[self._commands_key(params)] = commands
        return True

    def _get_my_commands(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> list[dict[str, Any]]:
        return copy.deepcopy(self._commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: dict[str, Any], _files: dict[str, UploadedFile]) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    # ------------------------------------------------------------------ test side: updates in

    def _user(self, chat_id: int, user: dict[str, Any] | None) -> dict[str, Any]:
        if user is None:
            user = self._users.get(chat_id) or {
                "id": chat_id, "is_bot": False, "first_name": "Test", "language_code": "nl",
            }
        self._users[chat_id] = user
        return user

    def _incoming_message(self, chat_id: int, user: dict[str, Any] | None, **content: Any) -> dict[str, Any]:
        """Build a private-chat Message from the user (call with the lock held)."""
        sender = self._user(chat_id, user)
        chat = {"id": chat_id, "type": "private", "first_name": sender.get("first_name", "Test")}
        if sender.get("username"):
            chat["username"] = sender["username"]
        self._chats[chat_id] = chat
        message = {
            "message_id": next(self._message_ids[chat_id]),
            "from": dict(sender),
            "chat": dict(chat),
            "date": _now(),
            **content,
        }
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (call with the lock held) and wake the long poll."""
        update = {"update_id": next(self._update_ids), kind: payload}
        self._pending.append(update)
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake_pollers)
        return copy.deepcopy(update)

    def push_text(self, chat_id: int, text: str, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """The user sends ``text``; returns the Update as queued."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        with self._lock:
            return self._push("message", self._incoming_message(chat_id, user, **content))

    def push_command(
        self, chat_id: int, command: str, args: str = "", user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The user sends ``/command args`` (``command`` with or without the slash)."""
        text = "/" + command.lstrip("/")
        return self.push_text(chat_id, f"{text} {args}".strip(), user=user)

    def push_callback(
        self, chat_id: int, data: str, message_id: int | None = None, user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The user presses an inline button with ``data`` under the bot's message ``message_id``.

        Without ``message_id``, the bot's latest message in the chat with an
        inline keyboard is used, as a user would press a button they can see.
        """
        with self._lock:
            if message_id is None:
                candidates = [
                    m for (chat, _), m in self._messages.items()
                    if chat == chat_id and m.get("reply_markup") and m["from"]["is_bot"]
                ]
                if not candidates:
                    raise LookupError(f"no bot message with buttons in chat {chat_id}")
                message_id = max(m["message_id"] for m in candidates)
            message = self._messages.get((chat_id, message_id))
            if message is None:
                raise LookupError(f"no message {message_id} in chat {chat_id}")
            query = {
                "id": str(next(self._callback_ids)),
                "from": dict(self._user(chat_id, user)),
                "message": copy.deepcopy(message),
                "chat_instance": f"ci{chat_id}",
                "data": data,
            }
            return self._push("callback_query", query)

    def push_sticker(self, chat_id: int, emoji: str = "👍", user: dict[str, Any] | None = None) -> dict[str, Any]:
        sticker = {
            "file_id": "CAACAgIAAxkBAAEStickerFileId", "file_unique_id": "AgADsticker",
            "type": "regular", "width": 512, "height": 512,
            "is_animated": False, "is_video": False, "emoji": emoji, "file_size": 24_000,
        }
        with self._lock:
            return self._push("message", self._incoming_message(chat_id, user, sticker=sticker))

    def push_voice(self, chat_id: int, duration: int = 3, user: dict[str, Any] | None = None,
                   content: bytes | None = None) -> dict[str, Any]:
        """A voice note; with ``content`` (OGG/Opus bytes) the bot can download it through getFile."""
        voice = {
            "file_id": "AwACAgQAAxkBAAEVoiceFileId", "file_unique_id": "AgADvoice",
            "duration": duration, "mime_type": "audio/ogg", "file_size": 6_000 * duration,
        }
        with self._lock:
            if content is not None:
                file_id = f"VOICE{next(self._file_ids)}"
                voice.update(file_id=file_id, file_unique_id=f"u{file_id}", file_size=len(content))
                self._files[file_id] = content
            return self._push("message", self._incoming_message(chat_id, user, voice=voice))

    def push_photo(
        self, chat_id: int, caption: str | None = None, user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        photo = [
            {"file_id": f"AgACAgQAAxkBAAEPhoto{size}", "file_unique_id": f"AQADphoto{size}",
             "width": size, "height": size * 3 // 4, "file_size": size * 60}
            for size in (90, 320, 800)
        ]
        content: dict[str, Any] = {"photo": photo}
        if caption:
            content["caption"] = caption
        with self._lock:
            return self._push("message", self._incoming_message(chat_id, user, **content))

    # ------------------------------------------------------------------ test side: checks

    def inject_retry_after(self, count: int, retry_after: int = 1, method: str = "sendMessage") -> None:
        """The next ``count`` calls of ``method`` answer 429 with ``parameters.retry_after``."""
        with self._lock:
            self._faults[method].extend([retry_after] * count)

    def mark(self) -> int:
        """A position in ``sent``: pass it as ``after`` to wait only for newer messages."""
        with self._lock:
            return len(self.sent)

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot."""
        with self._lock:
            return copy.deepcopy(self._pending)

    def messages_to(self, chat_id: int, after: int = 0) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.sent[after:] if m["chat_id"] == chat_id]

    def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 30.0, after: int = 0, settle: float = 0.0,
    ) -> list[dict[str, Any]]:
        """Block until the bot has sent ``count`` messages to ``chat_id`` (since ``after``).

        With ``settle`` > 0, keep collecting until no new message arrived for
        ``settle`` seconds, so a reply of unknown length is read whole.
        Raises ``TimeoutError`` listing what did arrive.
        """
        deadline = time.monotonic() + timeout

        def matching() -> list[dict[str, Any]]:
            return [m for m in self.sent[after:] if m["chat_id"] == chat_id]

        with self._changed:
            while len(found := matching()) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    texts = [m.get("text") for m in found]
                    methods = [name for name, _ in self.calls[-10:]]
                    raise TimeoutError(
                        f"expected {count} message(s) to chat {chat_id} within {timeout:.0f}s, got "
                        f"{len(found)}: {texts!r}; last API calls: {methods}; "
                        f"unconfirmed updates: {len(self._pending)}"
                    )
                self._changed.wait(remaining)
            while settle > 0:
                seen = len(found)
                quiet_until = min(time.monotonic() + settle, deadline)
                while len(found := matching()) == seen and (left := quiet_until - time.monotonic()) > 0:
                    self._changed.wait(left)
                if len(found) == seen:
                    break
            return copy.deepcopy(found)

    def wait_until(self, predicate: Callable[[], bool], timeout: float, what: str = "condition") -> None:
        """Block until ``predicate()`` (called with the state lock held) is true."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"fake Telegram: {what} not reached within {timeout:.0f}s")
                self._changed.wait(min(remaining, 0.5))

    def wait_for_polling(self, timeout: float = 60.0) -> None:
        """Block until a bot has started long polling (its first getUpdates arrived)."""
        self.wait_until(lambda: self.get_updates_calls > 0, timeout, "a getUpdates call")

    async def await_messages(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        """``wait_for_messages`` for async tests, without blocking their event loop."""
        return await asyncio.to_thread(self.wait_for_messages, *args, **kwargs)

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[dict[str, Any]]:
        """The command list set with setMyCommands for ``scope`` and ``language_code``."""
        with self._lock:
            key = self._commands_key({"scope": scope, "language_code": language_code})
            return copy.deepcopy(self._commands.get(key, []))


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(text, callback_data or url) of every inline button of a recorded message."""
    markup = message.get("reply_markup") or {}
    return [
        (button["text"], button.get("callback_data") or button.get("url") or "")
        for row in markup.get("inline_keyboard", [])
        for button in row
    ]
