"""Rasa's own checks, as `make test` has always run them: the training data and domain are valid
(`rasa data validate`), and every story in tests/stories is predicted without an error
(`rasa test core --fail-on-prediction-errors`, report in results/stories).

They are tests so that they run beside the others (each loads Rasa for tens of seconds); a failure
fails `make test` as before, with Rasa's output in the report."""

from __future__ import annotations

import os
import subprocess

import pytest

from inburgering.platform.settings import PROJECT_ROOT
from tests.e2e.system import ModelMissing, require_model

RASA = PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"

pytestmark = [
    pytest.mark.e2e,
    # `make test` installs .venv-rasa first; only a bare `pytest` without it skips (CI: never).
    pytest.mark.skipif(not RASA.exists() and not os.environ.get("CI"), reason=".venv-rasa is not installed (make setup)"),
]


def _rasa(*args: str) -> None:
    """Run ``rasa *args`` as the Makefile does (PYTHONPATH: nlu/'s components); fail with its output."""
    result = subprocess.run(
        [str(RASA), *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "RASA_TELEMETRY_ENABLED": "false"},
    )
    if result.returncode != 0:
        pytest.fail(f"`rasa {' '.join(args)}` exited with {result.returncode}:\n"
                    f"{result.stdout[-8000:]}\n{result.stderr[-8000:]}", pytrace=False)


def test_rasa_data_validate() -> None:
    _rasa("data", "validate", "--data", "nlu", "data", "--domain", "domain.yml", "--config", "config.yml")


def test_rasa_test_core_predicts_every_story() -> None:
    try:
        model = require_model()
    except ModelMissing as error:
        pytest.fail(str(error), pytrace=False)  # never a skip: it would silently turn the check green
    _rasa("test", "core", "--model", str(model.relative_to(PROJECT_ROOT)), "--stories", "tests/stories",
          "--fail-on-prediction-errors", "--out", "results/stories")
