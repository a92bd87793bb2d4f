"""Demo logins for the inbox (DEMO=true): a regisseur for the demo person, and a beheerder.

The passwords are random, made once per machine and kept in ``var/`` (never a
known password, even in a demo that runs somewhere by mistake).
"""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Regisseur, WebRole, WebUser
from web.auth import create_user

DEMO_REGISSEUR_NAME = "Sanne de Vries"  # the demo regisseur of inburgering.people.demo
CREDENTIALS_FILE = "inbox-demo-logins.txt"


def seed_demo_users(session: Session, var_dir: Path) -> Path | None:
    """Create the demo logins once; returns the file with their passwords (None: nothing to do)."""
    if session.scalar(select(WebUser.id).limit(1)) is not None:
        return var_dir / CREDENTIALS_FILE if (var_dir / CREDENTIALS_FILE).exists() else None
    regisseur = session.scalar(select(Regisseur).where(Regisseur.name == DEMO_REGISSEUR_NAME))
    if regisseur is None:
        return None
    lines = []
    for username, role, regisseur_id in (("sanne", WebRole.regisseur, regisseur.id),
                                         ("beheer", WebRole.beheerder, None)):
        password = secrets.token_urlsafe(12)
        create_user(session, username, password, role, regisseur_id)
        lines.append(f"{username} / {password}  ({role.value})")
    var_dir.mkdir(parents=True, exist_ok=True)
    path = var_dir / CREDENTIALS_FILE
    path.write_text("Inbox demo logins (username / password):\n" + "\n".join(lines) + "\n")
    path.chmod(0o600)
    return path
