"""``python -m actions``: start the action + NLG server."""

from __future__ import annotations

import argparse

from inburgering.platform.logging_setup import configure_logging
from inburgering.platform.settings import get_settings


def main() -> None:
    settings = get_settings()
    parser = argparse.ArgumentParser(description="Run the action and NLG server for Rasa.")
    parser.add_argument("--host", default=settings.action_server_host)
    parser.add_argument("--port", type=int, default=settings.action_server_port)
    args = parser.parse_args()
    configure_logging(settings.log_level)
    from actions.server import run

    run(args.host, args.port)


if __name__ == "__main__":
    main()
