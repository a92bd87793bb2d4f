"""Each Telegram update reaches Rasa's conversation once (no Rasa import: tested in the app's Python).

The bot sends each message of a Telegram update with the update's id in the metadata; Rasa stores it as
the user event's message id. A message the bot handles a second time (a copy Telegram delivered again
after a bot process died, or an update the journal's recovery took over: bot.journal) also carries
``again``. If Rasa handled it before the process died, the conversation holds it and the answers Rasa
gave; handling it again would add the message twice and move the dialogue on (a second "I do not
understand" in a row hands the person over to staff). The channel (channels.rest_once) then returns the
earlier answers and changes nothing. A message Rasa holds without any answer (an action or the NLG
endpoint failed during that turn) has nothing to give back: it is handled again, so it is answered,
not lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

UPDATE_ID = "update_id"  # metadata: the Telegram update the message came in
AGAIN = "again"  # metadata: true when the bot handles the update a second time


def message_id(update_id: int | str) -> str:
    """The message id Rasa stores on the user event of a Telegram update's message."""
    return f"telegram-update-{update_id}"


def earlier_answers(events: Iterable[Mapping[str, Any]], update_id: int | str,
                    text: str | None) -> list[Mapping[str, Any]] | None:
    """The bot events that answered the update's message, oldest first; None when the conversation does
    not hold that message (with the same text) or holds it without an answer: then it is handled again.

    ``events`` are the conversation's user and bot events as dictionaries (``event``: "user" with ``text``
    and ``message_id``, or "bot"), oldest first. The answers are the bot events after the latest user
    event of the update, up to the next user event.
    """
    wanted = message_id(update_id)
    events = list(events)
    for start in range(len(events) - 1, -1, -1):
        event = events[start]
        if event.get("event") == "user" and event.get("message_id") == wanted and event.get("text") == text:
            break
    else:
        return None
    answers = []
    for event in events[start + 1:]:
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            answers.append(event)
    return answers or None
