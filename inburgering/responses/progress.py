"""The user's own progress on the PIP parts: PVT, MAP and financieel ontzorgen."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from inburgering.payloads import progress_payload
from inburgering.responses import Message, button, response
from inburgering.responses.topics import COSTS
from inburgering.text.i18n import TIMEZONE, Translator


def _other_parts(t: Translator, current: str, args: Mapping[str, Any]) -> list[dict[str, str]]:
    """Buttons to the other parts; none when all parts are shown at once (with_buttons false)."""
    if not args.get("with_buttons", True):
        return []
    buttons = {
        "pvt": button(t.gettext("My PVT progress"), progress_payload("pvt")),
        "map": button(t.gettext("My MAP progress"), progress_payload("map")),
        # Translators: a button: how far the user is with financieel ontzorgen (help with money). Keep it short.
        "ontzorgen": button(t.gettext("My ontzorgen"), progress_payload("ontzorgen")),
    }
    return [b for part, b in buttons.items() if part != current]


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


@response("utter_progress_pvt")
def _progress_pvt(t: Translator, args: Mapping[str, Any]) -> Message:
    done, required = int(args.get("hours_done", 0)), int(args.get("hours_required", 12))
    if done >= required:
        lines = [t.ngettext("PVT: you have done all {n} hour.", "PVT: you have done all {n} hours.", required)]
    else:
        lines = [t.ngettext("PVT: you have done {done} of {n} hour.", "PVT: you have done {done} of {n} hours.",
                            required, done=done)]
    # Translators: the PVT includes at least one excursion (a trip, e.g. a walk through the town).
    lines.append(t.gettext("Excursion: done.") if args.get("excursion_done")
                 else t.gettext("Excursion: not done yet."))
    signed = _date(args.get("declaration_signed_on"))
    if signed:
        lines.append(t.gettext("You signed the participation declaration on {date}.", date=t.format_date(signed)))
    else:
        lines.append(t.gettext(
            "You have not signed the participation declaration yet. You sign it at the end of the PVT."
        ))
    return {"text": "\n".join(lines), "buttons": _other_parts(t, "pvt", args)}


@response("utter_progress_map")
def _progress_map(t: Translator, args: Mapping[str, Any]) -> Message:
    if args.get("exempt"):
        return {"text": t.gettext("You do not have to do the MAP."), "buttons": _other_parts(t, "map", args)}
    done = int(args.get("hours_done", 0))
    required = args.get("hours_required")
    if required:
        lines = [t.ngettext("MAP lessons: you have done {done} of {n} hour.",
                            "MAP lessons: you have done {done} of {n} hours.", int(required), done=done)]
    else:
        lines = [t.ngettext("MAP lessons: you have done {n} hour.", "MAP lessons: you have done {n} hours.", done)]
    practice_done = int(args.get("practice_hours_done", 0))
    practice_required = int(args.get("practice_hours_required", 40))
    lines.append(t.ngettext("Practical work: you have done {done} of {n} hour.",
                            "Practical work: you have done {done} of {n} hours.",
                            practice_required, done=practice_done))
    lines.append(t.gettext("You had the final talk with the municipality.") if args.get("final_talk_done")
                 else t.gettext("At the end you have a final talk with the municipality."))
    return {"text": "\n".join(lines), "buttons": _other_parts(t, "map", args)}


@response("utter_progress_ontzorgen")
def _progress_ontzorgen(t: Translator, args: Mapping[str, Any]) -> Message:
    starts, ends = _date(args.get("starts_on")), _date(args.get("ends_on"))
    today = _date(args.get("today")) or datetime.now(TIMEZONE).date()
    if starts is None:
        return {"text": t.gettext("Financieel ontzorgen is not part of your plan."),
                "buttons": _other_parts(t, "ontzorgen", args)}
    if ends is not None and ends < today:
        lines = [t.gettext("Financieel ontzorgen ended on {date}. Now you pay your bills yourself.",
                           date=t.format_date(ends))]
    else:
        if starts > today:
            lines = [t.gettext("Financieel ontzorgen starts on {date}.", date=t.format_date(starts))]
        else:
            lines = []
        if ends is not None:
            lines.append(t.gettext("The municipality pays your bills until {date}.", date=t.format_date(ends)))
        else:
            lines.append(t.gettext("The municipality pays your bills. The end date is not known yet."))
        costs = [t.gettext(COSTS[code]) for code in args.get("costs") or () if code in COSTS]
        if costs:
            lines.append(t.gettext("The municipality pays: {costs}.", costs=t.format_list(costs)))
    return {"text": "\n".join(lines), "buttons": _other_parts(t, "ontzorgen", args)}


@response("utter_no_progress")
def _no_progress(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("I have no information about your progress yet. Your regisseur can tell you more."),
        # Translators: a button; the user speaks ("I want to talk to my regisseur").
        "buttons": [button(t.gettext("Talk to my regisseur"), "/request_regisseur")],
    }
