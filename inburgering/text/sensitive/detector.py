"""The API: ``crisis_level`` and ``is_crisis`` read a message as typed, in Arabic / Ge'ez script when it
is Arabizi or Latin-script Tigrinya, and split when it is spaced out, through both nets."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from inburgering.text.sensitive.classifier import crisis_classifier, crisis_training_data, nlu_examples
from inburgering.text.sensitive.levels import (
    CLASSIFIER_MIN_WORDS, CRISIS_PROBABILITY, CrisisLevel, NLU_DATA_DIR, UNCERTAIN_PROBABILITY,
)
from inburgering.text.sensitive.matching import _AnyOf, _compile
from inburgering.text.sensitive.patterns import IDIOM_MARK, _pattern_level, _patterns, _without_idioms
from inburgering.text.sensitive.rules.round17 import _CONTEXT_CUES, _JOKE, _conditional_threats
from inburgering.text.sensitive.rules.round53 import _R53LD_NOT_JOKING
from inburgering.text.sensitive.view import _WHITESPACE, matching_view

def warm_up() -> None:
    """Train the classifier now (e.g. in a thread at bot start) instead of on the first message, and
    build the vocabulary that splits spaced-out letters (round 21) and the patterns: with the training
    views kept (var/cache), the classifier no longer compiles them, and the first message paid ~1.3 s."""
    crisis_classifier()
    _vocabulary()
    _patterns()
    _context_cues()
    _not_joking()


# --------------------------------------------------------------------------------------------
# API


def crisis_level(text: str) -> CrisisLevel:
    """none, uncertain or crisis for a user message in Dutch, Arabic or Tigrinya (any script).

    A message in Arabizi or Latin-script Tigrinya is also read in Arabic / Ge'ez script
    (``native_script``), where most of the patterns and training phrasings are; the higher
    level of the two readings counts.
    """
    view = _without_idioms(matching_view(text))
    level = _level(view, text)
    # An idiom already recognised in the Latin spelling ("btmet kmewt iye", dying of hunger) is
    # not read again from a transliteration that the idiom patterns may not know.
    if level is not CrisisLevel.crisis and IDIOM_MARK not in view:
        native = native_script(text)
        if native is not None:
            level = max(level, _level(_without_idioms(matching_view(native)), native, text), key=_RANK.__getitem__)
    if level is not CrisisLevel.crisis:
        spaced = _spaced_reading(text)
        if spaced is not None:
            level = max(level, _level(_without_idioms(spaced), text), key=_RANK.__getitem__)
            # Spaced-out Arabizi or Latin-script Tigrinya ("k i m u t   i d e l i"): its words, in Arabic /
            # Ge'ez script too (round 23).
            native = native_script(spaced) if level is not CrisisLevel.crisis else None
            if native is not None:
                level = max(level, _level(_without_idioms(matching_view(native)), native, text), key=_RANK.__getitem__)
    return level


# Spaced-out letters of several words ("i k w i l n i e t m e e r l e v e n", "ب د ي م و ت") become one
# "word" in the view, which no phrase pattern sees. A second reading splits such a word into words the
# training data knows (the fewest and commonest), as a person reads it (round 21).
_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_SEGMENT_MIN_LENGTH = 5
_SEGMENT_MAX_WORD = 20


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, float]:
    """Words of the crisis phrasings, idioms and NLU examples (matching view), with -log frequency;
    phrasings with spaced-out letters are left out (their joined letters are not words)."""
    crisis, idioms = crisis_training_data()
    counts: dict[str, int] = {}
    for text in crisis + idioms + list(nlu_examples(NLU_DATA_DIR)):
        if _SPACED_RUN.search(text):
            continue
        for word in matching_view(text).split():
            counts[word] = counts.get(word, 0) + 1
    total = sum(counts.values())
    return {word: -math.log(count / total) for word, count in counts.items() if len(word) <= _SEGMENT_MAX_WORD}


def _segment(word: str) -> str | None:
    """``word`` split into two or more known words at the lowest total cost, or None."""
    vocabulary = _vocabulary()
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _SEGMENT_MAX_WORD), end):
            if end - start == len(word):  # always at least two words
                continue
            cost = vocabulary.get(word[start:end])
            if cost is not None and best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    if math.isinf(best[-1][0]):
        return None
    words: list[str] = []
    end = len(word)
    while end > 0:
        start = best[end][1]
        words.append(word[start:end])
        end = start
    return " ".join(reversed(words))


# Spaced-out letters with a wider gap between the words ("ጽ ባ ሕ   ኣ ይ ክ ህ ሉ ን"): the wide gaps are the
# word breaks the view loses when it joins all the letters (round 22).
_WIDE_GAP = re.compile(r"[ \t\u00a0]{2,}|\n")
_SPACED_WORD = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")


def _gapped_reading(text: str) -> str | None:
    """The matching view with each widely separated run of spaced-out letters read as one word."""
    if "  " not in text:
        return None
    chunks = [chunk.strip() for chunk in _WIDE_GAP.split(text)]
    words = [chunk.replace(" ", "") if _SPACED_WORD.fullmatch(chunk) else chunk for chunk in chunks if chunk]
    if len(words) < 2 or words == [chunk for chunk in chunks if chunk]:
        return None
    reading = matching_view(" ".join(words))
    return reading if reading != matching_view(text) else None


def _spaced_reading(text: str) -> str | None:
    """The matching view with spaced-out letters split into words again; None without such letters."""
    gapped = _gapped_reading(text)
    if gapped is not None:
        return gapped
    joined = {matching_view(run.group(0)) for run in _SPACED_RUN.finditer(text)}
    if not joined:
        return None
    words, changed = [], False
    for word in matching_view(text).split():
        if len(word) >= _SEGMENT_MIN_LENGTH and word in joined:
            split = _segment(word)
            if split is not None and split != word:
                words.append(split)
                changed = True
                continue
        words.append(word)
    return " ".join(words) if changed else None


_RANK = {CrisisLevel.none: 0, CrisisLevel.uncertain: 1, CrisisLevel.crisis: 2}


@lru_cache(maxsize=1)
def _context_cues() -> _AnyOf:
    return _AnyOf(_CONTEXT_CUES)


@lru_cache(maxsize=1)
def _not_joking() -> re.Pattern[str]:
    return _compile(_R53LD_NOT_JOKING)


def _cue_in(view: str) -> bool:
    """A game, film, cooking or joke cue in ``view``; "no joke" and "I am not joking" are none (round 53)."""
    return _context_cues().search(_not_joking().sub(" ", view)) is not None


def _level(view: str, text: str, typed: str | None = None) -> CrisisLevel:
    """The level of one reading (``view`` of ``text``); cues are also looked for in ``typed``, the
    message as the person typed it (a transliteration keeps its laugh, a Latin "game" its cue)."""
    level = _pattern_level(view, text)
    joke = _JOKE.search(text.lower()) is not None or (typed is not None and _JOKE.search(typed.lower()) is not None)
    context = joke or _cue_in(view) or (typed is not None and _cue_in(_without_idioms(matching_view(typed))))
    if level is CrisisLevel.crisis:
        threat, serious, present = _conditional_threats()
        if threat.search(view) and not serious.search(view) and not present.search(view):
            # "kills me if ..." with a condition that is not about leaving, telling or the police: the
            # emergency answer needs another signal besides it (round 17).
            rest = _WHITESPACE.sub(" ", threat.sub(f" {IDIOM_MARK} ", view)).strip()
            if _pattern_level(rest, rest) is not CrisisLevel.crisis:
                return CrisisLevel.uncertain
    if level is CrisisLevel.crisis:
        # Next to a game, sport, film, cooking or joke cue a pattern only asks the gentle question (round 17).
        return CrisisLevel.uncertain if context else level
    if joke:  # the classifier alone raises no alarm next to a laugh
        return level
    probability = crisis_classifier().probability(view)
    # Where an idiom was cut out, its mark is not a word of the message (round 16).
    words = [word for word in view.split() if word != IDIOM_MARK]
    if len(words) < CLASSIFIER_MIN_WORDS:
        # A short message: only a near-certain classifier asks the gentle question.
        return CrisisLevel.uncertain if probability >= CRISIS_PROBABILITY else level
    if context:  # next to a game, sport, film or cooking cue: at most the gentle question (round 17)
        return CrisisLevel.uncertain if probability >= UNCERTAIN_PROBABILITY else level
    # A message with an idiom in it ("my laptop died and everything is gone") gets at most the
    # gentle question from the classifier alone; the emergency answer then needs a rule (round 16).
    if probability >= CRISIS_PROBABILITY and IDIOM_MARK not in view:
        return CrisisLevel.crisis
    if probability >= UNCERTAIN_PROBABILITY:
        return CrisisLevel.uncertain
    return level


def native_script(text: str) -> str | None:
    """Arabizi or Latin-script Tigrinya written in Arabic / Ge'ez script; None for other text."""
    if not _LATIN_LETTER.search(text):
        return None
    from nlu.latin import latin_language, to_native_script

    language = latin_language(text)
    if language not in ("ar", "ti"):
        return None
    return to_native_script(text, language)


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def is_crisis(text: str) -> bool:
    """Whether ``text`` is a crisis (suicide, self-harm, violence at home) in Dutch, Arabic or Tigrinya."""
    return crisis_level(text) is CrisisLevel.crisis


