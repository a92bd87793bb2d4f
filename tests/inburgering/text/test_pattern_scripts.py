"""Which scripts a pattern needs (inburgering/text/pattern_scripts.py): the crisis patterns are tried
only on texts that hold them, which must never change what the patterns find."""

from __future__ import annotations

import re

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import matching, patterns
from inburgering.text.pattern_scripts import ARABIC, GEEZ, LATIN, needed_scripts, scripts_in


def needs(source: str) -> frozenset[str]:
    return needed_scripts(re.compile(source))


@pytest.mark.parametrize(("source", "expected"), [
    (r"\bik\s+wil\s+dood\b", {LATIN}),
    (r"(بدي|ابغى)\s+موت", {ARABIC}),
    (r"(?<!\S)ክሞት(?!\S)", {GEEZ}),
    (r"\b(dood|موت)\b", set()),  # either script will do: none is needed
    (r"ክሞት.*\bdelye\b", {GEEZ, LATIN}),  # both in one match
    (r"(?=.*\bpil)(?=.*موت)", {LATIN, ARABIC}),  # positive lookaheads: their text is in the message
    (r"^(?!.*\bdroom\b).*ይስዕበኒ", {GEEZ}),  # a negative lookahead needs nothing
    (r"(ሞት)?\s+\d+", set()),  # optional
    (r"(ሞት)*x?", set()),
    (r"(ሞት){2,}", {GEEZ}),
    (r"[a-z]+\d", {LATIN}),
    (r"[^a-z]+", set()),  # a negated class matches anything else
    (r"[\w]+", set()),
    (r"[aም]", set()),  # a class across scripts
    (r"\d+\s*(mg|ملغ)", set()),
    (r"", set()),
    (r".", set()),
])
def test_needed_scripts(source: str, expected: set[str]) -> None:
    assert needs(source) == frozenset(expected)


def test_scripts_in_a_text() -> None:
    assert scripts_in("ik wil dood") == {LATIN}
    assert scripts_in("بدي موت 😢") == {ARABIC}
    assert scripts_in("ክሞት ደልየ") == {GEEZ}
    assert scripts_in("PVT ክሞት ما") == {LATIN, ARABIC, GEEZ}
    assert scripts_in("112 !!! §") == frozenset()
    assert scripts_in("één") == {LATIN}


@pytest.mark.parametrize("text", [
    "ik wil niet meer leven", "mijn man slaat me en ik ben bang", "wat is de PVT?", "Ik ben doodmoe",
    "بدي موت ما عاد فيني", "shu ya3ni PVT", "bade mot", "ክሞት ደልየ", "kimut delye", "ኣብ ፒቪቲ ቆጸራ ኣለኒ",
    "PVT ik wil dood بدي موت ክሞት", "", "§ 112",
])
def test_skipping_patterns_by_script_finds_what_trying_them_all_finds(text: str) -> None:
    for group in patterns._patterns():
        if not isinstance(group, matching._ByScript):
            continue
        view = sensitive.matching_view(text)
        every = [p for p in group.patterns if p.search(view)]
        tried = [p for p in group.for_text(view) if p.search(view)]
        assert tried == every
