"""Each Telegram update is handled once, also with several bot instances (issue 12).

The update being handled is remembered in a context variable (set by a handler that runs before
every other, :func:`remember_update`); :meth:`bot.conversation.Conversation.turn` claims it in
the turn's one transaction by inserting its ``update_id`` (:class:`ProcessedUpdate`). A second
delivery of the same update, to this instance or another, fails on the primary key (on
PostgreSQL it waits for the first turn's transaction, then fails) and is dropped without an
answer: :class:`UpdateAlreadyHandled` stops python-telegram-bot's handlers for that update
quietly. A route that runs two turns for one update (``/start``) claims it in the first.

The demo chat never sets an update, so it claims nothing.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot import journal
from inburgering.models import ProcessedUpdate

if TYPE_CHECKING:  # bot.context imports the conversation, which imports this module
    from bot.context import BotContext

log = logging.getLogger(__name__)

# Telegram keeps an undelivered update for 24 hours: a claim older than this can meet no copy.
KEEP_CLAIMS = timedelta(days=2)


@dataclass
class UpdateClaim:
    update_id: int
    claimed: bool = False  # committed by a turn of this update
    again: bool = False  # a second handling (bot.journal): its message may have reached Rasa already


_current: ContextVar[UpdateClaim | None] = ContextVar("telegram_update", default=None)


class UpdateAlreadyHandled(ApplicationHandlerStop):
    """This update was handled already (by this instance or another): drop it, answer nothing."""


def handling(update_id: int | None, again: bool = False) -> None:
    """The update this task handles from now on (None: none, e.g. the demo chat); ``again``: a second
    handling of it (bot.journal.Journal.handled_again)."""
    _current.set(None if update_id is None else UpdateClaim(update_id, again=again))


async def remember_update(update: object, context: BotContext) -> None:
    """python-telegram-bot handler (group -1, before all others): remember the update's id."""
    if not isinstance(update, Update):
        handling(None)
        return
    kept = context.bot_data.journal
    handling(update.update_id, again=kept is not None and kept.handled_again(update.update_id))


def current_update() -> UpdateClaim | None:
    """The update this task handles (its id and whether it is a second handling), or None."""
    return _current.get()


def check(session: Session) -> None:
    """Raise :class:`UpdateAlreadyHandled` when the current update was claimed already (a read).

    Called when a turn reads its chat, before Rasa is asked: a copy of an update answered long
    ago costs no Rasa call (no second user message in Rasa's tracker). Copies that arrive at the
    same time are still both asked; the claim in the turn's transaction decides.
    """
    update_id = unchecked()
    if update_id is not None:
        check_claimed(update_id, session.get(ProcessedUpdate, update_id) is not None)


def unchecked() -> int | None:
    """The current update's id while no turn of this task claimed it; None: nothing to check.

    For a reader that looks the claim up in its own statement (``claimed_query``) instead of :func:`check`.
    """
    current = _current.get()
    return None if current is None or current.claimed else current.update_id


def claimed_query(update_id):
    """Whether ``update_id`` (a value or a bind parameter) was claimed, as a column for a SELECT
    (then :func:`check_claimed`)."""
    return select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id).exists()


def check_claimed(update_id: int, claimed: bool) -> None:
    """:func:`check` with the claim looked up by the caller."""
    if claimed:
        log.info("update %d was handled already; dropped", update_id)
        journal.handled_elsewhere()
        raise UpdateAlreadyHandled()


def claim(session: Session) -> UpdateClaim | None:
    """Claim the current update in ``session``'s transaction; None when there is nothing to claim.

    Raises :class:`UpdateAlreadyHandled` when another transaction claimed it first.
    """
    current = _current.get()
    if current is None or current.claimed:
        return None
    try:  # a plain INSERT (no object to track): the cheapest statement that fails on the primary key
        session.execute(insert(ProcessedUpdate).values(update_id=current.update_id,
                                                       claimed_at=datetime.now(timezone.utc)))
    except IntegrityError as error:
        log.info("update %d was handled already; dropped", current.update_id)
        journal.handled_elsewhere()
        raise UpdateAlreadyHandled() from error
    return current


def committed(current: UpdateClaim | None) -> None:
    """The claiming turn's transaction committed: later turns of the same update claim nothing."""
    if current is not None:
        current.claimed = True


def prune(session: Session, now: datetime | None = None, keep: timedelta = KEEP_CLAIMS) -> int:
    """Delete claims older than ``keep`` (the retention job). Returns how many."""
    cutoff = (now or datetime.now(timezone.utc)) - keep
    return session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.claimed_at < cutoff)).rowcount
