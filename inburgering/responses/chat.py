"""What the bot itself says around the conversation: language, commands, limits, outages.

These responses never pass through Rasa; the bot renders them by name (``bot.messages.reply``),
so its tests assert response names just as the action tests do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.payloads import LANGUAGE, LANGUAGE_COMMANDS, command
from inburgering.platform.settings import LANGUAGES
from inburgering.responses import Message, button, response, topic_buttons
from inburgering.text.i18n import N_, Translator, translator


def _in_every_language(msgid: str, **params: object) -> str:
    """Before the user's language is known: the same sentence in each language we serve."""
    return "\n".join(translator(code).gettext(msgid, **params) for code in LANGUAGES)


def _language_buttons() -> list[dict[str, str]]:
    return [button(translator(code).language_name, f"{LANGUAGE}{code}") for code in LANGUAGES]


@response("bot_choose_language")
def _choose_language(_: Translator, __: Mapping[str, Any]) -> Message:
    return {"text": _in_every_language(N_("Which language do you want?")), "buttons": _language_buttons()}


@response("bot_unknown_language")
def _unknown_language(_: Translator, __: Mapping[str, Any]) -> Message:
    return {
        "text": "\n".join(
            # Translators: {command} is the command /taal ("language"); it stays in Dutch.
            translator(code).gettext("Sorry, I do not know this language. Choose your language with {command}.",
                                     command=command(LANGUAGE_COMMANDS[0]))
            for code in LANGUAGES
        ),
        "buttons": _language_buttons(),
    }


@response("bot_language_set")
def _language_set(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("OK. I will write to you in {language}.", language=t.language_name)}


@response("bot_message_too_long")
def _too_long(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("Your message is long. I read the first part. Please ask one question at a time.")}


@response("bot_only_text")
def _only_text(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("I can only read text. Please type your question in a few words.")}


@response("bot_button_expired")
def _button_expired(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("This button no longer works. Please type your question.")}


@response("bot_unavailable")
def _unavailable(t: Translator, args: Mapping[str, Any]) -> Message:
    """Rasa is down: the message is kept; ``escalated`` is what the hand-over adds, if any."""
    text = t.gettext("Sorry, I cannot answer right now. I saved your message. I will answer as soon as I can.")
    if args.get("escalated"):
        text += "\n" + str(args["escalated"])
    return {"text": text}


@response("bot_help")
def _help(t: Translator, _: Mapping[str, Any]) -> Message:
    lines = [
        t.gettext("I am the digital assistant of the municipality. I can tell you about:"),
        t.gettext("- the PVT: the course about Dutch values, which ends with signing a declaration"),
        t.gettext("- the MAP: the module about work in the Netherlands"),
        t.gettext("- help with money (ontzorgen): the municipality pays some bills for you"),
        t.gettext("- your appointments, and how far you are"),
        t.gettext("I can also pass your question to your regisseur (your contact person at the municipality)."),
        t.gettext("Commands: {taal} language, {herinneringen} reminders, {feedback} your opinion, "
                  "{vergeet} delete your messages, {cancel} stop a question.",
                  taal=command("taal"), herinneringen=command("herinneringen"), feedback=command("feedback"),
                  vergeet=command("vergeet"), cancel=command("cancel")),
    ]
    return {
        "text": "\n".join(lines),
        "buttons": topic_buttons(t) + [button(t.gettext("Talk to my regisseur"), "/request_regisseur")],
    }


@response("bot_unknown_command")
def _unknown_command(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("I do not know this command. Type your question, or send {help} to see what I can do.",
                          help=command("help")),
        "buttons": topic_buttons(t),
    }
