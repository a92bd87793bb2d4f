"""Commands and buttons about the user's own link and data, handled by the bot itself.

``/start <code>`` (link), ``/ontkoppel`` (unlink, after confirmation), ``/herinneringen``
(reminders on or off) and the "add to calendar" button. These never go through Rasa. A payload
comes from the user's device and is not trusted: an appointment is only found among the chat's
own linked person's appointments.
"""

from __future__ import annotations

import logging

from bot.messages import Attachment, Reply
from bot.turn import Turn
from inburgering.payloads import CALENDAR, REMINDERS, UNLINK
from inburgering.people.linking import redeem_code, unlink
from inburgering.schedule.appointments import own_appointment
from inburgering.schedule.calendar import appointment_calendar

log = logging.getLogger(__name__)


def link(turn: Turn, code: str) -> Reply:
    """A link code from the regisseur (deep link or typed after /start)."""
    turn.session.flush()  # the chat needs its id for the attempt log
    result = redeem_code(turn.session, turn.chat, code, key=turn.settings.pseudonym_key)
    return turn.reply("bot_link_result", {"result": result.name})


def unlink_prompt(turn: Turn) -> list[Reply]:
    """/ontkoppel: ask for confirmation first; unlinking by mistake locks the user out until a new code."""
    if not turn.linked:
        return [turn.reply("bot_not_linked_nothing_to_unlink")]
    return [turn.reply("bot_unlink_confirm")]


def unlink_button(turn: Turn, payload: str) -> list[Reply]:
    if payload != f"{UNLINK}yes":
        return [turn.reply("bot_unlink_kept")]
    if not unlink(turn.chat):
        return [turn.reply("bot_not_linked_nothing_to_unlink")]
    log.info("chat %s unlinked", turn.chat.pseudonym[:8])
    return [turn.reply("bot_unlinked")]


def reminders_prompt(turn: Turn) -> list[Reply]:
    """/herinneringen: say whether reminders are on, with a button to change it."""
    if not turn.linked:
        return [turn.reply("utter_not_linked")]
    return [turn.reply("bot_reminders_status", {"enabled": turn.chat.reminders_enabled})]


def reminders_button(turn: Turn, payload: str) -> list[Reply]:
    if not turn.linked:
        return [turn.reply("utter_not_linked")]
    turn.chat.reminders_enabled = payload == f"{REMINDERS}on"
    return [turn.reply("bot_reminders_status", {"enabled": turn.chat.reminders_enabled})]


def calendar_button(turn: Turn, payload: str) -> list[Reply]:
    """The appointment as an .ics file, only when it is the chat's own person's appointment."""
    if not turn.linked:
        return [turn.reply("utter_not_linked")]
    appointment = own_appointment(turn.session, turn.chat.inburgeraar_id, payload.removeprefix(CALENDAR))
    if appointment is None:
        # Someone else's appointment, or gone: the same answer, so ids reveal nothing.
        log.info("calendar button refused for chat %s", turn.chat.pseudonym[:8])
        return [turn.reply("bot_calendar_not_found")]
    ics = appointment_calendar(appointment, turn.t)
    return [turn.reply("bot_calendar_file", attachment=Attachment(ics.filename, ics.content, ics.mime_type))]
