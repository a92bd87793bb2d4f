"""``python -m bot``: the Telegram bot, or the local demo chat when no token is set."""

from __future__ import annotations

import argparse

from inburgering.platform.logging_setup import configure_logging
from inburgering.platform.settings import get_settings


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the Telegram bot (or the local demo chat).")
    parser.add_argument("--demo-chat", action="store_true", help="serve the local web demo chat instead of Telegram")
    args = parser.parse_args()
    settings = get_settings()
    configure_logging(settings.log_level)
    if args.demo_chat or not settings.telegram_token:
        from bot.demo_chat import run as run_demo_chat

        run_demo_chat(settings)
    else:
        from bot.application import run

        run(settings)


if __name__ == "__main__":
    main()
