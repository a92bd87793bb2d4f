"""The three topics: PVT, MAP and financieel ontzorgen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.i18n import Translator
from inburgering.responses import Message, button, response


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


@response("utter_request_regisseur")
def _request_regisseur(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Your regisseur is your contact person at the municipality. "
            "Please call the municipality or ask at your next appointment."
        )
    }
