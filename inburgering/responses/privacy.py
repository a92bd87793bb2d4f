"""The privacy notice on /start and /vergeet (forget me)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.payloads import FORGET, FORGET_COMMANDS, command
from inburgering.platform.settings import LANGUAGES
from inburgering.responses import Message, button, response
from inburgering.text.i18n import Translator, translator

# Bump when what the notice promises changes. Version 2 says that questions the assistant did not
# understand are kept, without name or number, to teach it (inburgering.review.feedback.TRAINING_NOTICE_VERSION).
NOTICE_VERSION = 2


def notice_text(t: Translator, days: int) -> str:
    """What is stored, for how long, who sees it: short, for people who read little."""
    return "\n".join([
        t.gettext("Privacy: what I keep."),
        t.ngettext(
            "I keep your messages for {n} day at most, so a person can help you.",
            "I keep your messages for {n} days at most, so a person can help you.",
            days,
        ),
        t.gettext("If you link your account, I show your own appointments. Only the municipality sees your name."),
        t.gettext("Feedback is stored without your name or number. The participatieraad reads it."),
        t.gettext("Questions I do not understand are kept without your name or number, to teach me."),
        # Translators: {command} is the command /vergeet ("forget"); it stays in Dutch.
        t.gettext("With {command} I delete your messages.", command=command(FORGET_COMMANDS[0])),
    ])


@response("bot_privacy_notice")
def _notice(t: Translator, args: Mapping[str, Any]) -> Message:
    """In the user's language; before it is known (``all_languages``), in every language."""
    translators = [translator(code) for code in LANGUAGES] if args.get("all_languages") else [t]
    return {"text": "\n\n".join(notice_text(each, int(args["days"])) for each in translators)}


@response("bot_forget_confirm")
def _forget_confirm(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Do you want me to delete your messages, your written feedback and the link to your other feedback? "
            "This cannot be undone."
        ),
        # Translators: a button; the user answers "delete my messages?": yes, delete them.
        "buttons": [button(t.gettext("Yes, delete"), f"{FORGET}yes"),
                    # Translators: a button; the user answers "delete my messages?": no, keep them.
                    button(t.gettext("No, keep"), f"{FORGET}no")],
    }


@response("bot_forget_kept")
def _forget_kept(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("OK, nothing was deleted.")}


@response("bot_forgotten")
def _forgotten(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": "\n".join([
        t.gettext("Done. I deleted your messages, your written feedback and the link to your other feedback."),
        t.gettext(
            "The municipality still keeps your case file (your plan, appointments and decisions), because the "
            "law requires it. Ask your regisseur if you want to know what is in it."
        ),
    ])}
