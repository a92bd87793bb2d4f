"""Issue 17: an unlinked chat gets the answers, numbers and promises of its own municipality.

The action server finds the chat's municipality itself, by the conversation's pseudonym
(``Chat.gemeente``, set by the poster's deep link or /gemeente): Rasa needs no slot for it.
"""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

import inburgering.handover.escalation as escalation_module
from actions.escalation import ActionEscalate
from actions.topics import ActionAnswerTopic, ActionContactRegisseur
from inburgering.models import Chat, Escalation
from inburgering.people.profiles import Contact, load_profile
from inburgering.platform.db import session_factory, session_scope
from inburgering.schedule.working_days import add_working_days
from tests import factories
from tests.actions.conftest import load_tracker

# The facts of gemeenten/*.yml (DOMAIN.md: Steenwijkerland offers 16 PVT hours, the others the legal 12).
MUNICIPALITIES = [("zwolle", "Zwolle", 12, "14 038"), ("steenwijkerland", "Steenwijkerland", 16, "14 0521"),
                  ("deventer", "Deventer", 12, "14 0570")]


def _unlinked_chat(database_url: str, pseudonym: str, gemeente: str | None) -> None:
    with session_scope(session_factory(database_url)) as session:
        session.add(Chat(telegram_chat_id=abs(hash(pseudonym)) % 10**9, pseudonym=pseudonym, language="nl",
                         gemeente=gemeente))


def _tracker(intent: str, sender: str, text: str | None = None):
    return load_tracker("ask_appointments", sender_id=sender, latest_message={
        "text": text or intent, "intent": {"name": intent, "confidence": 0.99}, "entities": [],
        "metadata": {"language": "nl"}})


@pytest.mark.parametrize(("slug", "name", "hours", "phone"), MUNICIPALITIES)
async def test_an_unlinked_user_gets_their_municipalitys_pvt_hours(
    app_database: str, slug: str, name: str, hours: int, phone: str,
) -> None:
    _unlinked_chat(app_database, f"unlinked-{slug}", slug)
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, _tracker("ask_pvt", f"unlinked-{slug}"), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_pvt"
    assert (message["gemeente"], message["pvt_hours"], message["phone"]) == (name, hours, phone)


@pytest.mark.parametrize(("slug", "name", "hours", "phone"), MUNICIPALITIES)
async def test_an_unlinked_user_gets_their_municipalitys_phone(
    app_database: str, slug: str, name: str, hours: int, phone: str,
) -> None:
    _unlinked_chat(app_database, f"contact-{slug}", slug)
    dispatcher = CollectingDispatcher()
    await ActionContactRegisseur().run(dispatcher, _tracker("request_regisseur", f"contact-{slug}"), {})
    assert dispatcher.messages[0]["phone"] == phone


async def test_a_chat_that_never_chose_gets_the_deployment_default(
    app_database: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inburgering.platform.settings import get_settings

    monkeypatch.setenv("GEMEENTE", "deventer")
    get_settings.cache_clear()
    _unlinked_chat(app_database, "never-chose", None)
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, _tracker("ask_pvt", "never-chose"), {})
    assert dispatcher.messages[0]["gemeente"] == "Deventer"


async def test_a_linked_person_s_municipality_wins_over_the_chat_s_choice(app_database: str) -> None:
    with session_scope(session_factory(app_database)) as session:
        person = factories.person(session, None, language="nl")  # a Zwolle person (factories' municipality)
        factories.chat(session, person, "nl", pseudonym="linked-chose-other").gemeente = "steenwijkerland"
    dispatcher = CollectingDispatcher()
    await ActionAnswerTopic().run(dispatcher, _tracker("ask_pvt", "linked-chose-other"), {})
    assert dispatcher.messages[0]["pvt_hours"] == 12


async def test_an_unlinked_escalation_gets_its_municipalitys_number_promise_and_staff(
    app_database: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The working-day promise comes from the chat's own profile: Deventer's is made 5 days here."""
    real = escalation_module.load_profile

    def deventer_promises_five_days(slug: str):
        profile = real(slug)
        if slug != "deventer":
            return profile
        contact = Contact(phone=profile.contact.phone, answer_within_working_days=5)
        return profile.model_copy(update={"contact": contact})

    monkeypatch.setattr(escalation_module, "load_profile", deventer_promises_five_days)
    _unlinked_chat(app_database, "escalates-deventer", "deventer")
    dispatcher = CollectingDispatcher()
    await ActionEscalate().run(dispatcher, _tracker("request_regisseur", "escalates-deventer", "ik wil een mens"), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_escalated" and message["phone"] == load_profile("deventer").contact.phone
    with session_scope(session_factory(app_database)) as session:
        escalation = session.scalar(select(Escalation))
        assert escalation.gemeente == "deventer"
        assert escalation.due_at == add_working_days(escalation.created_at, 5)
