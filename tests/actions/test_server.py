"""Only Rasa may call the action and NLG server: it must send the shared secret (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from actions.server import create_app, token_accepted
from inburgering.platform.settings import PROJECT_ROOT, get_settings

TOKEN = "the-shared-secret"
NLG_BODY = {"response": "utter_greet", "arguments": {}, "tracker": {"latest_message": {"metadata": {}}}}
# An action that answers with a person's appointments, as the pseudonym in the call.
ACTION_CALL = {"next_action": "action_next_appointment", "sender_id": "someone's pseudonym", "version": "3.6.21",
               "tracker": {"sender_id": "someone's pseudonym", "slots": {}, "latest_message": {}, "events": []},
               "domain": {}}


def test_the_token_check_accepts_only_the_exact_secret() -> None:
    assert token_accepted(TOKEN, TOKEN)
    assert not token_accepted(None, TOKEN)
    assert not token_accepted("", TOKEN)
    assert not token_accepted(TOKEN + "x", TOKEN)
    assert not token_accepted(TOKEN.upper(), TOKEN)
    assert not token_accepted("", "")  # no secret configured: nobody gets in, not even without a token


@pytest.mark.parametrize("path, body", [("/nlg", NLG_BODY), ("/webhook", ACTION_CALL)])
@pytest.mark.parametrize("query", ["", "?token=wrong", "?token=", f"?other={TOKEN}"])
async def test_calls_without_the_right_token_are_refused(path: str, body: dict, query: str) -> None:
    app = create_app(token=TOKEN)
    _, answer = await app.asgi_client.post(path + query, json=body)
    assert answer.status == 403
    assert "text" not in answer.json and "events" not in answer.json


async def test_the_action_list_needs_the_token_too() -> None:
    app = create_app(token=TOKEN)
    _, refused = await app.asgi_client.get("/actions")
    _, listed = await app.asgi_client.get(f"/actions?token={TOKEN}")
    assert refused.status == 403
    assert listed.status == 200 and {"name": "action_next_appointment"} in listed.json


async def test_rasa_s_calls_with_the_token_are_answered_and_health_is_open() -> None:
    app = create_app(token=TOKEN)
    _, rendered = await app.asgi_client.post(f"/nlg?token={TOKEN}", json=NLG_BODY)
    assert rendered.status == 200 and rendered.json["custom"]["response"] == "utter_greet"
    _, health = await app.asgi_client.get("/health")
    assert health.status == 200


async def test_the_token_comes_from_the_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INBURGERING_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "from-the-environment")
    get_settings.cache_clear()
    try:
        app = create_app()
    finally:
        get_settings.cache_clear()
    _, refused = await app.asgi_client.post(f"/nlg?token={TOKEN}", json=NLG_BODY)
    _, answered = await app.asgi_client.post("/nlg?token=from-the-environment", json=NLG_BODY)
    assert (refused.status, answered.status) == (403, 200)


def test_rasa_sends_the_token_to_both_endpoints() -> None:
    """endpoints.yml: Rasa's EndpointConfig sends ``token:`` as the query parameter ``token``."""
    endpoints = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text())
    for section in ("action_endpoint", "nlg"):
        assert endpoints[section]["token"] == "${ACTION_SERVER_TOKEN}"
        assert endpoints[section].get("token_name", "token") == "token"
