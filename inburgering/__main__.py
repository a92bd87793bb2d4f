"""``python -m inburgering``: database and demo-data commands."""

from __future__ import annotations

import argparse
import sys

from inburgering import cli
from inburgering.db import session_factory, session_scope
from inburgering.settings import get_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inburgering")
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init-db", help="create or upgrade the database (Alembic)")
    init.add_argument("--demo", action="store_true", help="also load the demo data")
    cli.add_commands(commands)
    args = parser.parse_args(argv)

    settings = get_settings()
    status = cli.run(args, settings)
    if status is not None:
        return status
    if args.command == "init-db":
        from inburgering.migrate import upgrade

        if settings.sqlite_path:
            settings.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        upgrade(settings.database_url)
        if args.demo:
            from inburgering.demo import DEMO_LINK_CODE, seed

            with session_scope(session_factory(settings.database_url)) as session:
                seed(session)
            print(f"demo data ready; link a chat with: /start {DEMO_LINK_CODE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
