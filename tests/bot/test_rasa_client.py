"""The bot's Rasa client with one or several Rasa servers on one tracker store."""

from __future__ import annotations

import httpx
import pytest

from bot.rasa_client import RasaClient, RasaUnavailable

A, B = "http://rasa-a.test", "http://rasa-b.test"


def client_with(handler) -> RasaClient:
    return RasaClient([A, B], client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))


def answering(calls: list[str], down: set[str] = frozenset(), read_timeout: set[str] = frozenset()):
    def handler(request: httpx.Request) -> httpx.Response:
        host = f"{request.url.scheme}://{request.url.host}"
        calls.append(host)
        if host in down:
            raise httpx.ConnectError("connection refused", request=request)
        if host in read_timeout:
            raise httpx.ReadTimeout("no answer", request=request)
        return httpx.Response(200, json=[{"recipient_id": "x", "text": f"answer from {host}"}])
    return handler


async def test_each_chat_keeps_one_server_and_chats_spread_over_both() -> None:
    calls: list[str] = []
    rasa = client_with(answering(calls))
    first = {}
    for n in range(40):
        sender = f"pseudonym-{n}"
        replies = await rasa.send(sender, "hallo", {})
        again = await rasa.send(sender, "nog een vraag", {})
        assert replies[0].text == again[0].text  # the same server both times: its turns stay in order
        first[sender] = replies[0].text
    assert set(first.values()) == {f"answer from {A}", f"answer from {B}"}
    assert len(calls) == 80  # one request per message, no retries


async def test_a_server_that_is_down_is_skipped_for_the_next() -> None:
    calls: list[str] = []
    rasa = client_with(answering(calls, down={A}))
    senders = [f"chat-{n}" for n in range(20)]
    for sender in senders:
        replies = await rasa.send(sender, "hallo", {})
        assert replies[0].text == f"answer from {B}"
    # chats that belong to A tried A first, then B; B's chats went straight to B
    assert calls.count(A) + len(senders) == len(calls) and 0 < calls.count(A) < len(senders)


async def test_a_request_that_reached_a_server_is_not_sent_to_another() -> None:
    calls: list[str] = []
    rasa = client_with(answering(calls, read_timeout={A, B}))
    with pytest.raises(RasaUnavailable, match="ReadTimeout"):
        await rasa.send("chat-1", "hallo", {})
    assert len(calls) == 1  # Rasa may have stored the message already: sending it twice would duplicate it


async def test_all_servers_down_is_an_outage() -> None:
    calls: list[str] = []
    rasa = client_with(answering(calls, down={A, B}))
    with pytest.raises(RasaUnavailable, match="ConnectError"):
        await rasa.send("chat-1", "hallo", {})
    assert sorted(calls) == [A, B]


async def test_one_url_as_a_string_is_one_server() -> None:
    calls: list[str] = []
    rasa = RasaClient(A + "/", client=httpx.AsyncClient(transport=httpx.MockTransport(answering(calls))))
    assert rasa.urls_for("anyone") == (f"{A}/webhooks/rest/webhook",)
    assert (await rasa.send("anyone", "hallo", {}))[0].text == f"answer from {A}"


def test_no_server_is_refused() -> None:
    with pytest.raises(ValueError):
        RasaClient([])


def test_the_bot_waits_for_every_rasa_server(tmp_path) -> None:
    from bot.readiness import health_urls
    from inburgering.platform.settings import load_settings

    settings = load_settings({"INBURGERING_VAR_DIR": str(tmp_path), "RASA_URL": f"{A},{B}"})
    urls = health_urls(settings)
    assert urls[:2] == (f"{A}/", f"{B}/") and urls[2].endswith("/health") and len(urls) == 3
