"""The user's own appointments: next one, this week or month, rescheduling, reminders."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from babel.dates import format_datetime, format_skeleton

from inburgering.payloads import REMINDERS, START, calendar_payload, command, period_payload, reschedule_payload
from inburgering.responses import Message, button, response
from inburgering.text.i18n import N_, TIMEZONE, Translator

APPOINTMENT_KINDS = {
    "warme_overdracht": N_("first meeting with the municipality (warme overdracht)"),
    "brede_intake": N_("intake talk (brede intake)"),
    "voortgangsgesprek": N_("progress talk with your regisseur"),
    "pvt_session": N_("PVT lesson"),
    "map_session": N_("MAP lesson"),
    "language_class": N_("language class"),
    "other": N_("appointment"),
}
# The same kinds in a word or two, for buttons that start with the date ("wo 25 nov 10:00 · voortgangsgesprek").
APPOINTMENT_KINDS_SHORT = {
    # Translators: button label after a date: the first meeting (warme overdracht). At most ~10 letters (ar, ti).
    "warme_overdracht": N_("first meeting"),
    # Translators: button label after a date: the broad intake talk (brede intake). At most ~10 letters (ar, ti).
    "brede_intake": N_("intake talk"),
    # Translators: button label after a date: the progress talk (voortgangsgesprek). At most ~10 letters (ar, ti).
    "voortgangsgesprek": N_("progress talk"),
    "pvt_session": N_("PVT lesson"),
    "map_session": N_("MAP lesson"),
    "language_class": N_("language class"),
    "other": N_("appointment"),
}
# Characters a date-first button may have (bidi marks not counted), so a phone does not cut the date off:
# about 30. Dutch keeps its long "voortgangsgesprek" (the word on the letter), Arabic its "لقاء متابعة".
DATE_BUTTON_LIMITS = {"nl": 35, "ar": 32, "ti": 30}
# Any other button, in any language.
BUTTON_LIMIT = 35
# CLDR's "abbreviated" Arabic weekday is the full name (الأربعاء); the short one (أربعاء) and a numeric
# date keep the button within its limit. Other languages use CLDR's own short day-and-month.
BUTTON_DATE_PATTERNS = {"ar": "EEEEEE d/M"}
# Inline keyboards stay usable on a phone.
MAX_APPOINTMENT_BUTTONS = 5


def kind_title(t: Translator, kind: str) -> str:
    return t.gettext(APPOINTMENT_KINDS.get(kind, APPOINTMENT_KINDS["other"]))


def short_kind(t: Translator, kind: str) -> str:
    return t.gettext(APPOINTMENT_KINDS_SHORT.get(kind, APPOINTMENT_KINDS_SHORT["other"]))


def short_when(t: Translator, starts_at: datetime) -> str:
    """Weekday, day, month and 24-hour time, short enough for a button ("wo 25 nov 10:00")."""
    local = starts_at.astimezone(TIMEZONE)
    pattern = BUTTON_DATE_PATTERNS.get(t.language)
    if pattern:
        day = format_datetime(local, pattern, locale=t.format_locale)
    else:
        day = format_skeleton("MMMEd", local, locale=t.format_locale)
    # 24 hours, as on the municipality's letters; "Hm" keeps "10:00" without AM/PM words.
    return f"{day} {format_skeleton('Hm', local, locale=t.format_locale)}"


def appointment_button_title(t: Translator, appointment: Mapping[str, Any]) -> str:
    """Date first, then the short kind: the date is what tells two appointments apart."""
    return f"{short_when(t, datetime.fromisoformat(appointment['starts_at']))} · {short_kind(t, appointment['kind'])}"


def appointment_details(t: Translator, args: Mapping[str, Any]) -> list[str]:
    """Date, time, place, with whom and interpreter: one short line each."""
    starts_at = datetime.fromisoformat(args["starts_at"])
    lines = [
        t.gettext("Date: {date}", date=t.format_date(starts_at)),
        t.gettext("Time: {time}", time=t.format_time(starts_at)),
    ]
    if args.get("location"):
        lines.append(t.gettext("Place: {place}", place=args["location"]))
    if args.get("with_whom"):
        lines.append(t.gettext("With: {person}", person=args["with_whom"]))
    if args.get("interpreter_booked"):
        lines.append(t.gettext("An interpreter will be there."))
    return lines


def calendar_button(t: Translator, args: Mapping[str, Any], *, with_date: bool = False) -> dict[str, str]:
    title = t.gettext("Add to my calendar")
    if with_date:
        title = t.gettext("Add to my calendar: {when}", when=short_when(t, datetime.fromisoformat(args["starts_at"])))
    return button(title, calendar_payload(int(args["id"])))


def _period_buttons(t: Translator, *, exclude: str) -> list[dict[str, str]]:
    buttons = [
        button(t.gettext("My next appointment"), "/ask_appointments"),
        button(t.gettext("This week"), period_payload("week")),
        button(t.gettext("This month"), period_payload("month")),
    ]
    return [b for b, period in zip(buttons, ("next", "week", "month"), strict=True) if period != exclude]


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
    lines = [t.gettext("Your next appointment: {kind}.", kind=kind_title(t, args["kind"]))]
    lines += appointment_details(t, args)
    buttons = []
    if args.get("id") is not None:
        buttons += [
            calendar_button(t, args),
            # Translators: a button under an appointment; the user speaks ("I cannot come to it").
            button(t.gettext("I cannot come"), reschedule_payload(int(args["id"]))),
        ]
    return {"text": "\n".join(lines), "buttons": buttons + _period_buttons(t, exclude="next")}


@response("utter_appointments_list")
def _appointments_list(t: Translator, args: Mapping[str, Any]) -> Message:
    period = args.get("period", "week")
    appointments: Sequence[Mapping[str, Any]] = args.get("appointments") or []
    heading = {
        "week": t.ngettext("You have {n} appointment this week:", "You have {n} appointments this week:",
                           len(appointments) + int(args.get("more", 0))),
        "month": t.ngettext("You have {n} appointment this month:", "You have {n} appointments this month:",
                            len(appointments) + int(args.get("more", 0))),
    }[period]
    blocks = [heading]
    for appointment in appointments:
        blocks.append("\n".join([f"• {kind_title(t, appointment['kind'])}"] + appointment_details(t, appointment)))
    if args.get("more"):
        more = int(args["more"])
        blocks.append(t.ngettext("And {n} more appointment.", "And {n} more appointments.", more))
    buttons = [calendar_button(t, a, with_date=True) for a in appointments[:MAX_APPOINTMENT_BUTTONS]]
    return {"text": "\n\n".join(blocks), "buttons": buttons + _period_buttons(t, exclude=period)}


@response("utter_no_appointments_in_period")
def _no_appointments_in_period(t: Translator, args: Mapping[str, Any]) -> Message:
    period = args.get("period", "week")
    text = {
        "week": t.gettext("You have no appointments this week."),
        "month": t.gettext("You have no appointments this month."),
    }[period]
    return {"text": text, "buttons": _period_buttons(t, exclude=period)}


@response("utter_no_appointments")
def _no_appointments(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("You have no appointments planned.")}


@response("utter_not_linked")
def _not_linked(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        # Translators: {command} is the command /start; the person types the link code after it.
        "text": t.gettext(
            "I do not know who you are yet, so I cannot show your appointments. "
            "Ask your regisseur for a link code and send: {command} followed by the code.",
            command=command(START[0]),
        )
    }


# -- rescheduling (reschedule_form) ------------------------------------------


def _stop_button(t: Translator) -> dict[str, str]:
    # Translators: a button: stop asking to move an appointment (nothing is sent).
    return button(t.gettext("Stop"), "/deny")


@response("utter_ask_reschedule_appointment")
def _ask_reschedule_appointment(t: Translator, args: Mapping[str, Any]) -> Message:
    appointments: Sequence[Mapping[str, Any]] = args.get("appointments") or []
    buttons = [
        button(appointment_button_title(t, a), reschedule_payload(int(a["id"])))
        for a in appointments[:MAX_APPOINTMENT_BUTTONS]
    ]
    return {
        "text": t.gettext("Which appointment can you not come to? Press a button."),
        "buttons": buttons + [_stop_button(t)],
    }


@response("utter_reschedule_press_button")
def _reschedule_press_button(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("I did not find that appointment. Please press one of the buttons, or Stop.")}


@response("utter_ask_reschedule_reason")
def _ask_reschedule_reason(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Why can you not come? Write it in a few words, in your own language. Your regisseur will read it."
        ),
        "buttons": [_stop_button(t)],
        # Tells the bot that the next message is free text in any language (bot/conversation.py).
        "custom": {"expects": "free_text"},
    }


@response("utter_reschedule_requested")
def _reschedule_requested(t: Translator, args: Mapping[str, Any]) -> Message:
    lines = [t.gettext("Thank you. I sent your request to your regisseur.")]
    if args.get("starts_at"):
        lines.append(t.gettext(
            "Your appointment on {date} is not changed yet. Your regisseur will contact you about a new time.",
            date=t.format_date(datetime.fromisoformat(args["starts_at"])),
        ))
    return {"text": "\n".join(lines)}


@response("utter_reschedule_already_requested")
def _reschedule_already_requested(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext(
        "You already asked to move this appointment. Your regisseur will contact you."
    )}


@response("utter_reschedule_cancelled")
def _reschedule_cancelled(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("OK, I did not send anything. Your appointments stay as they are.")}


@response("utter_reschedule_not_possible")
def _reschedule_not_possible(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext(
        "I could not send this request: the appointment is no longer planned. Please call the municipality."
    )}


@response("utter_reschedule_nothing_to_move")
def _reschedule_nothing_to_move(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext(
        "You have no planned appointments that I can ask to move. "
        "For other questions, please call the municipality."
    )}


# -- reminders (sent by the bot itself, not through Rasa) ----------------------


def reminder_message(t: Translator, kind: str, args: Mapping[str, Any]) -> Message:
    """The reminder for one appointment, the day before or two hours before it."""
    starts_at = datetime.fromisoformat(args["starts_at"])
    if kind == "two_hours":
        first = t.gettext("Reminder: you have an appointment today at {time}.", time=t.format_time(starts_at))
    else:
        first = t.gettext("Reminder: you have an appointment on {date} at {time}.",
                          date=t.format_date(starts_at), time=t.format_time(starts_at))
    # Date and time are in the first line already.
    lines = [first, t.gettext("What: {kind}", kind=kind_title(t, args["kind"]))] + appointment_details(t, args)[2:]
    return {
        "text": "\n".join(lines),
        "buttons": [
            calendar_button(t, args),
            # Translators: a button under an appointment; the user speaks ("I cannot come to it").
            button(t.gettext("I cannot come"), reschedule_payload(int(args["id"]))),
            button(t.gettext("Turn off reminders"), f"{REMINDERS}off"),
        ],
    }
