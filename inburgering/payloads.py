"""Button payloads the bot handles itself (they never go to Rasa).

Payloads starting with "/" are intents for Rasa; these prefixes are not.
Whatever follows a prefix comes from the user's device and is not trusted:
the bot checks it against the chat's own linked person.
"""

CALENDAR = "ics:"  # ics:<appointment id> -> the appointment as an .ics file
REMINDERS = "reminders:"  # reminders:on / reminders:off
UNLINK = "unlink:"  # unlink:yes / unlink:no
FORGET = "forget:"  # forget:yes / forget:no (/vergeet, issue 6)
FEEDBACK = "fb:"  # fb:up:<topic> / fb:down:<topic> / fb:skip / fb:rate:<1-5>:<topic> (issue 6)


def rating_payload(score: int, topic: str) -> str:
    return f"{FEEDBACK}rate:{score}:{topic}"


def calendar_payload(appointment_id: int) -> str:
    return f"{CALENDAR}{appointment_id}"


def reschedule_payload(appointment_id: int) -> str:
    """Start (or answer) the reschedule form for one appointment."""
    return '/request_reschedule{"appointment_id":"%d"}' % appointment_id


def period_payload(period: str) -> str:
    return '/ask_appointments{"period":"%s"}' % period


def progress_payload(part: str) -> str:
    return '/ask_progress{"pip_part":"%s"}' % part
