"""Rescheduling: the reschedule_form asks which appointment and why, then a request goes to the regisseur.

The assistant never changes the calendar. Every appointment id that comes in
(a button payload, a typed "/request_reschedule{...}", a slot carried over in
the tracker) is checked against the chat's own linked person, in the form's
validation and again on submit.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.personal import entity_value, now, reply_language, sessions
from inburgering.handover.escalation import escalate_reschedule
from inburgering.people.identity import linked_chat, linked_inburgeraar_id
from inburgering.platform.db import session_scope
from inburgering.platform.settings import get_settings
from inburgering.schedule.appointments import (
    appointment_arguments,
    own_appointment,
    upcoming_appointments,
)
from inburgering.schedule.reschedule import (
    MAX_REASON_CHARS,
    RescheduleOutcome,
    can_reschedule,
    open_request,
    request_reschedule,
)

APPOINTMENT_SLOT = "reschedule_appointment_id"
REASON_SLOT = "reschedule_reason"
POSSIBLE_SLOT = "reschedule_possible"
CHOICES = 5


def _clear_form_slots() -> list[dict[str, Any]]:
    return [SlotSet(APPOINTMENT_SLOT, None), SlotSet(REASON_SLOT, None)]


class ActionPrepareReschedule(Action):
    """Before the form: only a linked person with an upcoming appointment can ask to move one."""

    def name(self) -> str:
        return "action_prepare_reschedule"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        moment = now()
        with session_scope(sessions()) as session:
            inburgeraar_id = linked_inburgeraar_id(session, tracker.sender_id)
            if inburgeraar_id is None:
                dispatcher.utter_message(response="utter_reschedule")
                dispatcher.utter_message(response="utter_not_linked")
                return [SlotSet(POSSIBLE_SLOT, False), *_clear_form_slots()]
            if not upcoming_appointments(session, inburgeraar_id, moment, limit=1):
                dispatcher.utter_message(response="utter_reschedule_nothing_to_move")
                return [SlotSet(POSSIBLE_SLOT, False), *_clear_form_slots()]
            # A button under an appointment already says which one; anything else is asked.
            chosen = entity_value(tracker, "appointment_id")
            if not can_reschedule(session, inburgeraar_id, chosen, moment):
                chosen = None
        return [SlotSet(POSSIBLE_SLOT, True), SlotSet(APPOINTMENT_SLOT, chosen), SlotSet(REASON_SLOT, None)]


class ActionAskRescheduleAppointmentId(Action):
    """The form's question for the appointment: one button per own upcoming appointment."""

    def name(self) -> str:
        return f"action_ask_{APPOINTMENT_SLOT}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        with session_scope(sessions()) as session:
            inburgeraar_id = linked_inburgeraar_id(session, tracker.sender_id)
            appointments = (
                upcoming_appointments(session, inburgeraar_id, now(), limit=CHOICES)
                if inburgeraar_id is not None else []
            )
            dispatcher.utter_message(
                response="utter_ask_reschedule_appointment",
                appointments=[appointment_arguments(a) for a in appointments],
            )
        return []


class ValidateRescheduleForm(FormValidationAction):
    def name(self) -> str:
        return "validate_reschedule_form"

    async def validate_reschedule_appointment_id(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept only the id of this person's own planned, upcoming appointment."""
        if value is None:
            # Cleared by action_prepare_reschedule when the form starts: nothing chosen yet, just ask.
            return {APPOINTMENT_SLOT: None}
        with session_scope(sessions()) as session:
            inburgeraar_id = linked_inburgeraar_id(session, tracker.sender_id)
            if can_reschedule(session, inburgeraar_id, value, now()):
                return {APPOINTMENT_SLOT: str(int(str(value).strip()))}
        dispatcher.utter_message(response="utter_reschedule_press_button")
        return {APPOINTMENT_SLOT: None}

    async def validate_reschedule_reason(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Any words in any language; a pressed button is not a reason."""
        reason = str(value or "").strip()
        if not reason or reason.startswith("/"):
            return {REASON_SLOT: None}
        return {REASON_SLOT: reason[:MAX_REASON_CHARS]}


class ActionSubmitReschedule(Action):
    """Create the reschedule request for the regisseur, and say what happens next."""

    def name(self) -> str:
        return "action_submit_reschedule"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        appointment_id = tracker.get_slot(APPOINTMENT_SLOT)
        reason = str(tracker.get_slot(REASON_SLOT) or "").strip()
        moment = now()
        with session_scope(sessions()) as session:
            linked = linked_chat(session, tracker.sender_id)
            chat_id, inburgeraar_id = linked if linked else (None, None)
            outcome = RescheduleOutcome.not_available
            if reason:
                outcome = request_reschedule(
                    session, inburgeraar_id=inburgeraar_id, chat_id=chat_id, appointment_id=appointment_id,
                    reason=reason, language=reply_language(tracker), now=moment,
                )
            if outcome is RescheduleOutcome.requested:
                appointment = own_appointment(session, inburgeraar_id, appointment_id)
                # The regisseur sees it in the inbox; in the same transaction as the request itself.
                escalate_reschedule(session, get_settings(), open_request(session, appointment.id), now=moment)
                dispatcher.utter_message(
                    response="utter_reschedule_requested", starts_at=appointment.starts_at.isoformat()
                )
            elif outcome is RescheduleOutcome.already_requested:
                dispatcher.utter_message(response="utter_reschedule_already_requested")
            elif inburgeraar_id is None:
                dispatcher.utter_message(response="utter_not_linked")
            else:
                dispatcher.utter_message(response="utter_reschedule_not_possible")
        # The reason is kept in the database for the regisseur, not in the conversation state.
        return [*_clear_form_slots(), SlotSet(POSSIBLE_SLOT, None)]
