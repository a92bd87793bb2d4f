"""Greeting, thanks, goodbye, language choice, and not understanding."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.payloads import LANGUAGE, LANGUAGE_COMMANDS, command
from inburgering.platform.settings import LANGUAGES
from inburgering.responses import Message, button, response, topic_buttons
from inburgering.text.i18n import N_, Translator
from inburgering.text.i18n import translator as translator_for
from inburgering.text.out_of_scope import Reason


@response("utter_greet")
def _greet(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Hello! I am the digital assistant of the municipality. "
            "Ask me about the PVT, the MAP, help with money, or your appointments."
        ),
        "buttons": topic_buttons(t),
    }


@response("utter_goodbye")
def _goodbye(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("Goodbye! You can ask me something again at any time.")}


@response("utter_you_are_welcome")
def _welcome(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("You are welcome! Do you have another question?"), "buttons": topic_buttons(t)}


@response("utter_ok")
def _ok(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("OK. You can ask me a new question."), "buttons": topic_buttons(t)}


@response("utter_iamabot")
def _iamabot(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "I am a computer program, not a person. "
            "If you want to talk to a person, I can help you reach your regisseur."
        ),
        # Translators: a button; the user speaks ("I want to talk to my regisseur").
        "buttons": [button(t.gettext("Talk to my regisseur"), "/request_regisseur")],
    }


@response("utter_out_of_scope")
def _out_of_scope(t: Translator, args: Mapping[str, Any]) -> Message:
    # "reason" (inburgering.text.out_of_scope, filled in by actions/nlg.py from the user's message) says why.
    reason = args.get("reason")
    if reason == Reason.someone_else:
        text = t.gettext(
            "Sorry, I cannot help with that. I only show your own appointments and progress. "
            "Is it about someone else? That person can ask me in their own chat, or ask their regisseur."
        )
    elif reason == Reason.other_organisation:
        # Translators: DUO and IND stay as they are (Dutch offices people meet in letters).
        text = t.gettext(
            "Sorry, that is a question for another organisation, such as DUO, the IND or a doctor. "
            "I know about the PVT, the MAP, help with money and your appointments at the municipality. "
            "Your regisseur can tell you where to ask."
        )
    else:
        text = t.gettext(
            "Sorry, I cannot help with that. I know about the PVT, the MAP, help with money and your appointments."
        )
    return {
        "text": text,
        "buttons": topic_buttons(t) + [button(t.gettext("Talk to my regisseur"), "/request_regisseur")],
    }


@response("utter_default")
def _default(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("Sorry, I did not understand that. Did you mean one of these?"),
        "buttons": topic_buttons(t),
    }


@response("utter_choose_language")
def _choose_language(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("Which language do you want?"),
        "buttons": [button(translator_for(code).language_name, f"{LANGUAGE}{code}") for code in LANGUAGES],
    }


TOPIC_TITLES = {
    "ask_pvt": N_("What is the PVT?"),
    "ask_map": N_("What is the MAP?"),
    "ask_ontzorgen": N_("Help with money (ontzorgen)"),
    "ask_appointments": N_("My appointments"),
    "request_reschedule": N_("I cannot come to an appointment"),
    # Translators: a button; the user speaks ("I want to ask my regisseur"). Keep it short.
    "request_regisseur": N_("Ask my regisseur"),
}


@response("utter_did_you_mean")
def _did_you_mean(t: Translator, args: Mapping[str, Any]) -> Message:
    topics = [topic for topic in args.get("topics") or () if topic in TOPIC_TITLES]
    return {
        "text": t.gettext("Sorry, I did not understand that. Did you mean one of these?"),
        "buttons": [button(t.gettext(TOPIC_TITLES[topic]), f"/{topic}") for topic in topics],
    }


@response("utter_offer_regisseur")
def _offer_regisseur(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        # Translators: {command} is the command /taal ("language"); it stays in Dutch.
        "text": t.gettext(
            "Sorry, I still do not understand. Shall I pass your question to your regisseur? "
            "Or choose your language with {command}.",
            command=command(LANGUAGE_COMMANDS[0]),
        ),
        "buttons": [button(t.gettext("Yes, ask my regisseur"), "/request_regisseur")] + topic_buttons(t)[:2],
    }
