from __future__ import annotations

from pathlib import Path

import pytest

from tests.speech_model import built_model


@pytest.fixture(scope="session")
def whisper_model_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_model(request.config, tmp_path_factory)
