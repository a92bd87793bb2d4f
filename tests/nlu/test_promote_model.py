"""`make retrain`'s gate (scripts/promote_model.py): a new model only when it is not worse.

The decision is a pure function, tested here in the project's venv. The real path (train a
candidate with Rasa, parse held-out phrasings with both models, replace or keep the file) runs
on a tiny data set in .venv-rasa.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from inburgering.platform.settings import PROJECT_ROOT

_spec = importlib.util.spec_from_file_location("promote_model", PROJECT_ROOT / "scripts" / "promote_model.py")
gate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = gate  # dataclasses look their module up while the script is being loaded
_spec.loader.exec_module(gate)
Score, decide = gate.Score, gate.decide

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"


def test_a_candidate_that_is_not_lower_anywhere_is_used() -> None:
    current = {"nl": Score(87, 100), "ar": Score(70, 100), "ti": Score(35, 50)}
    candidate = {"nl": Score(87, 100), "ar": Score(75, 100), "ti": Score(36, 50)}
    assert decide(current, candidate).promote


def test_one_language_lower_keeps_the_current_model_and_says_which() -> None:
    current = {"nl": Score(87, 100), "ar": Score(70, 100), "ti": Score(35, 50)}
    candidate = {"nl": Score(99, 100), "ar": Score(90, 100), "ti": Score(34, 50)}
    decision = decide(current, candidate)
    assert not decision.promote
    assert len(decision.reasons) == 1 and decision.reasons[0].startswith("ti:")


def test_equal_fractions_are_not_lower_and_exact_arithmetic_decides() -> None:
    # 1/3 vs 2/6: equal, although floats of other computations could differ in the last bit.
    assert decide({"nl": Score(1, 3)}, {"nl": Score(2, 6)}).promote
    assert not decide({"nl": Score(2, 3)}, {"nl": Score(6666, 10000)}).promote


def test_a_language_the_candidate_was_not_measured_on_is_a_rejection() -> None:
    assert not decide({"nl": Score(9, 10), "ti": Score(5, 10)}, {"nl": Score(10, 10)}).promote
    assert not decide({"nl": Score(9, 10)}, {}).promote  # nothing to compare on


def test_without_a_current_model_the_candidate_is_used() -> None:
    assert decide(None, {"nl": Score(1, 10)}).promote


def test_scores_and_the_leak_check() -> None:
    nl, ar = (gate.Example("wat is pvt", "ask_pvt", "nl"), gate.Example("متى موعدي؟", "ask_appointments", "ar"))
    assert gate.score([(nl, "ask_pvt"), (ar, "nlu_fallback")]) == {"nl": Score(1, 1), "ar": Score(0, 1)}
    kept, left_out = gate.without_training_copies([nl, ar], ["Wat is PVT?", "hallo"])
    assert kept == [ar] and left_out == 1


# -- the real path, on a tiny data set ------------------------------------------------------------

TINY_CONFIG = """
recipe: default.v1
assistant_id: tiny
language: xx
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 3
  - name: LogisticRegressionClassifier
    random_state: 42
policies:
  - name: RulePolicy
"""
TINY_DOMAIN = """
version: "3.1"
intents: [greet, ask_pvt]
responses:
  utter_greet:
    - text: "hi"
"""
GOOD = {"greet": ["hallo", "hoi", "goedemorgen", "hallo daar", "hoi allemaal", "goedemiddag"],
        "ask_pvt": ["wat is pvt", "wat is de pvt cursus", "pvt uitleg", "wanneer begint de pvt",
                    "hoe lang duurt pvt", "pvt les"]}
HELD_OUT = {"greet": ["hallo allemaal", "goedemorgen daar"], "ask_pvt": ["wat is die pvt", "pvt cursus les"]}


def _nlu(examples: dict[str, list[str]]) -> str:
    blocks = [f"  - intent: {intent}\n    examples: |\n" + "".join(f"      - {t}\n" for t in texts)
              for intent, texts in examples.items()]
    return 'version: "3.1"\nnlu:\n' + "".join(blocks)


def _run(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RASA_PYTHON), str(PROJECT_ROOT / "scripts" / "promote_model.py"),
         "--domain", str(project / "domain.yml"), "--config", str(project / "config.yml"),
         "--data", str(project / "nlu"), "--tests", str(project / "tests"),
         "--model", str(project / "models" / "current.tar.gz")],
        cwd=project, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "RASA_TELEMETRY_ENABLED": "false",
             "HOME": str(project)},  # Rasa's cache and telemetry files stay in the temporary project
    )


@pytest.mark.e2e
# `make test` installs .venv-rasa first; only a bare `pytest` without it skips (CI: never).
@pytest.mark.skipif(not RASA_PYTHON.exists() and not os.environ.get("CI"),
                    reason=".venv-rasa is not installed (make setup)")
def test_the_gate_uses_a_good_candidate_and_keeps_the_model_against_a_worse_one(tmp_path: Path) -> None:
    (tmp_path / "config.yml").write_text(textwrap.dedent(TINY_CONFIG))
    (tmp_path / "domain.yml").write_text(textwrap.dedent(TINY_DOMAIN))
    (tmp_path / "nlu").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "nl.yml").write_text(_nlu(HELD_OUT))
    (tmp_path / "nlu" / "nl.yml").write_text(_nlu(GOOD))
    model = tmp_path / "models" / "current.tar.gz"

    first = _run(tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "there is no current model" in first.stdout and model.is_file()
    assert "wat is die pvt" not in first.stdout + first.stderr  # figures only, never the texts
    good = model.read_bytes()

    # Labels swapped: the candidate gets every held-out phrasing wrong and must not be used.
    (tmp_path / "nlu" / "nl.yml").write_text(_nlu({"greet": GOOD["ask_pvt"], "ask_pvt": GOOD["greet"]}))
    before = model.stat().st_mtime
    time.sleep(1.1)
    second = _run(tmp_path)
    assert second.returncode == 1, second.stdout + second.stderr
    assert "nl: " in second.stdout and "is lower than" in second.stdout
    assert model.read_bytes() == good
    assert model.stat().st_mtime > before  # so `make model` does not swap in the data behind the gate
