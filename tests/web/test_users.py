"""Staff accounts' lifecycle (issue 13): disable, reset, forced change, unlock, ending sessions, own password."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import web.auth
from inburgering.models import AuditLog, WebRole, WebSession, WebUser
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from tests import factories
from tests.web.conftest import csrf, log_in
from web.auth import MAX_FAILED_LOGINS
from web.deps import SESSION_COOKIE

NEW_PASSWORD = "a brand new passphrase"
LIFECYCLE = ("disable", "enable", "unlock", "force-password-change", "revoke-sessions", "reset-password")


def _user_id(settings: Settings, username: str) -> int:
    with session_scope(session_factory(settings.database_url)) as session:
        return session.scalar(select(WebUser.id).where(WebUser.username == username))


def _browser(client: TestClient) -> TestClient:
    """A second browser on the same app (its own cookies)."""
    return TestClient(client.app, base_url="http://127.0.0.1")


def _as_beheerder(client: TestClient) -> str:
    assert log_in(client, "beheer").status_code == 303
    return csrf(client.get("/users").text)


def _logged_in(browser: TestClient) -> bool:
    return browser.get("/", follow_redirects=False).status_code == 200


def _audit(settings: Settings) -> list[AuditLog]:
    with session_scope(session_factory(settings.database_url)) as session:
        rows = list(session.scalars(select(AuditLog).order_by(AuditLog.id)))
        session.expunge_all()
        return rows


@pytest.fixture
def raad(settings: Settings, world) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        factories.web_user(session, "raad", WebRole.participatieraad)


# -- who may -------------------------------------------------------------------------------------


@pytest.mark.parametrize("username", ["sanne", "raad"])
def test_only_a_beheerder_manages_accounts(client: TestClient, settings: Settings, raad, username: str) -> None:
    target = _user_id(settings, "piet")
    log_in(client, username)
    token = csrf(client.get("/password").text)
    assert client.get("/users", follow_redirects=False).status_code == 403
    for action in LIFECYCLE:
        answer = client.post(f"/users/{target}/{action}", data={"csrf_token": token}, follow_redirects=False)
        assert answer.status_code == 403, action
    with session_scope(session_factory(settings.database_url)) as session:
        piet = session.get(WebUser, target)
        assert piet.disabled_at is None and not piet.must_change_password


def test_anonymous_and_forged_requests_change_nothing(client: TestClient, settings: Settings) -> None:
    target = _user_id(settings, "piet")
    for action in LIFECYCLE:
        answer = client.post(f"/users/{target}/{action}", data={"csrf_token": "x"}, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", action
    _as_beheerder(client)
    for action in LIFECYCLE:
        answer = client.post(f"/users/{target}/{action}", data={"csrf_token": "forged"}, follow_redirects=False)
        assert answer.status_code == 403, action
    assert client.post("/password", data={"csrf_token": "forged", "old_password": factories.PASSWORD,
                                          "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD},
                       ).status_code == 403


def test_a_beheerder_cannot_lock_themselves_out(client: TestClient, settings: Settings) -> None:
    token = _as_beheerder(client)
    me = _user_id(settings, "beheer")
    for action in ("disable", "reset-password", "force-password-change", "revoke-sessions"):
        assert client.post(f"/users/{me}/{action}", data={"csrf_token": token}).status_code == 403, action
    assert _logged_in(client)


# -- the lifecycle -------------------------------------------------------------------------------


def test_a_disabled_user_cannot_log_in_and_their_sessions_end(client: TestClient, settings: Settings) -> None:
    sanne = _browser(client)
    log_in(sanne, "sanne")
    assert _logged_in(sanne)
    token = _as_beheerder(client)
    target = _user_id(settings, "sanne")

    assert client.post(f"/users/{target}/disable", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    assert not _logged_in(sanne)
    refused, unknown = log_in(sanne, "sanne"), log_in(sanne, "nobody")
    assert refused.status_code == unknown.status_code == 401
    assert _error(refused.text) == _error(unknown.text)  # a disabled account looks like a wrong password
    assert f"/users/{target}/enable" in client.get("/users").text

    client.post(f"/users/{target}/enable", data={"csrf_token": token})
    assert log_in(sanne, "sanne").status_code == 303
    actions = [(row.action, row.detail) for row in _audit(settings) if row.action.endswith("_user")]
    assert actions == [("disable_user", f"user {target} sanne"), ("enable_user", f"user {target} sanne")]


def test_revoking_all_sessions_logs_every_browser_out(client: TestClient, settings: Settings) -> None:
    laptop, phone = _browser(client), _browser(client)
    log_in(laptop, "sanne")
    log_in(phone, "sanne")
    token = _as_beheerder(client)
    client.post(f"/users/{_user_id(settings, 'sanne')}/revoke-sessions", data={"csrf_token": token})
    assert not _logged_in(laptop) and not _logged_in(phone)
    assert _logged_in(client)  # the beheerder's own session is untouched
    assert log_in(laptop, "sanne").status_code == 303  # the account itself still works
    assert "revoke_sessions" in [row.action for row in _audit(settings)]


def test_unlock_after_lockout(client: TestClient, settings: Settings) -> None:
    sanne = _browser(client)
    for _ in range(MAX_FAILED_LOGINS):
        log_in(sanne, "sanne", "wrong password!")
    assert log_in(sanne, "sanne").status_code == 401
    token = _as_beheerder(client)
    page = client.get("/users").text
    assert f'/users/{_user_id(settings, "sanne")}/unlock' in page
    client.post(f"/users/{_user_id(settings, 'sanne')}/unlock", data={"csrf_token": token})
    assert log_in(sanne, "sanne").status_code == 303


def _reset(client: TestClient, settings: Settings, username: str) -> str:
    token = _as_beheerder(client)
    page = client.post(f"/users/{_user_id(settings, username)}/reset-password", data={"csrf_token": token})
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    return re.search(r'id="reset-code">([0-9a-f-]+)<', page.text).group(1)


def test_a_reset_code_works_once_and_only_to_choose_a_new_password(client: TestClient, settings: Settings) -> None:
    sanne = _browser(client)
    log_in(sanne, "sanne")
    code = _reset(client, settings, "sanne")
    assert not _logged_in(sanne)  # the reset ended her sessions
    assert log_in(sanne, "sanne").status_code == 401  # the old password no longer works
    with session_scope(session_factory(settings.database_url)) as session:
        stored = session.scalar(select(WebUser).where(WebUser.username == "sanne"))
        assert stored.password_hash.startswith("$argon2id$") and code not in stored.password_hash

    answer = log_in(sanne, "sanne", code)
    assert answer.status_code == 303 and answer.headers["location"] == "/password"
    # Every other page sends the session to the password form first.
    inbox = sanne.get("/", follow_redirects=False)
    assert inbox.status_code == 303 and inbox.headers["location"] == "/login"
    assert sanne.get("/login", follow_redirects=False).headers["location"] == "/password"
    assert sanne.get(f"/escalations/{_first_escalation(settings)}", follow_redirects=False).status_code == 303

    # One login only: the code cannot open a second session.
    assert log_in(_browser(client), "sanne", code).status_code == 401

    token = csrf(sanne.get("/password").text)
    changed = sanne.post("/password", data={"csrf_token": token, "old_password": code,
                                           "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})
    assert changed.status_code == 200
    assert _logged_in(sanne)
    assert log_in(_browser(client), "sanne", NEW_PASSWORD).status_code == 303
    details = " ".join(row.detail or "" for row in _audit(settings))
    assert code not in details and NEW_PASSWORD not in details
    assert {"reset_password", "change_own_password"} <= {row.action for row in _audit(settings)}


def test_an_unused_reset_code_expires(client: TestClient, settings: Settings) -> None:
    code = _reset(client, settings, "sanne")
    with session_scope(session_factory(settings.database_url)) as session:
        user = session.scalar(select(WebUser).where(WebUser.username == "sanne"))
        assert user.password_expires_at <= datetime.now(timezone.utc) + timedelta(hours=24)
        user.password_expires_at = datetime.now(timezone.utc) - timedelta(seconds=1)
    assert log_in(_browser(client), "sanne", code).status_code == 401


def test_a_forced_password_change_applies_to_open_sessions_too(client: TestClient, settings: Settings) -> None:
    sanne = _browser(client)
    log_in(sanne, "sanne")
    token = _as_beheerder(client)
    client.post(f"/users/{_user_id(settings, 'sanne')}/force-password-change", data={"csrf_token": token})
    assert sanne.get("/", follow_redirects=False).status_code == 303
    assert sanne.get("/login", follow_redirects=False).headers["location"] == "/password"
    token = csrf(sanne.get("/password").text)
    sanne.post("/password", data={"csrf_token": token, "old_password": factories.PASSWORD,
                                  "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})
    assert _logged_in(sanne)


def _first_escalation(settings: Settings) -> int:
    from inburgering.models import Escalation

    with session_scope(session_factory(settings.database_url)) as session:
        return session.scalar(select(Escalation.id).order_by(Escalation.id))


# -- the user's own password -------------------------------------------------------------------


def test_changing_the_own_password_needs_the_old_one_and_ends_other_sessions(
    client: TestClient, settings: Settings
) -> None:
    other = _browser(client)
    log_in(other, "sanne")
    log_in(client, "sanne")
    token = csrf(client.get("/password").text)
    wrong = client.post("/password", data={"csrf_token": token, "old_password": "not my password",
                                           "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})
    assert wrong.status_code == 400
    mismatch = client.post("/password", data={"csrf_token": token, "old_password": factories.PASSWORD,
                                              "new_password": NEW_PASSWORD, "repeat_password": "something else"})
    assert mismatch.status_code == 400
    short = client.post("/password", data={"csrf_token": token, "old_password": factories.PASSWORD,
                                           "new_password": "short", "repeat_password": "short"})
    assert short.status_code == 400
    assert _logged_in(other)

    done = client.post("/password", data={"csrf_token": token, "old_password": factories.PASSWORD,
                                          "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})
    assert done.status_code == 200
    assert _logged_in(client) and not _logged_in(other)
    assert log_in(_browser(client), "sanne").status_code == 401
    assert log_in(_browser(client), "sanne", NEW_PASSWORD).status_code == 303
    with session_scope(session_factory(settings.database_url)) as session:
        sanne = _user_id(settings, "sanne")
        assert len(session.scalars(select(WebSession).where(WebSession.web_user_id == sanne)).all()) == 2


def test_the_council_can_change_its_own_password(client: TestClient, raad) -> None:
    log_in(client, "raad")
    token = csrf(client.get("/password").text)
    answer = client.post("/password", data={"csrf_token": token, "old_password": factories.PASSWORD,
                                            "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})
    assert answer.status_code == 200


def test_the_password_page_needs_a_login(client: TestClient) -> None:
    answer = client.get("/password", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"


# -- the lockout tells nothing -----------------------------------------------------------------


def _error(page: str) -> str:
    return re.search(r'role="alert">([^<]+)<', page).group(1)


def test_the_lockout_does_not_tell_which_usernames_exist(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = {}
    for username in ("sanne", "nobody"):
        for _ in range(MAX_FAILED_LOGINS):
            log_in(client, username, "wrong password!")
        answers[username] = log_in(client, username, "wrong password!")
    assert answers["sanne"].status_code == answers["nobody"].status_code == 401
    assert _error(answers["sanne"].text) == _error(answers["nobody"].text)
    assert "15" in _error(answers["sanne"].text)

    # Similar timing: every refusal costs exactly one argon2 verification, locked or unknown.
    calls = []
    verify = web.auth._verify
    monkeypatch.setattr(web.auth, "_verify", lambda *args: calls.append(1) or verify(*args))
    for username in ("sanne", "nobody"):
        calls.clear()
        log_in(client, username, "wrong password!")
        assert len(calls) == 1, username
