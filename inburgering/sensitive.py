"""Words that need a person: crisis words (answered with emergency numbers at once) and
sensitive subjects (a fine, debts, a complaint) that go to the regisseur.

Matching is on the normalised spelling (``nlu.text.normalise``: no Arabic
diacritics or hamza variants, lower case), on whole words or phrases, so it
works without Rasa and before it. The Arabic and Tigrinya lists were written
by non-native speakers and need a native review, like the catalogs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlu.text import normalise

# Suicide, wanting to die, self-harm, violence and threats.
CRISIS_PHRASES = (
    # Dutch
    "zelfmoord", "suicide", "suïcide", "zelfdoding", "ik wil dood", "ik wil niet meer leven",
    "ik wil niet meer verder", "mezelf doden", "mijzelf doden", "mezelf iets aandoen",
    "mijzelf iets aandoen", "mezelf pijn doen", "einde aan mijn leven", "ik ga dood maken",
    "geweld", "hij slaat mij", "hij slaat me", "zij slaat mij", "ze slaat me", "mishandeld", "mishandeling",
    "ik word bedreigd", "hij bedreigt mij", "ze bedreigen mij", "hij wil mij doden", "in gevaar",
    # Arabic (standard and Levantine)
    "انتحار", "انتحر", "بدي انتحر", "اريد ان انتحر", "اريد ان اموت", "بدي موت", "بدي اموت",
    "اقتل نفسي", "قتل نفسي", "اؤذي نفسي", "عنف", "يضربني", "تضربني", "بيضربني", "ضربني",
    "يهددني", "تهديد بالقتل", "بدو يقتلني", "يريد قتلي",
    # Tigrinya
    "ቅትለት ርእሰ", "ርእሰይ ክቐትል", "ነብሰይ ክቐትል", "ክሞት ደልየ", "ክመውት ደልየ", "ሞት ደልየ",
    "ዓመጽ", "ይወቕዐኒ", "ትወቕዐኒ", "ይህርመኒ", "የፈራርሀኒ", "ክቐትለኒ ደልዩ",
)

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


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Whole words: "geweld" must not match inside "geweldig" (Dutch for "great").
    alternatives = sorted({re.escape(normalise(p)) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@lru_cache(maxsize=1)
def _crisis() -> re.Pattern[str]:
    return _pattern(CRISIS_PHRASES)


@lru_cache(maxsize=1)
def _subjects() -> dict[str, re.Pattern[str]]:
    return {subject: _pattern(words) for subject, words in SENSITIVE_SUBJECTS.items()}


def is_crisis(text: str) -> bool:
    """Whether ``text`` contains crisis words in Dutch, Arabic or Tigrinya."""
    return bool(_crisis().search(normalise(text)))


def sensitive_subject(text: str) -> str | None:
    """'fine', 'debts' or 'complaint' when ``text`` is about one of them, else None."""
    normalised = normalise(text)
    for subject, pattern in _subjects().items():
        if pattern.search(normalised):
            return subject
    return None
