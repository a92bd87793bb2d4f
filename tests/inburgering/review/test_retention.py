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
    FeedbackTag,
    FeedbackTopic,
    OutboxMessage,
    OutboxStatus,
    PendingMessage,
    ReviewTag,
    TranslationState,
    WebSession,
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
    assert session.get(OutboxMessage, sent.id) is None  # delivered long ago: the row goes
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


def test_forget_deletes_the_chat_s_free_text_items_and_keeps_other_chats_and_scores(session: Session) -> None:
    owner = factories.regisseur(session)
    chat = factories.chat(session, factories.person(session, owner))
    other_chat = factories.chat(session, factories.person(session, owner))
    score = feedback.record(session, chat, FeedbackKind.thumbs, FeedbackTopic.map, "nl", score=-1)
    texts = [feedback.record(session, chat, kind, FeedbackTopic.map, "nl", text="de uitleg was te lang")
             for kind in (FeedbackKind.comment, FeedbackKind.free, FeedbackKind.misunderstood)]
    review.toggle_tag(session, texts[0].id, ReviewTag.tone)
    theirs = feedback.record(session, other_chat, FeedbackKind.free, FeedbackTopic.other, "nl", text="ook te lang")
    text_ids = [item.id for item in texts]

    purged = forget_chat(session, chat)

    assert purged.review_texts == 3
    session.expire_all()
    assert all(session.get(FeedbackItem, item_id) is None for item_id in text_ids)
    assert session.scalars(select(FeedbackTag)).all() == []
    assert session.get(FeedbackItem, score.id) is not None and session.get(FeedbackItem, theirs.id) is not None


def test_old_outbox_rows_and_expired_logins_go_and_the_rest_stays(session: Session) -> None:
    owner = factories.regisseur(session)
    chat = factories.chat(session, factories.person(session, owner))
    escalation = factories.escalation(session, chat, now=OLD)
    answer = EscalationMessage(escalation_id=escalation.id, author=Author.regisseur, text="uw afspraak is dinsdag",
                               language="nl", translation_state=TranslationState.not_needed, at=OLD)
    session.add(answer)
    session.flush()

    def queued(text: str, status: OutboxStatus, created: datetime, sent: datetime | None = None, **kwargs):
        row = outbox.enqueue(session, chat.id, text, now=created, **kwargs)
        row.status, row.sent_at = status, sent
        return row

    old_sent = queued("herinnering", OutboxStatus.sent, OLD - timedelta(days=1), OLD)
    old_failed = queued("melding", OutboxStatus.failed, OLD)
    sent_lately = queued("sent after a long wait", OutboxStatus.sent, OLD, RECENT)  # its time runs from sending
    recent = queued("recent", OutboxStatus.sent, RECENT, RECENT)
    waiting = queued("still waiting for Telegram", OutboxStatus.pending, OLD)
    reply = queued("uw afspraak is dinsdag", OutboxStatus.sent, OLD, OLD, original_nl="origineel",
                   escalation_message=answer)
    user = factories.web_user(session, "sanne", of=owner)
    expired = WebSession(token_hash="a" * 64, web_user_id=user.id, csrf_token="x", created_at=OLD,
                         expires_at=NOW - timedelta(minutes=1))
    live = WebSession(token_hash="b" * 64, web_user_id=user.id, csrf_token="y", created_at=NOW,
                      expires_at=NOW + timedelta(hours=8))
    session.add_all([expired, live])
    session.flush()
    ids = {name: row.id for name, row in [("old_sent", old_sent), ("old_failed", old_failed),
                                          ("sent_lately", sent_lately), ("recent", recent), ("waiting", waiting),
                                          ("reply", reply), ("expired", expired), ("live", live)]}
    session.expunge_all()

    purged = purge_old_texts(session, days=90, now=NOW)

    assert (purged.outbox_messages, purged.web_sessions) == (3, 1)
    remaining = set(session.scalars(select(OutboxMessage.id)))
    assert remaining == {ids["sent_lately"], ids["recent"], ids["waiting"], ids["reply"]}
    # A regisseur's reply keeps its row (the inbox shows it was delivered), without its text.
    kept_reply = session.get(OutboxMessage, ids["reply"])
    assert (kept_reply.text, kept_reply.original_nl, kept_reply.status) == ("", None, OutboxStatus.sent)
    assert set(session.scalars(select(WebSession.id))) == {ids["live"]}
    assert purge_old_texts(session, days=90, now=NOW).total == 0
