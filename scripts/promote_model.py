"""Retrain, and use the new model only when it is not worse: `make retrain` (issue 11).

Run from the project root with the Rasa venv:

    PYTHONPATH=. .venv-rasa/bin/python scripts/promote_model.py

1. trains a candidate model (NLU and dialogue) from the current data (nlu/, data/, domain.yml,
   config.yml) into a temporary directory;
2. parses every held-out phrasing (tests/nlu/**/<lang>.yml) with the current model
   (models/inburgering.tar.gz) and with the candidate;
3. replaces the current model with the candidate only when the candidate's accuracy is not lower
   in any language, and prints both figures.

Accuracy counts what the bot acts on: the pipeline's intent, so a question that falls below the
fallback threshold (nlu_fallback) is a miss. A held-out phrasing that is also in the training data
is left out of the comparison (and counted), because it would only measure memory.

When the candidate is not used, the current model's file time is refreshed so that `make model`
(which retrains whenever training data is newer than the model) does not swap it in behind the
gate's back. A running Rasa server keeps the model it loaded until it is restarted.

Exit status: 0 the candidate is used, 1 the current model is kept, 2 an error.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shutil
import sys
import tempfile
import traceback
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "ar", "ti")


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    language: str


@dataclass(frozen=True)
class Score:
    """``correct`` of ``total`` held-out phrasings of one language."""

    correct: int
    total: int

    @property
    def accuracy(self) -> Fraction:
        return Fraction(self.correct, self.total) if self.total else Fraction(0)

    def __str__(self) -> str:
        return f"{float(self.accuracy):.3f} ({self.correct}/{self.total})"


@dataclass(frozen=True)
class Decision:
    promote: bool
    reasons: Tuple[str, ...]


# -- the decision (pure: tested in the project's own venv) ------------------------------------------


def decide(current: Optional[Mapping[str, Score]], candidate: Mapping[str, Score]) -> Decision:
    """Use the candidate only when its accuracy is not lower than the current model's in any language.

    ``current`` is None when there is no current model: then anything that trained is better.
    A language the current model was measured on and the candidate was not is a rejection.
    """
    if current is None:
        return Decision(True, ("there is no current model",))
    if not any(score.total for score in candidate.values()):
        return Decision(False, ("no held-out phrasings to compare on",))
    worse = []
    for language in sorted(set(current) | set(candidate)):
        before, after = current.get(language), candidate.get(language)
        if before is None or not before.total:
            continue
        if after is None or not after.total:
            worse.append(f"{language}: the candidate was not measured")
        elif after.accuracy < before.accuracy:
            worse.append(f"{language}: {after} is lower than {before}")
    if worse:
        return Decision(False, tuple(worse))
    return Decision(True, ("not lower in any language",))


def score(pairs: Sequence[Tuple[Example, str]]) -> Dict[str, Score]:
    """Per language: how many predicted intents equal the gold intent."""
    correct: Dict[str, int] = defaultdict(int)
    total: Dict[str, int] = defaultdict(int)
    for example, predicted in pairs:
        total[example.language] += 1
        correct[example.language] += int(predicted == example.intent)
    return {language: Score(correct[language], total[language]) for language in sorted(total)}


def text_key(text: str) -> str:
    """Same text for the leak check: case, width, spacing and punctuation do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(" " if unicodedata.category(c).startswith("P") else c for c in text).split())


def without_training_copies(examples: Sequence[Example], training_texts: Sequence[str]) -> Tuple[List[Example], int]:
    trained = {text_key(text) for text in training_texts}
    kept = [example for example in examples if text_key(example.text) not in trained]
    return kept, len(examples) - len(kept)


def report(current: Optional[Mapping[str, Score]], candidate: Mapping[str, Score]) -> str:
    lines = [f"{'':4}{'current model':>22}  {'candidate':>22}"]
    for language in sorted(set(candidate) | set(current or {})):
        before = str(current[language]) if current and language in current else "-"
        after = str(candidate[language]) if language in candidate else "-"
        lines.append(f"{language:4}{before:>22}  {after:>22}")
    return "\n".join(lines)


# -- Rasa (runs in .venv-rasa) ----------------------------------------------------------------------


def language_files(root: Path) -> List[Tuple[str, Path]]:
    return [(path.stem, path) for path in sorted(root.rglob("*.yml")) if path.stem in LANGUAGES]


def load_examples(roots: Sequence[Path]) -> List[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    examples = []
    for root in roots:
        for language, path in language_files(root):
            for message in load_data(str(path)).intent_examples:
                examples.append(Example(message.get("text"), message.get("intent"), language))
    return examples


def train_candidate(domain: Path, config: Path, data: Sequence[Path], output: Path) -> str:
    from rasa.model_training import train

    result = train(domain=str(domain), config=str(config), training_files=[str(path) for path in data],
                   output=str(output), force_training=True, fixed_model_name="candidate")
    if result.code != 0 or not result.model:
        raise RuntimeError(f"training the candidate failed (code {result.code})")
    return result.model


def predict(model: Path, examples: Sequence[Example]) -> List[Tuple[Example, str]]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def parse_all() -> List[Tuple[Example, str]]:
        return [(example, (await agent.parse_message(example.text))["intent"]["name"]) for example in examples]

    return asyncio.run(parse_all())


def replace_model(candidate: Path, model: Path) -> None:
    """Atomically: a Rasa start in between sees the old model or the new one, never half a file."""
    model.parent.mkdir(parents=True, exist_ok=True)
    incoming = model.with_name(f".{model.name}.incoming")
    shutil.copyfile(candidate, incoming)
    os.replace(incoming, model)


def quiet_rasa() -> None:
    """Warnings only: Rasa's debug log would print every parsed held-out text."""
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--domain", type=Path, default=PROJECT_ROOT / "domain.yml")
    parser.add_argument("--config", type=Path, default=PROJECT_ROOT / "config.yml")
    parser.add_argument("--data", type=Path, nargs="+", default=[PROJECT_ROOT / "nlu", PROJECT_ROOT / "data"])
    parser.add_argument("--tests", type=Path, default=PROJECT_ROOT / "tests" / "nlu",
                        help="held-out phrasings: every <lang>.yml below it")
    parser.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "inburgering.tar.gz")
    args = parser.parse_args(argv)
    quiet_rasa()

    held_out, copies = without_training_copies(
        load_examples([args.tests]), [e.text for e in load_examples([p for p in args.data if p.is_dir()])])
    print(f"held-out phrasings: {len(held_out)}" + (f" ({copies} left out: also in the training data)"
                                                   if copies else ""))
    with tempfile.TemporaryDirectory(prefix="candidate-") as scratch:
        print("==> training the candidate model")
        candidate_path = Path(train_candidate(args.domain, args.config, args.data, Path(scratch)))
        print("==> parsing the held-out phrasings")
        candidate = score(predict(candidate_path, held_out))
        current = score(predict(args.model, held_out)) if args.model.is_file() else None
        print(report(current, candidate))
        decision = decide(current, candidate)
        for reason in decision.reasons:
            print(f"  {reason}")
        if decision.promote:
            replace_model(candidate_path, args.model)
            print(f"==> the candidate is now {args.model}")
            return 0
    os.utime(args.model)
    print(f"==> kept {args.model}: the candidate is not used (its file time is refreshed so `make model` "
          "does not replace it either)")
    return 1


if __name__ == "__main__":
    # Quiet TensorFlow; no training cache (its keys ignore the normaliser's code); the pipeline's
    # custom component (nlu.normalise) is imported from the project root.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("RASA_MAX_CACHE_SIZE", "0")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    sys.path.insert(0, str(PROJECT_ROOT))
    try:
        sys.exit(main())
    except Exception as error:  # noqa: BLE001 - the current model stays whatever went wrong
        traceback.print_exc()
        print(f"retrain failed, the current model stays: {error}", file=sys.stderr)
        sys.exit(2)
