"""Pattern tables (inburgering/text/sensitive/matching.py): the required-literal filter skips a pattern only where it
cannot match."""

from __future__ import annotations

import json
import re

import pytest

from inburgering.text.pattern_scripts import needed_scripts
from inburgering.text.sensitive import matching, patterns
from inburgering.text.sensitive.matching import _AnyOf, _EachOf, _compile, required_literals


@pytest.mark.parametrize(("pattern", "literals"), [
    # a look-ahead is not part of the match; the alternation after it is
    (r"^(?!.*\b(ab|cd)\b).*\b(mes|pistol)\s+x", ("mes", "pistol")),
    (r"\bik\s+(wil|ga)\s+dood", ("dood",)),  # the longest required run wins
    (r"(foo)?bar", ("bar",)),  # an optional part is not required
    (r"(?:ba){2,}d", ("ba",)),  # a repeat of at least one is
    (r"ik\s+wil\s+(dood|sterven)", ("dood", "sterven")),
    (r"^(?=.*\bmes\b)(?=.*\bbang\b)", ("bang", "mes")),  # a positive look-ahead's words stand in the text
    ("ክሞት\\s+ደልየ", ("ደልየ", "ክሞት")),  # one of the longest runs: same length, fewer strings
])
def test_required_literals_come_from_what_every_match_holds(pattern: str, literals: tuple[str, ...]) -> None:
    found = required_literals(re.compile(pattern))
    assert found is not None
    assert set(found) <= set(literals) and any(literal in found for literal in literals)
    assert len(found) <= len(literals)


@pytest.mark.parametrize("pattern", [
    re.compile(r"x(ab|)y"),  # an empty alternative: nothing after x is required
    re.compile(r"(?i:dood)"),  # ignoring case: the text's spelling may differ
    re.compile("dood", re.IGNORECASE),
    re.compile(r"[abc]+d"),  # a class or a single letter is too little to rely on
    re.compile(r"\w{3,}"),
])
def test_patterns_without_reliable_literals_are_always_tried(pattern: re.Pattern[str]) -> None:
    assert required_literals(pattern) is None


def test_a_filtered_table_matches_as_the_unfiltered_one() -> None:
    table = _AnyOf([r"\bik\s+wil\s+(dood|sterven)\b", r"^(?!.*\bspel\b).*\bmes\b", r"[xyz]{2}"])
    for text in ("ik wil dood", "ik wil  sterven nu", "hij heeft een mes", "een mes in het spel", "xy", "niets"):
        expected = next((m.group(0) for p in table.patterns if (m := p.search(text))), None)
        found = table.search(text)
        assert (found.group(0) if found else None) == expected


def test_idioms_are_cut_in_turn_as_without_the_filter() -> None:
    # each idiom's literals are looked for in the text as cut so far (the first cut takes "kapot" away)
    idioms = _EachOf([r"kapotmoe", r"\bkapot\b", r"^(?=.*\bspel\b).*\bdod\b"])
    for text in ("ik ben kapotmoe", "ik ben kapot moe", "in het spel ben ik dod", "ik ben dod"):
        expected = text
        for pattern in idioms.patterns:
            expected = pattern.sub("§", expected)
        assert idioms.sub("§", text) == expected
    assert idioms.sub("§", "ik ben kapot moe") == "ik ben § moe"
    assert idioms.sub("§", "in het spel ben ik dod") == "§"


def test_a_cut_can_bring_in_the_literal_of_a_later_idiom() -> None:
    # the literals are looked for again after each cut: "Zdog" is only in the text once "cat" is cut to "Z"
    idioms = _EachOf([r"cat", r"Zdog"])
    assert idioms.sub("Z", "catdog") == "Z"
    assert idioms.sub("Z", "dogcat") == "dogZ"


SAMPLES = [
    "ik wil dood", "ik ben doodmoe van dit formulier", "wanneer is mijn afspraak bij de gemeente?", "بدي موت",
    "هالورقه عم تقتلني", "bdi moot", "ክሞት ደልየ", "kmewt delye", "ik heb een mes gekocht om uien te snijden",
    "mijn telefoon is dood", "", "x", "ik wil " * 700,
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_literal_index_lets_through_what_a_test_of_every_literal_does(text: str) -> None:
    # candidates() finds the literals from the text's character pairs; it must keep exactly the patterns (in order)
    # that testing every literal of every pattern keeps.
    for table in patterns._patterns()[:3]:
        brute = [pattern for pattern, literals in zip(table.patterns, table._literals)
                 if pattern in table.for_text(text) and (literals is None or any(lit in text for lit in literals))]
        assert list(table.candidates(text)) == brute


def test_most_crisis_patterns_have_a_literal_to_skip_on() -> None:
    # The reason for the filter: without it each of ~1 500 patterns searched every message in turn.
    idioms, crisis, uncertain, _, _ = patterns._patterns()
    for table in (idioms, crisis, uncertain):
        with_literals = sum(required_literals(p) is not None for p in table.patterns)
        assert with_literals >= 0.6 * len(table.patterns)


# --- kept analyses ---------------------------------------------------------------------------


def _fresh(compiled: list[re.Pattern[str]]) -> list[tuple[frozenset[str], tuple[str, ...] | None]]:
    return [(needed_scripts(p), required_literals(p)) for p in compiled]


def test_analyses_are_kept_between_starts(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = [_compile([p]) for p in (r"\bik\s+wil\s+dood", "(?<!\\S)بدي\\s+موت", r"\b(foo)?x", "ክሞት\\s+ደልየ")]
    monkeypatch.setattr(matching, "_kept_analyses", {})
    assert matching._analyses(compiled, tmp_path) == _fresh(compiled)
    [kept] = tmp_path.glob("crisis-patterns-*.json")
    # A second start reads them: nothing is parsed again.
    monkeypatch.setattr(matching, "_kept_analyses", {})

    def not_again(pattern: re.Pattern[str]) -> None:
        raise AssertionError("parsed again")

    with monkeypatch.context() as patched:
        patched.setattr(matching, "required_literals", not_again)
        patched.setattr(matching, "needed_scripts", not_again)
        assert matching._analyses(compiled, tmp_path) == _fresh(compiled)
    # A new pattern (an edited rule) adds its entry; the others stay.
    more = compiled + [_compile([r"\bkmewt\b"])]
    assert matching._analyses(more, tmp_path) == _fresh(more)
    assert len(json.loads(kept.read_text(encoding="utf-8"))) == 5
    # A damaged file is made again and replaced; a file of other analysis code goes.
    other = tmp_path / "crisis-patterns-0123.json"
    other.write_text("{}", encoding="utf-8")
    kept.write_text('{"half', encoding="utf-8")
    monkeypatch.setattr(matching, "_kept_analyses", {})
    assert matching._analyses(compiled, tmp_path) == _fresh(compiled)
    assert len(json.loads(kept.read_text(encoding="utf-8"))) == 4 and not other.exists()


def test_kept_analyses_of_the_real_tables_are_the_fresh_ones() -> None:
    # The tables as this process built them (from var/cache when an earlier start kept them): every 10th pattern
    # analysed again.
    for table in patterns._patterns()[:3]:
        sample = list(range(0, len(table.patterns), 10))
        assert [(table._needed[i], table._literals[i]) for i in sample] == _fresh([table.patterns[i] for i in sample])
