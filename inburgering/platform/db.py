"""Database engine and sessions (SQLAlchemy 2). Nothing connects at import time.

Errors never carry the statement's bound values (``hide_parameters``): those are messages,
names and phone numbers, and errors end up in logs. A SQLite file is created readable by this
user only (its WAL and journal files take the same mode).
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL and foreign keys (bot and actions share it)."""
    if url.startswith("sqlite"):
        _private_sqlite_file(url)
        engine = create_engine(url, connect_args={"timeout": 15}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - driver hook
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _private_sqlite_file(url: str) -> None:
    """Create a new database file 0600 (its directory 0700) before SQLite creates it with the umask's mode."""
    name = url.partition(":///")[2].split("?", 1)[0]
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    path = Path(name)
    if path.exists():
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:  # another process made it meanwhile
        pass


@lru_cache(maxsize=4)
def session_factory(url: str) -> sessionmaker[Session]:
    """One session factory (and engine) per database URL per process."""
    return sessionmaker(bind=make_engine(url), expire_on_commit=False)


def session_scope(factory: sessionmaker[Session]) -> AbstractContextManager[Session]:
    """A transaction: commit on success, roll back on error, then close (``sessionmaker.begin()``).

    The block must not call ``commit()`` or ``rollback()`` itself: the context manager ends the
    transaction, and SQLAlchemy refuses work on a transaction that was ended inside it.
    """
    return factory.begin()


def upsert_insert(session: Session, table) -> PostgresqlInsert | SqliteInsert:
    """An INSERT for ``table`` with ``ON CONFLICT`` (both dialects have it; SQLite >= 3.24)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql_insert(table)
    return sqlite_insert(table)
