"""bench/translation.py (part of `make bench`) with the tests' tiny models, and with none."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from inburgering.platform.settings import PROJECT_ROOT
from tests.translation_models import install_test_models


def _bench():
    spec = importlib.util.spec_from_file_location("bench_translation", PROJECT_ROOT / "bench" / "translation.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reports_ms_per_sentence_per_direction_and_says_the_models_are_tiny(
    request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    models = install_test_models(request, tmp_path / "models")
    assert _bench().main(["--packages-dir", str(models), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "only the tests' tiny models are installed" in out
    assert "model opus-mt-ti-en: 0." in out
    for direction, engine in (("ar→nl", "argos:ar>en>nl"), ("nl→ar", "argos:nl>en>ar"),
                              ("ti→nl", "opus-mt:ti>en+argos:en>nl"), ("nl→ti", "argos:nl>en+opus-mt:en>ti")):
        assert re.search(rf"^  {direction} +{re.escape(engine)} +\d+ +\d+\.\d +\d+\.\d$", out, re.MULTILINE), out


def test_without_models_it_says_how_to_get_them(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert _bench().main(["--packages-dir", str(tmp_path)]) == 0
    assert "run `make translation-models`" in capsys.readouterr().out
