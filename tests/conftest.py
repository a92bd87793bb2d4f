"""Shared fixtures: every test gets its own fresh database (SQLite, and PostgreSQL when reachable).

The migrations run once per test session, into a template (a SQLite file; a PostgreSQL database);
each test gets a copy of it (a file copy; ``CREATE DATABASE ... TEMPLATE``), which is the same
migrated, empty database in a fraction of the time (0.3 s of migrations per test, ~1 500 tests).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from inburgering.platform.db import make_engine
from inburgering.platform.migrate import upgrade
from inburgering.platform.settings import Settings, load_settings

# Documented in the README: the server used for the PostgreSQL variant of the database tests.
DEFAULT_TEST_POSTGRES_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"


def _postgres_admin_url() -> str | None:
    url = os.environ.get("TEST_POSTGRES_URL", DEFAULT_TEST_POSTGRES_URL)
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
        return url
    except Exception:  # noqa: BLE001 - any failure means "no server here"
        if os.environ.get("CI"):
            raise RuntimeError(f"PostgreSQL tests are required under CI but {url} is not reachable")
        return None


@pytest.fixture(scope="session")
def postgres_admin_url() -> str | None:
    return _postgres_admin_url()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@contextmanager
def _postgres_database(admin_url: str, prefix: str, template: str | None = None) -> Iterator[tuple[str, str]]:
    """A new PostgreSQL database (a copy of ``template``, if given): its name and URL; dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield name, make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        from inburgering.platform.db import session_factory

        session_factory.cache_clear()  # no pooled connection may keep the database open
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str | None) -> Iterator[str | None]:
    """A migrated, empty PostgreSQL database (no connection left open); tests get copies."""
    if postgres_admin_url is None:
        yield None
        return
    with _postgres_database(postgres_admin_url, "inburgering_template") as (name, url):
        upgrade(url)
        from inburgering.platform.db import session_factory

        session_factory.cache_clear()
        yield name


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    if admin_url is None:
        message = "PostgreSQL not reachable (set TEST_POSTGRES_URL); PostgreSQL variant NOT run"
        if os.environ.get("CI"):  # CI runs on a machine with PostgreSQL: a missing one is a failure
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with _postgres_database(admin_url, "inburgering_test", request.getfixturevalue("postgres_template")) as (_, url):
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "test.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield sessionmaker(bind=engine, expire_on_commit=False)
    engine.dispose()


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session
        session.rollback()


@pytest.fixture
def settings(tmp_path: Path, sqlite_url: str) -> Settings:
    return load_settings({
        "INBURGERING_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": sqlite_url,
        "PSEUDONYM_KEY": "test-key",
        "TELEGRAM_TOKEN": "123:TEST",
        # The web tests talk plain http to 127.0.0.1 (as `make run` does); Secure is tested on its own.
        "COOKIE_SECURE": "false",
    })


# -- password hashing ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cheapest_hasher():
    from argon2 import PasswordHasher, profiles

    return PasswordHasher.from_parameters(profiles.CHEAPEST)


@pytest.fixture(autouse=True)
def cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logins made and checked in the tests' own process use argon2's cheapest parameters (argon2.profiles.CHEAPEST,
    which argon2-cffi provides for tests): with the production ones (RFC 9106, 64 MiB, ~0.1 s a hash) the
    municipality fixtures' seven logins per test took about a second. A hash names its own parameters, so a server
    started by a test still verifies it. Tests marked ``real_password_hashing`` keep the production hasher."""
    if request.node.get_closest_marker("real_password_hashing"):
        return
    import web.auth

    monkeypatch.setattr(web.auth, "hasher", _cheapest_hasher)


# -- parallel runs (`make test`: pytest -n 2 --dist loadfile, pytest-xdist) ----------------------------

# The end-to-end tests that start Rasa, the actions and the bot run one after the other on one worker:
# one Rasa model load takes a core for ~30 s, and their time-outs assume one stack at a time. Every
# other test file is a unit of its own (its module-scoped fixtures, e.g. a browser, start once).
STACK_GROUP = "rasa-stack"
NO_STACK = ("tests/e2e/test_fake_telegram.py", "tests/e2e/test_rasa_checks.py")


def _scope(nodeid: str) -> str:
    path = nodeid.split("::", 1)[0]
    return STACK_GROUP if path.startswith("tests/e2e/test_") and path not in NO_STACK else path


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The stack tests first (the longest part), then Rasa's own checks, then the rest as collected."""

    def order(item: pytest.Item) -> int:
        if _scope(item.nodeid) == STACK_GROUP:
            return 0
        return 1 if item.nodeid.startswith(NO_STACK[1]) else 2

    items.sort(key=order)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadfile``, with every stack test file as one unit, handed out in collection order.

    (pytest-xdist's own ``loadgroup`` does not group under pytest 9.2: it renames ``item._nodeid``.)"""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class StackTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _scope(nodeid)

    config.option.loadscopereorder = False  # by test count the stack group would start late
    return StackTogether(config, log)

