"""Every response the assistant can give, by name, rendered from the catalogs.

Rasa decides *which* response (``utter_pvt``); this module decides *what it
says* in the user's language. Rasa asks for it through its NLG endpoint
(``actions/nlg.py``), so texts change without retraining and no sentence a
user sees lives in ``domain.yml``.

A renderer takes a :class:`Translator` and the response's arguments and
returns a Rasa NLG message: ``{"text": ..., "buttons": [...]}``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from inburgering.i18n import N_, Translator
from inburgering.i18n import translator as translator_for
from inburgering.settings import LANGUAGES

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


@response("utter_iamabot")
def _iamabot(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "I am a computer program, not a person. "
            "If you want to talk to a person, I can help you reach your regisseur."
        ),
        "buttons": [button(t.gettext("Talk to my regisseur"), "/request_regisseur")],
    }


@response("utter_pvt")
def _pvt(t: Translator, args: Mapping[str, Any]) -> Message:
    hours = int(args.get("pvt_hours", 12))
    return {
        "text": "\n".join(
            [
                t.gettext("The PVT is a course about living in the Netherlands."),
                t.gettext(
                    "You learn about the Dutch core values: freedom, equality, solidarity and participation."
                ),
                t.ngettext(
                    "The course takes at least {n} hour, with at least one excursion.",
                    "The course takes at least {n} hours, with at least one excursion.",
                    hours,
                ),
                t.gettext("At the end you sign the participation declaration."),
            ]
        ),
        "buttons": [
            button(t.gettext("What is the MAP?"), "/ask_map"),
            button(t.gettext("My appointments"), "/ask_appointments"),
            button(t.gettext("Talk to my regisseur"), "/request_regisseur"),
        ],
    }


@response("utter_map")
def _map(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": "\n".join(
            [
                t.gettext("The MAP helps you find your way to work in the Netherlands."),
                t.gettext("You get lessons about work, and you do practical work, for example an internship."),
                t.gettext("At the end you have a final talk with the municipality."),
            ]
        ),
        "buttons": [
            button(t.gettext("What is the PVT?"), "/ask_pvt"),
            button(t.gettext("Talk to my regisseur"), "/request_regisseur"),
        ],
    }


@response("utter_ontzorgen")
def _ontzorgen(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": "\n".join(
            [
                t.gettext("Do you get social assistance (bijstand)? Then the municipality helps you with money."),
                t.gettext("In the first 6 months the municipality pays your rent, energy, water and health insurance."),
                t.gettext("It pays this from your benefit. You get the rest as living money."),
            ]
        ),
        "buttons": [
            button(t.gettext("My appointments"), "/ask_appointments"),
            button(t.gettext("Talk to my regisseur"), "/request_regisseur"),
        ],
    }


@response("utter_out_of_scope")
def _out_of_scope(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Sorry, I cannot help with that. I know about the PVT, the MAP, help with money and your appointments."
        ),
        "buttons": topic_buttons(t) + [button(t.gettext("Talk to my regisseur"), "/request_regisseur")],
    }


@response("utter_default")
def _default(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("Sorry, I did not understand that. Did you mean one of these?"),
        "buttons": topic_buttons(t),
    }


@response("utter_request_regisseur")
def _request_regisseur(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Your regisseur is your contact person at the municipality. "
            "Please call the municipality or ask at your next appointment."
        )
    }


@response("utter_reschedule")
def _reschedule(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Can you not come to an appointment? You must tell the municipality before the appointment. "
            "Please call the municipality."
        )
    }


@response("utter_choose_language")
def _choose_language(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("Which language do you want?"),
        "buttons": [button(translator_for(code).language_name, f"lang:{code}") for code in LANGUAGES],
    }


APPOINTMENT_KINDS = {
    "warme_overdracht": N_("first meeting with the municipality (warme overdracht)"),
    "brede_intake": N_("intake talk (brede intake)"),
    "voortgangsgesprek": N_("progress talk with your regisseur"),
    "pvt_session": N_("PVT lesson"),
    "map_session": N_("MAP lesson"),
    "language_class": N_("language class"),
    "other": N_("appointment"),
}


@response("utter_next_appointment")
def _next_appointment(t: Translator, args: Mapping[str, Any]) -> Message:
    starts_at = datetime.fromisoformat(args["starts_at"])
    lines = [
        t.gettext("Your next appointment: {kind}.", kind=t.gettext(APPOINTMENT_KINDS[args["kind"]])),
        t.gettext("Date: {date}", date=t.format_date(starts_at)),
        t.gettext("Time: {time}", time=t.format_time(starts_at)),
    ]
    if args.get("location"):
        lines.append(t.gettext("Place: {place}", place=args["location"]))
    if args.get("with_whom"):
        lines.append(t.gettext("With: {person}", person=args["with_whom"]))
    if args.get("interpreter_booked"):
        lines.append(t.gettext("An interpreter will be there."))
    return {"text": "\n".join(lines)}


@response("utter_no_appointments")
def _no_appointments(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("You have no appointments planned.")}


@response("utter_not_linked")
def _not_linked(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "I do not know who you are yet, so I cannot show your appointments. "
            "Ask your regisseur for a link code and send: /start followed by the code."
        )
    }
