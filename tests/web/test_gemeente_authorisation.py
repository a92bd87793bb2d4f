"""Issue 17: one inbox for a region. Every role sees its own municipality's data and never another's.

The authorisation matrix: two municipalities (Steenwijkerland and Deventer, neither the deployment's
default, so a row that wrongly fell back to the default shows up) × three municipal roles
(regisseur, beheerder, participatieraad) × four resources of the *other* municipality (escalations,
clients, users, feedback). Each case also checks that the role still reaches its own municipality's
resource where the role may, so a case cannot pass by refusing everything. The regional role gets
totals only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.handover.escalation import Turn, escalate_from_chat
from inburgering.models import (
    Author,
    Chat,
    Doelgroep,
    Escalation,
    EscalationReason,
    FeedbackItem,
    FeedbackKind,
    FeedbackTopic,
    Gemeente,
    Inburgeraar,
    Recommendation,
    Regisseur,
    WebRole,
    WebUser,
)
from inburgering.models.feedback import HoldReason
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.review import feedback
from tests import factories
from tests.web.conftest import FakeEngine, csrf, log_in
from web.app import create_app
from web.auth import create_user

GEMEENTEN = ("steenwijkerland", "deventer")
ROLES = ("regisseur", "beheerder", "participatieraad")
RESOURCES = ("escalations", "clients", "users", "feedback")


@dataclass
class Municipality:
    slug: str
    name: str
    person: int = 0  # the regisseur's client
    person_name: str = ""
    escalation: int = 0
    pseudonym: str = ""
    feedback_text: str = ""
    feedback_item: int = 0
    held_text: str = ""
    held_item: int = 0
    recommendation: str = ""
    users: dict[str, int] = field(default_factory=dict)  # role -> web_user id


def _username(role: str, slug: str) -> str:
    return f"{role}-{slug}"


@pytest.fixture
def region(settings: Settings) -> dict[str, Municipality]:
    """Per municipality: a regisseur with a linked client who escalated, feedback (shown and held),
    a recommendation, and a login of every municipal role; plus one regional login."""
    world: dict[str, Municipality] = {}
    with session_scope(session_factory(settings.database_url)) as session:
        for number, slug in enumerate(GEMEENTEN):
            here = Municipality(slug, slug.title())
            gemeente = factories.gemeente(session, slug)
            regisseur = Regisseur(gemeente_id=gemeente.id, name=f"Regisseur {here.name}")
            session.add(regisseur)
            session.flush()
            here.person_name = f"Client Van {here.name}"
            person = Inburgeraar(gemeente_id=gemeente.id, regisseur_id=regisseur.id, name=here.person_name,
                                 doelgroep=Doelgroep.statushouder, preferred_language="nl")
            session.add(person)
            session.flush()
            here.person = person.id
            chat = factories.chat(session, person, "nl", telegram_chat_id=81000 + number,
                                  pseudonym=f"{slug[:4]}pseudo{number:04d}")
            here.pseudonym = chat.pseudonym[:8]
            # The real path: the escalation takes the municipality of the chat's person.
            escalation = escalate_from_chat(session, settings, chat, EscalationReason.request_regisseur, "nl",
                                            [Turn(Author.user, f"vraag uit {here.name}", "nl")])
            here.escalation = escalation.id
            # Plain words only: the redactor would hold a place name back as a possible name.
            here.feedback_text = ("de les over de waarden was te snel", "de uitleg over het werk was te lang")[number]
            item = feedback.record(session, chat, FeedbackKind.comment, FeedbackTopic.pvt, "nl",
                                   text=here.feedback_text)
            here.feedback_item = item.id
            here.held_text = f"nog te controleren in {here.name}"
            held = FeedbackItem(reviewer="h" * 32, kind=FeedbackKind.free, topic=FeedbackTopic.other, language="nl",
                                text=here.held_text, held=HoldReason.uncertain, gemeente=slug)
            session.add(held)
            here.recommendation = f"advies van de raad van {here.name}"
            session.add(Recommendation(text=here.recommendation, gemeente=slug))
            session.flush()
            here.held_item = held.id
            for role in ROLES:
                user = factories.web_user(session, _username(role, slug), WebRole(role),
                                          regisseur if role == "regisseur" else None)
                if role != "regisseur":
                    user.gemeente = slug
                here.users[role] = user.id
            world[slug] = here
        factories.web_user(session, "regio", WebRole.regio)
    return world


@pytest.fixture
def client(settings: Settings, region) -> TestClient:
    app = create_app(settings, engine=FakeEngine(), background_translation=False)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_the_fixture_put_every_row_in_its_own_municipality(settings: Settings, region) -> None:
    """The escalation, the recorded feedback and the logins took the municipality of their chat or person."""
    with session_scope(session_factory(settings.database_url)) as session:
        for slug, here in region.items():
            assert session.get(Escalation, here.escalation).gemeente == slug
            item = session.get(FeedbackItem, here.feedback_item)
            assert (item.gemeente, item.held, item.text) == (slug, None, here.feedback_text)
            assert {session.get(WebUser, uid).gemeente for uid in here.users.values()} == {slug}
        assert session.scalar(select(WebUser.gemeente).where(WebUser.username == "regio")) is None


def _login(client: TestClient, role: str, slug: str) -> str:
    answer = log_in(client, _username(role, slug))
    assert answer.status_code == 303, answer.text
    start = answer.headers["location"]
    return csrf(client.get(start).text)


def _escalations(client: TestClient, role: str, own: Municipality, other: Municipality, token: str) -> None:
    if role == "participatieraad":
        for here in (own, other):  # no inbox at all
            assert client.get(f"/escalations/{here.escalation}").status_code == 403
        assert client.get("/").status_code == 403
        return
    assert client.get(f"/escalations/{own.escalation}").status_code == 200
    assert client.get(f"/escalations/{other.escalation}").status_code == 403
    listing = client.get("/").text
    assert own.pseudonym in listing and other.pseudonym not in listing
    for action in ("take-over", "close"):
        assert client.post(f"/escalations/{other.escalation}/{action}",
                           data={"csrf_token": token, "outcome": "x"}).status_code == 403


def _clients(client: TestClient, role: str, own: Municipality, other: Municipality, token: str) -> None:
    if role == "participatieraad":
        assert client.get("/clients").status_code == 403
        assert client.post(f"/clients/{other.person}/link-code", data={"csrf_token": token}).status_code == 403
        return
    page = client.get("/clients").text
    assert own.person_name in page and other.person_name not in page
    # Link codes are per municipality: only for one's own clients.
    assert client.post(f"/clients/{own.person}/link-code", data={"csrf_token": token}).status_code == 200
    assert client.post(f"/clients/{other.person}/link-code", data={"csrf_token": token}).status_code == 403


def _users(client: TestClient, role: str, own: Municipality, other: Municipality, token: str) -> None:
    other_user = other.users["regisseur"]
    if role != "beheerder":
        assert client.get("/users").status_code == 403
        assert client.post(f"/users/{other_user}/disable", data={"csrf_token": token}).status_code == 403
        return
    page = client.get("/users").text
    assert _username("regisseur", own.slug) in page
    assert _username("regisseur", other.slug) not in page and "regio" not in page.split("<main>", 1)[1]
    assert f"Regisseur {other.name}" not in page  # nor the other municipality's regisseurs to link a login to
    for action in ("disable", "reset-password", "revoke-sessions", "unlock"):
        assert client.post(f"/users/{other_user}/{action}", data={"csrf_token": token}).status_code == 403
    # A new account belongs to the beheerder's own municipality, whatever the form says.
    assert client.post("/users", data={"csrf_token": token, "username": "nieuw", "password": "lang genoeg wachtwoord",
                                       "role": "participatieraad"}, follow_redirects=False).status_code == 303
    assert client.post("/users", data={"csrf_token": token, "username": "fout", "password": "lang genoeg wachtwoord",
                                       "role": "regio"}).status_code == 400


def _feedback(client: TestClient, role: str, own: Municipality, other: Municipality, token: str) -> None:
    if role == "regisseur":
        # No review workspace; the held queue and the labelling queue are the own municipality's only.
        assert client.get("/review").status_code == 403
        held = client.get("/review/held").text
        assert own.held_text in held and other.held_text not in held
        assert client.post(f"/review/held/{other.held_item}/approve", data={"csrf_token": token}).status_code == 404
        assert client.post(f"/review/held/{other.held_item}/delete", data={"csrf_token": token}).status_code == 404
        return
    overview = client.get("/review").text
    assert own.recommendation in overview and other.recommendation not in overview
    items = client.get("/review/items").text
    assert own.feedback_text in items and other.feedback_text not in items
    rows = list(csv.DictReader(io.StringIO(client.get("/review/export.csv").text)))
    assert [row["text"] for row in rows] == [own.feedback_text] and {row["gemeente"] for row in rows} == {own.slug}
    for path in (f"/review/items/{other.feedback_item}/report", f"/review/items/{other.feedback_item}/tags"):
        assert client.post(path, data={"csrf_token": token, "tag": "tone"}).status_code == 404
    assert client.post(f"/review/items/{own.feedback_item}/tags", data={"csrf_token": token, "tag": "tone"},
                       follow_redirects=False).status_code == 303
    if role == "beheerder":
        held = client.get("/review/held").text
        assert own.held_text in held and other.held_text not in held
        assert client.post(f"/review/held/{other.held_item}/approve", data={"csrf_token": token}).status_code == 404


CHECKS = {"escalations": _escalations, "clients": _clients, "users": _users, "feedback": _feedback}


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("home", GEMEENTEN)
def test_a_role_never_reaches_the_other_municipalitys_data(
    client: TestClient, region: dict[str, Municipality], home: str, role: str, resource: str,
) -> None:
    own = region[home]
    other = next(here for slug, here in region.items() if slug != home)
    token = _login(client, role, home)
    CHECKS[resource](client, role, own, other, token)


def test_a_deventer_council_member_sees_only_deventer_feedback(client: TestClient, region) -> None:
    deventer, steenwijk = region["deventer"], region["steenwijkerland"]
    answer = log_in(client, _username("participatieraad", "deventer"))
    assert answer.headers["location"] == "/review"
    page = client.get("/review/items").text
    assert deventer.feedback_text in page and steenwijk.feedback_text not in page
    assert "Deventer" in client.get("/review").text  # the header says whose workspace this is


@pytest.mark.parametrize("path", ["/", "/clients", "/users", "/review", "/review/items", "/review/held",
                                  "/labelling", f"/escalations/{1}", "/review/export.csv"])
def test_the_regional_role_reaches_no_personal_data_or_texts(client: TestClient, region, path: str) -> None:
    assert log_in(client, "regio").headers["location"] == "/regio"
    assert client.get(path).status_code == 403


def test_the_regional_role_sees_totals_per_municipality_without_names_or_texts(client: TestClient, region) -> None:
    log_in(client, "regio")
    page = client.get("/regio").text
    for here in region.values():
        assert f'data-gemeente="{here.slug}"' in page
        for private in (here.person_name, here.feedback_text, here.held_text, here.recommendation, here.pseudonym):
            assert private not in page
    row = page.split('data-gemeente="deventer"', 1)[1].split("</tr>", 1)[0]
    # 1 client, 1 escalation, 1 open, no reply yet, 0 scored feedback, 0 misunderstood of 0 questions.
    assert [cell.split("</td>")[0] for cell in row.split("<td>")[1:]] == ["1", "1", "1", "–", "0 / 0", "0 / 0"]


@pytest.mark.parametrize("role", ROLES)
def test_a_municipal_login_cannot_open_the_regional_totals(client: TestClient, region, role: str) -> None:
    _login(client, role, "deventer")
    assert client.get("/regio").status_code == 403


def test_a_regisseur_login_belongs_to_its_regisseurs_municipality(settings: Settings, region) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        regisseur = session.scalar(select(Regisseur).join(Gemeente).where(Gemeente.slug == "deventer"))
        with pytest.raises(ValueError, match="municipality"):
            create_user(session, "verkeerd", factories.PASSWORD, WebRole.regisseur, regisseur.id,
                                  "steenwijkerland")
        with pytest.raises(ValueError, match="no municipality profile"):
            create_user(session, "nergens", factories.PASSWORD, WebRole.beheerder, None, "atlantis")
        assert create_user(session, "goed", factories.PASSWORD, WebRole.regisseur,
                                     regisseur.id).gemeente == "deventer"


def test_an_unlinked_chat_escalates_to_the_municipality_it_chose(settings: Settings, region) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        chat = Chat(telegram_chat_id=99123, pseudonym="unlinked-deventer", gemeente="deventer")
        session.add(chat)
        session.flush()
        escalation = escalate_from_chat(session, settings, chat, EscalationReason.request_regisseur, "nl", [],
                                        now=datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
        assert escalation.gemeente == "deventer"
