from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa_sdk import Tracker

from inburgering.platform.settings import get_settings

TRACKERS = Path(__file__).parent / "trackers"


def load_tracker(name: str, **overrides: object) -> Tracker:
    state = json.loads((TRACKERS / f"{name}.json").read_text())
    state.update(overrides)
    return Tracker.from_dict(state)


@pytest.fixture
def app_database(monkeypatch: pytest.MonkeyPatch, database_url: str, tmp_path: Path) -> Iterator[str]:
    """Point the process-wide settings (as the action server reads them) at the test database."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("INBURGERING_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("PSEUDONYM_KEY", "test-key")
    get_settings.cache_clear()
    yield database_url
    get_settings.cache_clear()
