"""The user's own progress on the PVT, the MAP and financieel ontzorgen."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.personal import entity_value, message_text, now, sessions
from inburgering.people.identity import linked_inburgeraar_id
from inburgering.platform.db import session_scope
from inburgering.schedule.progress import PIP_PARTS, detect_parts, progress_arguments, progress_of
from inburgering.text.i18n import TIMEZONE


class ActionShowProgress(Action):
    """"How far am I with the PVT?": the parts asked about, or all of them."""

    def name(self) -> str:
        return "action_show_progress"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        part = entity_value(tracker, "pip_part")
        parts = (part,) if part in PIP_PARTS else detect_parts(message_text(tracker))
        asked_for_one = len(parts) == 1
        today = now().astimezone(TIMEZONE).date().isoformat()
        with session_scope(sessions()) as session:
            inburgeraar_id = linked_inburgeraar_id(session, tracker.sender_id)
            if inburgeraar_id is None:
                dispatcher.utter_message(response="utter_not_linked")
                return []
            progress = progress_of(session, inburgeraar_id)
            if progress is None:
                dispatcher.utter_message(response="utter_no_progress")
                return []
            for name in parts:
                arguments = progress_arguments(progress, name)
                # Not everybody gets ontzorgen: only say so when it was asked about.
                if name == "ontzorgen" and arguments["starts_on"] is None and not asked_for_one:
                    continue
                dispatcher.utter_message(
                    response=f"utter_progress_{name}", today=today, with_buttons=asked_for_one, **arguments
                )
        return []
