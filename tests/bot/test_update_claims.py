"""Each Telegram update is answered once, also when it arrives twice or at two instances (bot.claims)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from telegram.ext import Application

from bot import claims
from inburgering.models import ProcessedUpdate
from inburgering.platform.db import session_factory
from inburgering.platform.settings import Settings
from tests.bot.factories import OfflineRequest, message_update, process


async def test_an_update_delivered_twice_is_answered_once(
    app: Application, request_: OfflineRequest, bot_settings: Settings,
) -> None:
    update = message_update("wat is de PVT", chat_id=77)
    await process(app, update)
    await process(app, update)  # Telegram (or the other instance's proxy) delivers it again
    assert len(request_.sent()) == 1
    with session_factory(bot_settings.database_url)() as session:
        assert session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 1


async def test_a_new_update_of_the_same_chat_is_answered(app: Application, request_: OfflineRequest) -> None:
    await process(app, message_update("wat is de PVT", chat_id=78))
    await process(app, message_update("wat is de MAP", chat_id=78))
    assert len(request_.sent()) == 2


def test_the_second_claim_of_an_update_fails(sessions: sessionmaker[Session]) -> None:
    """On SQLite and on PostgreSQL: the primary key decides, and the loser's transaction is rolled back."""
    claims.handling(5001)
    with sessions.begin() as session:
        claims.committed(claims.claim(session))
    claims.handling(5001)  # the same update again (another task or instance)
    with pytest.raises(claims.UpdateAlreadyHandled), sessions.begin() as session:
        claims.claim(session)
    claims.handling(None)
    with sessions.begin() as session:
        assert claims.claim(session) is None  # not from Telegram (the demo chat): nothing to claim
        assert session.scalars(select(ProcessedUpdate.update_id)).all() == [5001]


def test_a_claimed_update_claims_nothing_in_its_second_turn(sessions: sessionmaker[Session]) -> None:
    claims.handling(5002)
    with sessions.begin() as session:
        first = claims.claim(session)
    claims.committed(first)
    with sessions.begin() as session:
        assert claims.claim(session) is None  # /start: the privacy turn claimed it, the Rasa turn does not
    claims.handling(None)


def test_old_claims_are_pruned(sessions: sessionmaker[Session]) -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    with sessions.begin() as session:
        session.add_all([ProcessedUpdate(update_id=1, claimed_at=now - timedelta(days=3)),
                         ProcessedUpdate(update_id=2, claimed_at=now)])
    with sessions.begin() as session:
        assert claims.prune(session, now) == 1
        assert session.scalars(select(ProcessedUpdate.update_id)).all() == [2]


async def test_a_copy_of_an_answered_update_is_not_sent_to_rasa_again(app: Application, rasa) -> None:
    update = message_update("wat is de PVT", chat_id=79)
    await process(app, update)
    await process(app, update)
    assert len(rasa.received) == 1


@pytest.mark.parametrize("text", ["/help", "/taal", "/onbekend", "??"])
async def test_a_reply_the_bot_gives_itself_is_claimed_too(
    app: Application, request_: OfflineRequest, text: str,
) -> None:
    """Help, the language buttons, an unknown command and noise: a copy at another instance is dropped."""
    update = message_update(text, chat_id=91)
    await process(app, update)
    await process(app, update)
    assert len(request_.sent()) == 1


async def test_a_sticker_delivered_twice_is_answered_once(app: Application, request_: OfflineRequest) -> None:
    from tests.bot.factories import sticker_update

    update = sticker_update(chat_id=92)
    await process(app, update)
    await process(app, update)
    assert len(request_.sent()) == 1
