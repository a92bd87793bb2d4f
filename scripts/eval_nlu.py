"""Evaluate the NLU model per language: held-out test phrasings and cross-validation.

Run from the project root with the Rasa venv:

    .venv-rasa/bin/python scripts/eval_nlu.py            # held-out + 5-fold CV
    .venv-rasa/bin/python scripts/eval_nlu.py --no-cv    # held-out only (~2 min)

Trains an NLU model on every nlu/**/<lang>.yml (reused while it is newer than the data,
the config and the normaliser code; --retrain forces it), parses
tests/nlu/**/<lang>.yml and reports intent accuracy and macro-F1 per language,
both for the classifier's top intent and for the full pipeline (where a
low-confidence message becomes nlu_fallback). Cross-validation trains on the
pooled training data of all languages, as production does, with folds
stratified by language and intent, and reports each language separately.
Results go to results/eval/ (summary.json, report.md, errors.csv).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import difflib
import json
import logging
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The pipeline's custom component (nlu.normalise) is imported from the project root.
sys.path.insert(0, str(PROJECT_ROOT))

# Quieten TensorFlow and keep fold models out of Rasa's training cache (the
# cache keys ignore the normaliser's code, so cached outputs could be stale).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("RASA_MAX_CACHE_SIZE", "0")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

LANGUAGES = ("nl", "ar", "ti")
FALLBACK_INTENT = "nlu_fallback"
TRAIN_DIR = PROJECT_ROOT / "nlu"
TEST_DIR = PROJECT_ROOT / "tests" / "nlu"
DEFAULT_OUTPUT = PROJECT_ROOT / "results" / "eval"
# A held-out phrasing this similar to a training example is a copy, not a test.
NEAR_COPY_RATIO = 0.9


@dataclass(frozen=True)
class Example:
    """One labelled phrasing."""

    text: str
    intent: str
    language: str


@dataclass(frozen=True)
class Prediction:
    """What the model made of one example."""

    example: Example
    classifier_intent: str  # best intent other than nlu_fallback
    pipeline_intent: str  # what the bot acts on (may be nlu_fallback)
    confidence: float


def language_files(directory: Path) -> List[Tuple[str, Path]]:
    """Every <lang>.yml under the directory (e.g. nlu/nl.yml, nlu/personal/nl.yml)."""
    return [
        (path.stem, path)
        for path in sorted(directory.rglob("*.yml"))
        if path.stem in LANGUAGES
    ]


def load_examples(directory: Path) -> List[Example]:
    """Reads all language files under the directory into labelled examples."""
    from rasa.shared.nlu.training_data.loading import load_data

    examples = []
    for language, path in language_files(directory):
        for message in load_data(str(path)).intent_examples:
            examples.append(Example(message.get("text"), message.get("intent"), language))
    return examples


def write_training_file(examples: Sequence[Example], path: Path) -> None:
    """Writes examples as a Rasa YAML NLU file."""
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    messages = [Message(data={"text": e.text, "intent": e.intent}) for e in examples]
    path.write_text(TrainingData(training_examples=messages).nlu_as_yaml(), encoding="utf-8")


def train(config: Path, nlu_data: Path, output: Path, name: str) -> Tuple[str, float]:
    """Trains an NLU model and returns its path and the wall-clock seconds taken."""
    from rasa.model_training import train_nlu

    started = time.monotonic()
    model_path = train_nlu(
        config=str(config), nlu_data=str(nlu_data), output=str(output), fixed_model_name=name
    )
    if model_path is None:
        raise RuntimeError(f"training failed for {nlu_data}")
    return model_path, time.monotonic() - started


def predict(model_path: str, examples: Sequence[Example]) -> List[Prediction]:
    """Parses every example with the trained model."""
    from rasa.core.agent import Agent

    agent = Agent.load(model_path)

    async def parse_all() -> List[Prediction]:
        predictions = []
        for example in examples:
            parsed = await agent.parse_message(example.text)
            ranking = [r for r in parsed.get("intent_ranking", []) if r["name"] != FALLBACK_INTENT]
            top = ranking[0] if ranking else {"name": FALLBACK_INTENT, "confidence": 0.0}
            predictions.append(
                Prediction(example, top["name"], parsed["intent"]["name"], top["confidence"])
            )
        return predictions

    return asyncio.run(parse_all())


def scores(predictions: Sequence[Prediction], use_pipeline: bool) -> Dict[str, float]:
    """Accuracy and macro-F1 over the gold intents (nlu_fallback counts as a miss)."""
    from sklearn.metrics import accuracy_score, f1_score

    gold = [p.example.intent for p in predictions]
    predicted = [p.pipeline_intent if use_pipeline else p.classifier_intent for p in predictions]
    labels = sorted(set(gold))
    return {
        "accuracy": round(accuracy_score(gold, predicted), 4),
        "macro_f1": round(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0), 4),
        "n": len(gold),
    }


def confusions(predictions: Sequence[Prediction], top: int = 10) -> List[Tuple[str, str, int]]:
    """Most frequent (gold, predicted) mistakes of the classifier."""
    counts = Counter(
        (p.example.intent, p.classifier_intent)
        for p in predictions
        if p.example.intent != p.classifier_intent
    )
    return [(gold, predicted, n) for (gold, predicted), n in counts.most_common(top)]


def stratified_folds(examples: Sequence[Example], n_folds: int, seed: int) -> List[List[int]]:
    """Splits example indices into folds, stratified by (language, intent)."""
    from sklearn.model_selection import StratifiedKFold

    strata = [f"{e.language}/{e.intent}" for e in examples]
    splitter = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    return [list(test) for _, test in splitter.split(list(range(len(examples))), strata)]


def near_copies(train: Sequence[Example], test: Sequence[Example]) -> List[Tuple[str, str]]:
    """Held-out phrasings that are (almost) a training example after normalisation."""
    from nlu.text import normalise

    train_texts = {e.language: [] for e in train}
    for e in train:
        train_texts[e.language].append(normalise(e.text))
    found = []
    for e in test:
        text = normalise(e.text)
        for candidate in train_texts.get(e.language, []):
            if difflib.SequenceMatcher(None, text, candidate).ratio() >= NEAR_COPY_RATIO:
                found.append((e.text, candidate))
                break
    return found


def newest_mtime(paths: Iterable[Path]) -> float:
    """The latest modification time among the given files."""
    return max(p.stat().st_mtime for p in paths)


def full_model(config: Path, output: Path, retrain: bool) -> Tuple[str, Optional[float]]:
    """Returns a model trained on all of nlu/, training it only when inputs changed."""
    model_path = output / "model" / "nlu-eval.tar.gz"
    inputs = [config, *TRAIN_DIR.rglob("*.yml"), *TRAIN_DIR.rglob("*.py")]
    if not retrain and model_path.exists() and model_path.stat().st_mtime > newest_mtime(inputs):
        print(f"Reusing {model_path} (newer than data and config).")
        return str(model_path), None
    print("Training the NLU model on nlu/ ...", flush=True)
    path, seconds = train(config, TRAIN_DIR, output / "model", "nlu-eval")
    print(f"  trained in {seconds:.0f} s")
    return path, seconds


def per_language(predictions: Sequence[Prediction]) -> Dict[str, Dict]:
    """Scores and confusions for each language."""
    result = {}
    for language in LANGUAGES:
        subset = [p for p in predictions if p.example.language == language]
        if not subset:
            continue
        result[language] = {
            "classifier": scores(subset, use_pipeline=False),
            "pipeline": scores(subset, use_pipeline=True),
            "fallback_rate": round(
                sum(p.pipeline_intent == FALLBACK_INTENT for p in subset) / len(subset), 4
            ),
            "confusions": confusions(subset),
        }
    return result


def cross_validate(
    config: Path, examples: Sequence[Example], n_folds: int, seed: int
) -> Tuple[List[Prediction], List[float]]:
    """Trains one model per fold on the pooled data and predicts the held-out fold."""
    predictions: List[Prediction] = []
    seconds: List[float] = []
    with tempfile.TemporaryDirectory(prefix="nlu-cv-") as tmp:
        tmp_dir = Path(tmp)
        for fold, test_indices in enumerate(stratified_folds(examples, n_folds, seed), start=1):
            held_out = set(test_indices)
            train_examples = [e for i, e in enumerate(examples) if i not in held_out]
            data_file = tmp_dir / f"fold{fold}.yml"
            write_training_file(train_examples, data_file)
            print(f"CV fold {fold}/{n_folds}: training on {len(train_examples)} ...", flush=True)
            model_path, took = train(config, data_file, tmp_dir, f"fold{fold}")
            seconds.append(took)
            predictions.extend(predict(model_path, [examples[i] for i in test_indices]))
            print(f"  trained in {took:.0f} s")
    return predictions, seconds


def format_report(summary: Dict) -> str:
    """Human-readable Markdown report of the summary."""
    lines = ["# NLU evaluation", ""]
    if summary.get("train_seconds") is not None:
        lines.append(f"Full model training: {summary['train_seconds']:.0f} s")
    lines.append(f"Training examples: {summary['train_counts']}")
    lines.append("")
    for section, title in (("held_out", "Held-out test phrasings"), ("cv", "Cross-validation")):
        if section not in summary:
            continue
        lines += [f"## {title}", ""]
        if section == "cv":
            lines.append(f"{summary['cv']['folds']} folds, mean fold training {summary['cv']['mean_train_seconds']:.0f} s")
            lines.append("")
        lines.append("| lang | n | accuracy | macro-F1 | accuracy (with fallback) | macro-F1 (with fallback) | fallback rate |")
        lines.append("|---|---|---|---|---|---|---|")
        results = summary[section]["languages"]
        for language, r in results.items():
            c, p = r["classifier"], r["pipeline"]
            lines.append(
                f"| {language} | {c['n']} | {c['accuracy']:.3f} | {c['macro_f1']:.3f} | "
                f"{p['accuracy']:.3f} | {p['macro_f1']:.3f} | {r['fallback_rate']:.3f} |"
            )
        lines.append("")
        for language, r in results.items():
            pairs = ", ".join(f"{g} → {p} ({n})" for g, p, n in r["confusions"]) or "none"
            lines.append(f"- {language} confusions: {pairs}")
        lines.append("")
    if summary.get("near_copies"):
        lines += ["## Held-out phrasings too close to training data", ""]
        lines += [f"- {test!r} ~ {train!r}" for test, train in summary["near_copies"]]
    return "\n".join(lines) + "\n"


def write_errors(path: Path, rows: Iterable[Tuple[str, Prediction]]) -> None:
    """Writes every misclassified example (classifier or fallback) as CSV."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["set", "language", "text", "gold", "classifier", "pipeline", "confidence"])
        for section, p in rows:
            if p.example.intent != p.pipeline_intent or p.example.intent != p.classifier_intent:
                writer.writerow(
                    [section, p.example.language, p.example.text, p.example.intent,
                     p.classifier_intent, p.pipeline_intent, f"{p.confidence:.3f}"]
                )


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the evaluation and writes results/eval/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=PROJECT_ROOT / "config.yml")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--retrain", action="store_true", help="retrain even if a model is fresh")
    args = parser.parse_args(argv)

    import rasa.utils.common
    import rasa.utils.log_utils

    rasa.utils.common.configure_logging_and_warnings(logging.WARNING)
    rasa.utils.log_utils.configure_structlog(logging.WARNING)
    warnings.simplefilter("ignore")
    os.chdir(PROJECT_ROOT)
    args.output.mkdir(parents=True, exist_ok=True)

    train_examples = load_examples(TRAIN_DIR)
    test_examples = load_examples(TEST_DIR)
    summary: Dict = {
        "config": str(args.config),
        "train_counts": dict(Counter(e.language for e in train_examples)),
        "test_counts": dict(Counter(e.language for e in test_examples)),
        "near_copies": near_copies(train_examples, test_examples),
    }

    model_path, train_seconds = full_model(args.config, args.output, args.retrain)
    summary["train_seconds"] = train_seconds
    held_out = predict(model_path, test_examples)
    summary["held_out"] = {"languages": per_language(held_out)}
    error_rows = [("held_out", p) for p in held_out]

    if not args.no_cv:
        cv_predictions, fold_seconds = cross_validate(
            args.config, train_examples, args.folds, args.seed
        )
        summary["cv"] = {
            "folds": args.folds,
            "mean_train_seconds": sum(fold_seconds) / len(fold_seconds),
            "languages": per_language(cv_predictions),
        }
        error_rows += [("cv", p) for p in cv_predictions]

    report = format_report(summary)
    (args.output / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    (args.output / "report.md").write_text(report, encoding="utf-8")
    write_errors(args.output / "errors.csv", error_rows)
    print()
    print(report)
    print(f"Written to {args.output}/ (summary.json, report.md, errors.csv)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
