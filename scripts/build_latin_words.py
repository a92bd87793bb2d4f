"""Write nlu/latin/ti_words.txt: the Ge'ez words of the Tigrinya training data, with their counts.

nlu/latin.py snaps a Latin-script Tigrinya word that is in none of its word lists to the training
word with the same consonants (q/k, ts/x, doubled letters once, vowels merged). Run after a large
change of the Tigrinya training data (e.g. a round of nlu/roundN/ or `export-labelled`), then retrain:

    .venv-rasa/bin/python scripts/build_latin_words.py            # words seen at least twice
    .venv-rasa/bin/python scripts/build_latin_words.py --min-count 3
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = PROJECT_ROOT / "nlu" / "latin" / "ti_words.txt"
GEEZ_WORD = re.compile(r"[\u1200-\u135a]{2,}")
HEADER = ("# Ge'ez words of the Tigrinya training data (nlu/**/ti.yml without nlu/latin/), seen at least {min_count} "
          "times,\n# with their count. nlu/latin.py snaps a Latin-script Tigrinya word that is in no lexicon to the\n"
          "# word here with the same consonants (q/k, ts/x, doubled letters, vowels merged). Written by\n"
          "# scripts/build_latin_words.py from the training data; run it again after large data changes.\n")


def counted_words(texts: Iterable[str]) -> Counter[str]:
    """Ge'ez words (two letters or more) of already normalised texts, counted."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word for word in text.split() if GEEZ_WORD.fullmatch(word))
    return counts


def render(counts: Counter[str], min_count: int) -> str:
    """The file: the header, then one "word count" line per word seen ``min_count`` times, commonest first."""
    words = sorted((w for w, n in counts.items() if n >= min_count), key=lambda w: (-counts[w], w))
    return HEADER.format(min_count=min_count) + "".join(f"{word} {counts[word]}\n" for word in words)


def training_texts(nlu_dir: Path) -> list[str]:
    """The Tigrinya training examples (not the Latin-script ones), normalised as the model sees them."""
    sys.path.insert(0, str(PROJECT_ROOT))
    from nlu.normalise import model_text

    spec = importlib.util.spec_from_file_location("eval_nlu", PROJECT_ROOT / "scripts" / "eval_nlu.py")
    eval_nlu = importlib.util.module_from_spec(spec)
    sys.modules["eval_nlu"] = eval_nlu  # its dataclasses look their module up
    spec.loader.exec_module(eval_nlu)
    return [model_text(e.text, "off") for e in eval_nlu.load_training_examples(nlu_dir)
            if e.language == "ti" and e.group != "latin"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)
    counts = counted_words(training_texts(PROJECT_ROOT / "nlu"))
    OUTPUT.write_text(render(counts, args.min_count), encoding="utf-8")
    print(f"{sum(1 for n in counts.values() if n >= args.min_count)} words -> {OUTPUT.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
