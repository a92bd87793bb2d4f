"""Which scripts a regular expression needs in a text before it can match there.

The crisis patterns (``inburgering.text.sensitive``) are written per language: most hold only Latin
letters, only Arabic letters or only Ge'ez syllables. A Dutch message cannot match a pattern that
needs an Arabic letter, so trying it is wasted work; with ~1 500 patterns that was most of the
time a message took. :func:`needed_scripts` reads a compiled pattern's parse tree and returns the
scripts every match needs (in the match itself or in a positive lookaround); :func:`scripts_in`
tells which scripts a text holds. A pattern is tried only where ``needed <= present``, which never
changes a result: the analysis only claims a script where no match can do without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # Python 3.11+
    from re import _parser as _sre
except ImportError:  # Python 3.10 (the Rasa virtualenv)
    import sre_parse as _sre  # type: ignore[no-redef]

LATIN, ARABIC, GEEZ = "latin", "arabic", "geez"

# Code point ranges per script: letters and whatever else lies in the blocks (a pattern that needs a
# character in a range is tried on every text with a character in that range).
_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    LATIN: ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF)),
    ARABIC: ((0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    GEEZ: ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
}
_PRESENT = {
    script: re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]")
    for script, ranges in _RANGES.items()
}
NONE: frozenset[str] = frozenset()


def _script_of_range(low: int, high: int) -> str | None:
    """The script whose ranges hold every code point from ``low`` to ``high``; None: no single one."""
    for script, ranges in _RANGES.items():
        if any(lo <= low and high <= hi for lo, hi in ranges):
            return script
    return None


def _class_script(items: list) -> frozenset[str]:
    """A character class ``[...]`` needs a script when each of its members lies in that script."""
    scripts = set()
    for op, value in items:
        if op is _sre.LITERAL:
            script = _script_of_range(value, value)
        elif op is _sre.RANGE:
            script = _script_of_range(*value)
        else:  # NEGATE, CATEGORY (\w, \s, ...): may match in any script
            return NONE
        if script is None:
            return NONE
        scripts.add(script)
    return frozenset(scripts) if len(scripts) == 1 else NONE


def _needs(tree: Iterable) -> frozenset[str]:
    """Scripts a match of the sequence ``tree`` needs: the union over its items."""
    needed: set[str] = set()
    for op, value in tree:
        needed |= _item_needs(op, value)
    return frozenset(needed)


def _item_needs(op, value) -> frozenset[str]:
    if op is _sre.LITERAL:
        script = _script_of_range(value, value)
        return frozenset({script}) if script else NONE
    if op is _sre.IN:
        return _class_script(value)
    if op is _sre.SUBPATTERN:
        return _needs(value[-1])
    if op is _sre.BRANCH:  # each alternative needs its own: only what all of them need is needed
        alternatives = [_needs(branch) for branch in value[1]]
        return frozenset.intersection(*alternatives) if alternatives else NONE
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        low, _high, item = value
        return _needs(item) if low >= 1 else NONE
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _needs(value)
    if op is _sre.ASSERT:  # a positive lookahead or lookbehind: its text is in the message too
        return _needs(value[1])
    return NONE  # ANY, AT, CATEGORY, NOT_LITERAL, ASSERT_NOT, GROUPREF, ...: nothing needed


def needed_scripts(pattern: re.Pattern[str]) -> frozenset[str]:
    """The scripts of which a text must hold at least one character each for ``pattern`` to match."""
    return _needs(_sre.parse(pattern.pattern, pattern.flags))


def scripts_in(text: str) -> frozenset[str]:
    """The scripts of which ``text`` holds at least one character."""
    return frozenset(script for script, present in _PRESENT.items() if present.search(text))
