from sqlalchemy import create_engine, inspect

from inburgering.migrate import upgrade
from inburgering.models import Base


def test_migrations_create_every_table(database_url: str) -> None:
    upgrade(database_url)  # a second upgrade is a no-op
    engine = create_engine(database_url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
