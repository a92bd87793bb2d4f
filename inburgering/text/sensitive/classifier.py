"""The second net: TF-IDF character and word n-grams with logistic regression, trained on the crisis
phrasings (inburgering/text/crisis/) with every NLU example and the idioms as negatives."""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from nlu.text import normalise
from inburgering.text.sensitive.kept import keep_json
from inburgering.text.sensitive.levels import CRISIS_DATA_DIR, NLU_DATA_DIR, VIEW_CACHE_DIR
from inburgering.text.sensitive.patterns import _patterns, _without_idioms
from inburgering.text.sensitive.view import matching_view

# --------------------------------------------------------------------------------------------
# The classifier


# libyaml's safe loader when PyYAML has it: the same data, ten times faster to read (round 22: warm_up
# reads every training file twice, for the classifier and for the vocabulary).
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def nlu_examples(directory: Path) -> Iterator[str]:
    """Every example of every item in the Rasa NLU files under ``directory`` (recursively)."""
    for path in sorted(directory.rglob("*.yml")):
        yield from nlu_examples_in(path)


def nlu_examples_in(path: Path) -> Iterator[str]:
    """Every example of every item in one Rasa NLU file (nothing for other YAML files)."""
    data = _yaml(path)
    if not isinstance(data, dict):  # only Rasa NLU files count
        return
    for item in data.get("nlu") or ():
        examples = item.get("examples") if isinstance(item, dict) else None
        if not isinstance(examples, str):
            continue
        for line in examples.splitlines():
            line = line.strip()
            if line.startswith("- "):
                yield _ENTITY_MARKUP.sub(r"\1", line[2:].strip())


# "[Zwolle](gemeente)" and '[x]{"entity": ...}' in Rasa examples: keep the text only.
_ENTITY_MARKUP = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def crisis_training_data(directory: Path = CRISIS_DATA_DIR) -> tuple[list[str], list[str]]:
    """(crisis phrasings, alarming-sounding idioms) from ``inburgering/text/crisis/**/*.yml``."""
    crisis: list[str] = []
    idioms: list[str] = []
    for path in sorted(directory.rglob("*.yml")):
        data = _yaml(path) or {}
        crisis.extend(data.get("crisis") or ())
        idioms.extend(data.get("not_crisis") or ())
    return crisis, idioms


def view_code() -> list[Path]:
    """The source files a training view depends on: every module of this package (round 33: the key held
    only this module and nlu/text.py, so changed idiom rules with unchanged data reused views cut by the
    old rules) and the normaliser."""
    return [*sorted(Path(__file__).parent.rglob("*.py")), Path(normalise.__code__.co_filename)]


def training_views(texts: list[str], cache_dir: Path | None = None) -> list[str]:
    """The matching views of the classifier's training texts, idioms cut out.

    Making them is most of the classifier's start-up (round 23: 10 of 13 s on a 2-core machine, ~400
    idiom patterns over ~12 800 texts), so they are kept in ``var/cache`` under a key made of the texts
    and the code that makes them (this package: the view, the idiom patterns of every round; nlu/text.py;
    Python's Unicode tables): a restarted bot (or a second one) loads them; changed data or patterns make
    them again. No personal data: training phrasings only. The idiom patterns as this process compiled them
    are part of the key too (round 36): a rule file edited after this process imported the rules must not
    get views cut by the old rules stored under its new contents."""
    key = hashlib.sha256()
    for source in view_code():
        key.update(source.read_bytes())
    for idiom in _patterns()[0].patterns:
        key.update(idiom.pattern.encode("utf-8") + b"\0")
    key.update(sys.version.encode())
    key.update("\0".join(texts).encode("utf-8"))
    directory = VIEW_CACHE_DIR if cache_dir is None else cache_dir
    path = directory / f"crisis-views-{key.hexdigest()[:32]}.json"
    try:
        views = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(views, list) and len(views) == len(texts) and all(isinstance(v, str) for v in views):
            return views
    except (OSError, ValueError):
        pass  # none yet, or unreadable: made again below
    views = [_without_idioms(matching_view(t)) for t in texts]
    keep_json(path, views, "training views")
    return views


class CrisisClassifier:
    """Character n-gram logistic regression: probability that a message is a crisis."""

    def __init__(self, crisis: list[str], negatives: list[str], cache_dir: Path | None = None,
                 model_dir: Path | None = None) -> None:
        """Train on the views of ``crisis`` (label 1) and ``negatives`` (label 0), or read the fit kept for them.

        The views are kept in ``cache_dir`` and the fit in ``model_dir`` (both var/cache unless given)."""
        texts = training_views(crisis + negatives, cache_dir)
        labels = [1] * len(crisis) + [0] * len(negatives)
        # The pipeline of the fit, or None when the tables were read from the cache (below).
        self.pipeline: Any = None
        self._blocks: list[tuple[Any, dict[str, tuple[float, float]]]] = []
        self._intercept = 0.0
        directory = model_dir or cache_dir or VIEW_CACHE_DIR
        path = directory / f"crisis-model-{_model_key(texts, labels)}.json"
        if not self._load(path):
            self._fit(texts, labels)
            self._keep(path)

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        # Imported here: scikit-learn is only loaded when the classifier is trained.
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        # Character n-grams (spelling variants, word forms) next to word uni- and bigrams (which
        # words occur together: "mijn man" + "slaat" is not "de bus" + "slaat ... over").
        # Logistic regression solved to convergence (liblinear, C=5: the regularisation of the
        # SGD fit it replaces in round 48, 1/(alpha * n)). The SGD fit (30 passes, no stopping rule)
        # did not converge: its seed alone moved 13-39 development crisis lines between the
        # emergency answer and the gentle question, and every change of the NLU data (its
        # negatives) reshuffled it; this one moves only where the data moves it. On the development
        # batches 1-48 with the same rules: 95 crisis lines up from the gentle question to the
        # emergency answer, none down, idioms and ordinary messages no more alarms (0.7 s to train).
        self.pipeline = make_pipeline(
            make_union(*_vectorizers()),
            LogisticRegression(C=5.0, solver="liblinear", class_weight="balanced", max_iter=1000, random_state=0),
        )
        self.pipeline.fit(texts, labels)
        # scikit-learn's per-call checks cost milliseconds for one short message; the same sum
        # over a plain table of (idf, weight) per n-gram costs a few microseconds.
        union, model = self.pipeline[0], self.pipeline[-1]
        coefficients = model.coef_[0]
        offset = 0
        for _, vectorizer in union.transformer_list:
            terms = {term: (float(vectorizer.idf_[i]), float(coefficients[offset + i]))
                     for term, i in vectorizer.vocabulary_.items()}
            self._blocks.append((vectorizer.build_analyzer(), terms))
            offset += len(vectorizer.vocabulary_)
        self._intercept = float(model.intercept_[0])

    # The fitted tables are kept in var/cache next to the training views (round 53): the fit was most of a start
    # (about 7 of 10 s on a 2-core machine: 2 s of TF-IDF, 5 s of liblinear), paid by every bot process, every
    # restart after a crash and every test process. The file holds n-grams of training phrasings and their
    # weights (no personal data), under a key made of the views, the labels and the code and library versions
    # that fit them; JSON keeps every float exact, so a loaded table gives the same probabilities as the fit.

    def _load(self, path: Path) -> bool:
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            blocks, intercept = kept["blocks"], float(kept["intercept"])
            analysers = [vectorizer.build_analyzer() for vectorizer in _vectorizers()]
            if not isinstance(blocks, list) or len(blocks) != len(analysers):
                return False
            tables = [{term: (float(idf), float(weight)) for term, (idf, weight) in block.items()} for block in blocks]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return False  # none yet, or unreadable: fitted again
        self._blocks = list(zip(analysers, tables))
        self._intercept = intercept
        return True

    def _keep(self, path: Path) -> None:
        keep_json(path, {"intercept": self._intercept, "blocks": [dict(terms) for _, terms in self._blocks]},
                  "classifier fit")

    def probability(self, view: str) -> float:
        """Probability of crisis for a text already in the matching view, idioms cut out.

        TF-IDF with sublinear tf and l2 norm per block of features, then the logistic function:
        what ``self.pipeline.predict_proba`` computes.
        """
        total = self._intercept
        for analyse, terms in self._blocks:
            counts: dict[str, int] = {}
            for gram in analyse(view):
                if gram in terms:
                    counts[gram] = counts.get(gram, 0) + 1
            score, norm = 0.0, 0.0
            for gram, count in counts.items():
                idf, weight = terms[gram]
                value = (1.0 + math.log(count)) * idf
                score += value * weight
                norm += value * value
            if norm:
                total += score / math.sqrt(norm)
        return 1.0 / (1.0 + math.exp(-total))


def _vectorizers() -> list[Any]:
    """The two feature blocks, unfitted: their analysers split a view as the fit did."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+")]


def _model_key(texts: list[str], labels: list[int]) -> str:
    """What a kept fit depends on: the training views and labels, this module, scikit-learn, NumPy and Python."""
    from importlib.metadata import version

    key = hashlib.sha256()
    key.update(Path(__file__).read_bytes())
    key.update(f"{version('scikit-learn')} {version('numpy')} {sys.version}".encode())
    key.update("\0".join(texts).encode("utf-8") + b"\1" + bytes(labels))
    return key.hexdigest()[:32]


_classifier_lock = threading.Lock()
_classifier: CrisisClassifier | None = None


def crisis_classifier() -> CrisisClassifier:
    """The trained classifier, trained on first use (thread-safe) and kept for the process."""
    global _classifier
    if _classifier is None:
        with _classifier_lock:
            if _classifier is None:
                crisis, idioms = crisis_training_data()
                _classifier = CrisisClassifier(crisis, list(nlu_examples(NLU_DATA_DIR)) + idioms)
    return _classifier


