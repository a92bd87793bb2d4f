"""The speed probe every round's rule tests share: long messages made of a kind's own words."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from inburgering.text import sensitive

MAX_CHARACTERS = 4096  # the longest message the bot reads (longer ones are cut and kept)
# A guard against catastrophic backtracking, which takes many seconds to minutes on 4 096 characters. Round 46: with
# every round's patterns the whole detector takes up to about 0.9 s CPU on the slowest probe on a quiet machine and
# 1.16 s beside a training run (round 42's probe), so the old 1.0 s limit failed on load, not on a slow pattern.
SPEED_LIMIT_SECONDS = 2.0


def slowest_seconds(texts: Iterable[str], *, with_classifier: bool = False) -> float:
    """The most CPU seconds one of ``texts`` (each cut to 4 096 characters) takes through the patterns, and through
    the whole detector too when ``with_classifier``; the one-off compilation is done first and not counted."""
    sensitive.pattern_level("warm up")
    if with_classifier:
        sensitive.crisis_level("warm up")  # the classifier's one-off training or loading is not the probe's either
    steps: tuple[Callable[[str], object], ...] = (sensitive.pattern_level,)
    if with_classifier:
        steps += (sensitive.crisis_level,)
    slowest = 0.0
    for text in texts:
        text = text[:MAX_CHARACTERS]
        start = time.process_time()
        for step in steps:
            step(text)
        slowest = max(slowest, time.process_time() - start)
    return slowest
