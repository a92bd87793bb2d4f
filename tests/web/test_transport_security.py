"""Cookies, HSTS and text the inbox shows: Secure from a setting, bidi overrides never shown raw."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat, FeedbackItem, FeedbackKind, FeedbackTopic
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.review import review
from tests import factories
from tests.web.conftest import FakeEngine, World, log_in
from web.app import create_app
from web.deps import LOGIN_CSRF_COOKIE, SESSION_COOKIE
from web.i18n import make_templates


def _session_cookie(answer) -> str:
    return next(c for c in answer.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))


def test_cookies_are_secure_and_hsts_is_sent_by_default_whatever_the_host_header(
    settings: Settings, world: World
) -> None:
    secure = settings.model_copy(update={"cookie_secure": True})
    # Behind a proxy that sends "Host: 127.0.0.1" the Host header alone would have turned Secure off.
    with TestClient(create_app(secure, engine=FakeEngine(), background_translation=False),
                    base_url="http://127.0.0.1") as client:
        answer = client.get("/login")
        login_cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith(LOGIN_CSRF_COOKIE))
        assert "Secure" in login_cookie
        assert answer.headers["strict-transport-security"] == "max-age=31536000"


def test_cookie_secure_false_is_for_plain_http_on_this_machine_only(settings: Settings, world: World) -> None:
    assert settings.cookie_secure is False  # the tests' settings, as `make run`
    app = create_app(settings, engine=FakeEngine(), background_translation=False)
    with TestClient(app, base_url="http://127.0.0.1") as local:
        assert "Secure" not in _session_cookie(log_in(local, "sanne"))
        assert "strict-transport-security" not in local.get("/login").headers
    with TestClient(app, base_url="http://inbox.zwolle.test") as remote:
        answer = remote.get("/login")
        assert "Secure" in next(c for c in answer.headers.get_list("set-cookie") if c.startswith(LOGIN_CSRF_COOKIE))
        assert "strict-transport-security" in answer.headers


def test_bidi_overrides_in_a_users_message_are_not_shown(client: TestClient, settings: Settings, world: World) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        chat = session.scalar(select(Chat).where(Chat.telegram_chat_id == 7001))
        escalation = factories.escalation(session, chat, text="zie bijlage \u202egpj.exe\u202c en \u2066x\u2069")
        escalation_id = escalation.id
    log_in(client, "sanne")
    page = client.get(f"/escalations/{escalation_id}").text
    assert "zie bijlage gpj.exe en x" in page
    assert not any(char in page for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_every_template_value_loses_its_bidi_overrides_escaped_or_not() -> None:
    template = make_templates().env.from_string("{{ a }}|{{ b|e }}|{{ c|without_bidi }}|{{ n }}")
    assert template.render(a="\u202e<b>", b="\u2067y", c="\u202dz", n=5) == "&lt;b&gt;|y|z|5"


def test_the_csv_export_neutralises_formulas_after_a_tab_or_carriage_return(session: Session) -> None:
    texts = ["\t=HYPERLINK(\"x\")", "\r=cmd", "\n@SUM(A1)", "\uff1d1+1", "=1", "-2", "+3", "@x", "gewoon"]
    for text in texts:
        session.add(FeedbackItem(reviewer="r", kind=FeedbackKind.comment, topic=FeedbackTopic.pvt, language="nl",
                                 text=text))
    session.flush()
    rows = list(csv.reader(io.StringIO(review.export_csv(session))))
    cells = [row[5] for row in rows[1:]]
    assert cells == ["'" + text for text in texts[:-1]] + ["gewoon"]
