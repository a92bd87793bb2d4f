"""The reschedule form's actions: who may ask, which appointment, why, and the request row."""

from datetime import datetime, timedelta, timezone

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.reschedule import (
    ActionAskRescheduleAppointmentId,
    ActionPrepareReschedule,
    ActionSubmitReschedule,
    ValidateRescheduleForm,
)
from inburgering.models import RescheduleRequest
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import PROJECT_ROOT
from tests.actions.conftest import load_tracker
from tests.personal_data import link_chat, two_people


@pytest.fixture
def people(app_database: str):
    with session_scope(session_factory(app_database)) as session:
        amal, bilal = two_people(session, datetime.now(timezone.utc))
        amal.chat_id = link_chat(session, amal.id, "amal", 1).id
        bilal.chat_id = link_chat(session, bilal.id, "bilal", 2).id
        link_chat(session, None, "stranger", 3)
    return amal, bilal


def _slots(events: list[dict]) -> dict:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def _requests(database_url: str) -> list[RescheduleRequest]:
    with session_factory(database_url)() as session:
        return list(session.scalars(select(RescheduleRequest)))


async def _prepare(sender: str, entities: list | None = None) -> tuple[list[dict], dict]:
    latest = {"text": "ik kan niet komen", "intent": {"name": "request_reschedule"}, "entities": entities or [],
              "metadata": {"language": "nl"}}
    dispatcher = CollectingDispatcher()
    events = await ActionPrepareReschedule().run(
        dispatcher, load_tracker("request_reschedule", sender_id=sender, latest_message=latest), {})
    return [m["response"] for m in dispatcher.messages], _slots(events)


async def test_a_linked_user_with_appointments_starts_the_form_with_clean_slots(people) -> None:
    responses, slots = await _prepare("amal")
    assert responses == []
    assert slots == {"reschedule_possible": True, "reschedule_appointment_id": None, "reschedule_reason": None}


async def test_a_button_under_an_own_appointment_preselects_it(people) -> None:
    amal, bilal = people
    _, slots = await _prepare("amal", [{"entity": "appointment_id", "value": str(amal.appointment_ids[0])}])
    assert slots["reschedule_appointment_id"] == str(amal.appointment_ids[0])
    _, forged = await _prepare("amal", [{"entity": "appointment_id", "value": str(bilal.appointment_ids[0])}])
    assert forged["reschedule_appointment_id"] is None


async def test_unlinked_users_are_told_to_call_and_how_to_link(people) -> None:
    responses, slots = await _prepare("stranger")
    assert responses == ["utter_reschedule", "utter_not_linked"]
    assert slots["reschedule_possible"] is False


async def test_nothing_to_move_without_upcoming_appointments(app_database: str) -> None:
    with session_scope(session_factory(app_database)) as session:
        amal, _ = two_people(session, datetime.now(timezone.utc) - timedelta(days=60))
        link_chat(session, amal.id, "amal", 1)
    responses, slots = await _prepare("amal")
    assert responses == ["utter_reschedule_nothing_to_move"]
    assert slots["reschedule_possible"] is False


async def test_the_question_offers_only_the_user_s_own_upcoming_appointments(people) -> None:
    amal, bilal = people
    dispatcher = CollectingDispatcher()
    await ActionAskRescheduleAppointmentId().run(dispatcher, load_tracker("request_reschedule", sender_id="bilal"), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_ask_reschedule_appointment"
    assert [a["id"] for a in message["appointments"]] == bilal.appointment_ids


async def test_validation_accepts_only_own_upcoming_appointment_ids(people) -> None:
    amal, bilal = people
    form = ValidateRescheduleForm()
    tracker = load_tracker("request_reschedule", sender_id="amal")
    dispatcher = CollectingDispatcher()
    own = await form.validate_reschedule_appointment_id(str(amal.appointment_ids[1]), dispatcher, tracker, {})
    assert own == {"reschedule_appointment_id": str(amal.appointment_ids[1])}
    assert dispatcher.messages == []
    for value in [str(bilal.appointment_ids[0]), bilal.appointment_ids[1], "de eerste", "/ask_pvt", ""]:
        dispatcher = CollectingDispatcher()
        assert await form.validate_reschedule_appointment_id(value, dispatcher, tracker, {}) == {
            "reschedule_appointment_id": None}
        assert [m["response"] for m in dispatcher.messages] == ["utter_reschedule_press_button"]


async def test_the_slot_cleared_at_the_start_of_the_form_is_not_an_error(people) -> None:
    dispatcher = CollectingDispatcher()
    tracker = load_tracker("request_reschedule", sender_id="amal")
    result = await ValidateRescheduleForm().validate_reschedule_appointment_id(None, dispatcher, tracker, {})
    assert result == {"reschedule_appointment_id": None}
    assert dispatcher.messages == []  # the form just asks, without "I did not find that appointment"


async def test_validation_keeps_a_reason_in_any_language_but_not_a_button(people) -> None:
    form = ValidateRescheduleForm()
    tracker = load_tracker("request_reschedule", sender_id="amal")
    for reason in ["Mijn kind is ziek", "ابني مريض", "ውላደይ ሓሚሙ", "I have a job interview", "Je suis malade"]:
        assert await form.validate_reschedule_reason(reason, CollectingDispatcher(), tracker, {}) == {
            "reschedule_reason": reason}
    assert await form.validate_reschedule_reason("/ask_pvt", CollectingDispatcher(), tracker, {}) == {
        "reschedule_reason": None}
    assert await form.validate_reschedule_reason("   ", CollectingDispatcher(), tracker, {}) == {
        "reschedule_reason": None}


async def test_the_form_validation_runs_through_rasa_sdk_with_the_domain(people) -> None:
    amal, bilal = people
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    events = [{"event": "user", "text": "x", "parse_data": {}},
              {"event": "slot", "name": "reschedule_appointment_id", "value": str(bilal.appointment_ids[0])}]
    tracker = load_tracker("request_reschedule", sender_id="amal", events=events,
                           active_loop={"name": "reschedule_form"},
                           slots={"reschedule_appointment_id": str(bilal.appointment_ids[0]),
                                  "requested_slot": "reschedule_appointment_id"})
    dispatcher = CollectingDispatcher()
    result = await ValidateRescheduleForm().run(dispatcher, tracker, domain)
    assert _slots(result)["reschedule_appointment_id"] is None


async def test_submit_creates_the_request_in_the_user_s_language_and_clears_the_reason(
    app_database: str, people
) -> None:
    amal, _ = people
    target = amal.appointment_ids[0]
    tracker = load_tracker("reschedule_form_reason", sender_id="amal")
    tracker.slots["reschedule_appointment_id"] = str(target)
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitReschedule().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_reschedule_requested"
    assert datetime.fromisoformat(message["starts_at"]) > datetime.now(timezone.utc)
    [row] = _requests(app_database)
    assert (row.inburgeraar_id, row.appointment_id, row.chat_id, row.language) == (amal.id, target, amal.chat_id, "ar")
    assert row.reason == "ابني مريض ولازم آخده عالدكتور"
    assert _slots(events) == {"reschedule_appointment_id": None, "reschedule_reason": None,
                              "reschedule_possible": None}
    # The regisseur's inbox shows it (issue 5's escalation), for Amal's own chat and person.
    from inburgering.models import Escalation, EscalationReason

    with session_factory(app_database)() as session:
        [escalation] = session.scalars(select(Escalation)).all()
        assert (escalation.chat_id, escalation.inburgeraar_id, escalation.reason) == (
            amal.chat_id, amal.id, EscalationReason.reschedule)

    again = CollectingDispatcher()
    await ActionSubmitReschedule().run(again, tracker, {})
    assert [m["response"] for m in again.messages] == ["utter_reschedule_already_requested"]
    assert len(_requests(app_database)) == 1


async def test_submit_with_a_slot_pointing_at_another_person_s_appointment_creates_nothing(
    app_database: str, people
) -> None:
    amal, bilal = people
    for sender, foreign in [("amal", bilal.appointment_ids[0]), ("bilal", amal.appointment_ids[0]),
                            ("stranger", amal.appointment_ids[0])]:
        tracker = load_tracker("reschedule_form_reason", sender_id=sender)
        tracker.slots["reschedule_appointment_id"] = str(foreign)
        dispatcher = CollectingDispatcher()
        await ActionSubmitReschedule().run(dispatcher, tracker, {})
        assert [m["response"] for m in dispatcher.messages] in (
            ["utter_reschedule_not_possible"], ["utter_not_linked"])
        assert all("starts_at" not in m for m in dispatcher.messages)
    assert _requests(app_database) == []
    from inburgering.models import Escalation

    with session_factory(app_database)() as session:
        assert session.scalars(select(Escalation)).all() == []
