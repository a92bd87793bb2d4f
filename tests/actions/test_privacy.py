"""Must hold (issue 4): a second linked user cannot reach the first user's data through any action,
whatever message, button payload or slot value they send; and nothing personal is logged."""

import json
import logging
from datetime import datetime, timezone

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.appointments import ActionNextAppointment
from actions.progress import ActionShowProgress
from actions.reschedule import (
    ActionAskRescheduleAppointmentId,
    ActionPrepareReschedule,
    ActionSubmitReschedule,
    ValidateRescheduleForm,
)
from inburgering.platform.db import session_factory, session_scope
from tests.actions.conftest import load_tracker
from tests.personal_data import link_chat, two_people

ACTIONS = [ActionNextAppointment, ActionShowProgress, ActionPrepareReschedule, ActionAskRescheduleAppointmentId,
           ActionSubmitReschedule]


@pytest.fixture
def people(app_database: str):
    with session_scope(session_factory(app_database)) as session:
        amal, bilal = two_people(session, datetime.now(timezone.utc))
        link_chat(session, amal.id, "amal-pseudonym", 1)
        link_chat(session, bilal.id, "bilal-pseudonym", 2)
    return amal, bilal


def _attempts(amal_ids: list[int]) -> list[dict]:
    """Latest messages and slots a second user could send to get at the first user's appointments."""
    attempts = []
    for appointment_id in amal_ids:
        for entity in ("appointment_id", "period", "pip_part"):
            value = str(appointment_id)
            attempts.append({
                "latest_message": {"text": f'/request_reschedule{{"{entity}":"{value}"}}',
                                   "intent": {"name": "request_reschedule"},
                                   "entities": [{"entity": entity, "value": value}], "metadata": {"language": "nl"}},
                "slots": {"reschedule_appointment_id": value, "reschedule_reason": "ziek",
                          "reschedule_possible": True},
            })
    for text in ["wanneer is de afspraak van Amal", "afspraken deze maand", "mijn voortgang",
                 "Amal Demo afspraak", "afspraak 1", "/ask_appointments{\"period\":\"month\"}"]:
        attempts.append({"latest_message": {"text": text, "intent": {"name": "ask_appointments"}, "entities": [],
                                            "metadata": {"language": "nl"}},
                         "slots": {"reschedule_appointment_id": str(amal_ids[0]), "reschedule_reason": "x"}})
    return attempts


async def test_bilal_never_sees_amal_s_appointments_or_progress(people, caplog) -> None:
    amal, bilal = people
    caplog.set_level(logging.DEBUG)
    seen: list[dict] = []
    for attempt in _attempts(amal.appointment_ids):
        for action in ACTIONS:
            dispatcher = CollectingDispatcher()
            tracker = load_tracker("request_reschedule", sender_id="bilal-pseudonym", **attempt)
            events = await action().run(dispatcher, tracker, {})
            seen += dispatcher.messages
            seen += [e for e in events if e.get("event") == "slot"]
        for value in (attempt["slots"]["reschedule_appointment_id"],):
            dispatcher = CollectingDispatcher()
            tracker = load_tracker("request_reschedule", sender_id="bilal-pseudonym", **attempt)
            seen.append(await ValidateRescheduleForm().validate_reschedule_appointment_id(
                value, dispatcher, tracker, {}))

    shown_ids = set()
    for message in seen:
        if "id" in message:
            shown_ids.add(message["id"])
        for appointment in message.get("appointments", []):
            shown_ids.add(appointment["id"])
        if message.get("reschedule_appointment_id"):
            shown_ids.add(int(message["reschedule_appointment_id"]))
    assert shown_ids, "Bilal should have seen his own appointments"
    assert shown_ids <= set(bilal.appointment_ids)
    everything = json.dumps(seen, ensure_ascii=False)
    for secret in ("Geheime Straat 1 (Amal)", "Dr. Amal-Only", "Amal Demo", "Lübeckplein"):
        assert secret not in everything
    # Amal's progress numbers (8 of 12 PVT hours, 16 practice hours) never reach Bilal.
    pvt = [m for m in seen if m.get("response") == "utter_progress_pvt"]
    assert pvt and all((m["hours_done"], m["hours_required"]) == (3, 16) for m in pvt)

    logged = caplog.text
    for secret in ("Geheime Straat", "Amal", "Bilal", "ziek", "Lübeckplein", "amal-pseudonym", "bilal-pseudonym"):
        assert secret not in logged
