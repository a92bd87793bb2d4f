"""The words of the routing table: command names and button payload prefixes, in one place.

Payloads starting with "/" are intents for Rasa (only those of :data:`INTENT_BUTTONS`); the
other prefixes are handled by the bot itself (``bot.routes``) and never reach Rasa. A payload
comes from the user's device and is not trusted: :func:`parse` lets through only the buttons the
assistant offers, with bounded numbers, and the bot still checks an id against the chat's own
linked person.
"""

from __future__ import annotations

import json
import re

INTENT = "/"  # /ask_map, /request_reschedule{"appointment_id":"12"} -> Rasa
LANGUAGE = "lang:"  # lang:nl / lang:ar / lang:ti
CALENDAR = "ics:"  # ics:<appointment id> -> the appointment as an .ics file
REMINDERS = "reminders:"  # reminders:on / reminders:off
UNLINK = "unlink:"  # unlink:yes / unlink:no
FORGET = "forget:"  # forget:yes / forget:no (/vergeet)
FEEDBACK = "fb:"  # fb:up:<topic> / fb:down:<topic> / fb:skip / fb:rate:<1-5>:<topic>
ORIGINAL = "orig:"  # orig:<outbox id> -> the Dutch original of a translated regisseur reply
GEMEENTE = "gem:"  # gem:<profile slug> -> answers for this municipality (issue 17, /gemeente)
# /start g_<profile slug>: the deep link on a municipality's own poster or QR code (issue 17).
GEMEENTE_START = "g_"
SPEAK = "say:"  # say:<language>:<response>:<16 hex of the text hash> -> the answer as a voice note (🔊)

# Commands people can send; the first name of each is the one shown in the menu and texts.
START = ("start",)
HELP = ("help", "hulp")
LANGUAGE_COMMANDS = ("taal", "language", "lang")
UNLINK_COMMANDS = ("ontkoppel", "unlink")
REMINDER_COMMANDS = ("herinneringen", "reminders")
FEEDBACK_COMMANDS = ("feedback",)
FORGET_COMMANDS = ("vergeet", "forget")
GEMEENTE_COMMANDS = ("gemeente", "municipality")
CANCEL = ("cancel", "stop", "annuleer")


def command(name: str) -> str:
    """How a command is written in a text ("/taal"): a placeholder value, so right-to-left text keeps it whole."""
    return f"/{name}"


def gemeente_payload(slug: str) -> str:
    return f"{GEMEENTE}{slug}"


def gemeente_from_start(argument: str) -> str | None:
    """The municipality slug of a ``/start g_<slug>`` deep link; None for anything else (a link code).

    Telegram allows only A-Z a-z 0-9 _ - after ``?start=``; a slug has no underscore, so
    ``g_steenwijkerland`` can never be a link code's text, which has no underscore either.
    """
    if not argument.startswith(GEMEENTE_START):
        return None
    slug = argument.removeprefix(GEMEENTE_START).strip().lower()
    return slug if _SLUG.fullmatch(slug) else None


def rating_payload(score: int, topic: str) -> str:
    return f"{FEEDBACK}rate:{score}:{topic}"


def calendar_payload(appointment_id: int) -> str:
    return f"{CALENDAR}{appointment_id}"


def original_payload(outbox_id: int) -> str:
    return f"{ORIGINAL}{outbox_id}"


def speak_payload(language: str, response: str, text_hash: str) -> str:
    """The 🔊 button of an answer: which answer, in which language, and (a prefix of) the hash of its text."""
    return f"{SPEAK}{language}:{response}:{text_hash[:16]}"


def reschedule_payload(appointment_id: int) -> str:
    """Start (or answer) the reschedule form for one appointment."""
    return '/request_reschedule{"appointment_id":"%d"}' % appointment_id


def period_payload(period: str) -> str:
    return '/ask_appointments{"period":"%s"}' % period


def progress_payload(part: str) -> str:
    return '/ask_progress{"pip_part":"%s"}' % part


# -- the allow-list: every button the assistant offers, and nothing else ---------------------
#
# A payload comes back from the user's device (Telegram sends whatever callback data the client
# sends; the demo chat posts JSON): it is parsed here, once, before any route sees it. A payload
# that is not one of the buttons below (an old keyboard, or forged, e.g. "/restart" to reach a
# Rasa intent no button offers) gets "this button no longer works" and never reaches Rasa.

# Database ids fit a 32-bit integer column (PostgreSQL ``integer``); larger numbers are forged.
MAX_ID = 2**31 - 1
# The values of ``inburgering.models.FeedbackTopic`` (a test keeps the two equal).
FEEDBACK_TOPICS = ("pvt", "map", "ontzorgen", "appointments", "other")

_ID = "appointment_id"
# Intent -> the entity its buttons may carry -> the values allowed (None: a bounded id).
# Every intent may also come bare ("/ask_map").
INTENT_BUTTONS: dict[str, dict[str, frozenset[str] | None]] = {
    "ask_pvt": {"aspect": frozenset({"hours", "signing"})},
    "ask_map": {"aspect": frozenset({"practice"})},
    "ask_ontzorgen": {"aspect": frozenset({"costs", "duration"})},
    "ask_appointments": {"period": frozenset({"week", "month"})},
    "ask_progress": {"pip_part": frozenset({"pvt", "map", "ontzorgen"})},
    "request_reschedule": {_ID: None},
    "request_regisseur": {},
    "deny": {},
}
_CHOICES = {
    LANGUAGE: ("nl", "ar", "ti"),
    UNLINK: ("yes", "no"),
    FORGET: ("yes", "no"),
    REMINDERS: ("on", "off"),
}
_INTENT = re.compile(r"/([a-z_]{1,40})(\{[^{}]{0,80}\})?")
_NUMBER = re.compile(r"[0-9]{1,10}")
# A municipality's profile slug (``gemeenten/<slug>.yml``); the route checks the profile exists.
_SLUG = re.compile(r"[a-z0-9-]{1,40}")
_SPEAK = re.compile(r"(nl|ar|ti):(utter_[a-z_]{1,40}):([0-9a-f]{16})")
_MAX_PAYLOAD = 64  # Telegram's limit for callback data, in bytes


def bounded_id(text: str) -> int | None:
    """``text`` as a database id (1..MAX_ID, plain ASCII digits); None for anything else."""
    if not _NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if 1 <= value <= MAX_ID else None


def parse(data: object) -> str | None:
    """The payload of a button the assistant offers, in its one canonical form; None otherwise.

    Never raises, whatever ``data`` is (None, lone surrogates, 10 000 characters...).
    """
    if not isinstance(data, str) or not data or len(data) > _MAX_PAYLOAD:
        return None
    for prefix, choices in _CHOICES.items():
        if data.startswith(prefix):
            return data if data.removeprefix(prefix) in choices else None
    if data.startswith((CALENDAR, ORIGINAL)):
        prefix = CALENDAR if data.startswith(CALENDAR) else ORIGINAL
        number = bounded_id(data.removeprefix(prefix))
        return None if number is None else f"{prefix}{number}"
    if data.startswith(FEEDBACK):
        return _feedback(data.removeprefix(FEEDBACK))
    if data.startswith(GEMEENTE):
        return data if _SLUG.fullmatch(data.removeprefix(GEMEENTE)) else None
    if data.startswith(SPEAK):
        return _speak(data.removeprefix(SPEAK))
    if data.startswith(INTENT):
        return _intent(data)
    return None


def _feedback(rest: str) -> str | None:
    if rest == "skip":
        return f"{FEEDBACK}skip"
    kind, _, topic = rest.partition(":")
    if kind in ("up", "down") and topic in FEEDBACK_TOPICS:
        return f"{FEEDBACK}{kind}:{topic}"
    if kind == "rate":
        score, _, topic = topic.partition(":")
        if score in ("1", "2", "3", "4", "5") and topic in FEEDBACK_TOPICS:
            return rating_payload(int(score), topic)
    return None


def _speak(rest: str) -> str | None:
    """Only informative answers have a 🔊 button (the answers that get 👍/👎)."""
    # Imported here: the responses and the models behind them load only when a 🔊 is pressed.
    from inburgering.responses import RESPONSES
    from inburgering.review.feedback import topic_of_response

    match = _SPEAK.fullmatch(rest)
    if match is None or match.group(2) not in RESPONSES or topic_of_response(match.group(2)) is None:
        return None
    return f"{SPEAK}{rest}"


def _intent(data: str) -> str | None:
    match = _INTENT.fullmatch(data)
    if match is None or match.group(1) not in INTENT_BUTTONS:
        return None
    name, entities = match.group(1), match.group(2)
    if entities is None:
        return f"/{name}"
    try:
        parsed = json.loads(entities)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or len(parsed) != 1:
        return None
    [(entity, value)] = parsed.items()
    if entity not in INTENT_BUTTONS[name] or not isinstance(value, str):
        return None
    allowed = INTENT_BUTTONS[name][entity]
    if allowed is None:
        number = bounded_id(value)
        return None if number is None else reschedule_payload(number)
    return '/%s{"%s":"%s"}' % (name, entity, value) if value in allowed else None
