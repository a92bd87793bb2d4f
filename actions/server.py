"""The action server: rasa-sdk's /webhook plus our /nlg endpoint, in one Sanic app.

Only Rasa may call it (issue 13): an action speaks as the pseudonym named in the request and
answers with that person's appointments and place, and any process on the host can reach the
port. Rasa sends the shared secret ``ACTION_SERVER_TOKEN`` with every call (endpoints.yml
``token:``, as the query parameter ``token``); every other request gets 403, except the health
check the stack, systemd and the bot's readiness wait use.
"""

from __future__ import annotations

import hmac
import logging

from rasa_sdk.endpoint import create_app as create_action_app
from rasa_sdk.executor import ActionExecutor
from sanic import Request, Sanic, response
from sanic.response import HTTPResponse

from actions.nlg import nlg_endpoint
from inburgering.platform.settings import get_settings

log = logging.getLogger(__name__)

# Rasa's EndpointConfig sends ``token:`` as this query parameter (its default ``token_name``).
TOKEN_PARAMETER = "token"
OPEN_PATHS = frozenset({"/health"})


def token_accepted(given: str | None, expected: str) -> bool:
    """The request's token is the shared secret (compared in constant time); never without one."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def create_app(token: str | None = None) -> Sanic:
    """The server; ``token`` defaults to the ``ACTION_SERVER_TOKEN`` setting."""
    expected = token if token is not None else get_settings().action_server_token
    executor = ActionExecutor()
    executor.register_package("actions")
    # No CORS headers: no browser page has any business calling the action server.
    app = create_action_app(executor, cors_origins=[])
    app.add_route(nlg_endpoint, "/nlg", methods=["POST"])

    @app.on_request
    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS or token_accepted(request.args.get(TOKEN_PARAMETER), expected):
            return None
        log.warning("refused a call to %s without the action server token", request.path)
        return response.json({"error": "forbidden"}, status=403)

    return app


def run(host: str, port: int) -> None:
    app = create_app()
    log.info("action and NLG server on http://%s:%d", host, port)
    app.run(host=host, port=port, single_process=True, access_log=False, motd=False)
