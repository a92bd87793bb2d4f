"""``python -m web``: run the inbox; ``python -m web create-user``: add a login."""

from __future__ import annotations

import argparse
import getpass
import sys

from inburgering.models import WebRole
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.logging_setup import configure_logging
from inburgering.platform.settings import get_settings


def main(argv: list[str] | None = None) -> int:
    settings = get_settings()
    parser = argparse.ArgumentParser(prog="python -m web", description="The regisseurs' inbox.")
    parser.add_argument("--host", default=settings.inbox_host)
    parser.add_argument("--port", type=int, default=settings.inbox_port)
    commands = parser.add_subparsers(dest="command")
    create = commands.add_parser("create-user", help="add an inbox login (asks for the password)")
    create.add_argument("username")
    create.add_argument("--role", choices=[r.value for r in WebRole], default=WebRole.regisseur.value)
    create.add_argument("--regisseur-id", type=int, help="the regisseur whose caseload this login sees")
    create.add_argument("--gemeente", help="the municipality (profile slug) whose data this login sees "
                                           "(default: the regisseur's, else GEMEENTE; none for --role regio)")
    args = parser.parse_args(argv)
    configure_logging(settings.log_level)

    if args.command == "create-user":
        from web.auth import create_user

        password = getpass.getpass("password: ")
        with session_scope(session_factory(settings.database_url)) as session:
            create_user(session, args.username, password, WebRole(args.role), args.regisseur_id, args.gemeente)
        print(f"created {args.username}")
        return 0

    import uvicorn

    from web.app import create_app

    if settings.demo:
        from web.demo import seed_demo_users

        with session_scope(session_factory(settings.database_url)) as session:
            path = seed_demo_users(session, settings.var_dir)
        if path is not None:
            print(f"demo logins: {path}", flush=True)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning",
                proxy_headers=True, server_header=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
