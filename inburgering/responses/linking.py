"""Linking a chat to a person, unlinking, reminders and the calendar file: the bot's own answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inburgering.payloads import REMINDERS, UNLINK
from inburgering.responses import Message, button, response
from inburgering.text.i18n import N_, Translator

LINK_RESULTS = {
    "linked": N_("Thank you. Your account is now linked. I can show your own appointments."),
    "invalid": N_("This code is not correct. Please check the code or ask your regisseur for a new one."),
    "expired": N_("This code is too old. Please ask your regisseur for a new code."),
    "used": N_("This code was already used. Please ask your regisseur for a new code."),
    "rate_limited": N_(
        "You sent a wrong code too many times. Please wait one hour and try again, or ask your regisseur."
    ),
}


@response("bot_link_result")
def _link_result(t: Translator, args: Mapping[str, Any]) -> Message:
    return {"text": t.gettext(LINK_RESULTS[str(args["result"])])}


@response("bot_not_linked_nothing_to_unlink")
def _nothing_to_unlink(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("This chat is not linked to a person. There is nothing to unlink.")}


@response("bot_unlink_confirm")
def _unlink_confirm(t: Translator, _: Mapping[str, Any]) -> Message:
    return {
        "text": t.gettext(
            "Do you want to unlink this chat? Then I can no longer show your appointments or send reminders. "
            "To link again you need a new code from your regisseur."
        ),
        # Translators: buttons; the user speaks. "Unlink": this chat no longer shows the person's appointments
        # (not "dismissal", not "separation").
        "buttons": [button(t.gettext("Yes, unlink"), f"{UNLINK}yes"),
                    # Translators: a button; the user speaks: keep this chat linked (show my appointments).
                    button(t.gettext("No, stay linked"), f"{UNLINK}no")],
    }


@response("bot_unlink_kept")
def _unlink_kept(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("OK, your chat stays linked.")}


@response("bot_unlinked")
def _unlinked(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext(
        "Your chat is unlinked. I will not show your appointments or send reminders here any more. "
        "You can still ask me general questions."
    )}


@response("bot_reminders_status")
def _reminders_status(t: Translator, args: Mapping[str, Any]) -> Message:
    if args.get("enabled"):
        return {
            "text": t.gettext(
                "Reminders are on: I send you a message the day before and two hours before each appointment."
            ),
            "buttons": [button(t.gettext("Turn off reminders"), f"{REMINDERS}off")],
        }
    return {
        "text": t.gettext("Reminders are off. I do not send you messages before your appointments."),
        "buttons": [button(t.gettext("Turn on reminders"), f"{REMINDERS}on")],
    }


@response("bot_calendar_not_found")
def _calendar_not_found(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("I cannot find this appointment. Ask me for your appointments again.")}


@response("bot_calendar_file")
def _calendar_file(t: Translator, _: Mapping[str, Any]) -> Message:
    return {"text": t.gettext("Open this file to add the appointment to your calendar.")}


@response("bot_unlinked_by_staff")
def _unlinked_by_staff(t: Translator, _: Mapping[str, Any]) -> Message:
    # Sent through the outbox when a regisseur unlinked this chat (for example after a lost phone).
    return {"text": t.gettext(
        "Your regisseur has unlinked this chat. I will not show your appointments or send reminders here any "
        "more. You can still ask me general questions. To link again, ask your regisseur for a new code."
    )}


@response("bot_other_chat_linked")
def _other_chat_linked(t: Translator, _: Mapping[str, Any]) -> Message:
    # Sent through the outbox to the chats already linked when another chat links to the same person.
    return {"text": t.gettext(
        "Another Telegram chat was just linked to your account and can now see your appointments. "
        "If this was not you, tell your regisseur. This chat stays linked."
    )}
