"""Totals across the municipalities of a region (issue 17), for the optional regional role.

Counts and shares per municipality only, built from the same anonymised aggregates the
participatieraad sees (:func:`inburgering.review.review.overview`) and the number of people:
no text, no name, no chat and no escalation ever leaves this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inburgering.handover.escalation import OPEN_STATUSES
from inburgering.models import Escalation, FeedbackItem, Gemeente, Inburgeraar
from inburgering.people.gemeente import gemeente_name
from inburgering.review.review import Share, overview


@dataclass(frozen=True)
class MunicipalityTotals:
    slug: str
    name: str
    people: int
    escalations: int
    open_escalations: int
    median_hours_to_first_reply: float | None
    satisfied: Share
    misunderstood: Share


def _counts(session: Session, query) -> dict[str, int]:
    return {slug: count for slug, count in session.execute(query).all()}


def regional_totals(session: Session, served: Iterable[str] = ()) -> list[MunicipalityTotals]:
    """One row per municipality: those the deployment serves, and any other found in the data."""
    people = _counts(session, select(Gemeente.slug, func.count(Inburgeraar.id))
                     .join(Inburgeraar, Inburgeraar.gemeente_id == Gemeente.id).group_by(Gemeente.slug))
    open_ = _counts(session, select(Escalation.gemeente, func.count()).where(Escalation.status.in_(OPEN_STATUSES))
                    .group_by(Escalation.gemeente))
    slugs = set(served) | set(people) | set(open_)
    slugs |= set(session.scalars(select(Escalation.gemeente).distinct()))
    slugs |= set(session.scalars(select(FeedbackItem.gemeente).distinct()))
    rows = []
    for slug in sorted(slugs, key=gemeente_name):
        data = overview(session, slug)
        scored = Share("satisfied", sum(s.positive for s in data.by_topic), sum(s.total for s in data.by_topic))
        rows.append(MunicipalityTotals(
            slug=slug, name=gemeente_name(slug), people=people.get(slug, 0), escalations=data.escalations.count,
            open_escalations=open_.get(slug, 0),
            median_hours_to_first_reply=data.escalations.median_hours_to_first_reply,
            satisfied=scored, misunderstood=data.misunderstood,
        ))
    return rows
