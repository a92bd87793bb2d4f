"""An inbox app on a fresh database, with two regisseurs, a beheerder and escalations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from inburgering.models import WebRole
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.text.translation import MachineTranslation
from tests import factories
from web.app import create_app

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class FakeEngine:
    """Arabic <-> Dutch from a phrase table; no Tigrinya model, like the real engine."""

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        return MachineTranslation(f"[nl] {text}", True) if language == "ar" else MachineTranslation(None, False)

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        return MachineTranslation(f"[ar] {text}", True) if language == "ar" else MachineTranslation(None, False)


def translate_in_background_now(settings: Settings, languages: tuple[str, ...] = ("ar", "ti")) -> int:
    """What the inbox's background translation does (web/app.py), once, with the phrase-table engine."""
    from inburgering.review.review import translate_waiting

    with session_scope(session_factory(settings.database_url)) as session:
        return translate_waiting(session, FakeEngine(), languages, set())


@dataclass
class World:
    mine: int  # sanne's Arabic escalation
    mine_ti: int  # sanne's Tigrinya escalation
    theirs: int  # another regisseur's escalation
    person: int  # sanne's client
    other_person: int


@pytest.fixture
def world(settings: Settings) -> World:
    with session_scope(session_factory(settings.database_url)) as session:
        sanne = factories.regisseur(session, "Sanne de Vries")
        other = factories.regisseur(session, "Piet Jansen")
        amal = factories.person(session, sanne, "Amal Demo", "ar")
        tesfay = factories.person(session, sanne, "Tesfay Demo", "ti")
        karim = factories.person(session, other, "Karim Ander", "ar")
        mine = factories.escalation(session, factories.chat(session, amal, telegram_chat_id=7001))
        mine_ti = factories.escalation(session, factories.chat(session, tesfay, "ti", telegram_chat_id=7002),
                                       language="ti", text="ቆጸራይ መዓስ እዩ?")
        theirs = factories.escalation(session, factories.chat(session, karim, telegram_chat_id=7003))
        factories.web_user(session, "sanne", of=sanne)
        factories.web_user(session, "piet", of=other)
        factories.web_user(session, "beheer", WebRole.beheerder)
        return World(mine.id, mine_ti.id, theirs.id, amal.id, karim.id)


@pytest.fixture
def client(settings: Settings, world: World) -> Iterator[TestClient]:
    app = create_app(settings, engine=FakeEngine(), background_translation=False)
    # 127.0.0.1: plain http is allowed there, so cookies are not Secure-only.
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def csrf(page: str) -> str:
    match = CSRF.search(page)
    assert match, "no CSRF token in the page"
    return match.group(1)


def log_in(client: TestClient, username: str, password: str = factories.PASSWORD):
    token = csrf(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       follow_redirects=False)
