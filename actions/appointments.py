"""Actions about the user's own appointments (database-backed).

The conversation id is the chat's pseudonym: it only ever leads to this chat's
own linked person, and every query is limited to that person.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.personal import entity_value, message_text, now, sessions
from inburgering.people.identity import linked_inburgeraar_id
from inburgering.platform.db import session_scope
from inburgering.schedule.appointments import (
    MAX_LISTED,
    PERIODS,
    appointment_arguments,
    appointments_between,
    detect_period,
    next_appointment,
    period_window,
)


class ActionNextAppointment(Action):
    """The user's appointments: the next one, or those of this week or month.

    The name stays ``action_next_appointment`` (the default answer to
    ``ask_appointments``). A button says the period with the ``period``
    entity; typed text is checked for week/month words in nl, ar and ti.
    """

    def name(self) -> str:
        return "action_next_appointment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        period = entity_value(tracker, "period")
        if period not in PERIODS:
            period = detect_period(message_text(tracker)) or "next"
        moment = now()
        with session_scope(sessions()) as session:
            inburgeraar_id = linked_inburgeraar_id(session, tracker.sender_id)
            if inburgeraar_id is None:
                dispatcher.utter_message(response="utter_not_linked")
                return []
            if period == "next":
                appointment = next_appointment(session, inburgeraar_id, moment)
                if appointment is None:
                    dispatcher.utter_message(response="utter_no_appointments")
                else:
                    dispatcher.utter_message(response="utter_next_appointment", **appointment_arguments(appointment))
                return []
            start, end = period_window(period, moment)
            appointments = appointments_between(session, inburgeraar_id, start, end)
            if not appointments:
                dispatcher.utter_message(response="utter_no_appointments_in_period", period=period)
                return []
            dispatcher.utter_message(
                response="utter_appointments_list",
                period=period,
                appointments=[appointment_arguments(a) for a in appointments[:MAX_LISTED]],
                more=max(0, len(appointments) - MAX_LISTED),
            )
        return []
