"""Actions about the user's own appointments (database-backed)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from inburgering.appointments import next_appointment
from inburgering.db import session_factory, session_scope
from inburgering.identity import linked_inburgeraar_id
from inburgering.settings import get_settings


class ActionNextAppointment(Action):
    """The next planned appointment of the person linked to this conversation."""

    def name(self) -> str:
        return "action_next_appointment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        sessions = session_factory(get_settings().database_url)
        with session_scope(sessions) as session:
            # The conversation id is the chat's pseudonym: it only ever leads to this chat's own person.
            inburgeraar_id = linked_inburgeraar_id(session, tracker.sender_id)
            if inburgeraar_id is None:
                dispatcher.utter_message(response="utter_not_linked")
                return []
            appointment = next_appointment(session, inburgeraar_id, datetime.now(timezone.utc))
            if appointment is None:
                dispatcher.utter_message(response="utter_no_appointments")
                return []
            dispatcher.utter_message(
                response="utter_next_appointment",
                kind=appointment.kind.value,
                starts_at=appointment.starts_at.isoformat(),
                location=appointment.location,
                with_whom=appointment.with_whom,
                interpreter_booked=appointment.interpreter_booked,
            )
        return []
