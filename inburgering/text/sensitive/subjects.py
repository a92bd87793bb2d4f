"""Sensitive subjects (a fine, debts, a complaint) that go to the regisseur."""

from __future__ import annotations

import re
from functools import lru_cache

from nlu.text import normalise
from inburgering.text.sensitive.view import _INVISIBLE

SENSITIVE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "fine": (
        "boete", "boetes", "bestuurlijke boete", "sanctie",
        "غرامه", "غرامات", "مخالفه", "عقوبه",
        "ቕጽዓት", "መቕጻዕቲ", "ገንዘባዊ መቕጻዕቲ",
    ),
    "debts": (
        "schuld", "schulden", "achterstand", "betalingsachterstand", "deurwaarder", "incasso", "aanmaning",
        "ديون", "ديوني", "مديون", "متاخرات",
        "ዕዳ", "ልቓሕ", "ዕዳታት",
    ),
    "complaint": (
        "klacht", "klagen", "klachten", "ontevreden", "bezwaar",
        "شكوى", "شكوي", "اشتكي", "اعتراض",
        "ጥርዓን", "ክጠርዕ", "ተቓውሞ",
    ),
}


def _subject_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # Whole words: "schuld" must not match inside "onschuldig".
    alternatives = sorted({re.escape(normalise(w)) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@lru_cache(maxsize=1)
def _subjects() -> dict[str, re.Pattern[str]]:
    return {subject: _subject_pattern(words) for subject, words in SENSITIVE_SUBJECTS.items()}


def sensitive_subject(text: str) -> str | None:
    """'fine', 'debts' or 'complaint' when ``text`` is about one of them, else None."""
    normalised = normalise(_INVISIBLE.sub("", text))
    for subject, pattern in _subjects().items():
        if pattern.search(normalised):
            return subject
    return None
