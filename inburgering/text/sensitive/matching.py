"""How pattern tables are compiled and matched: per script, any pattern of a table (``_AnyOf``) or
each idiom cut out of the view (``_EachOf``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from inburgering.text.pattern_scripts import needed_scripts, scripts_in
from inburgering.text.sensitive.view import _GEEZ_FOLD

# --------------------------------------------------------------------------------------------
# Patterns. Written in ordinary spelling; doubled Latin letters are squeezed when compiled, like
# the view. "{g}" is a gap of up to three words (also none, for joined-up spaced letters).

_GAP = r"\s*(?:\S+\s+){0,3}?"
# A doubled letter in a pattern, not an escape such as the "\b" of "\bbang".
_PATTERN_DOUBLE = re.compile(r"(?<!\\)([a-z])\1+")


# Unbounded runs inside a word backtrack quadratically on one very long "word" (4096 characters
# without a space took 20 s); no word of these languages is longer than 30 characters.
_BOUNDED = ((r"\S*", r"\S{0,30}"), (r"\w*", r"\w{0,30}"), (r"\S+", r"\S{1,30}"), (r"\w+", r"\w{1,30}"))


# Patterns are written in ordinary spelling; fold them like the view (Ge'ez series, Arabic letter
# variants that ``normalise`` unifies), so that "ገዚአ" in a pattern meets "ገዚኣ" in the view.
_PATTERN_FOLD = {**_GEEZ_FOLD, **str.maketrans({"\u0629": "\u0647", "\u0623": "\u0627", "\u0625": "\u0627",
                                                "\u0622": "\u0627", "\u0649": "\u064a", "\u0624": "\u0648",
                                                "\u0626": "\u064a"})}


class _ByScript:
    """Patterns compiled one by one, each tried only on texts that hold the scripts it needs
    (:mod:`inburgering.text.pattern_scripts`): a Dutch message skips the Arabic and Ge'ez patterns.
    The patterns for each combination of scripts are kept in their given order."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(_compile([p]) for p in patterns)
        self._needed = tuple(needed_scripts(p) for p in self.patterns)
        self._for: dict[frozenset[str], tuple[re.Pattern[str], ...]] = {}

    def for_text(self, text: str) -> tuple[re.Pattern[str], ...]:
        present = scripts_in(text)
        found = self._for.get(present)
        if found is None:  # at most 8 combinations; a race only builds the same tuple twice
            found = tuple(p for p, needed in zip(self.patterns, self._needed) if needed <= present)
            self._for[present] = found
        return found


class _AnyOf(_ByScript):
    """Patterns compiled one by one and tried in turn: one alternation of ~300 patterns was ten
    times slower on a 4096-character message (360 ms against 35 ms), because each pattern keeps
    its own literal-prefix search only when compiled alone."""

    def search(self, text: str) -> re.Match[str] | None:
        for pattern in self.for_text(text):
            match = pattern.search(text)
            if match:
                return match
        return None


class _EachOf(_ByScript):
    """Idiom patterns compiled one by one and cut out in turn, in the order given: one alternation
    of all ~250 idioms cost 0.7 ms per message, one pattern after the other 0.15 ms (round 16).
    (The scripts are those of the text before the first cut: a cut only takes characters away.)"""

    def sub(self, replacement: str, text: str) -> str:
        for pattern in self.for_text(text):
            text = pattern.sub(replacement, text)
        return text


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    sources = [_PATTERN_DOUBLE.sub(r"\1", p.translate(_PATTERN_FOLD)).replace("{g}", _GAP) for p in patterns]
    for unbounded, bounded in _BOUNDED:
        sources = [source.replace(unbounded, bounded) for source in sources]
    return re.compile("|".join(f"(?:{s})" for s in sources))


# Phrasings that only sound alarming; cut out of the view before both nets look at it.
