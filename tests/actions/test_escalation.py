"""action_escalate: the right reason, a snapshot of the last turns, and what the user is told."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.escalation import ActionEscalate, turns_from_events
from actions.fallback import ActionDidYouMean
from inburgering.models import Author, Escalation, EscalationReason
from inburgering.platform.db import session_factory, session_scope
from tests import factories
from tests.actions.conftest import load_tracker


def _linked_chat(database_url: str, language: str = "ar") -> int:
    with session_scope(session_factory(database_url)) as session:
        person = factories.person(session, factories.regisseur(session), language=language)
        return factories.chat(session, person, language=language, pseudonym="PSEUDONYM").id


def _escalations(database_url: str) -> list[Escalation]:
    with session_scope(session_factory(database_url)) as session:
        found = list(session.scalars(select(Escalation)))
        for escalation in found:
            _ = escalation.messages  # load before the session closes
        return found


def test_snapshot_keeps_user_and_bot_texts_and_skips_button_payloads() -> None:
    tracker = load_tracker("request_regisseur_ar")
    turns = turns_from_events(tracker.events, "ar")
    assert [(t.author, t.text) for t in turns] == [
        (Author.user, "متى موعدي؟"), (Author.bot, "موعدك القادم: محادثة تقدم."),
        (Author.user, "بدي احكي مع شخص الاتصال")]


async def test_request_regisseur_escalates_and_says_when_to_expect_an_answer(app_database: str) -> None:
    chat_id = _linked_chat(app_database)
    dispatcher = CollectingDispatcher()
    await ActionEscalate().run(dispatcher, load_tracker("request_regisseur_ar"), {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_escalated"
    assert message["reason"] == "request_regisseur" and message["linked"] is True and message["due_at"]
    [escalation] = _escalations(app_database)
    assert escalation.chat_id == chat_id and escalation.reason == EscalationReason.request_regisseur
    assert escalation.language == "ar" and len(escalation.messages) == 3


async def test_sensitive_subject_is_recorded(app_database: str) -> None:
    _linked_chat(app_database, "nl")
    tracker = load_tracker("request_regisseur_ar", latest_message={
        "text": "ik heb een boete gekregen", "intent": {"name": "report_sensitive"}, "entities": [],
        "metadata": {"language": "nl"}})
    dispatcher = CollectingDispatcher()
    await ActionEscalate().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["reason"] == "sensitive"
    [escalation] = _escalations(app_database)
    assert (escalation.reason, escalation.subject) == (EscalationReason.sensitive, "fine")


async def test_second_miss_in_a_row_escalates(app_database: str) -> None:
    _linked_chat(app_database, "nl")
    dispatcher = CollectingDispatcher()
    await ActionDidYouMean().run(dispatcher, load_tracker("second_miss"), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_escalated"]
    [escalation] = _escalations(app_database)
    assert escalation.reason == EscalationReason.misunderstood_twice


async def test_unknown_conversation_gets_the_phone_number_instead(app_database: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionEscalate().run(dispatcher, load_tracker("request_regisseur_ar"), {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_request_regisseur"]
    assert _escalations(app_database) == []
