from datetime import datetime, timezone

from rasa_sdk.executor import CollectingDispatcher

from actions.appointments import ActionNextAppointment
from inburgering.db import session_factory, session_scope
from inburgering.demo import seed
from inburgering.models import Chat
from tests.actions.conftest import load_tracker


def _chat(database_url: str, pseudonym: str, linked: bool) -> None:
    with session_scope(session_factory(database_url)) as session:
        person = seed(session)
        session.add(Chat(telegram_chat_id=hash(pseudonym) % 10**9, pseudonym=pseudonym,
                         inburgeraar_id=person.id if linked else None))


async def test_linked_user_gets_their_next_appointment(app_database: str) -> None:
    _chat(app_database, "linked-user", linked=True)
    dispatcher = CollectingDispatcher()
    await ActionNextAppointment().run(dispatcher, load_tracker("ask_appointments", sender_id="linked-user"), {})

    [message] = dispatcher.messages
    assert message["response"] == "utter_next_appointment"
    assert message["kind"] == "voortgangsgesprek"
    assert datetime.fromisoformat(message["starts_at"]) > datetime.now(timezone.utc)
    assert message["interpreter_booked"] is True


async def test_unlinked_user_is_told_how_to_link(app_database: str) -> None:
    _chat(app_database, "unlinked-user", linked=False)
    dispatcher = CollectingDispatcher()
    await ActionNextAppointment().run(dispatcher, load_tracker("ask_appointments", sender_id="unlinked-user"), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_not_linked"]


async def test_unknown_conversation_sees_nobody_s_data(app_database: str) -> None:
    _chat(app_database, "linked-user", linked=True)
    dispatcher = CollectingDispatcher()
    await ActionNextAppointment().run(dispatcher, load_tracker("ask_appointments", sender_id="someone-else"), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_not_linked"]
