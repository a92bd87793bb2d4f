"""scripts/build_latin_words.py: the Tigrinya word list nlu/latin.py snaps Latin-script words to."""

import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_latin_words", ROOT / "scripts" / "build_latin_words.py")
words = importlib.util.module_from_spec(_spec)
sys.modules["build_latin_words"] = words
_spec.loader.exec_module(words)


def test_only_geez_words_of_two_letters_or_more_are_counted() -> None:
    counts = words.counted_words(["ቆጸራ ኣለኒ ዶ pvt ኣ", "ቆጸራይ መዓስ እዩ", "ቆጸራ"])
    assert counts == Counter({"ቆጸራ": 2, "ኣለኒ": 1, "ቆጸራይ": 1, "መዓስ": 1, "እዩ": 1})  # not "ዶ", "ኣ", "pvt"


def test_the_file_lists_words_seen_often_enough_commonest_first() -> None:
    text = words.render(Counter({"እዩ": 5, "ቆጸራ": 2, "መዓስ": 2, "ኣለኒ": 1}), min_count=2)
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body == ["እዩ 5", "መዓስ 2", "ቆጸራ 2"]
    assert "at least 2 times" in text


def test_the_committed_file_comes_from_the_training_data() -> None:
    # Written by the script; after a large change of the Tigrinya training data, run it again (its
    # docstring says how). New data only adds words the list does not have yet, so this checks that
    # every listed word is still in the data as often as the list's threshold asks.
    counts = words.counted_words(words.training_texts(ROOT / "nlu"))
    committed = words.OUTPUT.read_text(encoding="utf-8")
    min_count = int(committed.split("seen at least ", 1)[1].split()[0])
    listed = [line.split()[0] for line in committed.splitlines() if line and not line.startswith("#")]
    assert len(listed) > 500
    assert [word for word in listed if counts[word] < min_count] == []
