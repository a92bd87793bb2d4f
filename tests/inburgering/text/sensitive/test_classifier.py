import random
from pathlib import Path

from inburgering.text.sensitive import matching_view
from inburgering.text.sensitive.classifier import CrisisClassifier, crisis_training_data, nlu_examples
from inburgering.text.sensitive.levels import NLU_DATA_DIR

PROBES = ("ik wil niet meer leven", "hij zeg als jij politie bellen ik jou en kinderen dood", "بدي موت",
          "ما عاد بدي كون موجود", "ክሞት ደልየ", "wanneer is mijn afspraak", "ik ben doodmoe van het werk",
          "resey bmelach eqertso aleku")


def _probabilities(crisis: list[str], negatives: list[str], cache: Path) -> list[float]:
    # Its own cache: other training data in var/cache would replace the views and the fit every process starts from.
    model = CrisisClassifier(crisis, negatives, cache_dir=cache)
    return [model.probability(matching_view(text)) for text in PROBES]


def test_the_order_of_the_training_data_does_not_change_the_answer(tmp_path: Path) -> None:
    # Round 48: the SGD fit it replaced did not converge, so the order of its examples (and every NLU line added to its
    # negatives) moved development crisis lines between the emergency answer and the gentle question. A model solved to
    # convergence gives the same probabilities for the same data in any order.
    crisis, idioms = crisis_training_data()
    negatives = list(nlu_examples(NLU_DATA_DIR / "round34")) + list(nlu_examples(NLU_DATA_DIR / "round33")) + idioms
    first = _probabilities(crisis, negatives, tmp_path)
    shuffled_crisis, shuffled_negatives = crisis[:], negatives[:]
    random.Random(7).shuffle(shuffled_crisis)
    random.Random(8).shuffle(shuffled_negatives)
    second = _probabilities(shuffled_crisis, shuffled_negatives, tmp_path)
    assert max(abs(a - b) for a, b in zip(first, second)) < 0.001, (first, second)
    # and it still tells the probes apart
    assert first[0] > 0.9 and first[5] < 0.5
