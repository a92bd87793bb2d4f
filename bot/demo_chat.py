"""A local web chat for trying the assistant without a Telegram token.

It routes through exactly the same table as the Telegram bot (:class:`bot.routes.Router`),
so what works here works on Telegram. Each browser gets its own demo chat id (cookie).
"""

from __future__ import annotations

import base64
import html
import logging
import secrets

from aiohttp import web

from bot.application import build_conversation
from bot.conversation import Conversation
from bot.messages import Reply
from bot.routes import Router
from inburgering.platform.settings import Settings
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

COOKIE = "demo_chat_id"
ROUTER_KEY = web.AppKey("router", Router)


def _chat_id(request: web.Request) -> int:
    value = request.cookies.get(COOKIE, "")
    # Demo ids are negative so they can never collide with real Telegram user chats.
    return int(value) if value.lstrip("-").isdigit() else -secrets.randbelow(10**12) - 1


def _as_json(replies: list[Reply]) -> list[dict]:
    return [
        {"text": r.text, "buttons": [{"title": t, "payload": p} for t, p in r.buttons], "response": r.response,
         **_file_json(r)}
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
    if COOKIE not in request.cookies:
        response.set_cookie(COOKIE, str(_chat_id(request)), httponly=True, samesite="Strict")
    return response


async def message(request: web.Request) -> web.Response:
    router = request.app[ROUTER_KEY]
    chat_id = _chat_id(request)
    data = await request.json()
    if data.get("payload"):
        replies = await router.button(chat_id, str(data["payload"]))
    else:
        replies = await router.message(chat_id, str(data.get("text", "")))
    response = web.json_response(_as_json(replies))
    response.set_cookie(COOKIE, str(chat_id), httponly=True, samesite="Strict")
    return response


def build_demo_app(conversation: Conversation) -> web.Application:
    app = web.Application()
    app[ROUTER_KEY] = Router(conversation)
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
        btn.onclick = () => send({{payload: b.payload}}, b.title); box.appendChild(btn);
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
