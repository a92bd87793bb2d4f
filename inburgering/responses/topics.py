"""The three topics: PVT, MAP and financieel ontzorgen, with the municipality's facts.

Arguments come from ``actions/topics.py`` (the gemeente profile, and the
person's doelgroep when the chat is linked). Defaults are the legal minimums,
so an answer is right even without a profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.responses import Message, button, response
from inburgering.text.i18n import N_, Translator

COSTS = {
    "rent": N_("rent"),
    "energy": N_("energy (gas and electricity)"),
    "water": N_("water"),
    "health_insurance": N_("health insurance"),
}
DEFAULT_COSTS = ("rent", "energy", "water", "health_insurance")


def regisseur_button(t: Translator) -> dict[str, str]:
    # Translators: a button; the user speaks ("I want to ask my regisseur"). Keep it short.
    return button(t.gettext("Ask my regisseur"), "/request_regisseur")


def _pvt_buttons(t: Translator) -> list[dict[str, str]]:
    return [
        button(t.gettext("How many hours?"), '/ask_pvt{"aspect":"hours"}'),
        button(t.gettext("When do I sign?"), '/ask_pvt{"aspect":"signing"}'),
        regisseur_button(t),
    ]


def _gemeente_line(t: Translator, args: Mapping[str, Any], hours: int) -> str:
    return t.ngettext(
        "In {gemeente} the course takes {n} hour.", "In {gemeente} the course takes {n} hours.", hours,
        gemeente=args.get("gemeente") or t.gettext("your municipality"),
    )


@response("utter_pvt")
def _pvt(t: Translator, args: Mapping[str, Any]) -> Message:
    hours = int(args.get("pvt_hours", 12))
    lines = [
        t.gettext("The PVT is a course about living in the Netherlands."),
        t.gettext("You learn about the Dutch core values: freedom, equality, solidarity and participation."),
        _gemeente_line(t, args, hours),
    ]
    if args.get("pvt_excursion", True):
        lines.append(t.gettext("You also go on at least one excursion."))
    lines.append(t.gettext("At the end you sign the participation declaration."))
    if args.get("pvt_provider"):
        lines.append(t.gettext("The course is given by {provider}.", provider=args["pvt_provider"]))
    return {"text": "\n".join(lines), "buttons": _pvt_buttons(t)}


@response("utter_pvt_hours")
def _pvt_hours(t: Translator, args: Mapping[str, Any]) -> Message:
    hours = int(args.get("pvt_hours", 12))
    lines = [_gemeente_line(t, args, hours), t.gettext("The law asks for at least 12 hours.")]
    if args.get("pvt_excursion", True):
        lines.append(t.gettext("You also go on at least one excursion."))
    return {"text": "\n".join(lines), "buttons": _pvt_buttons(t)[1:]}


@response("utter_pvt_signing")
def _pvt_signing(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": "\n".join([
            t.gettext("At the end of the PVT you sign the participation declaration."),
            t.gettext("With it you say: I know the Dutch core values, I respect them, and I want to take part."),
            t.gettext("The municipality signs it too."),
            t.gettext("Do this within your 3 years of inburgering. Without it you can get a fine."),
        ]),
        "buttons": [button(t.gettext("What is the MAP?"), "/ask_map"), regisseur_button(t)],
    }


@response("utter_map")
def _map(t: Translator, args: Mapping[str, Any]) -> Message:
    hours = int(args.get("map_practice_hours", 40))
    lines = [
        t.gettext("The MAP helps you find your way to work in the Netherlands."),
        t.gettext("You get lessons about work: looking for a job, work skills and work culture."),
        t.ngettext(
            "You also work at least {n} hour in practice, for example in an internship.",
            "You also work at least {n} hours in practice, for example in an internship.",
            hours,
        ),
        t.gettext("At the end you have a final talk with the municipality."),
    ]
    if args.get("map_provider"):
        lines.append(t.gettext("The MAP is given by {provider}.", provider=args["map_provider"]))
    return {
        "text": "\n".join(lines),
        "buttons": [
            button(t.gettext("What is the practical part?"), '/ask_map{"aspect":"practice"}'),
            button(t.gettext("What is the PVT?"), "/ask_pvt"),
            regisseur_button(t),
        ],
    }


@response("utter_map_practice")
def _map_practice(t: Translator, args: Mapping[str, Any]) -> Message:
    hours = int(args.get("map_practice_hours", 40))
    return {
        "text": "\n".join([
            t.ngettext(
                "In the practical part you work at least {n} hour in a place where people speak Dutch.",
                "In the practical part you work at least {n} hours in a place where people speak Dutch.",
                hours,
            ),
            t.gettext("For example an internship or volunteer work."),
            t.gettext("Your regisseur helps you find a place."),
            t.gettext("Do you already have a paid job where people speak Dutch? Then you may not need the MAP."),
        ]),
        "buttons": [regisseur_button(t)],
    }


def _costs(t: Translator, args: Mapping[str, Any]) -> str:
    codes = args.get("ontzorgen_costs") or DEFAULT_COSTS
    return t.format_list([t.gettext(COSTS[code]) for code in codes if code in COSTS])


def _ontzorgen_buttons(t: Translator) -> list[dict[str, str]]:
    return [
        # Translators: a button: which bills does the municipality pay (rent, energy...)?
        button(t.gettext("What is paid?"), '/ask_ontzorgen{"aspect":"costs"}'),
        # Translators: a button: for how many months does the municipality pay the bills?
        button(t.gettext("How long?"), '/ask_ontzorgen{"aspect":"duration"}'),
        regisseur_button(t),
    ]


def _ontzorgen_for_whom(t: Translator, args: Mapping[str, Any]) -> str:
    """Who gets it: statushouders with bijstand (some municipalities add family migrants), not everyone."""
    if "gezinsmigrant" in (args.get("ontzorgen_doelgroepen") or ()):
        return t.gettext("Financieel ontzorgen is for statushouders and family migrants who get bijstand "
                         "(money from the municipality to live on).")
    return t.gettext("Financieel ontzorgen is for statushouders who get bijstand "
                     "(money from the municipality to live on).")


@response("utter_ontzorgen")
def _ontzorgen(t: Translator, args: Mapping[str, Any]) -> Message:
    months = int(args.get("ontzorgen_months", 6))
    lines = [
        _ontzorgen_for_whom(t, args),
        t.ngettext(
            "In the first {n} month the municipality pays these bills for you: {costs}.",
            "In the first {n} months the municipality pays these bills for you: {costs}.",
            months, costs=_costs(t, args),
        ),
        t.gettext("It pays them from your bijstand. You get the rest as living money (leefgeld)."),
    ]
    if args.get("ontzorgen_course"):
        lines.append(t.gettext("You also learn how money works in the Netherlands, in the course {course}.",
                               course=args["ontzorgen_course"]))
    return {"text": "\n".join(lines), "buttons": _ontzorgen_buttons(t)}


@response("utter_ontzorgen_costs")
def _ontzorgen_costs(t: Translator, args: Mapping[str, Any]) -> Message:
    return {
        "text": "\n".join([
            t.gettext("The municipality pays these bills for you: {costs}.", costs=_costs(t, args)),
            t.gettext("It pays them from your bijstand. You get the rest as living money (leefgeld)."),
            t.gettext("Other bills you pay yourself, for example your phone."),
        ]),
        "buttons": _ontzorgen_buttons(t)[1:],
    }


@response("utter_ontzorgen_duration")
def _ontzorgen_duration(t: Translator, args: Mapping[str, Any]) -> Message:
    months = int(args.get("ontzorgen_months", 6))
    lines = [
        t.ngettext("The municipality does this for {n} month.", "The municipality does this for {n} months.", months),
    ]
    if args.get("ontzorgen_extension", "exception") == "exception":
        lines.append(t.gettext("Longer is only possible as an exception. Your regisseur decides this with you."))
    return {"text": "\n".join(lines), "buttons": [_ontzorgen_buttons(t)[0], regisseur_button(t)]}


@response("utter_ontzorgen_not_for_you")
def _ontzorgen_not_for_you(t: Translator, args: Mapping[str, Any]) -> Message:
    return {
        "text": "\n".join([
            t.gettext("In {gemeente} this help is for statushouders with bijstand.",
                      gemeente=args.get("gemeente") or t.gettext("your municipality")),
            t.gettext("Do you need help with money? Ask your regisseur."),
        ]),
        "buttons": [regisseur_button(t)],
    }


@response("utter_request_regisseur")
def _request_regisseur(t: Translator, args: Mapping[str, Any]) -> Message:
    lines = [t.gettext("Your regisseur is your contact person at the municipality.")]
    if args.get("phone"):
        lines.append(t.gettext("You can call the municipality: {phone}.", phone=args["phone"]))
    else:
        lines.append(t.gettext("Please call the municipality or ask at your next appointment."))
    return {"text": "\n".join(lines)}
