"""Login, cookies, CSRF, lockout, logout."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from inburgering.models import WebRole, WebUser
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.text.i18n import translator
from tests.web.conftest import FakeEngine, csrf, log_in
from web.app import create_app
from web.auth import MAX_FAILED_LOGINS, authenticate
from web.deps import SESSION_COOKIE


def test_pages_need_a_login(client: TestClient) -> None:
    answer = client.get("/", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"


def test_login_sets_an_httponly_strict_session_cookie(client: TestClient) -> None:
    answer = log_in(client, "sanne")
    assert answer.status_code == 303
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # plain http on 127.0.0.1 (development)
    assert client.get("/").status_code == 200


def test_cookie_is_secure_when_not_on_localhost(settings: Settings, world) -> None:
    app = create_app(settings, engine=FakeEngine(), background_translation=False)
    with TestClient(app, base_url="https://inbox.zwolle.test") as remote:
        answer = log_in(remote, "sanne")
        cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
        assert "Secure" in cookie


def test_login_without_the_forms_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/login")
    answer = client.post("/login", data={"username": "sanne", "password": "correct horse battery",
                                         "csrf_token": "forged"})
    assert answer.status_code == 403


def test_every_post_needs_the_sessions_csrf_token(client: TestClient, world) -> None:
    log_in(client, "sanne")
    answer = client.post(f"/escalations/{world.mine}/take-over", data={"csrf_token": "forged"})
    assert answer.status_code == 403
    answer = client.post(f"/escalations/{world.mine}/take-over", data={})
    assert answer.status_code == 403
    token = csrf(client.get(f"/escalations/{world.mine}").text)
    answer = client.post(f"/escalations/{world.mine}/take-over", data={"csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303


def test_five_failures_lock_the_account_for_fifteen_minutes(client: TestClient, settings: Settings) -> None:
    for _ in range(MAX_FAILED_LOGINS - 1):
        assert log_in(client, "sanne", "wrong password!").status_code == 401
    locked = log_in(client, "sanne", "wrong password!")
    assert locked.status_code == 401 and "15" in locked.text
    assert log_in(client, "sanne").status_code == 401  # even the right password, while locked
    with session_scope(session_factory(settings.database_url)) as session:
        user = session.scalar(select(WebUser).where(WebUser.username == "sanne"))
        assert user.locked_until > datetime.now(timezone.utc) + timedelta(minutes=14)
        user.locked_until = datetime.now(timezone.utc) - timedelta(seconds=1)  # fifteen minutes later
    assert log_in(client, "sanne").status_code == 303


def test_unknown_user_gets_the_same_answer(client: TestClient) -> None:
    unknown = log_in(client, "nobody", "whatever password")
    wrong = log_in(client, "sanne", "whatever password")
    message = translator("nl").gettext("Wrong username or password.")
    assert unknown.status_code == wrong.status_code == 401
    assert message in unknown.text and message in wrong.text


def test_logout_ends_the_session_on_the_server(client: TestClient) -> None:
    log_in(client, "sanne")
    old_cookie = client.cookies.get(SESSION_COOKIE)
    token = csrf(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    client.cookies.set(SESSION_COOKIE, old_cookie)  # a stolen copy of the cookie no longer works
    assert client.get("/", follow_redirects=False).status_code == 303


@pytest.mark.real_password_hashing
def test_passwords_are_stored_with_argon2id_at_the_rfc_9106_parameters(settings: Settings) -> None:
    """In production (not the tests' cheapest parameters, tests/conftest.py) a password is an argon2id hash with RFC
    9106's low-memory parameters, and a login with a hash made with weaker ones stores it again with these."""
    from argon2 import PasswordHasher, extract_parameters, profiles

    from tests import factories

    with session_scope(session_factory(settings.database_url)) as session:
        user = factories.web_user(session, "sanne", WebRole.beheerder)
        assert extract_parameters(user.password_hash) == profiles.RFC_9106_LOW_MEMORY
        user.password_hash = PasswordHasher.from_parameters(profiles.CHEAPEST).hash(factories.PASSWORD)
        session.flush()
        assert authenticate(session, "sanne", factories.PASSWORD).user is not None
        assert extract_parameters(user.password_hash) == profiles.RFC_9106_LOW_MEMORY


def test_the_tests_hash_passwords_with_the_cheapest_parameters(settings: Settings) -> None:
    """The other side of the test above: the autouse fixture is in force (so the suite stays fast)."""
    from argon2 import extract_parameters, profiles

    from tests import factories

    with session_scope(session_factory(settings.database_url)) as session:
        user = factories.web_user(session, "sanne", WebRole.beheerder)
        assert extract_parameters(user.password_hash) == profiles.CHEAPEST
        assert authenticate(session, "sanne", factories.PASSWORD).user is not None
