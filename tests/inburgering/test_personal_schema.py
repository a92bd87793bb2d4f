"""Migration 0002 (issue 4) builds exactly what the models describe, on SQLite and PostgreSQL."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from inburgering.models import Base
from inburgering.platform.migrate import alembic_config, upgrade

ISSUE_4_TABLES = {"pip_progress", "sent_reminder", "failed_link_attempt", "reschedule_request"}
ISSUE_4_COLUMNS = {("appointment", "external_id"), ("chat", "reminders_enabled"), ("chat", "expects_free_text")}


def _differences(url: str) -> list:
    engine = create_engine(url)
    with engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    return diffs


def _touches_issue_4(diff: object) -> bool:
    text = repr(diff)
    return any(table in text for table in ISSUE_4_TABLES) or any(
        table in text and column in text for table, column in ISSUE_4_COLUMNS
    )


def test_migration_0002_matches_the_models(database_url: str) -> None:
    assert [d for d in _differences(database_url) if _touches_issue_4(d)] == []


def test_migration_0002_downgrades_and_upgrades_again(database_url: str) -> None:
    command.downgrade(alembic_config(database_url), "0001")
    engine = create_engine(database_url)
    inspector = inspect(engine)
    assert not ISSUE_4_TABLES & set(inspector.get_table_names())
    assert "external_id" not in {c["name"] for c in inspector.get_columns("appointment")}
    engine.dispose()

    upgrade(database_url)
    engine = create_engine(database_url)
    inspector = inspect(engine)
    assert ISSUE_4_TABLES <= set(inspector.get_table_names())
    assert {"reminders_enabled", "expects_free_text"} <= {c["name"] for c in inspector.get_columns("chat")}
    engine.dispose()
