"""Start Rasa (``python -m inburgering.platform.rasa_run run ...``): Rasa's own command line, with its
check of the action server's answers made once instead of on every call.

Runs in Rasa's own virtualenv (.venv-rasa), so it imports only Rasa and its dependencies.

Rasa 3.6 checks every answer of the action server against a JSON schema with ``jsonschema.validate``
(``RemoteAction._validate_action_result``). jsonschema 4.17, which Rasa 3.6 pins, checks the schema
itself against the draft 2020-12 meta-schema on every such call: 18.8 ms of CPU per action call on
these machines, against 0.28 ms with a validator built once (measured). Under load that was more
than half of Rasa's CPU per message. The answer is checked against the same schema with the same
result (``best_match`` error, Rasa's message added), so nothing else changes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

_VALIDATORS: dict[str, Any] = {}


def _validator(schema: dict[str, Any]) -> Any:
    """A validator for the action response schema, built (and the schema checked) once per process."""
    import jsonschema

    key = json.dumps(schema, sort_keys=True)  # Rasa builds the same schema anew on every call
    validator = _VALIDATORS.get(key)
    if validator is None:
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = _VALIDATORS[key] = cls(schema)
    return validator


def check_action_results_once() -> None:
    """Replace Rasa's per-call schema check of action server answers by one with a kept validator."""
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        error = best_match(_validator(self.action_response_format_spec()).iter_errors(result))
        if error is None:
            return True
        error.message += (  # Rasa's own wording (rasa/core/actions/action.py)
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result


def main(argv: Sequence[str] | None = None) -> None:
    check_action_results_once()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
