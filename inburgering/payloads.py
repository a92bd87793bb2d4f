"""The words of the routing table: command names and button payload prefixes, in one place.

Payloads starting with "/" are intents for Rasa; the prefixes below are handled by the bot
itself (``bot.routes``) and never reach Rasa. Whatever follows a prefix comes from the user's
device and is not trusted: the bot checks it against the chat's own linked person.
"""

INTENT = "/"  # /ask_map, /request_reschedule{"appointment_id":"12"} -> Rasa
LANGUAGE = "lang:"  # lang:nl / lang:ar / lang:ti
CALENDAR = "ics:"  # ics:<appointment id> -> the appointment as an .ics file
REMINDERS = "reminders:"  # reminders:on / reminders:off
UNLINK = "unlink:"  # unlink:yes / unlink:no
FORGET = "forget:"  # forget:yes / forget:no (/vergeet)
FEEDBACK = "fb:"  # fb:up:<topic> / fb:down:<topic> / fb:skip / fb:rate:<1-5>:<topic>
ORIGINAL = "orig:"  # orig:<outbox id> -> the Dutch original of a translated regisseur reply

# Commands people can send; the first name of each is the one shown in the menu and texts.
START = ("start",)
HELP = ("help", "hulp")
LANGUAGE_COMMANDS = ("taal", "language", "lang")
UNLINK_COMMANDS = ("ontkoppel", "unlink")
REMINDER_COMMANDS = ("herinneringen", "reminders")
FEEDBACK_COMMANDS = ("feedback",)
FORGET_COMMANDS = ("vergeet", "forget")
CANCEL = ("cancel", "stop", "annuleer")


def command(name: str) -> str:
    """How a command is written in a text ("/taal"): a placeholder value, so right-to-left text keeps it whole."""
    return f"/{name}"


def rating_payload(score: int, topic: str) -> str:
    return f"{FEEDBACK}rate:{score}:{topic}"


def calendar_payload(appointment_id: int) -> str:
    return f"{CALENDAR}{appointment_id}"


def original_payload(outbox_id: int) -> str:
    return f"{ORIGINAL}{outbox_id}"


def reschedule_payload(appointment_id: int) -> str:
    """Start (or answer) the reschedule form for one appointment."""
    return '/request_reschedule{"appointment_id":"%d"}' % appointment_id


def period_payload(period: str) -> str:
    return '/ask_appointments{"period":"%s"}' % period


def progress_payload(part: str) -> str:
    return '/ask_progress{"pip_part":"%s"}' % part
