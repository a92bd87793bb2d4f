"""The tiny Whisper model the tests listen with: built once (scripts/build_test_whisper_model.py),
kept in pytest's cache until the build script or the libraries change, and installed through the
same code as a real model (``inburgering.speech.install.install_from_dir``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from inburgering.platform.settings import PROJECT_ROOT
from tests.build_lock import build_lock


def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_test_whisper_model", PROJECT_ROOT / "scripts" / "build_test_whisper_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def built_model(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The model directory (CTranslate2 format), built on first use."""
    cache = getattr(config, "cache", None)
    out_dir = cache.mkdir("tiny-whisper-model") if cache else tmp_path_factory.mktemp("tiny-whisper-model")
    with build_lock(Path(out_dir)):
        return builder().build(out_dir / "model")
