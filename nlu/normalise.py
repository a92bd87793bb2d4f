"""Rasa graph component that normalises message text before tokenisation.

Put it first in config.yml's pipeline (`- name: nlu.normalise.TextNormaliser`).
It runs on the training data and on every parsed message, so the model sees
the same spelling at training and at inference. See `nlu.text` for the rules.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.text import is_intent_payload, normalise


# The default recipe only chains tokenizer and featurizer components into the
# message-processing graph; registering as a tokenizer type places this
# component there without making it a Tokenizer (WhitespaceTokenizer still is).
@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False
)
class TextNormaliser(GraphComponent):
    """Rewrites each message's text to its normalised spelling."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TextNormaliser:
        """Creates the component (it has no state)."""
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Normalises the text of every training example."""
        for message in training_data.training_examples:
            self._normalise_message(message)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Normalises the text of incoming messages."""
        for message in messages:
            self._normalise_message(message)
        return messages

    @staticmethod
    def _normalise_message(message: Message) -> None:
        text = message.get(TEXT)
        # Story steps carry intents or action names but no text.
        if not isinstance(text, str) or not text or is_intent_payload(text):
            return
        message.set(TEXT, normalise(text))
