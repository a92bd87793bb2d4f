"""How pattern tables are compiled and matched: per script, any pattern of a table (``_AnyOf``) or
each idiom cut out of the view (``_EachOf``)."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

try:  # the parser behind re.compile (public as sre_parse before Python 3.11)
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from inburgering.text import pattern_scripts
from inburgering.text.pattern_scripts import needed_scripts, scripts_in
from inburgering.text.sensitive.kept import keep_json
from inburgering.text.sensitive.levels import VIEW_CACHE_DIR
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


class _LiteralIndex:
    """The patterns for one combination of scripts, in their given order, and which of them each required literal
    lets through (see "Required literals" below). Which literals stand in a text is found from the text's character
    pairs: only literals that begin with a pair the text holds are searched for, instead of every literal of every
    pattern (about 12 000 substring tests per message in round 46, most of a message's CPU time)."""

    def __init__(self, entries: Sequence[tuple[re.Pattern[str], tuple[str, ...] | None]]) -> None:
        self.patterns = tuple(pattern for pattern, _ in entries)
        self._always = frozenset(i for i, (_, literals) in enumerate(entries) if literals is None)
        unlocks: dict[str, list[int]] = {}
        for i, (_, literals) in enumerate(entries):
            for literal in literals or ():
                unlocks.setdefault(literal, []).append(i)
        self._unlocks = {literal: tuple(indices) for literal, indices in unlocks.items()}
        by_start: dict[str, list[str]] = {}
        for literal in self._unlocks:  # every literal has at least _MIN_LITERAL (2) characters
            by_start.setdefault(literal[:2], []).append(literal)
        self._by_start = {start: tuple(literals) for start, literals in by_start.items()}

    def indices(self, text: str) -> list[int]:
        """The positions of the patterns that can match ``text``, in order."""
        pairs = {text[i:i + 2] for i in range(len(text) - 1)}
        chosen = set(self._always)
        for start in pairs.intersection(self._by_start):
            for literal in self._by_start[start]:
                if literal in text:
                    chosen.update(self._unlocks[literal])
        return sorted(chosen)


class _ByScript:
    """Patterns compiled one by one, each tried only on texts that hold the scripts it needs
    (:mod:`inburgering.text.pattern_scripts`) and one of its required literals: a Dutch message skips the Arabic and
    Ge'ez patterns. The patterns are always tried in their given order."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(_compile([p]) for p in patterns)
        analyses = _analyses(self.patterns)
        self._needed = tuple(needed for needed, _ in analyses)
        self._literals = tuple(literals for _, literals in analyses)
        self._for: dict[frozenset[str], _LiteralIndex] = {}

    def for_text(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The patterns that hold no script missing from ``text`` (before the literals are looked at)."""
        return self._index(text).patterns

    def _index(self, text: str) -> _LiteralIndex:
        present = scripts_in(text)
        found = self._for.get(present)
        if found is None:  # at most 8 combinations; a race only builds the same index twice
            found = _LiteralIndex([(p, literals) for p, needed, literals in zip(self.patterns, self._needed, self._literals)
                                   if needed <= present])
            self._for[present] = found
        return found

    def candidates(self, text: str) -> Iterator[re.Pattern[str]]:
        """The patterns that can match ``text``: its scripts, and one of each pattern's required literals in it."""
        index = self._index(text)
        for i in index.indices(text):
            yield index.patterns[i]


class _AnyOf(_ByScript):
    """Patterns compiled one by one and tried in turn: one alternation of ~300 patterns was ten
    times slower on a 4096-character message (360 ms against 35 ms), because each pattern keeps
    its own literal-prefix search only when compiled alone."""

    def search(self, text: str) -> re.Match[str] | None:
        for pattern in self.candidates(text):
            match = pattern.search(text)
            if match:
                return match
        return None


class _EachOf(_ByScript):
    """Idiom patterns compiled one by one and cut out in turn, in the order given: one alternation
    of all ~250 idioms cost 0.7 ms per message, one pattern after the other 0.15 ms (round 16).
    (The scripts are those of the text before the first cut: a cut only takes characters away.)"""

    def sub(self, replacement: str, text: str) -> str:
        index = self._index(text)
        order = index.indices(text)
        position = 0
        while position < len(order):
            i = order[position]
            position += 1
            cut = index.patterns[i].sub(replacement, text)
            if cut != text:  # the literals of the later patterns are looked for in the text as cut so far
                text = cut
                order = [j for j in index.indices(text) if j > i]
                position = 0
        return text


# --------------------------------------------------------------------------------------------
# Required literals. Each of ~1 500 patterns searched a 4 096-character message in turn (0.1-0.3 ms each: most start
# with a look-ahead or a word class, so re's own literal-prefix scan does not apply), 0.3 s for the patterns of one
# reading by round 39. A pattern that can only match where one of a few strings stands ("mes" or "pistol") is skipped
# when none of them is in the text: ``literal in text`` is a C substring search. The strings come from the parsed
# pattern (what re.compile itself parses) and only from parts every match needs in the text: not from optional parts,
# negative look-arounds or character classes (a positive look-ahead's words must stand in the text too). A pattern
# without strings of two characters or more, or compiled ignoring case, is always tried.

_REPEATS = frozenset({_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)})
_MIN_LITERAL = 2  # one letter is in almost every text


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` contains at least one, or None when there are none to rely on."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an internal parser may change; then every pattern is simply tried
        return None
    found = _required(list(parsed))
    if found is None or min(len(literal) for literal in found) < _MIN_LITERAL:
        return None
    return tuple(sorted(found))


def _required(items: Sequence[tuple[object, object]]) -> frozenset[str] | None:
    """For a sequence of parsed items: the most selective set of strings one of which every match holds."""
    best: frozenset[str] | None = None

    def consider(candidates: frozenset[str] | None) -> None:
        nonlocal best
        if candidates and (best is None or _selectivity(candidates) > _selectivity(best)):
            best = candidates

    run: list[str] = []
    for op, value in items:
        if op is _sre.LITERAL:
            run.append(chr(value))  # type: ignore[arg-type]
            continue
        if run:  # a literal run ends at anything else (also at zero-width items: conservative)
            consider(frozenset({"".join(run)}))
            run = []
        if op is _sre.SUBPATTERN:
            _, add_flags, _, content = value  # type: ignore[misc]
            if not add_flags & _sre.SRE_FLAG_IGNORECASE:
                consider(_required(list(content)))
        elif op is _sre.BRANCH:
            _, alternatives = value  # type: ignore[misc]
            sets = [_required(list(alternative)) for alternative in alternatives]
            if all(sets):
                consider(frozenset().union(*sets))  # type: ignore[arg-type]
        elif op is _sre.ASSERT:  # a look-ahead or look-behind: not in the match, but in the text around it
            _, content = value  # type: ignore[misc]
            consider(_required(list(content)))
        elif op in _REPEATS:
            least, _, content = value  # type: ignore[misc]
            if least >= 1:
                consider(_required(list(content)))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _selectivity(candidates: frozenset[str]) -> tuple[int, int]:
    return min(len(c) for c in candidates), -len(candidates)


# --------------------------------------------------------------------------------------------
# Kept analyses. The scripts and literals above come from parsing each pattern twice more after re.compile parsed it:
# round 53, 4 200 patterns, 5 of the 7 s every process spent compiling the tables (a bot start, a restart after a crash,
# each test process). They depend only on the pattern and on the code that reads it, so they are kept in var/cache, one
# entry per pattern (its flags and text), in a file named after that code and Python's version: a changed rule file only
# adds the entries of its new patterns; changed analysis code or another Python starts a new file.

_ANALYSIS_LOCK = threading.Lock()
_kept_analyses: dict[str, dict[str, list]] = {}  # file path -> entries read or made by this process


def _analyses(patterns: Sequence[re.Pattern[str]],
              directory: Path | None = None) -> list[tuple[frozenset[str], tuple[str, ...] | None]]:
    """(needed scripts, required literals) of each pattern, from the kept file where it has them."""
    path = _analysis_path(VIEW_CACHE_DIR if directory is None else directory)
    with _ANALYSIS_LOCK:
        entries = _kept_analyses.get(str(path))
        if entries is None:
            entries = _kept_analyses[str(path)] = _read_analyses(path)
        found: list[tuple[frozenset[str], tuple[str, ...] | None]] = []
        added = False
        for pattern in patterns:
            key = hashlib.blake2b(f"{pattern.flags}\0{pattern.pattern}".encode("utf-8"), digest_size=16).hexdigest()
            entry = entries.get(key)
            if entry is None:
                literals = required_literals(pattern)
                entry = entries[key] = [sorted(needed_scripts(pattern)), None if literals is None else list(literals)]
                added = True
            needed, literals = entry
            found.append((frozenset(needed), None if literals is None else tuple(literals)))
        if added:
            keep_json(path, entries, "pattern analyses")
    return found


def _analysis_path(directory: Path) -> Path:
    key = hashlib.sha256(sys.version.encode())
    for source in (Path(__file__), Path(pattern_scripts.__file__)):
        key.update(source.read_bytes())
    return directory / f"crisis-patterns-{key.hexdigest()[:32]}.json"


def _read_analyses(path: Path) -> dict[str, list]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: made again
    if not isinstance(entries, dict):
        return {}
    return {key: entry for key, entry in entries.items() if _well_formed(entry)}


def _well_formed(entry: object) -> bool:
    return (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], list)
            and all(isinstance(script, str) for script in entry[0])
            and (entry[1] is None or (isinstance(entry[1], list) and all(isinstance(x, str) for x in entry[1]))))


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    sources = [_PATTERN_DOUBLE.sub(r"\1", p.translate(_PATTERN_FOLD)).replace("{g}", _GAP) for p in patterns]
    for unbounded, bounded in _BOUNDED:
        sources = [source.replace(unbounded, bounded) for source in sources]
    return re.compile("|".join(f"(?:{s})" for s in sources))


# Phrasings that only sound alarming; cut out of the view before both nets look at it.
