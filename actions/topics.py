"""Answers about the PVT, the MAP and financieel ontzorgen, right for this municipality and person."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from inburgering.people.person import PersonContext, person_context
from inburgering.people.profiles import Profile, ProfileError, load_profile
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import get_settings

ASPECT_RESPONSES = {
    ("ask_pvt", None): "utter_pvt",
    ("ask_pvt", "hours"): "utter_pvt_hours",
    ("ask_pvt", "signing"): "utter_pvt_signing",
    ("ask_map", None): "utter_map",
    ("ask_map", "practice"): "utter_map_practice",
    ("ask_ontzorgen", None): "utter_ontzorgen",
    ("ask_ontzorgen", "costs"): "utter_ontzorgen_costs",
    ("ask_ontzorgen", "duration"): "utter_ontzorgen_duration",
}


def profile_arguments(profile: Profile) -> dict[str, Any]:
    return {
        "gemeente": profile.name,
        "pvt_hours": profile.pvt.hours,
        "pvt_excursion": profile.pvt.excursion,
        "pvt_provider": profile.pvt.provider,
        "map_practice_hours": profile.map.practice_hours,
        "map_provider": profile.map.provider,
        "ontzorgen_costs": list(profile.ontzorgen.costs),
        "ontzorgen_months": profile.ontzorgen.months,
        "ontzorgen_extension": profile.ontzorgen.extension,
        "ontzorgen_course": profile.ontzorgen.course,
        "ontzorgen_doelgroepen": list(profile.ontzorgen.doelgroepen),
        "phone": profile.contact.phone,
    }


def choose_response(intent: str, aspect: str | None, person: PersonContext, profile: Profile) -> str:
    if intent == "ask_ontzorgen" and person.doelgroep and person.doelgroep not in profile.ontzorgen.doelgroepen:
        return "utter_ontzorgen_not_for_you"
    return ASPECT_RESPONSES.get((intent, aspect)) or ASPECT_RESPONSES[(intent, None)]


def _aspect(tracker: Tracker) -> str | None:
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "aspect":
            return str(entity.get("value"))
    return None


def _person_and_profile(pseudonym: str) -> tuple[PersonContext, Profile]:
    settings = get_settings()
    with session_scope(session_factory(settings.database_url)) as session:
        person = person_context(session, pseudonym, settings.gemeente)
    try:
        return person, load_profile(person.gemeente)
    except ProfileError:
        # A linked person's gemeente without a profile file: fall back to the configured one.
        return person, load_profile(settings.gemeente)


class ActionAnswerTopic(Action):
    """One action for the three topics: the intent picks the topic, a button may pick an aspect."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if (intent, None) not in ASPECT_RESPONSES:
            dispatcher.utter_message(response="utter_default")
            return []
        person, profile = _person_and_profile(tracker.sender_id)
        name = choose_response(intent, _aspect(tracker), person, profile)
        dispatcher.utter_message(response=name, **profile_arguments(profile))
        return []


class ActionContactRegisseur(Action):
    """How to reach the regisseur, with this municipality's phone number."""

    def name(self) -> str:
        return "action_contact_regisseur"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        _, profile = _person_and_profile(tracker.sender_id)
        dispatcher.utter_message(response="utter_request_regisseur", phone=profile.contact.phone)
        return []
