"""Evaluate the NLU model on held-out phrasings, next to a plain baseline.

(Why ~600 lines: loading held-out batches, the baseline, the confidence curve and the report are
one command; each part is a small function with a unit test in tests/nlu/test_eval_nlu.py.)

Run from the project root with the Rasa venv (`make eval` does this):

    .venv-rasa/bin/python scripts/eval_nlu.py                 # held-out batches, < 10 min
    .venv-rasa/bin/python scripts/eval_nlu.py --cv            # also 5-fold cross-validation
    .venv-rasa/bin/python scripts/eval_nlu.py --exclude latin # bot trained without nlu/latin/

Held-out batches (never trained on):

    b0  tests/nlu/<lang>.yml                  the first clean set (category "clean"; seen)
    b1  tests/nlu/b1/<category>/<lang>.yml    development batch: its errors may be read
    b2  tests/nlu/b2/<category>/<lang>.yml    development since round 13 (sealed in rounds 11-12)
    b3  tests/nlu/b3/<category>/<lang>.yml    development since round 13 (sealed in round 12)
    b4  tests/nlu/b4/<category>/<lang>.yml    development since round 14 (sealed in round 13)
    b5  tests/nlu/b5/<category>/<lang>.yml    development since round 15 (sealed in round 14)
    b6  tests/nlu/b6/<category>/<lang>.yml    development since round 16 (sealed in round 15)
    b7  tests/nlu/b7/<category>/<lang>.yml    development since round 17 (sealed in round 16)
    b8  tests/nlu/b8/<category>/<lang>.yml    development since round 18 (sealed in round 17)
    b9  tests/nlu/b9/<category>/<lang>.yml    development since round 19 (sealed in round 18)
    b10 tests/nlu/b10/<category>/<lang>.yml   development since round 20 (sealed in round 19)
    b11 tests/nlu/b11/<category>/<lang>.yml   development since round 21 (sealed in round 20)
    b12 tests/nlu/b12/<category>/<lang>.yml   development since round 22 (sealed in round 21)
    b13 tests/nlu/b13/<category>/<lang>.yml   development since round 23 (sealed in round 22)
    b14 tests/nlu/b14/<category>/<lang>.yml   development since round 24 (sealed in round 23)
    b15 tests/nlu/b15/<category>/<lang>.yml   development since round 25 (sealed in round 24)
    b16 tests/nlu/b16/<category>/<lang>.yml   development since round 26 (sealed in round 25)
    b17 tests/nlu/b17/<category>/<lang>.yml   development since round 27 (sealed in round 26)
    b18 tests/nlu/b18/<category>/<lang>.yml   development since round 28 (sealed in round 27)
    b19 tests/nlu/b19/<category>/<lang>.yml   development since round 29 (sealed in round 28)
    b20 tests/nlu/b20/<category>/<lang>.yml   development since round 30 (sealed in round 29)
    b21 tests/nlu/b21/<category>/<lang>.yml   development since round 31 (sealed in round 30)
    b22 tests/nlu/b22/<category>/<lang>.yml   development since round 32 (sealed in round 31)
    b23 tests/nlu/b23/<category>/<lang>.yml   development since round 33 (sealed in round 32)
    b24 tests/nlu/b24/<category>/<lang>.yml   development since round 34 (sealed in round 33)
    b25 tests/nlu/b25/<category>/<lang>.yml   development since round 35 (sealed in round 34)
    b26 tests/nlu/b26/<category>/<lang>.yml   development since round 36 (sealed in round 35)
    b27 tests/nlu/b27/<category>/<lang>.yml   development since round 37 (sealed in round 36)
    b28 tests/nlu/b28/<category>/<lang>.yml   development since round 38 (sealed in round 37)
    b29 tests/nlu/b29/<category>/<lang>.yml   development since round 39 (sealed in round 38)
    b30 tests/nlu/b30/<category>/<lang>.yml   development since round 40 (sealed in round 39)
    b31 tests/nlu/b31/<category>/<lang>.yml   development since round 41 (sealed in round 40)
    b32 tests/nlu/b32/<category>/<lang>.yml   development since round 42 (sealed in round 41)
    b33 tests/nlu/b33/<category>/<lang>.yml   development since round 43 (sealed in round 42)
    b34 tests/nlu/b34/<category>/<lang>.yml   development since round 44 (sealed in round 43)
    b35 tests/nlu/b35/<category>/<lang>.yml   development since round 45 (sealed in round 44)
    b36 tests/nlu/b36/<category>/<lang>.yml   development since round 46 (sealed in round 45)
    b37 tests/nlu/b37/<category>/<lang>.yml   development since round 47 (sealed in round 46)
    b38 tests/nlu/b38/<category>/<lang>.yml   development since round 48 (sealed in round 47)
    b39 tests/nlu/b39/<category>/<lang>.yml   development since round 49 (sealed in round 48)
    b40 tests/nlu/b40/<category>/<lang>.yml   development since round 50 (sealed in round 49)
    b41 tests/nlu/b41/<category>/<lang>.yml   development since round 51 (sealed in round 50)
    b42 tests/nlu/b42/<category>/<lang>.yml   development since round 52 (sealed in round 51)
    b43 tests/nlu/b43/<category>/<lang>.yml   development since round 53 (sealed in round 52)
    b44 tests/nlu/b44/<category>/<lang>.yml   development since round 54 (sealed in round 53)
    b45 tests/nlu/b45/<category>/<lang>.yml   sealed: only aggregate figures are printed,
                                              its single errors are never written anywhere

The bot is an NLU model trained with config.yml on every nlu/**/<lang>.yml (reused while it
is newer than the data, the config and the normaliser code; --retrain forces it). The
baseline is a character n-gram logistic regression trained on the same examples, on the raw
text. The table gives, per batch, language and category: n, the bot's accuracy (its top
intent), the baseline's, and the difference in points. The confidence table gives, for the
bot on the three newest development batches (b42-b44; the older ones were trained against for
many rounds), the share of messages answered (coverage) and the share of answered messages with a
wrong intent per threshold. Proposed for the FallbackClassifier: the lowest threshold with at most 1.5%
wrong there (a margin under the 2% goal: these batches have been read) and at most 2% on the newest
sealed batches as they were measured once, unseen, the newest three pooled (tests/nlu/unseen_record.json; --record-sealed ROUND
adds the sealed batch at the end of a round). Its figures on the sealed batch are shown. Results go to results/eval/
(summary.json, report.md, errors.csv with the errors of every batch but the sealed one, runs.md: one line per run).

The helpers up to `main` are pure Python (pyyaml only) so they can be unit-tested without Rasa.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import json
import math
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Collection, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The pipeline's custom component (nlu.normalise) is imported from the project root.
sys.path.insert(0, str(PROJECT_ROOT))

# Quieten TensorFlow and keep models out of Rasa's training cache (the cache keys
# ignore the normaliser's code, so cached outputs could be stale).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("RASA_MAX_CACHE_SIZE", "0")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

LANGUAGES = ("nl", "ar", "ti")
CATEGORIES = ("clean", "latin", "long", "learner", "near_miss")
BATCHES = ("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44", "b45")
BATCH_NOTES = {
    "b0": "first clean set (seen)",
    "b1": "development",
    "b2": "development (sealed until round 13)",
    "b3": "development (sealed until round 13; written after the second round of training data)",
    "b4": "development (sealed in round 13; written before the third round of training data)",
    "b5": "development (sealed in round 14; written before the fourth round of training data)",
    "b6": "development (sealed in round 15; written before the fifth round of training data)",
    "b7": "development (sealed in round 16; written before balanced classes and the sixth round of training data)",
    "b8": "development (sealed in round 17; written before the seventh round of training data)",
    "b9": "development (sealed in round 18; written before the eighth round of training data)",
    "b10": "development (sealed in round 19; written before the ninth round of training data)",
    "b11": "development (sealed in round 20; written before the near-miss markers and the tenth round of training data)",
    "b12": "development (sealed in round 21; written before the eleventh round of training data)",
    "b13": "development (sealed in round 22; written before the Latin-script Tigrinya word snapping)",
    "b14": "development (sealed in round 23; written before the Tigrinya out_of_scope weight)",
    "b15": "development (sealed in round 24; written before nlu/round12/)",
    "b16": "development (sealed in round 25; written before round 25, measured once after it)",
    "b17": "development (sealed in round 26; written before the label convention and nlu/round13/)",
    "b18": "development (sealed in round 27; written before nlu/round14/)",
    "b19": "development (sealed in round 28; written before nlu/round15/)",
    "b20": "development (sealed in round 29; written before round 29, which kept no training data)",
    "b21": "development (sealed in round 30; written before nlu/round16/)",
    "b22": "development (sealed in round 31; written before nlu/round17/)",
    "b23": "development (sealed in round 32; written before nlu/round18/)",
    "b24": "development (sealed in round 33; written before nlu/round19/)",
    "b25": "development (sealed in round 34; written before nlu/round20/)",
    "b26": "development (sealed in round 35; written before nlu/round21/)",
    "b27": "development (sealed in round 36; written before nlu/round22/)",
    "b28": "development (sealed in round 37; written before nlu/round23/)",
    "b29": "development (sealed in round 38; written before nlu/round24/)",
    "b30": "development (sealed in round 39; written before nlu/round25/)",
    "b31": "development (sealed in round 40; written before nlu/round26/)",
    "b32": "development (sealed in round 41; written before nlu/round27/)",
    "b33": "development (sealed in round 42; written before nlu/round28/)",
    "b34": "development (sealed in round 43; written before nlu/round29/)",
    "b35": "development (sealed in round 44; written before nlu/round30/)",
    "b36": "development (sealed in round 45; written before nlu/round31/)",
    "b37": "development (sealed in round 46; written before nlu/round32/)",
    "b38": "development (sealed in round 47; written before nlu/round33/)",
    "b39": "development (sealed in round 48; written before nlu/round34/)",
    "b40": "development (sealed in round 49; written before nlu/round35/)",
    "b41": "development (sealed in round 50; written before nlu/round36/)",
    "b42": "development (sealed in round 51; written before nlu/round37/)",
    "b43": "development (sealed in round 52; written before nlu/round38/)",
    "b44": "development (sealed in round 53; written before nlu/round39/)",
    "b45": "never seen (sealed; written before round 54)",
    "cv": "cross-validation on the training data",
}
SEALED_BATCHES = frozenset({"b45"})
# Batches exported from labelled real questions (python -m inburgering export-labelled): one folder each.
REAL_BATCH_PREFIX = "real-"
# Development batches: their errors may be read.
DEVELOPMENT_BATCHES = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44")
# The confidence threshold is chosen on the newest development batches only. The older ones have been
# trained against for many rounds: at 0.70 they showed 1.2-1.3% wrong answers while the last three
# batches, each measured once before any round used it, showed 2.1%, 3.0% and 3.5% (rounds 23-25).
CALIBRATION_SIZE = 3
OUT_OF_SCOPE = "out_of_scope"
FALLBACK_INTENT = "nlu_fallback"
TRAIN_DIR = PROJECT_ROOT / "nlu"
TEST_DIR = PROJECT_ROOT / "tests" / "nlu"
DEFAULT_OUTPUT = PROJECT_ROOT / "results" / "eval"
# A held-out phrasing this similar to a training example is a copy, not a test.
NEAR_COPY_RATIO = 0.9
# "Few confident wrong answers": at most this share of answered messages may be wrong.
MAX_ANSWERED_ERROR = 0.02
# ... on phrasings the model has never seen. The threshold is chosen on the calibration batches, which the
# tuners have read, so it is chosen there with a margin (round 32, decided before the sealed b23 was measured):
# at the threshold chosen with 2% there, the next unseen batch showed more wrong answers in three of the last
# four rounds (calibration -> sealed at 0.75: 1.1% -> b19 4.7%, 1.9% -> b20 2.1%, 1.9% -> b21 2.1%, 1.9% ->
# b22 1.9%). The 2% choice is printed next to it.
CALIBRATION_MAX_ERROR = 0.015
# Round 33: the margin alone proposed lower thresholds each round (the calibration batches get easier as each round
# tunes on the newest of them), which the batches measured unseen did not bear out (b22 2.3% wrong at 0.70, b23
# 2.5% at 0.65). So each sealed batch's curve, measured once with the model of its round, is kept in
# tests/nlu/unseen_record.json (--record-sealed), and the proposal must also keep the newest UNSEEN_POOL of them,
# pooled, at most at MAX_ANSWERED_ERROR. Round 41: 0.55, proposed in round 40 with b29 + b30 pooled at 1.6%,
# gave 2.4% on b31 while b30 + b31 pooled still showed 1.7%: the goal holds per batch, so the newest measured
# batch alone must also stay at most at MAX_ANSWERED_ERROR.
# Round 42: the unseen figures are estimates from about 600 (one batch) or 1 250 (two) answered messages, with a
# standard error of about 0.5 and 0.4 points; a proposal at 1.9% is as likely over the goal on the next batch as
# under it. At the threshold each rule proposed, 3 of the last 6 unseen batches were over 2% (b28 3.8%, b29 2.2%,
# b31 2.4%, all at 0.55 or 0.65). So each unseen guard asks its error plus UNSEEN_MARGIN_SE standard errors to stay
# within the goal.
# Round 45 (decided before the sealed b36 was measured): the rule oscillated (0.60, 0.70, 0.55 in rounds 43-45), as
# a guard on one batch of ~600 answered messages must. Replayed on the record (replay_rule: each batch b27-b35 as the
# next one, the unseen guard proposed from the batches before it), the round-42 rule (two pooled plus the newest
# alone) went over 2% on 2 of 9 next batches with 88.1% answered on average and thresholds from 0.55 to 0.85; three
# pooled, without the newest-alone guard, on 1 of 9 (b28, over under every variant) with 91.5% answered and
# thresholds 0.55-0.65. So the newest three are pooled (about 1 850 answered, standard error about 0.3 points).
# Round 50 (decided before the sealed b41 was measured): with b38-b40 pooled (three good batches) the pooled guard let
# everything down to 0.10 through, and the calibration batches, tuned on, did too: the rule proposed 0.10. At 0.10, 5 of
# the last 7 batches measured unseen were over 2% (b34 2.6% ... b37 3.5%); at 0.50 3 of 7, at 0.55 1 of 7 (b37 2.1%),
# at 0.60 none. In rounds 48 and 49 I kept 0.55 against the rule's 0.50 for that reason; the reason is now a guard:
# at the proposed threshold at most UNSEEN_HISTORY_MAX_OVER of the newest UNSEEN_HISTORY recorded batches, each
# measured once, may have been over the goal.
UNSEEN_RECORD = PROJECT_ROOT / "tests" / "nlu" / "unseen_record.json"
UNSEEN_POOL = 3
UNSEEN_MARGIN_SE = 1.0
UNSEEN_HISTORY = 7
UNSEEN_HISTORY_MAX_OVER = 1
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 20))  # 0.10 .. 0.95
# FallbackClassifier's ambiguity_threshold (the least gap between the two best intents) tried with each threshold.
AMBIGUITIES = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
ALL = "all"

# Entity markup in Rasa YAML examples: [text](entity) or [text]{"entity": ...}.
_ENTITY_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Example:
    """One labelled phrasing, with where it comes from."""

    text: str
    intent: str
    language: str
    batch: str = "train"
    category: str = "clean"
    group: str = ""  # training: the nlu/ subfolder ("" for nlu/<lang>.yml)


@dataclass(frozen=True)
class Prediction:
    """What the bot and the baseline made of one example."""

    example: Example
    intent: str  # bot: best intent other than nlu_fallback
    confidence: float  # bot: its confidence
    margin: float  # bot: confidence minus the runner-up's
    pipeline_intent: str  # what the bot acts on with config.yml's fallback (may be nlu_fallback)
    baseline_intent: str = ""

    @property
    def correct(self) -> bool:
        return self.intent == self.example.intent

    @property
    def baseline_correct(self) -> bool:
        return self.baseline_intent == self.example.intent


# ---------------------------------------------------------------- loading (pure)


def parse_examples(text: str) -> List[Tuple[str, str]]:
    """(text, intent) pairs of a Rasa YAML NLU file's intent examples."""
    document = yaml.safe_load(text) or {}
    pairs = []
    for item in document.get("nlu") or []:
        if not isinstance(item, dict) or "intent" not in item:
            continue
        for line in str(item.get("examples") or "").splitlines():
            line = line.strip()
            if not line.startswith("- "):
                continue
            example = _ENTITY_MARKUP.sub(r"\1", line[2:].strip())
            if example:
                pairs.append((example, item["intent"]))
    return pairs


def classify_test_path(path: Path, test_dir: Path) -> Optional[Tuple[str, str, str]]:
    """(batch, category, language) of a held-out file, or None if it is not one."""
    language = path.stem
    if path.suffix != ".yml" or language not in LANGUAGES:
        return None
    parts = path.relative_to(test_dir).parts
    if len(parts) == 1:
        return "b0", "clean", language
    if len(parts) == 3 and parts[0] in BATCHES and parts[1] in CATEGORIES:
        return parts[0], parts[1], language
    if len(parts) == 2 and parts[0].startswith(REAL_BATCH_PREFIX):
        return parts[0], "real", language
    return None


def load_test_examples(test_dir: Path, skip: Collection[str] = ()) -> List[Example]:
    """Every held-out example under tests/nlu/, labelled with batch and category; the files of the
    batches in ``skip`` are not even read (--without-sealed leaves the sealed batch unopened)."""
    examples = []
    for path in sorted(test_dir.rglob("*.yml")):
        where = classify_test_path(path, test_dir)
        if where is None or where[0] in skip:
            continue
        batch, category, language = where
        for text, intent in parse_examples(path.read_text(encoding="utf-8")):
            examples.append(Example(text, intent, language, batch, category))
    return examples


def shown(path: Path) -> str:
    """A path as printed: relative to the project when it lies inside it (--output may be anywhere)."""
    return str(path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path)


def training_files(train_dir: Path, exclude: Sequence[str] = ()) -> List[Tuple[str, str, Path]]:
    """(language, group, path) of every nlu/**/<lang>.yml, without the excluded groups."""
    found = []
    for path in sorted(train_dir.rglob("*.yml")):
        if path.stem not in LANGUAGES:
            continue
        group = "/".join(path.relative_to(train_dir).parts[:-1])
        if group in exclude:
            continue
        found.append((path.stem, group, path))
    return found


def load_training_examples(train_dir: Path, exclude: Sequence[str] = ()) -> List[Example]:
    """Every training example under nlu/ (optionally without some subfolders)."""
    examples = []
    for language, group, path in training_files(train_dir, exclude):
        for text, intent in parse_examples(path.read_text(encoding="utf-8")):
            examples.append(Example(text, intent, language, "train", "", group))
    return examples


def training_yaml(examples: Sequence[Example]) -> str:
    """The examples as one Rasa YAML NLU file (block literals keep every text verbatim)."""
    by_intent: Dict[str, List[str]] = defaultdict(list)
    for e in examples:
        by_intent[e.intent].append(" ".join(e.text.split()))
    lines = ['version: "3.1"', "nlu:"]
    for intent, texts in sorted(by_intent.items()):
        lines += [f"  - intent: {intent}", "    examples: |"]
        lines += [f"      - {text}" for text in texts]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- scoring (pure)


def accuracy(flags: Sequence[bool]) -> Optional[float]:
    """Share of True, or None for an empty group."""
    return sum(flags) / len(flags) if flags else None


def group_key(p: Prediction, by_language: bool, by_category: bool) -> Tuple[str, str, str]:
    return (
        p.example.batch,
        p.example.language if by_language else ALL,
        p.example.category if by_category else ALL,
    )


def score_table(predictions: Sequence[Prediction]) -> List[Dict]:
    """Rows (batch, language, category, n, bot, baseline, diff): every cell and every total."""
    groups: Dict[Tuple[str, str, str], List[Prediction]] = defaultdict(list)
    for p in predictions:
        keys = {group_key(p, by_language, by_category) for by_language in (True, False) for by_category in (True, False)}
        for key in keys:
            groups[key].append(p)

    def order(key: Tuple[str, str, str]) -> Tuple:
        batch, language, category = key
        return (
            BATCHES.index(batch) if batch in BATCHES else 99,
            language == ALL,
            LANGUAGES.index(language) if language in LANGUAGES else 9,
            category == ALL,
            CATEGORIES.index(category) if category in CATEGORIES else 9,
        )

    rows = []
    for key in sorted(groups, key=order):
        members = groups[key]
        bot = accuracy([p.correct for p in members])
        base = accuracy([p.baseline_correct for p in members])
        rows.append(
            {
                "batch": key[0],
                "language": key[1],
                "category": key[2],
                "n": len(members),
                "bot": round(bot, 4),
                "baseline": round(base, 4),
                "diff_points": round(100 * (bot - base), 1),
            }
        )
    return rows


def answered(p: Prediction, threshold: float, ambiguity: float) -> bool:
    """Whether the bot answers (FallbackClassifier: confident and not ambiguous)."""
    return p.confidence >= threshold and p.margin >= ambiguity


def confidence_curve(
    predictions: Sequence[Prediction], thresholds: Sequence[float], ambiguity: float
) -> List[Dict]:
    """Coverage and wrong-answer rate among answered messages per threshold.

    Answered means confident enough (see `answered`); an answered message counts as wrong
    when its intent is not the gold one (out_of_scope for an out_of_scope gold is right).
    """
    rows = []
    n = len(predictions)
    for t in thresholds:
        taken = [p for p in predictions if answered(p, t, ambiguity)]
        wrong = sum(not p.correct for p in taken)
        rows.append(
            {
                "threshold": t,
                "n": n,
                "answered": len(taken),
                "coverage": round(len(taken) / n, 4) if n else 0.0,
                "wrong": wrong,
                "error": round(wrong / len(taken), 4) if taken else 0.0,
            }
        )
    return rows


def reaching_rasa(
    predictions: Sequence[Prediction], crisis_answered: Callable[[str], bool]
) -> Tuple[List[Prediction], Counter]:
    """The predictions whose message reaches Rasa, and per batch how many the crisis net answers first.

    The bot answers a message the crisis detector flags (the emergency answer or the gentle "are
    you safe?") before Rasa is asked, so the model's confidence never decides its answer: such
    messages are left out of the threshold tables, which are about the answers Rasa gives.
    """
    kept: List[Prediction] = []
    caught: Counter = Counter()
    for p in predictions:
        if crisis_answered(p.example.text):
            caught[p.example.batch] += 1
        else:
            kept.append(p)
    return kept, caught


def fallback_grid(
    predictions: Sequence[Prediction], thresholds: Sequence[float], ambiguities: Sequence[float],
    max_error: float = MAX_ANSWERED_ERROR,
) -> List[Dict]:
    """Per ambiguity_threshold: the lowest threshold with at most ``max_error`` wrong among answered, and its row.

    The two settings of the FallbackClassifier trade off together: a wider gap between the two best
    intents may keep the error down at a lower confidence threshold, answering more messages.
    """
    rows = []
    for ambiguity in ambiguities:
        curve = confidence_curve(predictions, thresholds, ambiguity)
        chosen = choose_threshold(curve, max_error)
        row = next((r for r in curve if chosen is not None and abs(r["threshold"] - chosen) < 1e-9), None)
        rows.append({"ambiguity": ambiguity, "threshold": chosen,
                     "coverage": row["coverage"] if row else 0.0, "answered": row["answered"] if row else 0,
                     "wrong": row["wrong"] if row else 0, "error": row["error"] if row else 0.0,
                     "n": len(predictions)})
    return rows


def best_fallback(grid: Sequence[Dict]) -> Optional[Dict]:
    """The setting of ``fallback_grid`` that answers most messages (ties: the lower threshold, then the smaller gap)."""
    usable = [r for r in grid if r["threshold"] is not None]
    if not usable:
        return None
    return max(usable, key=lambda r: (r["answered"], -r["threshold"], -r["ambiguity"]))


def calibration_batches(development: Sequence[str], size: int = CALIBRATION_SIZE) -> List[str]:
    """The development batches the threshold is chosen on: the ``size`` newest (in BATCHES order)."""
    ordered = sorted(development, key=lambda b: BATCHES.index(b) if b in BATCHES else -1)
    return ordered[-size:]


def load_unseen_record(path: Path = UNSEEN_RECORD) -> Dict[str, Dict]:
    """Batch -> {"round", "ambiguity", "curve"}: each sealed batch's curve, measured once (empty without a file)."""
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def record_unseen(path: Path, batch: str, round_name: str, ambiguity: float, curve: Sequence[Dict]) -> None:
    """Adds a sealed batch's curve to the record; a batch is recorded once (measured once)."""
    record = load_unseen_record(path)
    if batch in record:
        raise ValueError(f"{batch} is already in {path.name}: a sealed batch is measured once")
    record[batch] = {"round": round_name, "ambiguity": ambiguity,
                     "curve": [{k: row[k] for k in ("threshold", "n", "answered", "wrong")} for row in curve]}
    path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def pooled_unseen(record: Dict[str, Dict], pool: int = UNSEEN_POOL) -> Tuple[List[str], List[Dict]]:
    """The newest ``pool`` recorded batches (in BATCHES order) and their curves summed per threshold."""
    newest = sorted(record, key=lambda b: BATCHES.index(b) if b in BATCHES else -1)[-pool:]
    rows: Dict[float, Dict] = {}
    for batch in newest:
        for row in record[batch]["curve"]:
            total = rows.setdefault(round(row["threshold"], 2), {"threshold": round(row["threshold"], 2),
                                                                   "n": 0, "answered": 0, "wrong": 0})
            for key in ("n", "answered", "wrong"):
                total[key] += row[key]
    pooled = []
    for t in sorted(rows):
        row = rows[t]
        row["error"] = round(row["wrong"] / row["answered"], 4) if row["answered"] else 0.0
        pooled.append(row)
    return newest, pooled


def propose_threshold(calibration: Sequence[Dict], unseen: Sequence[Dict],
                      calibration_max: float = CALIBRATION_MAX_ERROR,
                      unseen_max: float = MAX_ANSWERED_ERROR,
                      margin_se: float = UNSEEN_MARGIN_SE,
                      history: Optional[set] = None) -> Optional[float]:
    """The lowest threshold with at most ``calibration_max`` wrong on the calibration batches and at most
    ``unseen_max`` on the pooled unseen record, its error taken ``margin_se`` standard errors higher (that guard
    only where there is a record), and among ``history`` (``history_allowed``: the thresholds the single recorded
    batches allow) when given."""
    kept = unseen_allowed(unseen, unseen_max, margin_se)
    for row in sorted(calibration, key=lambda r: r["threshold"]):
        threshold = round(row["threshold"], 2)
        if (row["answered"] and row["error"] <= calibration_max and (kept is None or threshold in kept)
                and (history is None or threshold in history)):
            return row["threshold"]
    return None


def history_allowed(record: Dict[str, Dict], history: int = UNSEEN_HISTORY,
                    max_over: int = UNSEEN_HISTORY_MAX_OVER,
                    unseen_max: float = MAX_ANSWERED_ERROR) -> Optional[set]:
    """The thresholds at which at most ``max_over`` of the newest ``history`` recorded batches, each on its own, had
    more than ``unseen_max`` wrong among answered (None without a record: no guard)."""
    newest = sorted(record, key=lambda b: BATCHES.index(b) if b in BATCHES else -1)[-history:]
    if not newest:
        return None
    over: Dict[float, int] = {}
    for batch in newest:
        for row in recorded_curve(record, batch):
            threshold = round(row["threshold"], 2)
            over[threshold] = over.get(threshold, 0) + (row["answered"] > 0 and row["error"] > unseen_max)
    return {t for t, n in over.items() if n <= max_over}


def unseen_allowed(curve: Sequence[Dict], unseen_max: float = MAX_ANSWERED_ERROR,
                   margin_se: float = UNSEEN_MARGIN_SE) -> Optional[set]:
    """The thresholds an unseen curve allows (None without a curve: no guard)."""
    if not curve:
        return None
    return {round(row["threshold"], 2) for row in curve
            if row["answered"] and unseen_upper(row["error"], row["answered"], margin_se) <= unseen_max}


def replay_rule(record: Dict[str, Dict], pool: int = UNSEEN_POOL, margin_se: float = UNSEEN_MARGIN_SE,
                first: int = 4, lowest: float = 0.4, history: int = 0) -> List[Dict]:
    """The unseen guard replayed on the record: for each recorded batch after the ``first``, the lowest threshold
    (from ``lowest``) the ``pool`` batches before it allow (and with ``history``, the history guard over that many
    batches before it), and what that batch then measured there. The calibration
    guard is left out (the calibration curves of past rounds are not kept), so this shows how the unseen guard alone
    would have done."""
    ordered = sorted(record, key=lambda b: BATCHES.index(b) if b in BATCHES else -1)
    rows = []
    for i in range(first, len(ordered)):
        before = {b: record[b] for b in ordered[:i]}
        _, pooled = pooled_unseen(before, pool)
        kept = unseen_allowed(pooled, margin_se=margin_se) or set()
        if history:
            kept &= history_allowed(before, history) or set()
        candidates = sorted(t for t in kept if t >= lowest)
        if not candidates:
            rows.append({"batch": ordered[i], "threshold": None})
            continue
        threshold = candidates[0]
        row = next(r for r in recorded_curve(record, ordered[i]) if round(r["threshold"], 2) == threshold)
        rows.append({"batch": ordered[i], "threshold": threshold, "answered": row["answered"], "n": row["n"],
                     "wrong": row["wrong"], "error": row["error"]})
    return rows


def replay_text(row: Dict) -> str:
    """One replayed batch for the report: 'b35 0.55 1.5%'."""
    if row["threshold"] is None:
        return f"{row['batch']} none"
    return f"{row['batch']} {row['threshold']:.2f} {row['error']:.1%}"


def unseen_upper(error: float, answered: int, margin_se: float = UNSEEN_MARGIN_SE) -> float:
    """The wrong-answer rate ``margin_se`` standard errors above the one measured on ``answered`` messages."""
    return error + margin_se * math.sqrt(error * (1 - error) / answered)


def recorded_curve(record: Dict[str, Dict], batch: str) -> List[Dict]:
    """One recorded batch's curve, with the error among answered per threshold."""
    return [dict(row, error=round(row["wrong"] / row["answered"], 4) if row["answered"] else 0.0)
            for row in record[batch]["curve"]]


def choose_threshold(curve: Sequence[Dict], max_error: float = MAX_ANSWERED_ERROR) -> Optional[float]:
    """The lowest threshold whose wrong-answer rate is at most max_error (None if none)."""
    for row in sorted(curve, key=lambda r: r["threshold"]):
        if row["answered"] and row["error"] <= max_error:
            return row["threshold"]
    return None


def similar(a: str, b: str, ratio: float = NEAR_COPY_RATIO) -> bool:
    """difflib ratio >= ratio, with the cheap upper bounds checked first."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= ratio
        and matcher.quick_ratio() >= ratio
        and matcher.ratio() >= ratio
    )


def near_copies(
    train: Sequence[Example], test: Sequence[Example], normalise=lambda s: s, ratio: float = NEAR_COPY_RATIO
) -> List[Tuple[str, str, str]]:
    """(batch, held-out text, training text) for held-out phrasings that copy a training one: the first
    training text, in training order, that is ``similar``. difflib's two upper bounds are computed for all
    training texts of the language at once (real_quick_ratio from the lengths, quick_ratio from character
    counts, with numpy), and only those that reach the ratio are compared with difflib, each with one matcher
    that keeps its analysis of the training text: the same answer as comparing all pairs (round 35: that loop
    took 6 of the 10 minutes make eval may use)."""
    import numpy as np

    texts: Dict[str, List[str]] = defaultdict(list)
    for e in train:
        texts[e.language].append(normalise(e.text))
    tables = {}
    for language, items in texts.items():
        columns = {c: i for i, c in enumerate(sorted({c for text in items for c in text}))}
        counts = np.zeros((len(items), len(columns)), dtype=np.int32)
        for row, text in enumerate(items):
            for c in text:
                counts[row, columns[c]] += 1
        tables[language] = (columns, counts, np.array([len(text) for text in items]))
    matchers: Dict[Tuple[str, int], difflib.SequenceMatcher] = {}
    found = []
    for e in test:
        if e.language not in texts:
            continue
        text = normalise(e.text)
        columns, counts, lengths = tables[e.language]
        vector = np.zeros(len(columns), dtype=np.int32)
        for c in text:
            if c in columns:
                vector[columns[c]] += 1
        total = lengths + len(text)
        common = np.minimum(counts, vector).sum(axis=1)
        # the bounds as difflib computes them (a tiny tolerance: difflib checks each again below)
        reach = (2.0 * np.minimum(lengths, len(text)) >= ratio * total - 1e-9) & (2.0 * common >= ratio * total - 1e-9)
        for i in np.flatnonzero(reach):
            matcher = matchers.get((e.language, int(i)))
            if matcher is None:
                matcher = matchers[(e.language, int(i))] = difflib.SequenceMatcher(None, "", texts[e.language][i])
            matcher.set_seq1(text)
            if matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio:
                found.append((e.batch, e.text, texts[e.language][i]))
                break
    return found


def format_table(rows: Sequence[Dict], batch: str) -> str:
    """The score table of one batch, per language and category, with totals."""
    lines = [
        f"### {batch}: {BATCH_NOTES.get(batch, '')}",
        "",
        "| lang | category | n | bot | baseline | diff (points) |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        if r["batch"] != batch:
            continue
        lines.append(
            f"| {r['language']} | {r['category']} | {r['n']} | {r['bot']:.3f} | "
            f"{r['baseline']:.3f} | {r['diff_points']:+.1f} |"
        )
    return "\n".join(lines)


def language_rows(
    examples: Sequence[Example], detect: Callable[[str], Optional[str]], groups: Dict[str, Sequence[str]]
) -> List[Dict]:
    """How the bot picks the reply language per message, per group of batches, language and category.

    right: the message's own language; kept: the text does not tell (the chat keeps its language,
    right when the chat is already in it); unknown: "I do not know this language"; other: another
    of the three languages (the answer comes in a language the writer did not use).
    """
    rows = []
    for name, batches in groups.items():
        cells: Dict[Tuple[str, str], Counter] = defaultdict(Counter)
        for e in examples:
            if e.batch in batches:
                found = detect(e.text)
                outcome = ("right" if found == e.language else "kept" if found is None
                           else "unknown" if found not in LANGUAGES else "other")
                cells[(e.language, e.category)][outcome] += 1
        for (language, category), counts in sorted(cells.items()):
            n = sum(counts.values())
            rows.append({"batches": name, "language": language, "category": category, "n": n,
                         **{k: counts[k] for k in ("right", "kept", "unknown", "other")}})
    return rows


def format_language_rows(rows: Sequence[Dict]) -> str:
    lines = ["| batches | lang | category | n | right | kept (chat's language) | unknown | other language |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['batches']} | {r['language']} | {r['category']} | {r['n']} | {r['right'] / r['n']:.3f} | "
                     f"{r['kept']} | {r['unknown']} | {r['other']} |")
    return "\n".join(lines)


def format_curve(curve: Sequence[Dict], chosen: Optional[float], current: Optional[float]) -> str:
    """The coverage / wrong-answer table."""
    lines = ["| threshold | coverage | answered | wrong | error among answered |", "|---:|---:|---:|---:|---:|"]
    for r in curve:
        marks = []
        if chosen is not None and abs(r["threshold"] - chosen) < 1e-9:
            marks.append("chosen")
        if current is not None and abs(r["threshold"] - current) < 1e-9:
            marks.append("config.yml")
        lines.append(
            f"| {r['threshold']:.2f} | {r['coverage']:.3f} | {r['answered']}/{r['n']} | "
            f"{r['wrong']} | {r['error']:.3f} {' '.join(marks)} |"
        )
    return "\n".join(lines)


def error_rows(predictions: Iterable[Prediction]) -> List[List[str]]:
    """CSV rows of the mistakes (bot or baseline) of every batch that is not sealed."""
    rows = []
    for p in predictions:
        e = p.example
        if e.batch in SEALED_BATCHES:
            continue
        if p.correct and p.baseline_correct and p.pipeline_intent == e.intent:
            continue
        rows.append(
            [e.batch, e.language, e.category, e.text, e.intent, p.intent,
             f"{p.confidence:.3f}", p.pipeline_intent, p.baseline_intent]
        )
    return rows


def fingerprint(paths: Sequence[Path], extra: str = "") -> str:
    """Short hash of file contents (and extra text): names a trained model."""
    digest = hashlib.sha1(extra.encode("utf-8"))
    for path in sorted(paths):
        digest.update(str(path).encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


# ---------------------------------------------------------------- Rasa and sklearn


def fallback_settings(config_path: Path) -> Tuple[Optional[float], float]:
    """FallbackClassifier threshold and ambiguity_threshold from the config."""
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return component.get("threshold", 0.3), component.get("ambiguity_threshold", 0.1)
    return None, 0.0


def train_bot(config: Path, data: Path, output: Path, name: str) -> Tuple[str, float]:
    """Trains an NLU model and returns its path and the wall-clock seconds taken."""
    from rasa.model_training import train_nlu

    started = time.monotonic()
    model_path = train_nlu(config=str(config), nlu_data=str(data), output=str(output), fixed_model_name=name)
    if model_path is None:
        raise RuntimeError(f"training failed for {data}")
    return model_path, time.monotonic() - started


def bot_model(config: Path, output: Path, exclude: Sequence[str], retrain: bool) -> Tuple[str, Optional[float]]:
    """A model trained on nlu/ (without the excluded groups), reused while it is fresh."""
    data_files = [p for _, _, p in training_files(TRAIN_DIR, exclude)]
    code = [*TRAIN_DIR.rglob("*.py"), *TRAIN_DIR.rglob("*.txt")]  # the normaliser and its word lists
    name = "nlu-eval-" + fingerprint([config, *data_files, *code], ",".join(exclude))
    model_path = output / "model" / f"{name}.tar.gz"
    if not retrain and model_path.exists():
        print(f"Reusing {shown(model_path)} (same config, data and code).")
        return str(model_path), None
    print(f"Training the bot's NLU model on nlu/{' without ' + ', '.join(exclude) if exclude else ''} ...", flush=True)
    if exclude:
        with tempfile.TemporaryDirectory(prefix="nlu-eval-") as tmp:
            data = Path(tmp) / "train.yml"
            data.write_text(training_yaml(load_training_examples(TRAIN_DIR, exclude)), encoding="utf-8")
            path, seconds = train_bot(config, data, output / "model", name)
    else:
        path, seconds = train_bot(config, TRAIN_DIR, output / "model", name)
    print(f"  trained in {seconds:.0f} s", flush=True)
    return path, seconds


def bot_predict(model_path: str, examples: Sequence[Example]) -> List[Prediction]:
    """Parses every example with the trained model."""
    import asyncio

    from rasa.core.agent import Agent

    agent = Agent.load(model_path)

    async def parse_all() -> List[Prediction]:
        predictions = []
        for example in examples:
            parsed = await agent.parse_message(example.text)
            ranking = [r for r in parsed.get("intent_ranking", []) if r["name"] != FALLBACK_INTENT]
            top = ranking[0] if ranking else {"name": FALLBACK_INTENT, "confidence": 0.0}
            second = ranking[1]["confidence"] if len(ranking) > 1 else 0.0
            predictions.append(
                Prediction(example, top["name"], float(top["confidence"]),
                           float(top["confidence"]) - float(second), parsed["intent"]["name"])
            )
        return predictions

    return asyncio.run(parse_all())


def baseline_predict(train: Sequence[Example], examples: Sequence[Example]) -> List[str]:
    """The plain baseline: character n-gram TF-IDF + logistic regression on the raw text."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), lowercase=True, sublinear_tf=True),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    model.fit([e.text for e in train], [e.intent for e in train])
    return list(model.predict([e.text for e in examples]))


def cross_validate(config: Path, examples: Sequence[Example], n_folds: int, seed: int) -> List[Dict]:
    """Bot and baseline accuracy per language in stratified k-fold CV on the training data."""
    from sklearn.model_selection import StratifiedKFold

    strata = [f"{e.language}/{e.intent}" for e in examples]
    splitter = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    predictions: List[Prediction] = []
    with tempfile.TemporaryDirectory(prefix="nlu-cv-") as tmp:
        for fold, (train_idx, test_idx) in enumerate(splitter.split(list(range(len(examples))), strata), 1):
            train = [examples[i] for i in train_idx]
            test = [replace(examples[i], batch="cv", category=ALL) for i in test_idx]
            data = Path(tmp) / f"fold{fold}.yml"
            data.write_text(training_yaml(train), encoding="utf-8")
            print(f"CV fold {fold}/{n_folds}: training on {len(train)} ...", flush=True)
            model_path, _ = train_bot(config, data, Path(tmp), f"fold{fold}")
            fold_predictions = bot_predict(model_path, test)
            for p, b in zip(fold_predictions, baseline_predict(train, test)):
                predictions.append(replace(p, baseline_intent=b))
    return score_table(predictions)


# ---------------------------------------------------------------- main


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the evaluation and writes results/eval/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=PROJECT_ROOT / "config.yml")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--exclude", action="append", default=[], help="nlu/ subfolder the bot is not trained on")
    parser.add_argument("--tag", default="", help="name of this run in results/eval/runs.md")
    parser.add_argument("--cv", action="store_true", help="also run cross-validation (slow)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--retrain", action="store_true", help="retrain even if a model is fresh")
    parser.add_argument("--record-sealed", metavar="ROUND", default="",
                        help="add the sealed batch's curve to tests/nlu/unseen_record.json (once, at the end of ROUND)")
    parser.add_argument("--without-sealed", action="store_true",
                        help="leave the sealed batch out (runs during a round: it is measured once, at the end)")
    args = parser.parse_args(argv)

    import logging
    import warnings

    import rasa.utils.common
    import rasa.utils.log_utils

    rasa.utils.common.configure_logging_and_warnings(logging.WARNING)
    rasa.utils.log_utils.configure_structlog(logging.WARNING)
    warnings.simplefilter("ignore")
    os.chdir(PROJECT_ROOT)
    args.output.mkdir(parents=True, exist_ok=True)
    from nlu.text import normalise

    started = time.monotonic()
    all_train = load_training_examples(TRAIN_DIR)
    bot_train = load_training_examples(TRAIN_DIR, args.exclude)
    test = load_test_examples(TEST_DIR, SEALED_BATCHES if args.without_sealed else ())
    batches_present = [b for b in BATCHES if any(e.batch == b for e in test)]
    copies = near_copies(all_train, test, normalise)

    model_path, train_seconds = bot_model(args.config, args.output, args.exclude, args.retrain)
    bot = bot_predict(model_path, test)
    # The plain baseline always learns from all of nlu/, on the raw text.
    baseline = baseline_predict(all_train, test)
    predictions = [replace(p, baseline_intent=b) for p, b in zip(bot, baseline)]
    rows = score_table(predictions)

    current, ambiguity = fallback_settings(args.config)
    # The thresholds are about what Rasa answers: messages the crisis net answers first are left out.
    from inburgering.text.sensitive import CrisisLevel, crisis_level

    answered_by_rasa, crisis_first = reaching_rasa(predictions, lambda text: crisis_level(text) is not CrisisLevel.none)
    dev_batches = [b for b in DEVELOPMENT_BATCHES if b in batches_present] or ["b0"]
    all_dev = "+".join(dev_batches)
    pooled_curve = confidence_curve([p for p in answered_by_rasa if p.example.batch in dev_batches], THRESHOLDS, ambiguity)
    pooled_chosen = choose_threshold(pooled_curve)
    calibration = calibration_batches(dev_batches)
    dev_batch = "+".join(calibration)
    curve = confidence_curve([p for p in answered_by_rasa if p.example.batch in calibration], THRESHOLDS, ambiguity)
    chosen = choose_threshold(curve, CALIBRATION_MAX_ERROR)
    chosen_without_margin = choose_threshold(curve)
    sealed = [p for p in answered_by_rasa if p.example.batch in SEALED_BATCHES]
    sealed_curve = confidence_curve(sealed, THRESHOLDS, ambiguity) if sealed else []

    lines = [
        "# NLU evaluation: bot vs plain baseline",
        "",
        f"Config: {args.config.name}; bot trained on nlu/ "
        + (f"without {', '.join(args.exclude)}" if args.exclude else "(all)")
        + f" ({len(bot_train)} examples: {dict(Counter(e.language for e in bot_train))}); "
        f"baseline: char_wb 1-4 TF-IDF + logistic regression on all of nlu/ ({len(all_train)}).",
        f"Held-out: {dict(Counter(e.batch for e in test))}. Accuracy = top intent (before the fallback).",
    ]
    if train_seconds is not None:
        lines.append(f"Bot training: {train_seconds:.0f} s.")
    lines.append("")
    for batch in batches_present:
        lines += [format_table(rows, batch), ""]
    lines += [
        f"## Few confident wrong answers ({dev_batch}, ambiguity_threshold {ambiguity})",
        "",
        f"Chosen on the {len(calibration)} newest development batches ({dev_batch}): the older ones were trained "
        "against for many rounds and understate the error on new phrasings. Left out: messages the crisis net "
        "answers before Rasa (" + ", ".join(f"{b} {crisis_first[b]}" for b in batches_present if crisis_first[b])
        + "; none" * (not crisis_first) + ").",
        "",
        format_curve(curve, chosen, current),
        "",
    ]
    if chosen is None:
        lines.append(f"No threshold keeps wrong answers at or below {CALIBRATION_MAX_ERROR:.1%} on {dev_batch}.")
    else:
        lines.append(f"Lowest threshold with at most {CALIBRATION_MAX_ERROR:.1%} wrong among answered on {dev_batch}: "
                     f"{chosen:.2f} (config.yml has {current}). The goal is {MAX_ANSWERED_ERROR:.0%} on unseen "
                     f"phrasings; the calibration batches have been read, so the choice keeps a margin. "
                     f"With {MAX_ANSWERED_ERROR:.0%} here: "
                     f"{'none' if chosen_without_margin is None else f'{chosen_without_margin:.2f}'}.")
    grid = fallback_grid([p for p in answered_by_rasa if p.example.batch in calibration], THRESHOLDS, AMBIGUITIES,
                         CALIBRATION_MAX_ERROR)
    best = best_fallback(grid)
    record = load_unseen_record()
    unseen_batches, unseen_curve = pooled_unseen(record)
    newest_curve = recorded_curve(record, unseen_batches[-1]) if unseen_batches else []
    history = history_allowed(record)
    proposed = propose_threshold(curve, unseen_curve, history=history)
    replay = replay_rule(record)
    replay_history = replay_rule(record, history=UNSEEN_HISTORY)
    if unseen_batches:
        named = ", ".join(f"{b} ({record[b]['round']})" for b in unseen_batches)
        lines += ["", f"Measured unseen (tests/nlu/unseen_record.json, each batch once with the model of its round), "
                  f"pooled: {named}.", "",
                  "| threshold | answered | wrong | error among answered |", "|---:|---:|---:|---:|"]
        lines += [f"| {r['threshold']:.2f} | {r['answered']}/{r['n']} | {r['wrong']} | {r['error']:.3f} |"
                  for r in unseen_curve if r["threshold"] >= 0.5]
        lines += ["", f"The newest alone, {unseen_batches[-1]}:", "",
                  "| threshold | answered | wrong | error among answered |", "|---:|---:|---:|---:|"]
        lines += [f"| {r['threshold']:.2f} | {r['answered']}/{r['n']} | {r['wrong']} | {r['error']:.3f} |"
                  for r in newest_curve if r["threshold"] >= 0.5]
    lines += ["", f"**Proposed for config.yml: {'none' if proposed is None else f'{proposed:.2f}'}** (at most "
              f"{CALIBRATION_MAX_ERROR:.1%} wrong on {dev_batch} and at most {MAX_ANSWERED_ERROR:.0%} on the pooled unseen "
              f"record plus {UNSEEN_MARGIN_SE:g} standard error, and over {MAX_ANSWERED_ERROR:.0%} on at most "
              f"{UNSEEN_HISTORY_MAX_OVER} of the newest {UNSEEN_HISTORY} recorded batches; config.yml has {current})."]
    if replay:
        over = [r for r in replay if r["threshold"] is not None and r["error"] > MAX_ANSWERED_ERROR]
        lines += ["", f"The unseen guard replayed on the record (each batch as the next one, the {UNSEEN_POOL} before it "
                  f"pooled; no calibration guard): over {MAX_ANSWERED_ERROR:.0%} on {len(over)} of {len(replay)}: "
                  + ", ".join(replay_text(r) for r in replay) + "."]
    if replay_history:
        over = [r for r in replay_history if r["threshold"] is not None and r["error"] > MAX_ANSWERED_ERROR]
        lines += ["", f"With the history guard too (at most {UNSEEN_HISTORY_MAX_OVER} of the {UNSEEN_HISTORY} batches "
                  f"before it over {MAX_ANSWERED_ERROR:.0%}): over {MAX_ANSWERED_ERROR:.0%} on {len(over)} of "
                  f"{len(replay_history)}: " + ", ".join(replay_text(r) for r in replay_history) + "."]
    lines += ["", f"Both settings together on {dev_batch}: per ambiguity_threshold, the lowest threshold with at most "
              f"{CALIBRATION_MAX_ERROR:.1%} wrong among answered.", "",
              "| ambiguity_threshold | threshold | coverage | answered | wrong | error among answered |",
              "|---:|---:|---:|---:|---:|---:|"]
    for r in grid:
        mark = " most answered" if best is r else ""
        threshold = "none" if r["threshold"] is None else f"{r['threshold']:.2f}"
        lines.append(f"| {r['ambiguity']:.2f} | {threshold} | "
                     f"{r['coverage']:.3f} | {r['answered']}/{r['n']} | {r['wrong']} | {r['error']:.3f}{mark} |")
    lines.append("")
    for batch in sorted({p.example.batch for p in sealed}):
        subset = [p for p in sealed if p.example.batch == batch]
        if best is not None:
            at = confidence_curve(subset, [best["threshold"]], best["ambiguity"])[0]
            lines.append(f"{batch} (sealed) at the most answering setting (threshold {best['threshold']:.2f}, ambiguity "
                         f"{best['ambiguity']:.2f}): coverage {at['coverage']:.3f}, wrong among answered {at['error']:.3f} "
                         f"({at['wrong']}/{at['answered']}).")
    if current is not None:
        at = confidence_curve([p for p in answered_by_rasa if p.example.batch in dev_batches], [current], ambiguity)[0]
        lines.append(f"All development batches ({all_dev}) at config.yml's {current:.2f}: coverage {at['coverage']:.3f}, "
                     f"wrong among answered {at['error']:.3f} ({at['wrong']}/{at['answered']}); their own choice: "
                     f"{'none' if pooled_chosen is None else f'{pooled_chosen:.2f}'}.")
    for batch in sorted({p.example.batch for p in sealed}):
        subset = [p for p in sealed if p.example.batch == batch]
        for label, value in (("chosen", chosen), (f"{MAX_ANSWERED_ERROR:.0%}-on-calibration", chosen_without_margin),
                             ("config.yml", current)):
            if sealed_curve and value is not None:
                at = confidence_curve(subset, [value], ambiguity)[0]
                lines.append(f"{batch} (sealed) at the {label} threshold {value:.2f}: coverage {at['coverage']:.3f}, "
                             f"wrong among answered {at['error']:.3f} ({at['wrong']}/{at['answered']}).")
    lines.append("")
    from inburgering.text.language import detect_language

    language_groups = {f"{dev_batches[0]}-{dev_batches[-1]}" if len(dev_batches) > 1 else dev_batches[0]: dev_batches}
    language_groups.update({batch: [batch] for batch in sorted({p.example.batch for p in sealed})})
    languages = language_rows(test, detect_language, language_groups)
    lines += ["## Reply language per message (the bot's detect_language, before Rasa)", "",
              format_language_rows(languages), ""]
    if copies:
        lines += ["## Held-out phrasings too close to training data (difflib >= 0.9)", ""]
        lines += [f"- {batch}: {t!r} ~ {c!r}" if batch not in SEALED_BATCHES else f"- {batch}: (sealed text)"
                  for batch, t, c in copies]
        lines.append("")

    summary: Dict = {
        "config": str(args.config),
        "exclude": args.exclude,
        "train_seconds": train_seconds,
        "train_counts": dict(Counter(e.language for e in bot_train)),
        "table": rows,
        "confidence": {"batch": dev_batch, "curve": curve, "chosen": chosen, "max_error": CALIBRATION_MAX_ERROR,
                       "unseen_batches": unseen_batches, "unseen_curve": unseen_curve, "proposed": proposed,
                       "chosen_at_goal": chosen_without_margin, "config_threshold": current,
                       "sealed_curve": sealed_curve, "development": all_dev, "development_curve": pooled_curve,
                       "development_chosen": pooled_chosen, "crisis_before_rasa": dict(crisis_first),
                       "fallback_grid": grid, "most_answered": best},
        "near_copies": len(copies),
        "reply_language": languages,
    }
    if args.cv:
        cv_rows = cross_validate(args.config, bot_train, args.folds, args.seed)
        summary["cv"] = cv_rows
        lines += ["## Cross-validation on the training data", "", format_table(cv_rows, "cv"), ""]

    report = "\n".join(lines) + "\n"
    (args.output / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.record_sealed:
        for batch in sorted({p.example.batch for p in sealed}):
            subset = [p for p in sealed if p.example.batch == batch]
            record_unseen(UNSEEN_RECORD, batch, args.record_sealed, ambiguity,
                          confidence_curve(subset, THRESHOLDS, ambiguity))
            print(f"{batch}'s curve added to {UNSEEN_RECORD.relative_to(PROJECT_ROOT)} (commit it).")
    (args.output / "report.md").write_text(report, encoding="utf-8")
    with (args.output / "errors.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["batch", "language", "category", "text", "gold", "bot", "confidence",
                         "bot_with_fallback", "baseline"])
        writer.writerows(error_rows(predictions))
    totals = {r["batch"]: (r["bot"], r["baseline"]) for r in rows if r["language"] == ALL and r["category"] == ALL}
    with (args.output / "runs.md").open("a", encoding="utf-8") as handle:
        handle.write(
            f"- {time.strftime('%H:%M')} {args.tag or args.config.name} exclude={args.exclude} "
            f"train={'reused' if train_seconds is None else f'{train_seconds:.0f}s'} "
            + " ".join(f"{b}: bot {v[0]:.3f} base {v[1]:.3f}" for b, v in totals.items())
            + f" threshold={chosen} ({dev_batch})\n"
        )
    print()
    print(report)
    print(f"Written to {shown(args.output)}/"
          f" (summary.json, report.md, errors.csv, runs.md) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
