"""Every response the assistant can give, by name, rendered from the catalogs.

Rasa decides *which* response (``utter_pvt``); this module decides *what it
says* in the user's language. Rasa asks for it through its NLG endpoint
(``actions/nlg.py``), so texts change without retraining and no sentence a
user sees lives in ``domain.yml``.

Responses live in one module per topic; importing this package registers
them all. A renderer takes a :class:`Translator` and the response's arguments and
returns a Rasa NLG message: ``{"text": ..., "buttons": [...]}``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from inburgering.text.i18n import Translator

Message = dict[str, Any]
Renderer = Callable[[Translator, Mapping[str, Any]], Message]

RESPONSES: dict[str, Renderer] = {}


def response(name: str) -> Callable[[Renderer], Renderer]:
    def register(renderer: Renderer) -> Renderer:
        RESPONSES[name] = renderer
        return renderer

    return register


def button(title: str, payload: str) -> dict[str, str]:
    return {"title": title, "payload": payload}


def topic_buttons(t: Translator, *, exclude: str = "") -> list[dict[str, str]]:
    """Buttons for the main topics, so nobody has to type."""
    buttons = [
        button(t.gettext("What is the PVT?"), "/ask_pvt"),
        button(t.gettext("What is the MAP?"), "/ask_map"),
        button(t.gettext("Help with money (ontzorgen)"), "/ask_ontzorgen"),
        button(t.gettext("My appointments"), "/ask_appointments"),
    ]
    return [b for b in buttons if b["payload"] != exclude]


def render(name: str, t: Translator, arguments: Mapping[str, Any] | None = None) -> Message:
    """Render response ``name`` in ``t``'s language; unknown names raise KeyError."""
    return RESPONSES[name](t, arguments or {})


def _register_all() -> None:
    # Topic modules register their renderers with @response when imported.
    from inburgering.responses import (  # noqa: F401
        appointments,
        chat,
        escalation,
        feedback,
        gemeente,
        linking,
        privacy,
        progress,
        smalltalk,
        spoken,
        topics,
        voice,
    )


_register_all()
