"""Database engine and sessions (SQLAlchemy 2). Nothing connects at import time."""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL and foreign keys (bot and actions share it)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - driver hook
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


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
