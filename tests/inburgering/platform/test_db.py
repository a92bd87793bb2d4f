"""The database engine: private SQLite files, and errors that never carry the bound values."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from inburgering.platform.db import make_engine


def test_a_new_sqlite_file_and_its_wal_are_readable_by_this_user_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "inburgering.db"
    old_umask = os.umask(0o022)
    try:
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x TEXT)"))
            connection.execute(text("INSERT INTO t VALUES ('a')"))
            modes = {p.name: p.stat().st_mode & 0o777 for p in path.parent.iterdir()}
        engine.dispose()
    finally:
        os.umask(old_umask)
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert modes["inburgering.db"] == 0o600
    assert modes.get("inburgering.db-wal", 0o600) == 0o600 and modes.get("inburgering.db-shm", 0o600) == 0o600


def test_an_in_memory_database_creates_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for url in ("sqlite://", "sqlite:///:memory:"):
        with make_engine(url).connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
    assert list(tmp_path.iterdir()) == []


def test_database_errors_do_not_carry_bound_parameters(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x TEXT UNIQUE)"))
        connection.execute(text("INSERT INTO t VALUES (:x)"), {"x": "bel 0612345678"})
    with pytest.raises(IntegrityError) as raised, caplog.at_level(logging.DEBUG):
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (:x)"), {"x": "bel 0612345678"})
    assert "0612345678" not in str(raised.value)
    assert "hidden due to hide_parameters" in str(raised.value)
    assert "0612345678" not in caplog.text
