"""The user's own appointments."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from inburgering.i18n import N_, Translator
from inburgering.responses import Message, response

APPOINTMENT_KINDS = {
    "warme_overdracht": N_("first meeting with the municipality (warme overdracht)"),
    "brede_intake": N_("intake talk (brede intake)"),
    "voortgangsgesprek": N_("progress talk with your regisseur"),
    "pvt_session": N_("PVT lesson"),
    "map_session": N_("MAP lesson"),
    "language_class": N_("language class"),
    "other": N_("appointment"),
}


@response("utter_reschedule")
def _reschedule(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Can you not come to an appointment? You must tell the municipality before the appointment. "
            "Please call the municipality."
        )
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
