"""Rasa's NLG endpoint: renders a response name in the user's language from the catalogs."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sanic import Request, response
from sanic.response import HTTPResponse

from inburgering.platform.settings import LANGUAGES, get_settings
from inburgering.responses import RESPONSES, render
from inburgering.review.feedback import MISUNDERSTOOD_RESPONSES, topic_of_response
from inburgering.text import out_of_scope
from inburgering.text.i18n import translator

log = logging.getLogger(__name__)

# Responses whose text depends on why the user's latest message could not be answered.
_EXPLAINED_RESPONSES = frozenset({"utter_out_of_scope"})


def language_of(tracker: Mapping[str, Any]) -> str:
    """The reply language the bot sent with the user's latest message."""
    metadata = (tracker.get("latest_message") or {}).get("metadata") or {}
    language = metadata.get("language") or (tracker.get("slots") or {}).get("language")
    return language if language in LANGUAGES else get_settings().default_language


def _reason(text: str) -> str | None:
    """Why the message is out of scope, or None. The reason only adds a sentence: if reading it fails, the
    user still gets the general answer, never an error."""
    try:
        why = out_of_scope.reason(text)
    except Exception as error:  # noqa: BLE001 - any failure here falls back to the general answer
        log.warning("out-of-scope reason not read (%s); the general answer is given", type(error).__name__)
        return None
    return why.value if why else None


def generate(body: Mapping[str, Any]) -> dict[str, Any]:
    name = body.get("response") or body.get("template")
    tracker = body.get("tracker") or {}
    language = language_of(tracker)
    arguments = dict(body.get("arguments") or {})
    if name in _EXPLAINED_RESPONSES and "reason" not in arguments:
        # Says why the question is out of scope (someone else's record, another organisation); the text is read
        # here and not kept or logged.
        arguments["reason"] = _reason((tracker.get("latest_message") or {}).get("text") or "")
    message = render(name, translator(language), arguments)
    # The response's name travels with it, so the bot (and its tests) know what was said.
    custom = {**message.get("custom", {}), "response": name}
    # Tells the bot to offer 👍/👎 (informative answers) or to keep a misunderstood question (issue 6).
    topic = topic_of_response(name)
    if topic is not None:
        custom["feedback_topic"] = topic.value
    if name in MISUNDERSTOOD_RESPONSES:
        custom["misunderstood"] = True
    return {"text": message.get("text"), "buttons": message.get("buttons", []), "image": None,
            "elements": [], "attachments": [], "custom": custom}


async def nlg_endpoint(request: Request) -> HTTPResponse:
    body = request.json or {}
    name = body.get("response") or body.get("template")
    if name not in RESPONSES:
        log.error("no renderer for response %r", name)
        return response.json({"error": f"unknown response {name!r}"}, status=404)
    return response.json(generate(body))
