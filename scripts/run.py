"""`make run`: start Rasa, the action/NLG server, the bot and the inbox; keep them running; Ctrl-C stops them all.

A service that crashes is started again with back-off (1 s, 2 s, 4 s, ... at most 30 s) while the
others keep running; see :class:`inburgering.platform.stack.Stack`.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from inburgering.people.demo import DEMO_LINK_CODE  # noqa: E402
from inburgering.platform.settings import get_settings  # noqa: E402
from inburgering.platform.stack import Stack  # noqa: E402
from inburgering.text.translation import MachineTranslator, packages_dir  # noqa: E402
from inburgering.text.translation.cli import availability_lines  # noqa: E402


def main() -> int:
    settings = get_settings()
    logs = settings.var_dir / "logs"
    stack = Stack(env=dict(os.environ), log_dir=logs, rasa_port=5005, rasa_processes=settings.rasa_processes,
                  action_port=settings.action_server_port,
                  inbox_port=settings.inbox_port, on_event=lambda message: print(message, flush=True))
    print("Starting Rasa, the action server and the bot (Rasa needs ~30 s)...", flush=True)
    stack.start()
    if settings.telegram_token:
        channel = f"Telegram bot ({settings.telegram_mode}) via {settings.telegram_base_url}"
    else:
        channel = f"demo chat (no TELEGRAM_TOKEN): open http://127.0.0.1:{settings.demo_chat_port}/"
    print(
        "\nRunning:\n"
        f"  Rasa server{'s' if len(stack.rasa_ports) > 1 else ' '}         "
        + ", ".join(f"http://127.0.0.1:{port}" for port in stack.rasa_ports) + "\n"
        f"  Action + NLG server  http://127.0.0.1:{stack.action_port}\n"
        f"  Channel              {channel}\n"
        f"  Inbox (regisseurs)   http://127.0.0.1:{settings.inbox_port}/"
        + (f"  (demo logins: {settings.var_dir / 'inbox-demo-logins.txt'})" if settings.demo else "") + "\n"
        f"  Database             {settings.database_url}\n"
        f"  Logs                 {logs}/\n"
        f"  Demo person          link a chat with: /start {DEMO_LINK_CODE}\n"
        "Press Ctrl-C to stop.",
        flush=True,
    )
    # Issue 16: which inbox directions have machine translation, and how to add the missing ones.
    print("Machine translation in the inbox:", *availability_lines(MachineTranslator(packages_dir(settings.var_dir))),
          sep="\n", flush=True)
    stopping = threading.Event()

    def stop(*_: object) -> None:
        stopping.set()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    stack.keep_running()
    try:
        while not stopping.wait(1.0):
            pass
    finally:
        print("\nStopping...", flush=True)
        stack.stop()
        print("Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
