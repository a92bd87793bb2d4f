"""Erasure and retention reach Rasa's own tracker store (its SQL ``events`` table)."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, text

from inburgering.platform.rasa_tracker import (
    forget_conversation,
    purge_old_events,
    tracker_store_url,
    with_our_driver,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)

# The table as Rasa 3.6's SQLTrackerStore creates it.
RASA_EVENTS = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT
)
"""


def _store(tmp_path: Path) -> str:
    return _fill(f"sqlite:///{tmp_path / 'rasa_tracker.db'}")


def _fill(url: str) -> str:
    engine = create_engine(with_our_driver(url))
    with engine.begin() as connection:
        postgresql = engine.dialect.name == "postgresql"
        connection.execute(text(RASA_EVENTS.replace("INTEGER PRIMARY KEY", "SERIAL PRIMARY KEY") if postgresql
                                else RASA_EVENTS))
        for sender, age_days, data in [
            ("alice", 1, '{"text": "ik heb schulden"}'),
            ("alice", 120, '{"text": "oud bericht"}'),
            ("bob", 1, '{"text": "wat is pvt"}'),
            ("bob", 100, '{"text": "nog ouder"}'),
        ]:
            connection.execute(
                text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, :d)"),
                {"s": sender, "t": (NOW - timedelta(days=age_days)).timestamp(), "d": data},
            )
    engine.dispose()
    return url


def _rows(url: str) -> list[tuple[str, str]]:
    engine = create_engine(with_our_driver(url))
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT sender_id, data FROM events ORDER BY id")).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_forget_deletes_only_that_conversation(tmp_path: Path) -> None:
    url = _store(tmp_path)
    assert forget_conversation(url, "alice") == 2
    assert [sender for sender, _ in _rows(url)] == ["bob", "bob"]
    assert "schulden" not in str(_rows(url))


def test_retention_deletes_events_older_than_the_period(tmp_path: Path) -> None:
    url = _store(tmp_path)
    assert purge_old_events(url, days=90, now=NOW) == 2
    assert _rows(url) == [("alice", '{"text": "ik heb schulden"}'), ("bob", '{"text": "wat is pvt"}')]


def test_a_store_rasa_never_wrote_to_is_fine(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    assert forget_conversation(url, "alice") == 0
    assert purge_old_events(url, days=90, now=NOW) == 0


def test_url_is_built_like_rasa_builds_it() -> None:
    assert tracker_store_url("sqlite", "", "/x/rasa.db") == "sqlite:////x/rasa.db"
    assert tracker_store_url("postgresql", "db.local:5432", "rasa") == "postgresql://db.local:5432/rasa"
    assert tracker_store_url("postgresql", "postgresql://u@h/rasa", "ignored") == "postgresql://u@h/rasa"


def test_forget_and_retention_on_a_postgresql_store_named_as_rasa_names_it(database_url: str) -> None:
    # Rasa gets "postgresql://..." (endpoints.multi.yml; README): to this SQLAlchemy (2.1) that meant
    # psycopg 3, which is not installed, so /vergeet and the retention job failed on PostgreSQL.
    url = database_url.replace("postgresql+psycopg2://", "postgresql://")
    _fill(url)
    assert forget_conversation(url, "alice") == 2
    assert purge_old_events(url, days=90, now=NOW) == 1
    assert _rows(url) == [("bob", '{"text": "wat is pvt"}')]


def test_our_driver_for_rasas_url() -> None:
    assert with_our_driver("postgresql://u@h:5432/rasa").drivername == "postgresql+psycopg2"
    assert with_our_driver("postgresql+psycopg2://u@h/rasa").drivername == "postgresql+psycopg2"
    assert with_our_driver("sqlite:////x/rasa.db").drivername == "sqlite"
