"""Intent classifier: character and word n-gram TF-IDF with logistic regression.

Put it after `nlu.normalise.TextNormaliser` (it reads the normalised text) and
before FallbackClassifier. Why not DIET: on the held-out batches (scripts/eval_nlu.py)
it was no more accurate than a linear model on the same n-grams, trained five
times slower on two cores, and its softmax confidences were near 1.0 for wrong
answers too, so no fallback threshold could keep confident wrong answers rare.
Logistic regression gives probabilities that drop on unfamiliar messages.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.normalise import features_text, intent_weights_for

logger = logging.getLogger(__name__)

MODEL_FILE = "ngram_intent_classifier.joblib"


def build_model(config: Dict[Text, Any]):
    """The sklearn pipeline described by the component's config."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    vectorizers = [
        TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(config["char_min_ngram"], config["char_max_ngram"]),
            sublinear_tf=True,
            lowercase=True,
        )
    ]
    if config["word_max_ngram"] > 0:
        vectorizers.append(
            TfidfVectorizer(
                analyzer="word",
                ngram_range=(1, config["word_max_ngram"]),
                sublinear_tf=True,
                lowercase=True,
                token_pattern=r"(?u)\b\w+\b",
            )
        )
    classifier = LogisticRegression(
        C=config["C"],
        max_iter=config["max_iter"],
        class_weight=config["class_weight"],
        random_state=config["random_state"],
    )
    return make_pipeline(make_union(*vectorizers), classifier)


def weighted(probabilities, classes, weights: Dict[Text, float]):
    """Probabilities with some intents weighted, renormalised to sum to one."""
    scaled = [p * float(weights.get(name, 1.0)) for name, p in zip(classes, probabilities)]
    total = sum(scaled)
    return [p / total for p in scaled] if total > 0 else list(probabilities)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class NgramIntentClassifier(GraphComponent, IntentClassifier):
    """Logistic regression over TF-IDF character (and word) n-grams of the message text."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "char_min_ngram": 1,
            "char_max_ngram": 4,
            "word_max_ngram": 0,
            "C": 10.0,
            "max_iter": 3000,
            "class_weight": None,
            "random_state": 42,
            "ranking_length": 10,
            # Multiplies an intent's probability before renormalising. out_of_scope is a
            # catch-all that no finite set of examples covers; a near-miss message that
            # shares a topic's words ("can you pay my rent") should lose to it.
            "intent_weights": {},
            # ... but only for messages of at least this many words: a one- or two-word
            # message ("doorverbinden aub", "ክሳብ ጽባሕ") is rarely an out-of-scope request.
            "intent_weights_min_words": 4,
            # Round 23: per script ("ti", "ar", "latin": nlu.normalise.message_script), weights that
            # replace intent_weights for messages under script_intent_weights_max_words words (0: any
            # length), e.g. {"ti": {"out_of_scope": 2.5}}.
            "script_intent_weights": {},
            "script_intent_weights_max_words": 0,
            # Round 20: marker tokens appended to the vectorised text when their cue occurs
            # (names from nlu.normalise.MARKER_RULES; see there). The message text stays unchanged.
            "cue_markers": [],
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Optional[Any] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NgramIntentClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the model on the (already normalised) intent examples."""
        examples = [
            m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)
        ]
        if len({m.get(INTENT) for m in examples}) < 2:
            logger.warning("NgramIntentClassifier: fewer than two intents, not trained.")
            return self._resource
        self._model = build_model(self._config)
        markers = self._config["cue_markers"]
        self._model.fit(
            [features_text(m.get(TEXT), markers) for m in examples],
            [m.get(INTENT) for m in examples],
        )
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(self._model, directory / MODEL_FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> NgramIntentClassifier:
        model = None
        try:
            with model_storage.read_from(resource) as directory:
                model = joblib.load(directory / MODEL_FILE)
        except ValueError:
            logger.warning("NgramIntentClassifier: no trained model found.")
        return cls(config, model_storage, resource, model)

    def process(self, messages: List[Message]) -> List[Message]:
        """Sets intent and intent_ranking (probabilities) on every message with text."""
        if self._model is None:
            return messages
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text:
                continue
            probabilities = self._model.predict_proba(
                [features_text(text, self._config["cue_markers"])]
            )[0]
            weights = intent_weights_for(
                text,
                self._config["intent_weights"],
                self._config["intent_weights_min_words"],
                self._config["script_intent_weights"],
                self._config["script_intent_weights_max_words"],
            )
            if weights:
                probabilities = weighted(probabilities, self._model.classes_, weights)
            ranking = sorted(
                (
                    {"name": str(name), "confidence": float(p)}
                    for name, p in zip(self._model.classes_, probabilities)
                ),
                key=lambda r: -r["confidence"],
            )
            if self._config["ranking_length"] > 0:
                ranking = ranking[: self._config["ranking_length"]]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
