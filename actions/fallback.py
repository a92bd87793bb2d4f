"""When the assistant does not understand: 'did you mean...', and after two misses a person (escalation)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.escalation import escalate_conversation
from inburgering.models import EscalationReason

# Topics we can offer as a guess; small talk is never a useful suggestion.
SUGGESTIBLE = ("ask_pvt", "ask_map", "ask_ontzorgen", "ask_appointments", "request_reschedule", "request_regisseur")
MAX_SUGGESTIONS = 3


def likely_topics(intent_ranking: list[dict[str, Any]]) -> list[str]:
    ranked = [item["name"] for item in intent_ranking if item.get("name") in SUGGESTIBLE]
    return ranked[:MAX_SUGGESTIONS] or list(SUGGESTIBLE[:MAX_SUGGESTIONS])


def misses_in_a_row(events: list[dict[str, Any]]) -> int:
    """How many of the latest user messages in a row the assistant did not understand."""
    misses = 0
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent != "nlu_fallback":
            break
        misses += 1
    return misses


class ActionDidYouMean(Action):
    def name(self) -> str:
        return "action_did_you_mean"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if misses_in_a_row(tracker.events) >= 2:
            # Not understood twice in a row: a person takes it from here (issue 5).
            return escalate_conversation(dispatcher, tracker, EscalationReason.misunderstood_twice)
        topics = likely_topics(tracker.latest_message.get("intent_ranking") or [])
        dispatcher.utter_message(response="utter_did_you_mean", topics=topics)
        return []
