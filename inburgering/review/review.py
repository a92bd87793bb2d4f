"""What the participatieraad sees (issue 6): aggregates and anonymised items, nothing else.

Everything here reads the review store, or escalations *only as counts and durations*: no
text, no chat, no person ever leaves this module.

Issue 17: every function takes the municipality (``gemeente``, a profile slug) whose data it may
read; ``None`` means every municipality, for callers that are not a municipality's staff (the
command line, the regional totals, which are counts only).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from inburgering.models import (
    Author,
    Escalation,
    EscalationMessage,
    FeedbackItem,
    FeedbackKind,
    FeedbackTag,
    FeedbackTopic,
    QuestionTally,
    Recommendation,
    ReviewTag,
)
from inburgering.models.feedback import HoldReason
from inburgering.review.feedback import known_names, week_of
from inburgering.text.redaction import scan
from inburgering.text.translation import TranslationEngine

SCORED = (FeedbackKind.thumbs, FeedbackKind.rating)
TEXT_KINDS = (FeedbackKind.comment, FeedbackKind.free, FeedbackKind.misunderstood)


@dataclass(frozen=True)
class Share:
    """``positive`` of ``total``: satisfied answers, or misunderstood questions."""

    label: str
    positive: int
    total: int

    @property
    def ratio(self) -> float:
        return self.positive / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(self.ratio * 100)


@dataclass(frozen=True)
class EscalationStats:
    count: int
    answered: int
    median_hours_to_first_reply: float | None


@dataclass(frozen=True)
class Overview:
    by_topic: list[Share]
    by_language: list[Share]
    by_week: list[Share]
    misunderstood: Share
    escalations: EscalationStats


def _satisfied(item: FeedbackItem) -> bool:
    """👍, or 4-5 on the 1-5 scale."""
    return (item.score or 0) > 0 if item.kind == FeedbackKind.thumbs else (item.score or 0) >= 4


def _shares(counts: dict[str, list[int]], order: list[str] | None = None) -> list[Share]:
    labels = order if order is not None else sorted(counts)
    return [Share(label, counts[label][0], counts[label][1]) for label in labels]


def _in(query, column, gemeente: str | None):
    return query if gemeente is None else query.where(column == gemeente)


def overview(session: Session, gemeente: str | None = None) -> Overview:
    by_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_week: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    scored = _in(select(FeedbackItem).where(FeedbackItem.kind.in_(SCORED)), FeedbackItem.gemeente, gemeente)
    for item in session.scalars(scored):
        satisfied = int(_satisfied(item))
        for bucket, key in ((by_topic, (item.topic or FeedbackTopic.other).value), (by_language, item.language),
                            (by_week, week_of(item.created_at))):
            bucket[key][0] += satisfied
            bucket[key][1] += 1
    misunderstood = session.scalar(_in(
        select(func.count()).select_from(FeedbackItem).where(FeedbackItem.kind == FeedbackKind.misunderstood),
        FeedbackItem.gemeente, gemeente)) or 0
    questions = session.scalar(_in(select(func.coalesce(func.sum(QuestionTally.count), 0)),
                                   QuestionTally.gemeente, gemeente)) or 0
    return Overview(
        by_topic=_shares(by_topic, [topic.value for topic in FeedbackTopic]),
        by_language=_shares(by_language, [code for code in ("nl", "ar", "ti")]),
        by_week=_shares(by_week),
        misunderstood=Share("misunderstood", misunderstood, max(questions, misunderstood)),
        escalations=escalation_stats(session, gemeente),
    )


def escalation_stats(session: Session, gemeente: str | None = None) -> EscalationStats:
    """Number of escalations and the median time to the first regisseur message (hours)."""
    first_reply = (
        select(EscalationMessage.escalation_id, func.min(EscalationMessage.at).label("first_at"))
        .where(EscalationMessage.author == Author.regisseur)
        .group_by(EscalationMessage.escalation_id)
        .subquery()
    )
    rows = session.execute(_in(
        select(Escalation.created_at, first_reply.c.first_at)
        .outerjoin(first_reply, first_reply.c.escalation_id == Escalation.id), Escalation.gemeente, gemeente)
    ).all()
    waits = []
    for created_at, first_at in rows:
        if first_at is not None:
            if first_at.tzinfo is None:  # a plain func.min() result skips the UTC column type
                first_at = first_at.replace(tzinfo=timezone.utc)
            waits.append((first_at - created_at).total_seconds() / 3600)
    return EscalationStats(len(rows), len(waits), round(median(waits), 1) if waits else None)


def items(session: Session, kinds: tuple[FeedbackKind, ...] = TEXT_KINDS, topic: str | None = None,
          limit: int = 200, *, gemeente: str | None = None) -> list[FeedbackItem]:
    """Anonymised texts, newest first; the reviewer key is never shown, so it is not loaded apart.

    Held items (issue 13) are left out: the council sees only what was certain or approved.
    """
    query = (select(FeedbackItem).where(FeedbackItem.kind.in_(kinds), FeedbackItem.text.is_not(None),
                                        FeedbackItem.held.is_(None))
             .options(selectinload(FeedbackItem.tags)).order_by(FeedbackItem.created_at.desc(), FeedbackItem.id.desc())
             .limit(limit))
    if topic:
        query = query.where(FeedbackItem.topic == topic)
    return list(session.scalars(_in(query, FeedbackItem.gemeente, gemeente)))


def item_in(session: Session, item_id: int, gemeente: str | None) -> FeedbackItem | None:
    """The item, when it belongs to ``gemeente`` (another municipality's item is as if it did not exist)."""
    item = session.get(FeedbackItem, item_id)
    if item is None or (gemeente is not None and item.gemeente != gemeente):
        return None
    return item


def held_items(session: Session, limit: int = 200, *, gemeente: str | None = None) -> list[FeedbackItem]:
    """Items waiting for a staff member, oldest first (issue 13)."""
    return list(session.scalars(_in(
        select(FeedbackItem).where(FeedbackItem.held.is_not(None)), FeedbackItem.gemeente, gemeente)
        .order_by(FeedbackItem.created_at, FeedbackItem.id).limit(limit)
    ))


def held_count(session: Session, gemeente: str | None = None) -> int:
    return session.scalar(_in(select(func.count()).select_from(FeedbackItem).where(FeedbackItem.held.is_not(None)),
                              FeedbackItem.gemeente, gemeente)) or 0


def approve(session: Session, item_id: int, text: str | None = None, *, gemeente: str | None = None) -> str | None:
    """Show a held item to the council, with its text as it is or as the staff member edited it.

    An edited text goes through the redactor once more (a typed phone number is still a phone
    number); what stays uncertain after that is the staff member's call, so the item is shown.
    "edited" or "approved"; None when there is no such held item.
    """
    item = session.get(FeedbackItem, item_id)
    if item is None or item.held is None:
        return None
    outcome = "approved"
    if gemeente is not None and item.gemeente != gemeente:
        return None
    if text is not None and text.strip() and text.strip() != item.text:
        item.text = scan(text.strip()[:4000], known_names(session)).text
        item.text_nl = item.text if item.language == "nl" else None  # translated again when shown
        outcome = "edited"
    item.held = None
    session.flush()
    return outcome


def delete_held(session: Session, item_id: int, *, gemeente: str | None = None) -> bool:
    item = item_in(session, item_id, gemeente)
    if item is None or item.held is None:
        return False
    session.delete(item)
    session.flush()
    return True


def report(session: Session, item_id: int, *, gemeente: str | None = None) -> bool:
    """The council thinks an item still tells who wrote it: hide it and put it back in the held queue."""
    item = item_in(session, item_id, gemeente)
    if item is None or item.text is None or item.held is not None:
        return False
    item.held = HoldReason.reported
    session.flush()
    return True


def translate_waiting(session: Session, engine: TranslationEngine, languages: Iterable[str],
                      skip: set[int], limit: int = 20) -> int:
    """Dutch for review and labelling items, once (the text is already redacted); returns how many were tried.

    Run by the inbox's background translation (web/app.py), never in a web request: a page shows what is
    there. ``languages``: those with a model now. An item the engine could not translate goes into
    ``skip`` (kept by the caller), so it does not hold up the items behind it.
    """
    languages = sorted(set(languages) - {"nl"})
    if not languages:
        return 0
    query = (select(FeedbackItem)
             .where(FeedbackItem.text.is_not(None), FeedbackItem.text != "", FeedbackItem.text_nl.is_(None),
                    FeedbackItem.language.in_(languages))
             .order_by(FeedbackItem.id).limit(limit))
    if skip:
        query = query.where(FeedbackItem.id.not_in(sorted(skip)))
    rows = list(session.scalars(query))
    for item in rows:
        result = engine.to_dutch(item.text, item.language)
        if result.available and result.text:
            item.text_nl = result.text
        else:
            skip.add(item.id)
    session.flush()
    return len(rows)


def toggle_tag(session: Session, item_id: int, tag: ReviewTag, *, gemeente: str | None = None) -> bool:
    """Put the tag on the item, or take it off; False when the item does not exist (in ``gemeente``)."""
    item = item_in(session, item_id, gemeente)
    if item is None:
        return False
    existing = next((t for t in item.tags if t.tag == tag), None)
    if existing is None:
        item.tags.append(FeedbackTag(tag=tag))
    else:
        item.tags.remove(existing)
    session.flush()
    return True


def add_recommendation(session: Session, text: str, gemeente: str) -> Recommendation:
    text = text.strip()
    if not text:
        raise ValueError("a recommendation needs a text")
    row = Recommendation(text=text[:4000], gemeente=gemeente)
    session.add(row)
    session.flush()
    return row


def recommendations(session: Session, gemeente: str | None = None) -> list[Recommendation]:
    return list(session.scalars(_in(select(Recommendation), Recommendation.gemeente, gemeente)
                                .order_by(Recommendation.handled_at.is_not(None), Recommendation.created_at.desc())))


def mark_handled(session: Session, recommendation_id: int, now: datetime | None = None, *,
                 gemeente: str | None = None) -> bool:
    row = session.get(Recommendation, recommendation_id)
    if row is None or (gemeente is not None and row.gemeente != gemeente):
        return False
    row.handled_at = row.handled_at or now or datetime.now(timezone.utc)
    return True


# A spreadsheet runs a cell starting with these as a formula (OWASP "CSV injection"); a leading
# tab or carriage return is skipped by some and the formula after it still runs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(text: str | None) -> str:
    """Free text that a spreadsheet would run as a formula gets a leading quote."""
    text = text or ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_csv(session: Session, gemeente: str | None = None) -> str:
    """Every review item of the municipality (no reviewer key), each saying which: for the council's own analysis."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["week", "kind", "topic", "language", "score", "text", "text_nl", "tags", "gemeente"])
    for item in session.scalars(_in(select(FeedbackItem).where(FeedbackItem.held.is_(None)),
                                    FeedbackItem.gemeente, gemeente)
                                .options(selectinload(FeedbackItem.tags))
                                .order_by(FeedbackItem.created_at, FeedbackItem.id)):
        writer.writerow([
            week_of(item.created_at), item.kind.value, item.topic.value if item.topic else "", item.language,
            "" if item.score is None else item.score, _cell(item.text), _cell(item.text_nl),
            "|".join(sorted(t.tag.value for t in item.tags)), item.gemeente,
        ])
    return buffer.getvalue()
