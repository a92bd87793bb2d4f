"""The webhook router in front of several bots (bot/webhook_router.py), with real HTTP servers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.webhook_router import (
    BACKEND_HEADER,
    SECRET_HEADER,
    WebhookRouter,
    backends_from,
    chat_key,
    rendezvous_order,
)
from inburgering.platform.stack import free_port

SECRET = "router-test-secret"


@dataclass
class Bot:
    """A bot's webhook: records what it got, answers 200 (or ``status``)."""

    status: int = 200
    updates: list[dict] = field(default_factory=list)
    secrets: list[str | None] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        self.secrets.append(request.headers.get(SECRET_HEADER))
        self.updates.append(await request.json())
        return web.Response(status=self.status)


@dataclass
class Setup:
    client: TestClient
    router: WebhookRouter
    bots: list[Bot]
    servers: list[TestServer]
    clock: list[float]


async def _setup(bots: list[Bot], down: tuple[int, ...] = ()) -> tuple[WebhookRouter, list[TestServer], list[str]]:
    servers, urls = [], []
    for index, bot in enumerate(bots):
        if index in down:  # a port nobody listens on: a dead bot
            urls.append(f"http://127.0.0.1:{free_port()}/telegram")
            continue
        app = web.Application()
        app.router.add_post("/telegram", bot.handle)
        server = TestServer(app)
        await server.start_server()
        servers.append(server)
        urls.append(str(server.make_url("/telegram")))
    return urls, servers


@pytest.fixture
async def three() -> AsyncIterator[Setup]:
    bots = [Bot(), Bot(), Bot()]
    urls, servers = await _setup(bots)
    clock = [1000.0]
    router = WebhookRouter(urls, secret=SECRET, retry_down_seconds=10.0, clock=lambda: clock[0])
    client = TestClient(TestServer(router.application()))
    await client.start_server()
    yield Setup(client, router, bots, servers, clock)
    await client.close()
    for server in servers:
        await server.close()


def message(update_id: int, chat_id: int, text: str = "wat is de PVT?") -> dict:
    return {"update_id": update_id, "message": {"message_id": update_id, "date": 0, "text": text,
                                                "chat": {"id": chat_id, "type": "private"},
                                                "from": {"id": chat_id, "is_bot": False, "first_name": "A"}}}


async def post(client: TestClient, update: dict, secret: str | None = SECRET):
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    return await client.post("/telegram", data=json.dumps(update), headers=headers)


def test_chat_key_of_every_kind_of_update() -> None:
    assert chat_key(message(1, 42)) == 42
    assert chat_key({"update_id": 2, "edited_message": {"chat": {"id": -7}}}) == -7
    assert chat_key({"update_id": 3, "callback_query": {"id": "x", "from": {"id": 5},
                                                        "message": {"chat": {"id": 43}}}}) == 43
    assert chat_key({"update_id": 4, "callback_query": {"id": "x", "from": {"id": 5}}}) == 5  # inline message
    assert chat_key({"update_id": 5, "my_chat_member": {"chat": {"id": 44}, "from": {"id": 1}}}) == 44
    assert chat_key({"update_id": 6, "inline_query": {"id": "q", "from": {"id": 45}}}) == 45
    assert chat_key({"update_id": 7, "poll": {"id": "p"}}) is None
    assert chat_key(["not", "an", "update"]) is None


def test_rendezvous_order_is_stable_and_moves_only_a_removed_bots_chats() -> None:
    three = ["http://a/telegram", "http://b/telegram", "http://c/telegram"]
    owners = {chat: three[rendezvous_order(chat, three)[0]] for chat in range(3000)}
    assert owners == {chat: three[rendezvous_order(chat, three)[0]] for chat in range(3000)}
    shares = [list(owners.values()).count(url) for url in three]
    assert all(800 < share < 1200 for share in shares), shares  # an even spread
    two = three[:2]
    moved = [chat for chat in owners if owners[chat] != two[rendezvous_order(chat, two)[0]]]
    assert moved and all(owners[chat] == three[2] for chat in moved)  # only bot c's chats moved


def test_backends_from_setting() -> None:
    assert backends_from(" http://a:1/telegram, ,http://b:2/telegram ") == ["http://a:1/telegram", "http://b:2/telegram"]
    with pytest.raises(ValueError):
        WebhookRouter([])


async def test_a_chats_updates_all_go_to_one_bot(three: Setup) -> None:
    for chat in range(1, 31):
        for number in range(3):
            answer = await post(three.client, message(chat * 10 + number, chat))
            assert answer.status == 200
    by_chat: dict[int, set[int]] = {}
    for index, bot in enumerate(three.bots):
        for update in bot.updates:
            by_chat.setdefault(update["message"]["chat"]["id"], set()).add(index)
        ids = [u["update_id"] for u in bot.updates]
        assert ids == sorted(ids)  # each bot got its chats' updates in order
    assert len(by_chat) == 30 and all(len(bots) == 1 for bots in by_chat.values())
    assert sum(1 for bot in three.bots if bot.updates) == 3  # all three bots have chats
    assert all(secret == SECRET for bot in three.bots for secret in bot.secrets)  # passed on to the bot
    assert three.router.counts["routed"] == 90 and three.router.counts["failed_over"] == 0


async def test_answer_names_the_bot(three: Setup) -> None:
    answer = await post(three.client, message(1, 77))
    index = int(answer.headers[BACKEND_HEADER])
    assert index == rendezvous_order(77, three.router.backends)[0]
    assert three.bots[index].updates[0]["update_id"] == 1


async def test_a_dead_bots_chats_go_to_the_next_and_come_back_after_the_window(three: Setup) -> None:
    chat = 101
    own = rendezvous_order(chat, three.router.backends)[0]
    await three.servers[own].close()  # the chat's own bot dies
    answer = await post(three.client, message(1, chat))
    assert answer.status == 200
    second = int(answer.headers[BACKEND_HEADER])
    assert second != own and second == rendezvous_order(chat, three.router.backends)[1]
    assert three.router.counts["failed_over"] == 1
    # Within the window the dead bot is tried last: no second connection attempt to it first.
    assert three.router.order(chat)[-1] == own
    answer = await post(three.client, message(2, chat))
    assert int(answer.headers[BACKEND_HEADER]) == second
    assert three.router.counts["failed_over"] == 1
    health = await (await three.client.get("/health")).json()
    assert health["down"] == [own] and health["backends"] == 3
    three.clock[0] += 11  # after the window the chat's own bot is tried first again
    assert three.router.order(chat)[0] == own


async def test_a_bot_answering_5xx_is_passed_over(three: Setup) -> None:
    chat = 202
    own = rendezvous_order(chat, three.router.backends)[0]
    three.bots[own].status = 500
    answer = await post(three.client, message(1, chat))
    assert answer.status == 200 and int(answer.headers[BACKEND_HEADER]) != own
    three.bots[own].status = 403  # a 4xx is the bot's answer (e.g. a wrong secret): passed back as it is
    three.clock[0] += 11
    answer = await post(three.client, message(2, chat))
    assert answer.status == 403 and int(answer.headers[BACKEND_HEADER]) == own


async def test_no_bot_up_answers_503_so_telegram_delivers_again() -> None:
    urls, servers = await _setup([Bot(), Bot()], down=(0, 1))
    assert not servers
    router = WebhookRouter(urls, secret=SECRET, timeout_seconds=2.0)
    client = TestClient(TestServer(router.application()))
    await client.start_server()
    try:
        answer = await post(client, message(1, 5))
        assert answer.status == 503
        assert router.counts["routed"] == 0
    finally:
        await client.close()


async def test_posts_without_the_secret_or_json_are_refused(three: Setup) -> None:
    assert (await post(three.client, message(1, 9), secret=None)).status == 403
    assert (await post(three.client, message(1, 9), secret="wrong")).status == 403
    answer = await three.client.post("/telegram", data=b"{not json", headers={SECRET_HEADER: SECRET})
    assert answer.status == 400
    assert all(not bot.updates for bot in three.bots)
    assert three.router.counts["refused"] == 3


async def test_an_update_without_a_chat_is_still_delivered(three: Setup) -> None:
    answer = await post(three.client, {"update_id": 9, "poll": {"id": "p", "question": "?"}})
    assert answer.status == 200
    assert sum(len(bot.updates) for bot in three.bots) == 1
    assert three.router.counts["unroutable"] == 1


async def test_router_logs_no_update_text(three: Setup, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="bot.webhook_router")
    await three.servers[rendezvous_order(303, three.router.backends)[0]].close()
    await post(three.client, message(1, 303, text="mijn geheime vraag over de boete"))
    assert caplog.records  # the fail-over is logged
    assert all("geheime" not in record.getMessage() for record in caplog.records)
