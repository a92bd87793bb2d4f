from rasa_sdk.executor import CollectingDispatcher

from actions.topics import ActionAnswerTopic, ActionContactRegisseur
from inburgering.models import Chat, Doelgroep, Gemeente
from inburgering.people.demo import seed
from inburgering.platform.db import session_factory, session_scope
from tests.actions.conftest import load_tracker


def _link(database_url: str, pseudonym: str, *, doelgroep: Doelgroep, gemeente: str = "zwolle") -> None:
    with session_scope(session_factory(database_url)) as session:
        person = seed(session)
        person.doelgroep = doelgroep
        if gemeente != "zwolle":
            other = Gemeente(slug=gemeente, name=gemeente.title())
            session.add(other)
            session.flush()
            person.gemeente_id = other.id
        session.add(Chat(telegram_chat_id=abs(hash(pseudonym)) % 10**9, pseudonym=pseudonym,
                         inburgeraar_id=person.id))


def _tracker(intent: str, sender: str = "anonymous", entities: list | None = None):
    return load_tracker("ask_appointments", sender_id=sender, latest_message={
        "text": intent, "intent": {"name": intent, "confidence": 0.99}, "entities": entities or [],
        "metadata": {"language": "nl"}})


async def test_unlinked_user_gets_the_default_municipality_facts(app_database: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, _tracker("ask_pvt"), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_pvt"
    assert message["gemeente"] == "Zwolle" and message["pvt_hours"] == 12


async def test_linked_user_gets_their_own_municipality(app_database: str) -> None:
    _link(app_database, "in-steenwijk", doelgroep=Doelgroep.statushouder, gemeente="steenwijkerland")
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, _tracker("ask_pvt", "in-steenwijk"), {})
    assert dispatcher.messages[0]["pvt_hours"] == 16


async def test_button_aspect_picks_the_follow_up_answer(app_database: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, load_tracker("ask_ontzorgen_costs_button"), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_ontzorgen_costs"
    assert message["ontzorgen_costs"] == ["rent", "energy", "water", "health_insurance"]


async def test_gezinsmigrant_is_told_ontzorgen_is_not_for_them(app_database: str) -> None:
    _link(app_database, "family", doelgroep=Doelgroep.gezinsmigrant)
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, _tracker("ask_ontzorgen", "family"), {})
    assert dispatcher.messages[0]["response"] == "utter_ontzorgen_not_for_you"

    statushouder = CollectingDispatcher()
    _link(app_database, "refugee", doelgroep=Doelgroep.statushouder)
    await ActionAnswerTopic().run(statushouder, _tracker("ask_ontzorgen", "refugee"), {})
    assert statushouder.messages[0]["response"] == "utter_ontzorgen"


async def test_pvt_and_map_are_for_everyone(app_database: str) -> None:
    _link(app_database, "family", doelgroep=Doelgroep.gezinsmigrant)
    for intent, expected in (("ask_pvt", "utter_pvt"), ("ask_map", "utter_map")):
        dispatcher = CollectingDispatcher()
        await ActionAnswerTopic().run(dispatcher, _tracker(intent, "family"), {})
        assert dispatcher.messages[0]["response"] == expected


async def test_contact_regisseur_gives_the_municipality_phone(app_database: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionContactRegisseur().run(dispatcher, _tracker("request_regisseur"), {})
    assert dispatcher.messages[0]["response"] == "utter_request_regisseur"
    assert dispatcher.messages[0]["phone"] == "14 038"
