"""Aggregates for the participatieraad: satisfaction, misunderstood share, escalation timing, CSV."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from inburgering.models import (
    Author,
    EscalationMessage,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    QuestionTally,
    ReviewTag,
    TranslationState,
)
from inburgering.review import review
from tests import factories

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def _item(session: Session, kind: FeedbackKind, topic: FeedbackTopic, language: str = "nl", **values) -> FeedbackItem:
    item = FeedbackItem(reviewer="r", kind=kind, topic=topic, language=language, created_at=NOW, **values)
    session.add(item)
    session.flush()
    return item


def test_satisfaction_per_topic_language_and_week(session: Session) -> None:
    _item(session, FeedbackKind.thumbs, FeedbackTopic.map, score=1)
    _item(session, FeedbackKind.thumbs, FeedbackTopic.map, "ar", score=-1)
    _item(session, FeedbackKind.rating, FeedbackTopic.other, "ti", score=3)  # 3 of 5 is not satisfied
    _item(session, FeedbackKind.misunderstood, FeedbackTopic.pvt, text="?")
    session.add(QuestionTally(week="2026-W48", language="nl", count=10))
    data = review.overview(session)
    by_topic = {s.label: (s.positive, s.total) for s in data.by_topic}
    assert by_topic == {"pvt": (0, 0), "map": (1, 2), "ontzorgen": (0, 0), "appointments": (0, 0), "other": (0, 1)}
    assert [(s.label, s.positive, s.total) for s in data.by_language] == [("nl", 1, 1), ("ar", 0, 1), ("ti", 0, 1)]
    assert [(s.label, s.total) for s in data.by_week] == [("2026-W48", 3)]
    assert (data.misunderstood.positive, data.misunderstood.total, data.misunderstood.percent) == (1, 10, 10)


def test_median_time_to_first_human_reply(session: Session) -> None:
    owner = factories.regisseur(session)
    waits = [2, 4, None]
    for hours in waits:
        escalation = factories.escalation(session, factories.chat(session, factories.person(session, owner)), now=NOW)
        if hours is not None:
            for extra in (0, 5):  # only the first reply counts
                session.add(EscalationMessage(escalation_id=escalation.id, author=Author.regisseur, text="x",
                                              language="nl", translation_state=TranslationState.not_needed,
                                              at=NOW + timedelta(hours=hours + extra)))
    session.flush()
    stats = review.escalation_stats(session)
    assert (stats.count, stats.answered, stats.median_hours_to_first_reply) == (3, 2, 3.0)


def test_tags_toggle_and_csv_neutralises_formulas(session: Session) -> None:
    item = _item(session, FeedbackKind.comment, FeedbackTopic.pvt, text="=HYPERLINK(\"x\")", score=None)
    assert review.toggle_tag(session, item.id, ReviewTag.tone)
    assert review.toggle_tag(session, item.id, ReviewTag.wrong_information)
    assert review.toggle_tag(session, item.id, ReviewTag.tone)  # off again
    assert not review.toggle_tag(session, 999999, ReviewTag.tone)
    rows = list(csv.reader(io.StringIO(review.export_csv(session))))
    assert rows[1] == ["2026-W48", "comment", "pvt", "nl", "", "'=HYPERLINK(\"x\")", "", "wrong_information",
                       "zwolle"]


class _HalfEngine:
    """Translates Arabic; gives no text for Tigrinya (a model that fails on one item)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def to_dutch(self, text: str, language: str):
        from inburgering.text.translation import MachineTranslation

        self.calls.append(text)
        return MachineTranslation(f"[nl] {text}", True) if language == "ar" else MachineTranslation(None, False)


def test_review_items_are_translated_in_batches_and_a_failing_one_does_not_block_the_rest(session: Session) -> None:
    ti = _item(session, FeedbackKind.comment, FeedbackTopic.pvt, "ti", text="ቆጸራይ መዓስ እዩ")
    arabic = [_item(session, FeedbackKind.comment, FeedbackTopic.pvt, "ar", text=f"سؤال {n}") for n in range(3)]
    dutch = _item(session, FeedbackKind.comment, FeedbackTopic.pvt, "nl", text="een vraag")
    engine, skip = _HalfEngine(), set()
    assert review.translate_waiting(session, engine, {"ar", "ti", "nl"}, skip, limit=2) == 2
    assert review.translate_waiting(session, engine, {"ar", "ti", "nl"}, skip, limit=2) == 2
    assert review.translate_waiting(session, engine, {"ar", "ti", "nl"}, skip, limit=2) == 0  # all done or skipped
    assert [a.text_nl for a in arabic] == [f"[nl] سؤال {n}" for n in range(3)]
    assert ti.text_nl is None and skip == {ti.id}  # tried once, then left for an interpreter
    assert dutch.text_nl is None and "een vraag" not in engine.calls  # Dutch needs none
    assert review.translate_waiting(session, engine, set(), set()) == 0  # no model: nothing is tried
