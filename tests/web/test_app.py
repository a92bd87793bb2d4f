"""The app's wiring: no route or dependency runs blocking work on the event loop."""

from __future__ import annotations

import inspect

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from inburgering.platform.settings import Settings
from tests.web.conftest import FakeEngine
from web.app import create_app

# Routes that do no blocking work at all may stay coroutines.
ASYNC_ALLOWED = {"/health"}


def _api_routes(routes: list) -> list[APIRoute]:
    """Every APIRoute, also inside included routers (FastAPI 0.16x keeps those as one entry each)."""
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        included = getattr(route, "original_router", None)
        if included is not None:
            found += _api_routes(included.routes)
    return found


def _calls(dependant: Dependant) -> list:
    """The endpoint and every dependency FastAPI calls for it, depth first."""
    found = [dependant.call]
    for sub in dependant.dependencies:
        found += _calls(sub)
    return found


def test_routes_that_touch_the_database_are_plain_functions(settings: Settings) -> None:
    """Plain ``def`` routes run in FastAPI's threadpool: SQLAlchemy, argon2 and Argos never stall /health.

    (issue 10: async routes running synchronous work took /health from 21 ms to 250-980 ms during a
    burst of logins.) Structural on purpose: a timing assertion would be flaky on a shared machine.
    """
    app = create_app(settings, engine=FakeEngine(), background_translation=False)
    routes = _api_routes(app.routes)
    assert {"/login", "/", "/escalations/{escalation_id}/preview", "/review/items"} <= {r.path for r in routes}
    coroutines = {
        (route.path, getattr(call, "__name__", repr(call)))
        for route in routes for call in _calls(route.dependant)
        if call is not None and (inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call))
    }
    assert {path for path, _ in coroutines} <= ASYNC_ALLOWED, coroutines
    health = next(route for route in routes if route.path == "/health")
    assert health.dependant.dependencies == []  # nothing hidden behind the one async route


def test_status_counts_waiting_and_failed_rows_per_queue(client, settings: Settings) -> None:
    from datetime import datetime, timezone

    from sqlalchemy import select

    from inburgering.models import Chat, PendingMessage
    from inburgering.platform.db import session_factory, session_scope

    with session_scope(session_factory(settings.database_url)) as session:
        chat = session.scalars(select(Chat.id)).first()
        session.add(PendingMessage(chat_id=chat, text="wanneer is mijn afspraak", language="nl"))
        session.add(PendingMessage(chat_id=chat, text="x", language="nl", failed_at=datetime.now(timezone.utc)))
    body = client.get("/status").json()
    assert body["status"] == "ok"
    assert body["queues"]["kept_messages"] == {"waiting": 1, "failed": 1}
    assert body["queues"]["outbox"]["failed"] == 0
    # Counts only: no message text leaves through this page.
    assert "afspraak" not in client.get("/status").text
