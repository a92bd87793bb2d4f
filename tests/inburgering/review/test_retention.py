"""Retention and erasure: old raw texts are gone, counts and the review store stay."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.handover import outbox
from inburgering.models import (
    Author,
    EscalationMessage,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    OutboxMessage,
    PendingMessage,
    TranslationState,
)
from inburgering.review import feedback, review
from inburgering.review.retention import forget_chat, purge_old_texts
from tests import factories

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
OLD = NOW - timedelta(days=91)
RECENT = NOW - timedelta(days=89)


def test_texts_older_than_the_retention_period_are_emptied_and_counts_stay(session: Session) -> None:
    owner = factories.regisseur(session)
    chat = factories.chat(session, factories.person(session, owner))
    old = factories.escalation(session, chat, text="mijn oude vraag", now=OLD)
    session.add(EscalationMessage(escalation_id=old.id, author=Author.regisseur, text="oud antwoord", language="nl",
                                  translation_state=TranslationState.not_needed, at=OLD + timedelta(hours=3)))
    recent_message = EscalationMessage(escalation_id=old.id, author=Author.user, text="nieuwe vraag", language="nl",
                                       translation_state=TranslationState.not_needed, at=RECENT)
    session.add(recent_message)
    session.add(PendingMessage(chat_id=chat.id, text="kept while rasa was down", language="nl", received_at=OLD))
    session.add(PendingMessage(chat_id=chat.id, text="recent kept", language="nl", received_at=RECENT))
    sent = outbox.enqueue(session, chat.id, "oud bericht", original_nl="oud", now=OLD)
    sent.status = sent.status.sent
    waiting = outbox.enqueue(session, chat.id, "nog te versturen", now=OLD)  # not delivered yet: stays
    feedback.record(session, chat, FeedbackKind.comment, FeedbackTopic.pvt, "nl", text="oude opmerking")
    session.flush()

    purged = purge_old_texts(session, days=90, now=NOW)

    assert purged.escalation_messages == 2 and purged.pending_messages == 1 and purged.outbox_messages == 1
    texts = session.scalars(select(EscalationMessage.text).order_by(EscalationMessage.at)).all()
    assert texts == ["", "", "nieuwe vraag"]
    assert session.scalars(select(PendingMessage.text)).all() == ["recent kept"]
    assert session.get(OutboxMessage, sent.id).text == "" and session.get(OutboxMessage, sent.id).original_nl is None
    assert session.get(OutboxMessage, waiting.id).text == "nog te versturen"
    # Anonymised aggregates stay: the escalation is still counted and timed, the review item is still there.
    assert review.escalation_stats(session).median_hours_to_first_reply == 3.0
    assert session.scalars(select(FeedbackItem.text)).all() == ["oude opmerking"]
    assert purge_old_texts(session, days=90, now=NOW).total == 0  # the daily job finds nothing new


def test_forget_empties_the_chat_s_texts_and_cuts_the_review_link(session: Session) -> None:
    owner = factories.regisseur(session)
    person = factories.person(session, owner)
    chat = factories.chat(session, person)
    other_chat = factories.chat(session, factories.person(session, owner))
    escalation = factories.escalation(session, chat, text="vraag van mij")
    factories.escalation(session, other_chat, text="vraag van een ander")
    session.add(PendingMessage(chat_id=chat.id, text="kept", language="nl"))
    item = feedback.record(session, chat, FeedbackKind.thumbs, FeedbackTopic.map, "nl", score=1)
    session.flush()

    forget_chat(session, chat)

    assert [m.text for m in escalation.messages] == [""]
    assert "vraag van een ander" in session.scalars(select(EscalationMessage.text)).all()
    assert session.scalars(select(PendingMessage)).all() == []
    assert chat.review_pseudonym is None
    assert session.get(FeedbackItem, item.id) is not None  # the anonymous item stays, unlinkable
    assert chat.inburgeraar_id == person.id  # the case file link is the municipality's, by law
    assert review.escalation_stats(session).count == 2
