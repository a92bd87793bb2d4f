"""Issue 17: a chat's municipality from the poster's deep link or /gemeente, and the notice said once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.conversation import Conversation
from bot.routes import Router
from inburgering.models import Chat, Escalation
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings, load_settings
from tests import factories
from tests.bot.fake_rasa import FakeRasa

CHAT = 4242


@pytest.fixture
def regional(tmp_path: Path, sqlite_url: str) -> Settings:
    """A deployment for three municipalities, Zwolle the default."""
    return load_settings({"INBURGERING_VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": sqlite_url,
                          "PSEUDONYM_KEY": "test-key", "GEMEENTE": "zwolle",
                          "GEMEENTEN": "steenwijkerland,deventer"})


def _router(settings: Settings, rasa: FakeRasa | None = None) -> Router:
    rasa = rasa or FakeRasa()
    return Router(Conversation(settings, session_factory(settings.database_url), rasa.client(), rasa.readiness()))


def _chat_gemeente(settings: Settings, chat_id: int = CHAT) -> str | None:
    with session_scope(session_factory(settings.database_url)) as session:
        return session.scalar(select(Chat.gemeente).where(Chat.telegram_chat_id == chat_id))


def _names(replies) -> list[str | None]:
    return [reply.response for reply in replies]


async def test_the_posters_deep_link_sets_the_municipality(regional: Settings) -> None:
    replies = await _router(regional).command(CHAT, "start", "g_steenwijkerland")
    assert "bot_gemeente_set" in _names(replies) and "bot_link_result" not in _names(replies)
    assert "Steenwijkerland" in next(r.text for r in replies if r.response == "bot_gemeente_set")
    assert _chat_gemeente(regional) == "steenwijkerland"


@pytest.mark.parametrize("argument", ["g_atlantis", "g_../zwolle", "G_DEVENTER2"])
async def test_a_deep_link_to_a_municipality_not_served_is_a_wrong_link_code(regional: Settings, argument) -> None:
    replies = await _router(regional).command(CHAT, "start", argument)
    assert "bot_link_result" in _names(replies) and "bot_gemeente_set" not in _names(replies)
    assert _chat_gemeente(regional) is None


async def test_a_single_municipality_deployment_takes_no_other_municipalitys_link(settings: Settings) -> None:
    replies = await _router(settings).command(CHAT, "start", "g_deventer")
    assert "bot_gemeente_set" not in _names(replies)
    assert _chat_gemeente(settings) is None


async def test_gemeente_offers_the_served_municipalities_and_a_button_chooses(regional: Settings) -> None:
    router = _router(regional)
    [offer] = await router.command(CHAT, "gemeente")
    assert offer.response == "bot_choose_gemeente"
    assert [payload for _, payload in offer.buttons] == ["gem:deventer", "gem:steenwijkerland", "gem:zwolle"]
    assert "Steenwijkerland" in offer.buttons[1][0]
    [done] = await router.button(CHAT, "gem:deventer")
    assert done.response == "bot_gemeente_set" and _chat_gemeente(regional) == "deventer"


@pytest.mark.parametrize("payload", ["gem:kampen", "gem:../etc", "gem:"])
async def test_a_button_for_a_municipality_not_served_does_nothing(regional: Settings, payload: str) -> None:
    [answer] = await _router(regional).button(CHAT, payload)
    assert answer.response == "bot_button_expired" and _chat_gemeente(regional) is None


async def test_a_linked_chat_follows_its_persons_municipality(regional: Settings) -> None:
    with session_scope(session_factory(regional.database_url)) as session:
        person = factories.person(session, None, language="nl")  # factories' people live in Zwolle
        factories.chat(session, person, "nl", telegram_chat_id=CHAT)
    router = _router(regional)
    [told] = await router.command(CHAT, "gemeente")
    assert told.response == "bot_gemeente_linked" and "Zwolle" in told.text
    [told_again] = await router.button(CHAT, "gem:deventer")
    assert told_again.response == "bot_gemeente_linked" and _chat_gemeente(regional) is None


async def test_the_default_is_said_once_after_the_first_answer(regional: Settings) -> None:
    router = _router(regional)
    first = await router.text(CHAT, "wat is de PVT?")
    assert _names(first)[0] == "utter_fake_answer" and _names(first)[-1] == "bot_gemeente_notice"
    assert "Zwolle" in first[-1].text and "/gemeente" in first[-1].text
    assert _chat_gemeente(regional) == "zwolle"
    second = await router.text(CHAT, "en de MAP?")
    assert "bot_gemeente_notice" not in _names(second)


async def test_no_notice_after_choosing_by_the_poster(regional: Settings) -> None:
    router = _router(regional)
    await router.command(CHAT, "start", "g_deventer")
    assert "bot_gemeente_notice" not in _names(await router.text(CHAT, "wat is de PVT?"))


async def test_no_notice_where_the_deployment_serves_one_municipality(settings: Settings) -> None:
    assert "bot_gemeente_notice" not in _names(await _router(settings).text(CHAT, "wat is de PVT?"))
    assert _chat_gemeente(settings) is None


async def test_a_crisis_in_a_chat_from_the_deventer_poster_gets_deventers_number_and_staff(regional: Settings) -> None:
    router = _router(regional)
    await router.command(CHAT, "start", "g_deventer")
    [reply] = await router.text(CHAT, "ik wil niet meer leven")
    assert reply.response == "bot_crisis" and "14 0570" in reply.text and "14 038" not in reply.text
    with session_scope(session_factory(regional.database_url)) as session:
        assert session.scalar(select(Escalation.gemeente)) == "deventer"
