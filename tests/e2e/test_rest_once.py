"""A Telegram update's message reaches Rasa's conversation once (channels/rest_once.py, in the real Rasa).

A bot process that died after Rasa answered, but before its turn committed, leaves the update to be
handled again (bot.journal): the message is then sent to Rasa marked ``again``. The channel answers it
from the conversation, so the message is not in it twice and the dialogue does not move on (a second "I
do not understand" in a row would hand the person over to staff; the multi-instance test saw it).
"""

from __future__ import annotations

import json
import sqlite3
import uuid

import httpx
import pytest

from channels.once import message_id
from tests.e2e.system import System

pytestmark = pytest.mark.e2e

QUESTION = "wat is het KNM examen?"  # not a topic of ours: the first time, "did you mean" with buttons


def _ask(system: System, sender: str, metadata: dict) -> list[dict]:
    answer = httpx.post(f"{system.rasa_url}/webhooks/rest/webhook", timeout=60,
                        json={"sender": sender, "message": QUESTION, "metadata": {"language": "nl", **metadata}})
    answer.raise_for_status()
    return answer.json()


def _user_events(system: System, sender: str) -> list[dict]:
    with sqlite3.connect(system.tracker_db) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id",
                                  (sender,)).fetchall()
    return [json.loads(data) for (data,) in rows]


def test_a_message_handled_again_is_answered_from_the_conversation(system: System) -> None:
    sender = f"once-{uuid.uuid4().hex[:12]}"
    first = _ask(system, sender, {"update_id": 4_200_001})
    assert first and first[0].get("buttons"), first  # "did you mean": a question with topic buttons
    again = _ask(system, sender, {"update_id": 4_200_001, "again": True})
    assert again == first
    assert [event["message_id"] for event in _user_events(system, sender)] == [message_id(4_200_001)]


def test_a_message_marked_again_that_rasa_never_had_is_handled(system: System) -> None:
    sender = f"once-{uuid.uuid4().hex[:12]}"
    answer = _ask(system, sender, {"update_id": 4_200_002, "again": True})  # the dead bot never reached Rasa
    assert answer and answer[0].get("buttons"), answer
    assert [event["message_id"] for event in _user_events(system, sender)] == [message_id(4_200_002)]
