"""The action server: rasa-sdk's /webhook plus our /nlg endpoint, in one Sanic app."""

from __future__ import annotations

import logging

from rasa_sdk.endpoint import create_app as create_action_app
from rasa_sdk.executor import ActionExecutor
from sanic import Sanic

from actions.nlg import nlg_endpoint

log = logging.getLogger(__name__)


def create_app() -> Sanic:
    executor = ActionExecutor()
    executor.register_package("actions")
    app = create_action_app(executor)
    app.add_route(nlg_endpoint, "/nlg", methods=["POST"])
    return app


def run(host: str, port: int) -> None:
    app = create_app()
    log.info("action and NLG server on http://%s:%d", host, port)
    app.run(host=host, port=port, single_process=True, access_log=False, motd=False)
