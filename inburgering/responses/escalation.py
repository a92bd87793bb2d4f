"""Handing over to a person: what happens next and when, crisis numbers, take-over notices,
and the regisseur's own replies as the user receives them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from inburgering.models import EscalationReason
from inburgering.payloads import original_payload
from inburgering.responses import Message, button, response
from inburgering.text.i18n import N_, Translator

ESCALATED_TEXTS = {
    EscalationReason.request_regisseur: N_("I have passed your question on to a person."),
    EscalationReason.misunderstood_twice: N_(
        "Sorry, I do not understand your question. I have passed it on to a person."
    ),
    EscalationReason.sensitive: N_("This is important. I have passed your message on to a person."),
    EscalationReason.reschedule: N_("I have passed your request on to a person."),
    EscalationReason.assistant_unavailable: N_("A person will also read your message."),
}


def escalated_text(t: Translator, reason: EscalationReason, due_at: datetime | None, *, linked: bool,
                   phone: str | None) -> str:
    """What happens next and when to expect an answer, in the user's language."""
    lines = []
    if reason in ESCALATED_TEXTS:
        lines.append(t.gettext(ESCALATED_TEXTS[reason]))
    if due_at is None:
        lines.append(t.gettext("You will get an answer here in this chat."))
    elif linked:
        lines.append(t.gettext("Your regisseur will answer you here in this chat, at the latest on {date}.",
                               date=t.format_date(due_at)))
    else:
        lines.append(t.gettext("The municipality will answer you here in this chat, at the latest on {date}.",
                               date=t.format_date(due_at)))
    if phone:
        lines.append(t.gettext("Is it urgent? Call the municipality: {phone}.", phone=phone))
    return "\n".join(lines)


@response("utter_escalated")
def _escalated(t: Translator, args: Mapping[str, Any]) -> Message:
    due_at = args.get("due_at")
    return {
        "text": escalated_text(
            t, EscalationReason(args.get("reason") or "request_regisseur"),
            datetime.fromisoformat(due_at) if isinstance(due_at, str) else due_at,
            linked=bool(args.get("linked")), phone=args.get("phone"),
        )
    }


def _emergency_lines(t: Translator, phone: str | None) -> list[str]:
    lines = [
        t.gettext("Are you or someone else in danger right now? Call 112."),
        t.gettext("Are you thinking about suicide? Call 113 or free 0800-0113, day and night. "
                  "You can also chat at 113.nl."),
        # A placeholder, so right-to-left text keeps the number in its order.
        t.gettext("Violence at home? Call Veilig Thuis: {phone}, free, day and night.", phone="0800-2000"),
        t.gettext("Police, when it is not an emergency: 0900-8844."),
    ]
    if phone:
        lines.append(t.gettext("Your municipality: {phone}.", phone=phone))
    return lines


@response("bot_crisis")
def _crisis(t: Translator, args: Mapping[str, Any]) -> Message:
    """Emergency numbers, at once: 112, 113 Zelfmoordpreventie, and local numbers."""
    lines = _emergency_lines(t, args.get("phone"))
    lines.append(t.gettext("I have also told a person at the municipality about your message."))
    return {"text": "\n".join(lines)}


@response("bot_crisis_check")
def _crisis_check(t: Translator, args: Mapping[str, Any]) -> Message:
    """An uncertain crisis signal: ask gently, give the numbers anyway, and tell a person."""
    lines = [t.gettext("I want to be sure that you are safe. Are you safe right now?")]
    lines += _emergency_lines(t, args.get("phone"))
    lines.append(t.gettext("I have asked a person at the municipality to read your message."))
    return {"text": "\n".join(lines)}


@response("bot_taken_over")
def _taken_over(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("A person from the municipality is now reading your messages and will answer you here. "
                              "The digital assistant is paused.")}


@response("bot_handed_back")
def _handed_back(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("The person from the municipality has finished. You are talking with the digital "
                              "assistant again.")}


@response("bot_rating_question")
def _rating_question(t: Translator, args: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext("Did the help answer your question? Choose from 1 (not at all) to 5 (completely)."),
        "buttons": [button(title, payload) for title, payload in args.get("buttons") or ()],
    }


@response("regisseur_reply")
def _regisseur_reply(t: Translator, args: Mapping[str, Any]) -> Message:
    """A regisseur's reply as the user gets it: ``kind`` plain, machine (translated) or untranslated."""
    kind = args.get("kind", "plain")
    if kind == "untranslated":
        header = t.gettext("Message from your regisseur, in Dutch: there is no translation into your language. "
                           "Ask someone you trust to read it with you, or ask for an interpreter.")
    elif kind == "machine":
        header = t.gettext("Message from your regisseur (translated by a computer):")
    else:
        header = t.gettext("Message from your regisseur:")
    message: Message = {"text": f"{header}\n\n{args['body']}"}
    if args.get("outbox_id") is not None:
        message["buttons"] = [button(t.gettext("Show the Dutch original"), original_payload(int(args["outbox_id"])))]
    return message


# Human-translated answers (the catalogs), the reliable way for Tigrinya.
# Translators: a regisseur's ready-made answer to an inburgeraar.
CANNED_REPLIES: dict[str, str] = {
    "call_tomorrow": N_("I will call you tomorrow."),
    "received": N_("I have read your message. I will come back to you soon."),
    "appointment_moved": N_("Your appointment is moved to {date} at {time}."),
    "interpreter": N_("An interpreter will be there at our next appointment."),
    "come_by": N_("Please come to the municipal office during opening hours. Bring your letter."),
}


@response("regisseur_canned")
def _canned(t: Translator, args: Mapping[str, Any]) -> Message:
    params = {key: value for key, value in args.items() if key != "key"}
    return {"text": t.gettext(CANNED_REPLIES[str(args["key"])], **params)}


@response("bot_dutch_original")
def _dutch_original(t: Translator, args: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("The Dutch original:") + "\n\n" + str(args["original"])}
