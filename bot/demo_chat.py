"""A local web chat for trying the assistant without a Telegram token.

It routes through exactly the same table as the Telegram bot (:class:`bot.routes.Router`),
so what works here works on Telegram. Each browser gets its own demo chat id, in a cookie signed
with the pseudonym key: a browser cannot pick another chat's id and read its conversation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import logging
import re
import secrets

from aiohttp import web

from bot import feedback
from bot.application import build_conversation
from bot.conversation import Conversation
from bot.messages import Reply
from bot.routes import Router
from inburgering.platform.settings import Settings
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

COOKIE = "demo_chat_id"
ROUTER_KEY = web.AppKey("router", Router)
SIGNING_KEY = web.AppKey("signing_key", bytes)
# Demo ids are negative so they can never collide with real Telegram user chats.
_DEMO_ID = re.compile(r"-[1-9][0-9]{0,12}")


def new_chat_id() -> int:
    return -secrets.randbelow(10**12) - 1


def sign(chat_id: int, key: bytes) -> str:
    """The cookie value: the chat id and its HMAC."""
    mac = hmac.new(key, f"demo-chat:{chat_id}".encode(), hashlib.sha256).hexdigest()
    return f"{chat_id}.{mac}"


def verified_chat_id(value: str | None, key: bytes) -> int | None:
    """The chat id of a cookie this server signed; None for a missing, altered or forged one."""
    chat_text, dot, _ = (value or "").partition(".")
    if not dot or not _DEMO_ID.fullmatch(chat_text):
        return None
    return int(chat_text) if hmac.compare_digest(sign(int(chat_text), key), value or "") else None


def _set_cookie(response: web.StreamResponse, chat_id: int, key: bytes) -> None:
    response.set_cookie(COOKIE, sign(chat_id, key), httponly=True, samesite="Strict")


def _as_json(replies: list[Reply]) -> list[dict]:
    # Each answer gets a message id, as on Telegram, which the page sends back with a button press
    # on it: one 👍/👎 per answer (bot.feedback).
    return [
        {"text": r.text, "buttons": [{"title": t, "payload": p} for t, p in r.buttons], "response": r.response,
         "message_id": secrets.randbits(48), **_file_json(r)}
        for r in replies
    ]


def _file_json(reply: Reply) -> dict:
    """A file (e.g. the .ics of "add to calendar") as a data URL the page offers for download."""
    if reply.attachment is None:
        return {}
    data = base64.b64encode(reply.attachment.content).decode()
    return {"file": {"name": reply.attachment.filename,
                     "url": f"data:{reply.attachment.mime_type};base64,{data}"}}


async def page(request: web.Request) -> web.Response:
    t = translator("nl")
    body = PAGE.format(
        lang=t.language,
        dir=t.direction,
        title=html.escape(t.gettext("Demo chat with the assistant")),
        placeholder=html.escape(t.gettext("Type your question")),
        send=html.escape(t.gettext("Send")),
    )
    response = web.Response(text=body, content_type="text/html")
    key = request.app[SIGNING_KEY]
    if verified_chat_id(request.cookies.get(COOKIE), key) is None:
        _set_cookie(response, new_chat_id(), key)  # a first visit, or a cookie this server did not sign
    return response


def _bad_request(reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=400)


async def message(request: web.Request) -> web.Response:
    """A typed line or a button press: ``{"text": ...}`` or ``{"payload": ..., "message_id": ...}``."""
    key = request.app[SIGNING_KEY]
    cookie = request.cookies.get(COOKIE)
    chat_id = verified_chat_id(cookie, key)
    if chat_id is None:
        if cookie is not None:
            log.warning("demo chat: refused a message with a cookie this server did not sign")
            return web.json_response({"error": "unknown chat; reload the page"}, status=403)
        chat_id = new_chat_id()
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _bad_request("the body must be JSON")
    if not isinstance(data, dict):
        return _bad_request("the body must be a JSON object")
    payload, text, message_id = data.get("payload"), data.get("text"), data.get("message_id")
    if not all(isinstance(value, (str, type(None))) for value in (payload, text)):
        return _bad_request("payload and text must be strings")
    if isinstance(message_id, bool) or not isinstance(message_id, (int, type(None))):
        return _bad_request("message_id must be a number")
    router = request.app[ROUTER_KEY]
    if payload:
        with feedback.pressed_on(message_id):
            replies = await router.button(chat_id, payload)
    else:
        replies = await router.message(chat_id, text or "")
    response = web.json_response(_as_json(replies))
    _set_cookie(response, chat_id, key)
    return response


def build_demo_app(conversation: Conversation) -> web.Application:
    app = web.Application()
    app[ROUTER_KEY] = Router(conversation)
    app[SIGNING_KEY] = conversation.settings.pseudonym_key.encode()
    app.router.add_get("/", page)
    app.router.add_post("/api/message", message)
    return app


def run(settings: Settings) -> None:
    log.info("demo chat on http://127.0.0.1:%d/", settings.demo_chat_port)
    web.run_app(build_demo_app(build_conversation(settings)), host="127.0.0.1", port=settings.demo_chat_port,
                print=None)


PAGE = """<!doctype html>
<html lang="{lang}" dir="{dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
 body {{ font-family: "Noto Sans", "Noto Sans Ethiopic", "Noto Naskh Arabic", sans-serif; max-width: 40rem;
        margin: 1rem auto; padding: 0 1rem; background: #f4f6f8; }}
 #log {{ display: flex; flex-direction: column; gap: .5rem; }}
 .msg {{ padding: .6rem .8rem; border-radius: .8rem; white-space: pre-wrap; max-width: 85%; }}
 .user {{ align-self: flex-end; background: #d8ecff; }}
 .bot {{ align-self: flex-start; background: #fff; }}
 .buttons button {{ display: block; margin: .3rem 0; padding: .5rem .8rem; border-radius: .5rem;
        border: 1px solid #8aa; background: #eef; cursor: pointer; }}
 form {{ display: flex; gap: .5rem; margin-top: 1rem; }}
 input {{ flex: 1; padding: .6rem; font-size: 1rem; }}
</style></head>
<body>
<h1>{title}</h1>
<div id="log" aria-live="polite"></div>
<form id="f"><input id="q" autocomplete="off" placeholder="{placeholder}" dir="auto">
<button type="submit">{send}</button></form>
<script>
const log = document.getElementById("log");
function bubble(text, who) {{
  const div = document.createElement("div");
  div.className = "msg " + who; div.dir = "auto"; div.textContent = text; log.appendChild(div); return div;
}}
async function send(body, shown) {{
  if (shown) bubble(shown, "user");
  const answer = await fetch("/api/message", {{method: "POST", headers: {{"Content-Type": "application/json"}},
                                               body: JSON.stringify(body)}});
  for (const reply of await answer.json()) {{
    const div = bubble(reply.text, "bot");
    if (reply.file) {{
      const link = document.createElement("a"); link.href = reply.file.url; link.download = reply.file.name;
      link.textContent = reply.file.name; link.style.display = "block"; div.appendChild(link);
    }}
    if (reply.buttons.length) {{
      const box = document.createElement("div"); box.className = "buttons";
      for (const b of reply.buttons) {{
        const btn = document.createElement("button"); btn.textContent = b.title; btn.dir = "auto";
        btn.onclick = () => send({{payload: b.payload, message_id: reply.message_id}}, b.title);
        box.appendChild(btn);
      }}
      div.appendChild(box);
    }}
  }}
  window.scrollTo(0, document.body.scrollHeight);
}}
document.getElementById("f").onsubmit = (e) => {{
  e.preventDefault(); const q = document.getElementById("q"); if (!q.value.trim()) return;
  send({{text: q.value}}, q.value); q.value = "";
}};
send({{text: "/start"}}, null);
</script>
</body></html>
"""
