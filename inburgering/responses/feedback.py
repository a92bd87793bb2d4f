"""Feedback in the chat: 👍/👎, comments, ratings and /feedback (stored anonymised)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.payloads import FEEDBACK
from inburgering.responses import Message, button, response
from inburgering.text.i18n import Translator

SKIP = f"{FEEDBACK}skip"


def _skip(t: Translator) -> dict[str, str]:
    # Translators: a button: do not give feedback now.
    return button(t.gettext("Skip"), SKIP)


@response("bot_feedback_prompt")
def _prompt(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "What do you want to tell us about this assistant? Write it in a few words, in any language. "
            "We do not store your name or number with it."
        ),
        "buttons": [_skip(t)],
    }


@response("bot_feedback_what_was_wrong")
def _what_was_wrong(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Sorry that this did not help. What was wrong or missing? Write it in a few words, "
            "in any language. You can also skip this."
        ),
        "buttons": [_skip(t)],
    }


@response("bot_feedback_thanks")
def _thanks(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("Thank you for your feedback.")}


@response("bot_feedback_skipped")
def _skipped(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("OK. You can ask me a new question.")}
