from datetime import datetime, timedelta, timezone

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.appointments import ActionNextAppointment
from inburgering.models import Chat
from inburgering.people.demo import seed
from inburgering.platform.db import session_factory, session_scope
from tests.actions.conftest import load_tracker
from tests.personal_data import add_appointment, link_chat, two_people


def _chat(database_url: str, pseudonym: str, linked: bool) -> None:
    with session_scope(session_factory(database_url)) as session:
        person = seed(session)
        session.add(Chat(telegram_chat_id=hash(pseudonym) % 10**9, pseudonym=pseudonym,
                         inburgeraar_id=person.id if linked else None))


async def _run(tracker_name: str, sender: str, **overrides) -> list[dict]:
    dispatcher = CollectingDispatcher()
    await ActionNextAppointment().run(dispatcher, load_tracker(tracker_name, sender_id=sender, **overrides), {})
    return dispatcher.messages


async def test_linked_user_gets_their_next_appointment(app_database: str) -> None:
    _chat(app_database, "linked-user", linked=True)
    [message] = await _run("ask_appointments", "linked-user")
    assert message["response"] == "utter_next_appointment"
    assert message["kind"] == "voortgangsgesprek"
    assert datetime.fromisoformat(message["starts_at"]) > datetime.now(timezone.utc)
    assert message["interpreter_booked"] is True
    assert isinstance(message["id"], int)  # for the "add to calendar" and "I cannot come" buttons


async def test_unlinked_user_is_told_how_to_link(app_database: str) -> None:
    _chat(app_database, "unlinked-user", linked=False)
    assert [m["response"] for m in await _run("ask_appointments", "unlinked-user")] == ["utter_not_linked"]


async def test_unknown_conversation_sees_nobody_s_data(app_database: str) -> None:
    _chat(app_database, "linked-user", linked=True)
    assert [m["response"] for m in await _run("ask_appointments", "someone-else")] == ["utter_not_linked"]


async def test_week_button_lists_this_week_s_appointments(app_database: str) -> None:
    now = datetime.now(timezone.utc)
    with session_scope(session_factory(app_database)) as session:
        amal, _ = two_people(session, now)
        link_chat(session, amal.id, "amal", 1)
        soon = add_appointment(session, amal.id, now + timedelta(minutes=30)).id
    [message] = await _run("ask_appointments_week_button", "amal")
    assert message["response"] == "utter_appointments_list"
    assert message["period"] == "week"
    ids = [a["id"] for a in message["appointments"]]
    assert ids[0] == soon
    assert set(ids) <= set(amal.appointment_ids) | {soon}
    starts = [datetime.fromisoformat(a["starts_at"]) for a in message["appointments"]]
    assert starts == sorted(starts)
    assert message["more"] == 0


@pytest.mark.parametrize("text", ["welke afspraken heb ik deze maand", "شو عندي مواعيد هالشهر", "ቆጸራታተይ ኣብዚ ወርሒ"])
async def test_typed_month_question_in_each_language(app_database: str, text: str) -> None:
    now = datetime.now(timezone.utc)
    with session_scope(session_factory(app_database)) as session:
        amal, _ = two_people(session, now)
        link_chat(session, amal.id, "amal", 1)
    latest = {"text": text, "intent": {"name": "ask_appointments"}, "entities": [], "metadata": {"language": "nl"}}
    [message] = await _run("ask_appointments", "amal", latest_message=latest)
    assert message["response"] in {"utter_appointments_list", "utter_no_appointments_in_period"}
    assert message["period"] == "month"


async def test_a_period_without_appointments_says_so(app_database: str) -> None:
    with session_scope(session_factory(app_database)) as session:
        amal, bilal = two_people(session, datetime.now(timezone.utc) - timedelta(days=60))
        link_chat(session, amal.id, "amal", 1)
    [message] = await _run("ask_appointments_week_button", "amal")
    assert (message["response"], message["period"]) == ("utter_no_appointments_in_period", "week")


async def test_a_forged_period_value_falls_back_to_the_next_appointment(app_database: str) -> None:
    _chat(app_database, "linked-user", linked=True)
    latest = {"text": '/ask_appointments{"period":"year; drop"}', "intent": {"name": "ask_appointments"},
              "entities": [{"entity": "period", "value": "year; drop"}], "metadata": {"language": "nl"}}
    [message] = await _run("ask_appointments", "linked-user", latest_message=latest)
    assert message["response"] == "utter_next_appointment"
