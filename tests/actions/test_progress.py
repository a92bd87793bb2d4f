from datetime import datetime, timezone

from rasa_sdk.executor import CollectingDispatcher

from actions.progress import ActionShowProgress
from inburgering.platform.db import session_factory, session_scope
from tests.actions.conftest import load_tracker
from tests.personal_data import link_chat, two_people


async def _run(sender: str, text: str = "hoe ver ben ik met de pvt", entities: list | None = None) -> list[dict]:
    latest = {"text": text, "intent": {"name": "ask_progress"}, "entities": entities or [],
              "metadata": {"language": "nl"}}
    dispatcher = CollectingDispatcher()
    tracker = load_tracker("ask_progress", sender_id=sender, latest_message=latest)
    await ActionShowProgress().run(dispatcher, tracker, {})
    return dispatcher.messages


def _people(database_url: str):
    with session_scope(session_factory(database_url)) as session:
        amal, bilal = two_people(session, datetime.now(timezone.utc))
        link_chat(session, amal.id, "amal", 1)
        link_chat(session, bilal.id, "bilal", 2)
        link_chat(session, None, "stranger", 3)
    return amal, bilal


async def test_pvt_question_gets_the_own_pvt_progress(app_database: str) -> None:
    _people(app_database)
    [message] = await _run("amal")
    assert message["response"] == "utter_progress_pvt"
    assert (message["hours_done"], message["hours_required"], message["excursion_done"]) == (8, 12, True)
    assert message["declaration_signed_on"] is None
    assert message["with_buttons"] is True


async def test_the_same_question_from_another_user_gets_their_own_numbers(app_database: str) -> None:
    _people(app_database)
    [message] = await _run("bilal")
    assert (message["hours_done"], message["hours_required"]) == (3, 16)
    assert message["declaration_signed_on"] == "2026-10-15"


async def test_general_question_shows_every_part_that_applies(app_database: str) -> None:
    _people(app_database)
    amal = [m["response"] for m in await _run("amal", "mijn voortgang")]
    assert amal == ["utter_progress_pvt", "utter_progress_map", "utter_progress_ontzorgen"]
    # Bilal (gezinsmigrant) has no ontzorgen: not mentioned unless asked.
    bilal = await _run("bilal", "mijn voortgang")
    assert [m["response"] for m in bilal] == ["utter_progress_pvt", "utter_progress_map"]
    assert bilal[1]["exempt"] is True
    assert all(m["with_buttons"] is False for m in bilal)


async def test_button_picks_the_part(app_database: str) -> None:
    _people(app_database)
    [message] = await _run("bilal", '/ask_progress{"pip_part":"ontzorgen"}',
                           [{"entity": "pip_part", "value": "ontzorgen"}])
    assert message["response"] == "utter_progress_ontzorgen"
    assert message["starts_on"] is None


async def test_unlinked_and_unknown_users_get_no_progress(app_database: str) -> None:
    _people(app_database)
    assert [m["response"] for m in await _run("stranger")] == ["utter_not_linked"]
    assert [m["response"] for m in await _run("nobody-at-all")] == ["utter_not_linked"]


async def test_linked_user_without_progress_data(app_database: str) -> None:
    from inburgering.people.demo import seed
    from tests.personal_data import second_person

    with session_scope(session_factory(app_database)) as session:
        other = second_person(session, seed(session).gemeente_id, name="Carla Test")
        link_chat(session, other.id, "carla", 4)
    assert [m["response"] for m in await _run("carla")] == ["utter_no_progress"]
