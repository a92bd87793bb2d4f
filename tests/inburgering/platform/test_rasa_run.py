"""Rasa started through inburgering/platform/rasa_run.py: action-server answers are checked against
Rasa's schema with a validator built once, with the same results as Rasa's own check."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

import pytest

from inburgering.platform.settings import PROJECT_ROOT
from inburgering.platform.stack import RASA_PYTHON, Stack

# Runs in .venv-rasa: Rasa's own check and the kept validator on the same answers.
PROBE = textwrap.dedent("""
    import json, sys
    import jsonschema
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction
    from inburgering.platform import rasa_run

    answers = [
        {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"response": "utter_x"}]},
        {"events": [], "responses": []},
        {"events": "not a list"},
        {"events": [{"event": 3}]},
        {"responses": [{"text": "hoi"}], "events": [{"no_event_key": 1}]},
    ]
    action = RemoteAction("action_probe", None)

    def outcome(answer):
        try:
            return action._validate_action_result(answer)
        except ValidationError as error:
            return error.message

    before = [outcome(a) for a in answers]
    checks = []
    original = jsonschema.Draft202012Validator.check_schema
    jsonschema.Draft202012Validator.check_schema = classmethod(
        lambda cls, schema, *a, **k: (checks.append(1), original.__func__(cls, schema, *a, **k))[1])
    rasa_run.check_action_results_once()
    after = [outcome(a) for a in answers] + [outcome(a) for a in answers]
    print(json.dumps({"before": before, "after": after, "schema_checks": len(checks)}))
""")


# `make test` installs .venv-rasa first; only a bare `pytest` without it skips (CI: never).
@pytest.mark.skipif(not RASA_PYTHON.exists() and not os.environ.get("CI"),
                    reason=".venv-rasa is not installed (make setup)")
def test_kept_validator_gives_rasas_own_results_and_checks_the_schema_once() -> None:
    finished = subprocess.run(
        [str(RASA_PYTHON), "-c", PROBE], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "RASA_TELEMETRY_ENABLED": "false",
             "TF_CPP_MIN_LOG_LEVEL": "3"},
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    result = json.loads(finished.stdout.strip().splitlines()[-1])
    assert result["before"][:2] == [True, True]
    assert all(isinstance(message, str) and "Failed to validate Action server response" in message
               for message in result["before"][2:])
    assert result["after"] == result["before"] * 2  # the same answer and the same error, every time
    assert result["schema_checks"] == 1  # Rasa's own check did it on every call


def test_the_stack_starts_rasa_through_the_launcher(tmp_path: Path) -> None:
    stack = Stack(env={"INBURGERING_VAR_DIR": str(tmp_path), "ACTION_SERVER_TOKEN": "not-secret"},
                  log_dir=tmp_path / "logs", with_bot=False)
    [rasa] = [s for s in stack.services if s.name == "rasa"]
    assert rasa.command[:4] == [str(RASA_PYTHON), "-m", "inburgering.platform.rasa_run", "run"]
    unit = (PROJECT_ROOT / "deploy" / "systemd" / "inburgering-rasa.service").read_text()
    assert "-m inburgering.platform.rasa_run run" in unit
