"""All pattern tables together: idioms cut out first, then the crisis and uncertain rules, clause by clause;
``pattern_level`` is the first net."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from inburgering.text.sensitive.levels import CrisisLevel
from inburgering.text.sensitive.matching import _AnyOf, _EachOf
from inburgering.text.sensitive.rules.core import (
    _CRISIS_AR, _CRISIS_NL, _CRISIS_TI, _IDIOMS_AR, _IDIOMS_NL, _IDIOMS_TI, _UNCERTAIN_AR, _UNCERTAIN_NL,
    _UNCERTAIN_TI,
)
from inburgering.text.sensitive.rules.meaning import (
    _CLAUSE_UNCERTAIN_AR, _CLAUSE_UNCERTAIN_NL, _CLAUSE_UNCERTAIN_TI, _GENERAL_CRISIS_AR, _GENERAL_CRISIS_NL,
    _GENERAL_CRISIS_TI, _GENERAL_UNCERTAIN_AR, _GENERAL_UNCERTAIN_NL, _GENERAL_UNCERTAIN_TI, _MEANING_CRISIS,
    _MEANING_IDIOMS, _MEANING_UNCERTAIN,
)
from inburgering.text.sensitive.rules.round16 import _ROUND16_CRISIS, _ROUND16_IDIOMS, _ROUND16_UNCERTAIN
from inburgering.text.sensitive.rules.round17 import (
    _ROUND17_CRISIS, _ROUND17_IDIOMS, _ROUND17_UNCERTAIN, _TRIVIAL_THREAT_IDIOMS,
)
from inburgering.text.sensitive.rules.round18 import _ROUND18_CRISIS, _ROUND18_IDIOMS, _ROUND18_UNCERTAIN
from inburgering.text.sensitive.rules.round19 import _ROUND19_CRISIS, _ROUND19_IDIOMS, _ROUND19_UNCERTAIN
from inburgering.text.sensitive.rules.round20 import _ROUND20_CRISIS, _ROUND20_IDIOMS, _ROUND20_UNCERTAIN
from inburgering.text.sensitive.rules.round21 import _ROUND21_CRISIS, _ROUND21_IDIOMS, _ROUND21_UNCERTAIN
from inburgering.text.sensitive.rules.round22 import (
    _ROUND22_CLAUSE_UNCERTAIN, _ROUND22_CRISIS, _ROUND22_IDIOMS, _ROUND22_UNCERTAIN,
)
from inburgering.text.sensitive.rules.round23 import _ROUND23_CRISIS, _ROUND23_IDIOMS, _ROUND23_UNCERTAIN
from inburgering.text.sensitive.rules.round24 import _ROUND24_CRISIS, _ROUND24_IDIOMS, _ROUND24_UNCERTAIN
from inburgering.text.sensitive.rules.round25 import _ROUND25_CRISIS, _ROUND25_IDIOMS, _ROUND25_UNCERTAIN
from inburgering.text.sensitive.rules.round26 import _ROUND26_CRISIS, _ROUND26_IDIOMS, _ROUND26_UNCERTAIN
from inburgering.text.sensitive.rules.round27 import _ROUND27_CRISIS, _ROUND27_IDIOMS, _ROUND27_UNCERTAIN
from inburgering.text.sensitive.rules.round28 import _ROUND28_CRISIS, _ROUND28_IDIOMS, _ROUND28_UNCERTAIN
from inburgering.text.sensitive.rules.round29 import _ROUND29_CRISIS, _ROUND29_IDIOMS, _ROUND29_UNCERTAIN
from inburgering.text.sensitive.rules.round30 import _ROUND30_CRISIS, _ROUND30_IDIOMS, _ROUND30_UNCERTAIN
from inburgering.text.sensitive.rules.round31 import _ROUND31_CRISIS, _ROUND31_IDIOMS, _ROUND31_UNCERTAIN
from inburgering.text.sensitive.rules.round32 import _ROUND32_CRISIS, _ROUND32_IDIOMS, _ROUND32_UNCERTAIN
from inburgering.text.sensitive.rules.round33 import _ROUND33_CRISIS, _ROUND33_IDIOMS, _ROUND33_UNCERTAIN
from inburgering.text.sensitive.rules.round34 import _ROUND34_CRISIS, _ROUND34_IDIOMS, _ROUND34_UNCERTAIN
from inburgering.text.sensitive.rules.round35 import _ROUND35_CRISIS, _ROUND35_IDIOMS, _ROUND35_UNCERTAIN
from inburgering.text.sensitive.rules.round36 import _ROUND36_CRISIS, _ROUND36_IDIOMS, _ROUND36_UNCERTAIN
from inburgering.text.sensitive.rules.round37 import _ROUND37_CRISIS, _ROUND37_IDIOMS, _ROUND37_UNCERTAIN
from inburgering.text.sensitive.rules.round38 import _ROUND38_CRISIS, _ROUND38_IDIOMS, _ROUND38_UNCERTAIN
from inburgering.text.sensitive.rules.round39 import _ROUND39_CRISIS, _ROUND39_IDIOMS, _ROUND39_UNCERTAIN
from inburgering.text.sensitive.rules.round40 import _ROUND40_CRISIS, _ROUND40_IDIOMS, _ROUND40_UNCERTAIN
from inburgering.text.sensitive.rules.round41 import _ROUND41_CRISIS, _ROUND41_IDIOMS, _ROUND41_UNCERTAIN
from inburgering.text.sensitive.rules.round42 import _ROUND42_CRISIS, _ROUND42_IDIOMS, _ROUND42_UNCERTAIN
from inburgering.text.sensitive.rules.round43 import _ROUND43_CRISIS, _ROUND43_IDIOMS, _ROUND43_UNCERTAIN
from inburgering.text.sensitive.rules.round44 import _ROUND44_CRISIS, _ROUND44_IDIOMS, _ROUND44_UNCERTAIN
from inburgering.text.sensitive.rules.round45 import _ROUND45_CRISIS, _ROUND45_IDIOMS, _ROUND45_UNCERTAIN
from inburgering.text.sensitive.rules.round46 import _ROUND46_CRISIS, _ROUND46_IDIOMS, _ROUND46_UNCERTAIN
from inburgering.text.sensitive.rules.round47 import _ROUND47_CRISIS, _ROUND47_IDIOMS, _ROUND47_UNCERTAIN
from inburgering.text.sensitive.rules.round48 import _ROUND48_CRISIS, _ROUND48_IDIOMS, _ROUND48_UNCERTAIN
from inburgering.text.sensitive.rules.round49 import _ROUND49_CRISIS, _ROUND49_IDIOMS, _ROUND49_UNCERTAIN
from inburgering.text.sensitive.rules.round50 import _ROUND50_CRISIS, _ROUND50_IDIOMS, _ROUND50_UNCERTAIN
from inburgering.text.sensitive.rules.round51 import _ROUND51_CRISIS, _ROUND51_IDIOMS, _ROUND51_UNCERTAIN
from inburgering.text.sensitive.rules.round52 import _ROUND52_CRISIS, _ROUND52_IDIOMS, _ROUND52_UNCERTAIN
from inburgering.text.sensitive.rules.round53 import _ROUND53_CRISIS, _ROUND53_IDIOMS, _ROUND53_UNCERTAIN
from inburgering.text.sensitive.rules.round54 import _ROUND54_CRISIS, _ROUND54_IDIOMS, _ROUND54_UNCERTAIN
from inburgering.text.sensitive.view import _WHITESPACE, matching_view

# Short, unambiguous words also looked for with all spaces removed ("z e l f  m o o r d").
_KEYWORDS = ("zelfmoord", "zelfdoding", "suicid", "انتحار", "انتحر", "ርእሰቅትለት", "ነብሰቅትለት")


@lru_cache(maxsize=1)
def _patterns() -> tuple[_EachOf, _AnyOf, _AnyOf, tuple[str, ...], _AnyOf]:
    return (
        # The round-16 idioms first: they are more specific than the older ones they overlap.
        _EachOf(_TRIVIAL_THREAT_IDIOMS + _ROUND54_IDIOMS + _ROUND53_IDIOMS + _ROUND52_IDIOMS + _ROUND51_IDIOMS + _ROUND50_IDIOMS + _ROUND49_IDIOMS + _ROUND48_IDIOMS + _ROUND47_IDIOMS + _ROUND46_IDIOMS + _ROUND45_IDIOMS + _ROUND44_IDIOMS + _ROUND43_IDIOMS + _ROUND42_IDIOMS + _ROUND41_IDIOMS + _ROUND40_IDIOMS + _ROUND39_IDIOMS + _ROUND38_IDIOMS + _ROUND37_IDIOMS + _ROUND36_IDIOMS + _ROUND35_IDIOMS + _ROUND34_IDIOMS + _ROUND33_IDIOMS + _ROUND32_IDIOMS + _ROUND31_IDIOMS + _ROUND30_IDIOMS + _ROUND29_IDIOMS + _ROUND28_IDIOMS + _ROUND27_IDIOMS + _ROUND26_IDIOMS + _ROUND25_IDIOMS + _ROUND24_IDIOMS + _ROUND23_IDIOMS + _ROUND22_IDIOMS + _ROUND21_IDIOMS + _ROUND20_IDIOMS + _ROUND19_IDIOMS + _ROUND18_IDIOMS + _ROUND17_IDIOMS + _ROUND16_IDIOMS + _IDIOMS_NL + _IDIOMS_AR + _IDIOMS_TI + _MEANING_IDIOMS),
        _AnyOf(_CRISIS_NL + _CRISIS_AR + _CRISIS_TI + _GENERAL_CRISIS_NL + _GENERAL_CRISIS_AR + _GENERAL_CRISIS_TI
               + _MEANING_CRISIS + _ROUND16_CRISIS + _ROUND17_CRISIS + _ROUND18_CRISIS + _ROUND19_CRISIS + _ROUND20_CRISIS + _ROUND21_CRISIS + _ROUND22_CRISIS + _ROUND23_CRISIS + _ROUND24_CRISIS + _ROUND25_CRISIS + _ROUND26_CRISIS + _ROUND27_CRISIS + _ROUND28_CRISIS + _ROUND29_CRISIS + _ROUND30_CRISIS + _ROUND31_CRISIS + _ROUND32_CRISIS + _ROUND33_CRISIS + _ROUND34_CRISIS + _ROUND35_CRISIS + _ROUND36_CRISIS + _ROUND37_CRISIS + _ROUND38_CRISIS + _ROUND39_CRISIS + _ROUND40_CRISIS + _ROUND41_CRISIS + _ROUND42_CRISIS + _ROUND43_CRISIS + _ROUND44_CRISIS + _ROUND45_CRISIS + _ROUND46_CRISIS + _ROUND47_CRISIS + _ROUND48_CRISIS + _ROUND49_CRISIS + _ROUND50_CRISIS + _ROUND51_CRISIS + _ROUND52_CRISIS + _ROUND53_CRISIS + _ROUND54_CRISIS),
        _AnyOf(_UNCERTAIN_NL + _UNCERTAIN_AR + _UNCERTAIN_TI
               + _GENERAL_UNCERTAIN_NL + _GENERAL_UNCERTAIN_AR + _GENERAL_UNCERTAIN_TI
               + _MEANING_UNCERTAIN + _ROUND16_UNCERTAIN + _ROUND17_UNCERTAIN + _ROUND18_UNCERTAIN + _ROUND19_UNCERTAIN + _ROUND20_UNCERTAIN + _ROUND21_UNCERTAIN + _ROUND22_UNCERTAIN + _ROUND23_UNCERTAIN + _ROUND24_UNCERTAIN + _ROUND25_UNCERTAIN + _ROUND26_UNCERTAIN + _ROUND27_UNCERTAIN + _ROUND28_UNCERTAIN + _ROUND29_UNCERTAIN + _ROUND30_UNCERTAIN + _ROUND31_UNCERTAIN + _ROUND32_UNCERTAIN + _ROUND33_UNCERTAIN + _ROUND34_UNCERTAIN + _ROUND35_UNCERTAIN + _ROUND36_UNCERTAIN + _ROUND37_UNCERTAIN + _ROUND38_UNCERTAIN + _ROUND39_UNCERTAIN + _ROUND40_UNCERTAIN + _ROUND41_UNCERTAIN + _ROUND42_UNCERTAIN + _ROUND43_UNCERTAIN + _ROUND44_UNCERTAIN + _ROUND45_UNCERTAIN + _ROUND46_UNCERTAIN + _ROUND47_UNCERTAIN + _ROUND48_UNCERTAIN + _ROUND49_UNCERTAIN + _ROUND50_UNCERTAIN + _ROUND51_UNCERTAIN + _ROUND52_UNCERTAIN + _ROUND53_UNCERTAIN + _ROUND54_UNCERTAIN),
        tuple(matching_view(k).replace(" ", "") for k in _KEYWORDS),
        _AnyOf(_CLAUSE_UNCERTAIN_NL + _CLAUSE_UNCERTAIN_AR + _CLAUSE_UNCERTAIN_TI + _ROUND22_CLAUSE_UNCERTAIN),
    )


# What stands where an idiom was cut out: no pattern matches it, and the classifier learns it
# from the negatives (deleting the idiom would leave a fragment such as "hij" to be judged alone).
IDIOM_MARK = "§"


# "I am going to die" right after an idiom ("my phone's battery is dead, I am going to die") is
# the same hyperbole. ("dod": the view squeezes doubled Latin letters; "dood" never matched before round 18.)
_AFTER_IDIOM = re.compile(IDIOM_MARK + r"\s+((ik\s+)?ga\s+(echt\s+)?dod|(رح|ح|عم)\s+(ا)?موت|(ክመውት|ክሞት)\s+(እየ|ቀሪበ))(?!\S)")


def _without_idioms(view: str) -> str:
    idioms = _patterns()[0]
    view = _WHITESPACE.sub(" ", idioms.sub(f" {IDIOM_MARK} ", view)).strip()
    return _AFTER_IDIOM.sub(IDIOM_MARK, view)


def pattern_level(text: str) -> CrisisLevel:
    """The first net alone: crisis, uncertain or none from the patterns."""
    return _pattern_level(_without_idioms(matching_view(text)), text)


# Where one clause of a message ends: "ik wil niet meer, alles is zwart".
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n\u060c\u061b\u061f\u1362\u1363\u1364\u1365\u1366]+")
_MAX_CLAUSES = 30


def _clause_views(text: str, view: str) -> Iterator[str]:
    if not _CLAUSE_BREAK.search(text):
        yield view
        return
    for clause in _CLAUSE_BREAK.split(text)[:_MAX_CLAUSES]:
        view = _without_idioms(matching_view(clause))
        if view:
            yield view


def _has_keyword(view: str, keywords: tuple[str, ...]) -> bool:
    """A keyword inside one word ("zelfmoordgedachten"), or split over whole words ("zelf mord", "ርእሰ ቅትለት").

    A keyword split over words must begin where a word does and end where one does: joined up at any point,
    ordinary words read as one ("لازم ان تحرك", "كانت حرارتو": "انتحر"; round 37). Only the Latin-script stems
    ("suicid") may go on in the last word ("sui cide").
    """
    if any(keyword in view for keyword in keywords):
        return True
    compact = view.replace(" ", "")
    if not any(keyword in compact for keyword in keywords):  # the usual case, at C speed
        return False
    words = view.split()
    for start in range(len(words) - 1):
        joined = words[start]
        for word in words[start + 1:]:
            if not any(keyword.startswith(joined) for keyword in keywords):
                break
            before, joined = len(joined), joined + word
            for keyword in keywords:
                if joined == keyword or (keyword.isascii() and len(keyword) > before and joined.startswith(keyword)):
                    return True
    return False


def _pattern_level(view: str, text: str) -> CrisisLevel:
    _, crisis, uncertain, keywords, clause_uncertain = _patterns()
    if crisis.search(view) or _has_keyword(view, keywords):
        return CrisisLevel.crisis
    if uncertain.search(view) or any(clause_uncertain.search(c) for c in _clause_views(text, view)):
        return CrisisLevel.uncertain
    return CrisisLevel.none


