"""Erasure and retention in Rasa's own SQL tracker store.

Rasa keeps every conversation (pseudonymous, but with the texts) in its
tracker store's ``events`` table. ``/vergeet`` and the retention job must
reach it too; Rasa's HTTP API cannot delete events, so we delete the rows in
the same database Rasa uses (configured through the same RASA_TRACKER_*
variables as endpoints.yml).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import column, create_engine, delete, inspect, table
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

# Rasa 3.6's SQLTrackerStore table (rasa/core/tracker_store.py: SQLEvent).
EVENTS = table("events", column("sender_id"), column("timestamp"))


def tracker_store_url(dialect: str, host: str, db: str) -> str:
    """The SQLAlchemy URL Rasa builds from endpoints.yml's dialect/url/db."""
    if host and "://" in host:
        return host
    if dialect == "sqlite" or not host:
        return f"sqlite:///{db}"
    return f"{dialect}://{host}/{db}"


def with_our_driver(url: str) -> URL:
    """Rasa's tracker store URL, for this process's SQLAlchemy.

    A plain ``postgresql://`` means psycopg2 to Rasa's SQLAlchemy 1.4 but psycopg 3 to SQLAlchemy 2.1,
    which is not installed here (erasure and retention then failed on a PostgreSQL tracker store):
    the driver both sides have is named.
    """
    database = make_url(url)
    if database.drivername == "postgresql":
        database = database.set(drivername="postgresql+psycopg2")
    return database


def _delete(url: str, condition) -> int:
    database = with_our_driver(url)
    if database.get_backend_name() == "sqlite" and not Path(database.database or "").exists():
        return 0  # Rasa has not created its store (yet); never create an empty one here
    engine = create_engine(database)
    try:
        if not inspect(engine).has_table("events"):
            return 0  # Rasa has not stored a conversation yet
        with engine.begin() as connection:
            return connection.execute(delete(EVENTS).where(condition)).rowcount
    finally:
        engine.dispose()


def forget_conversation(url: str, pseudonym: str) -> int:
    """Delete every stored event of one conversation (``/vergeet``). Returns how many."""
    return _delete(url, EVENTS.c.sender_id == pseudonym)


def purge_old_events(url: str, days: int, now: datetime | None = None) -> int:
    """Delete events older than ``days`` (Rasa stores a Unix timestamp per event)."""
    cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=days)).timestamp()
    return _delete(url, EVENTS.c.timestamp < cutoff)
