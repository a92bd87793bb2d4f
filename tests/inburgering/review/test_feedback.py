"""The review store: topics of answers, anonymous keys, redaction with the names the system knows."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inburgering.handover import inbox, outbox
from inburgering.models import (
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    OutboxMessage,
)
from inburgering.models.feedback import HoldReason
from inburgering.review import feedback, review
from tests import factories


def test_topics_of_informative_answers_and_buttons() -> None:
    assert feedback.topic_of_response("utter_pvt_hours") == FeedbackTopic.pvt
    assert feedback.topic_of_response("utter_progress_map") == FeedbackTopic.map
    assert feedback.topic_of_response("utter_ontzorgen_costs") == FeedbackTopic.ontzorgen
    assert feedback.topic_of_response("utter_next_appointment") == FeedbackTopic.appointments
    assert feedback.topic_of_response("utter_greet") is None
    assert feedback.topic_of_response("utter_did_you_mean") is None
    assert feedback.topic_of_payload('/ask_map{"aspect":"practice"}') == FeedbackTopic.map
    assert feedback.topic_of_payload("/request_reschedule") == FeedbackTopic.appointments
    assert feedback.topic_of_payload("/request_regisseur") == FeedbackTopic.other


def test_items_hold_no_chat_or_person_and_names_are_redacted(session: Session) -> None:
    owner = factories.regisseur(session)
    person = factories.person(session, owner)
    chat = factories.chat(session, person)
    text = f"{person.name} zegt: {owner.name} belde niet terug, mail me op x@y.nl"
    item = feedback.record(session, chat, FeedbackKind.comment, FeedbackTopic.other, "nl", text=text)

    assert person.name not in item.text and owner.name not in item.text and "x@y.nl" not in item.text
    assert item.text == item.text_nl  # Dutch is its own translation
    assert item.reviewer == chat.review_pseudonym != chat.pseudonym
    columns = {c["name"] for c in inspect(session.get_bind()).get_columns("feedback_item")}
    assert not columns & {"chat_id", "telegram_chat_id", "inburgeraar_id", "pseudonym", "name"}
    # A second item of the same chat has the same key; another chat gets another one.
    again = feedback.record(session, chat, FeedbackKind.thumbs, FeedbackTopic.pvt, "nl", score=1)
    other = feedback.record(session, factories.chat(session), FeedbackKind.thumbs, FeedbackTopic.pvt, "nl", score=1)
    assert again.reviewer == item.reviewer != other.reviewer


def test_an_item_with_an_uncertain_redaction_is_held_and_a_certain_one_is_shown(session: Session) -> None:
    chat = factories.chat(session, factories.person(session, factories.regisseur(session)))
    certain = feedback.record(session, chat, FeedbackKind.free, FeedbackTopic.other, "nl",
                              text="bel me op 06/12345678, de PVT was goed")
    unsure = feedback.record(session, chat, FeedbackKind.free, FeedbackTopic.other, "nl",
                             text="mijn man Yusuf Karimi wil ook naar de PVT")
    number = feedback.record(session, chat, FeedbackKind.comment, FeedbackTopic.pvt, "ar", text="رقمي 98765432 شكرا")

    assert certain.held is None and certain.text == "bel me op [phone], de PVT was goed"
    assert unsure.held == HoldReason.uncertain and unsure.text == "mijn man [name] wil ook naar de PVT"
    assert number.held == HoldReason.uncertain and number.text == "رقمي [number] شكرا"
    shown = review.items(session)
    assert certain in shown and unsure not in shown and number not in shown
    assert review.held_items(session) == [unsure, number]


def test_closing_an_escalation_asks_for_a_rating_in_the_user_s_language(session: Session) -> None:
    owner = factories.regisseur(session)
    chat = factories.chat(session, factories.person(session, owner), language="ti")
    escalation = factories.escalation(session, chat, language="ti", text="ሕቶ")
    me = factories.web_user(session, "sanne", of=owner)
    inbox.close(session, escalation, me, "answered")

    row = session.scalars(select(OutboxMessage).where(OutboxMessage.chat_id == chat.id)).all()[-1]
    assert row.text.startswith("እቲ ሓገዝ ንሕቶኹም መሊሱዶ?")
    assert [payload for _, payload in outbox.buttons_of(row)] == [f"fb:rate:{n}:other" for n in range(1, 6)]


def test_one_vote_per_answer_message_is_kept_by_the_database(session: Session) -> None:
    owner = factories.regisseur(session)
    chat = factories.chat(session, factories.person(session, owner))
    other = factories.chat(session, factories.person(session, owner))

    first = feedback.record_vote(session, chat, FeedbackTopic.pvt, "nl", 1, message_id=10)
    assert first is not None and first.vote_key == feedback.vote_key(chat.review_pseudonym, 10)
    assert feedback.record_vote(session, chat, FeedbackTopic.pvt, "nl", -1, message_id=10) is None
    assert feedback.record_vote(session, chat, FeedbackTopic.pvt, "nl", -1, message_id=11) is not None
    assert feedback.record_vote(session, other, FeedbackTopic.pvt, "nl", 1, message_id=10) is not None
    # The rule is the database's, not only the look-up's: a second row with the key is refused.
    session.add(FeedbackItem(reviewer=chat.review_pseudonym, kind=FeedbackKind.thumbs, topic=FeedbackTopic.pvt,
                             language="nl", score=1, vote_key=first.vote_key))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_votes_without_an_answer_message_are_kept(session: Session) -> None:
    chat = factories.chat(session, factories.person(session, factories.regisseur(session)))
    assert feedback.record_vote(session, chat, FeedbackTopic.map, "nl", 1, message_id=None) is not None
    assert feedback.record_vote(session, chat, FeedbackTopic.map, "nl", 1, message_id=None) is not None
