"""Machine translation speed: ms per sentence per inbox direction with the installed models.

    .venv/bin/python bench/translation.py [--packages-dir DIR] [--repeat 3] [--threads 1]

Part of `make bench`. Uses what `make translation-models` installed (var/translation-models);
directions without models are listed as missing. The sentences are the phrase lists of the test
models (short messages an inburgeraar writes and replies a regisseur sends), one at a time, as the
inbox translates them. The first translation of a direction loads its models and is reported
separately. With the tests' tiny models (a few hundred kB) the figures say nothing about real
ones, and the output says so.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from inburgering.text.translation import MachineTranslator, default_packages_dir  # noqa: E402

# Smaller than any real model (Argos ~90 MB, OPUS-MT int8 ~75 MB): one of the tests' tiny models.
TEST_MODEL_BYTES = 5_000_000


def _phrases() -> dict[str, list[str]]:
    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, PROJECT_ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.PHRASES

    argos, opus = load("build_test_argos_model"), load("build_test_opus_model")
    return {"nl": [row[0] for row in argos], "ar": [row[2] for row in argos], "ti": [row[0] for row in opus]}


def _size(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.rglob("*") if path.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the sentences (after the first)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads per translation (the inbox uses 1)")
    args = parser.parse_args(argv)
    directory = args.packages_dir or default_packages_dir()
    translator = MachineTranslator(directory, threads=args.threads)
    print(f"Machine translation benchmark ({directory}, {args.threads} thread(s))")
    steps = translator.engines()
    if not steps:
        print("  no models installed: run `make translation-models` (needs a network once)")
        return 0
    sizes = {}
    for model in sorted(path for path in directory.iterdir() if (path / "metadata.json").is_file()):
        sizes[model.name] = _size(model)
        print(f"  model {model.name}: {sizes[model.name] / 1e6:.1f} MB")
    if all(size < TEST_MODEL_BYTES for size in sizes.values()):
        print("  NOTE: only the tests' tiny models are installed; these timings say nothing about real models")
    phrases = _phrases()
    print(f"  {'direction':<10} {'engine':<28} {'load+first ms':>13} {'ms/sentence':>12} {'p90 ms':>8}")
    for language in ("ar", "ti"):
        for source, target in ((language, "nl"), ("nl", language)):
            status = translator.status(source, target)
            if not status.available:
                print(f"  {status.label:<10} missing {', '.join(status.missing)}")
                continue
            sentences = phrases[source]
            started = time.perf_counter()
            first = translator.translate(sentences[0], source, target)
            load_ms = (time.perf_counter() - started) * 1000
            timings = []
            for _ in range(args.repeat):
                for sentence in sentences:
                    started = time.perf_counter()
                    translator.translate(sentence, source, target)
                    timings.append((time.perf_counter() - started) * 1000)
            p90 = statistics.quantiles(timings, n=10)[-1] if len(timings) > 1 else timings[0]
            print(f"  {status.label:<10} {first.engine:<28} {load_ms:>13.0f} {statistics.mean(timings):>12.1f} "
                  f"{p90:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
