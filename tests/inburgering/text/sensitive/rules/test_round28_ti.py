"""Round 28, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round28.py,
``_ROUND28_*_TI``, and the narrowed "ከኒና" rule of ``_GENERAL_CRISIS_TI``). The probes are new wordings written
for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # carbon monoxide or gas: an alarm or a smell, and dizziness, vomiting, fainting; the alarm alone is the gentle question
    ("ናይ ካርቦን ኣላርም ይጭርሕ ኣሎ ቆልዑ ይተፍኡ", CrisisLevel.crisis),
    ("ጋዝ ይሽትት ኣሎ ርእሰይ ይዘውረኒ", CrisisLevel.crisis),
    ("co melder ydewil alo, risu yzewro hawey", CrisisLevel.crisis),
    ("ናይ CO ኣላርም ይድውል ኣሎ እንታይ ንግበር", CrisisLevel.uncertain),
    # a partner or a relative who "will kill me", spelled with free vowels or a feminine subject
    ("sebayey kiqtilini iyu, ab geza aleku", CrisisLevel.crisis),
    ("abey yqtilina eyu", CrisisLevel.crisis),
    ("ሰበይተይ ክትቐትለኒ እያ ኢላ", CrisisLevel.crisis),
    # on the railway track waiting for a train; going to lie down on it
    ("ኣብ ሓዲድ ኮፍ ኢለ ኣለኹ ክሳብ ባቡር ትመጽእ", CrisisLevel.crisis),
    ("ab hadid tegadime aleku ksab tmetse", CrisisLevel.crisis),
    ("ሎሚ ለይቲ ኣብ ባቡር መንገዲ ክጋደም እየ", CrisisLevel.uncertain),
    # someone who tried to hang or kill themselves
    ("ሓፍተይ ርእሳ ክትቐትል ፈቲና ኣብ ሆስፒታል ኣላ", CrisisLevel.crisis),
    ("hawey khanq fetinu", CrisisLevel.crisis),
    # "all the pills" with an intake, also from the doctor
    ("ሓኪም ዝሃበኒ ኩሉ ከኒና ሎሚ ምሸት ክወስዶ እየ", CrisisLevel.crisis),
])
def test_round28_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ሞባይለይ ባትሪ ክሞት ቀሪቡ", "laptop nay trmhrti moytu",
    "ኣብ ድራማ ሓደ ሰብኣይ ንሓዉ ቀቲሉዎ ነይሩ", "ab film sebay n sebeytu yweqa neyru",
    "ጾም ሁዳዴ ስለ ዝኾነ ክሳብ ቀትሪ ኣይንበልዕን", "ab ramadan ksab mshet aybeln iye",
    "ንጽባሕ ክታበት ኣለኒ ፈሪሐ", "vaccin ab GGD tsbah ferihe",
    "ዕዳ ካርድ ሓኒቑኒ ንኣማኻሪ ክረክብ", "rekening nay energie yhanqeni",
    "ከልብና ሎሚ ሞይቱ", "dimuna moyta lomi",
    "ታክሲ ኩሉ ግዜ ደንጉዩ ይቐትለኒ", "trein kulu gize dengiya yqetleni", "memhirna b huiswerk yqetlena",
    "ዶክተር ኩሉ ደሓን እዩ ኢሉ", "huisarts kulu dehan eyu ilu",
    "ኣብ ጀርዲን ሳዕሪ ቀቲለዮ", "ቁሪ ሎሚ ይቐትለኒ", "kapper tsgurey qetiluwo",
])
def test_round28_ti_idioms_are_cut_out(text: str) -> None:
    # a phone "dying", violence in a film, fasting, fear of a jab, debts that "choke me", a pet that died,
    # a train, a taxi or homework that "kills me", a doctor who found nothing, killing weeds, the cold, a haircut.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ኣብ ፋርማሲ ብዙሕ ከኒና ንጉንፋዕ ገዚአ", "ሓኪም ንቃንዛ ብዙሕ ከኒና ሂቡኒ ክንደይ ግዜ ክወስድ", "ኣብ ኣፖተክ ከኒና ብዙሕ ዋጋ ኣለዎ",
    "ናይ CO melder ክገዝእ ደልየ", "ክፍሊት ጋዝ ኣላርም ርእሰይ ይዘውረኒ", "ኣብ ጣቢያ ደው ኢለ ኣለኹ ባቡር ክሳብ ትመጽእ",
    "ሰብኣየይ ኣብ ፊፋ ይቐትለኒ", "sebayey ab game yqetleni haha",
])
def test_round28_ti_rules_need_their_context(text: str) -> None:
    # pills bought or prescribed for a cold or pain, buying a CO alarm, a gas bill, waiting at the station,
    # a partner who beats me at a game.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round28_ti_crisis_level_stays_fast_on_a_long_message() -> None:
    # 4 096 characters of words that touch many of the new rules' parts (Ge'ez and Latin), and one "word"
    # without spaces; crisis_level runs the idioms, both readings, the patterns and the classifier.
    words = ("ካርቦን ኣላርም ይድውል ጋዝ ሽታ ርእሰይ ይዘውረኒ ሰብኣየይ ክትቐትለኒ ኣብ ሓዲድ ተጋዲመ ባቡር እጽበ ክሳብ ዝመጽእ ክሓንቕ ፈቲኑ "
             "ባትሪ ክሞት ፊልም ይወቕዓ ጾም ኣይበልዕን ክታበት ፈሪሐ ዕዳ ይሓንቐኒ ድሙ ሞይታ ባቡር ይቐትለኒ ዶክተር ደሓን እዩ ኢሉ ከኒና ብዙሕ ፋርማሲ "
             "co melder ydewl rsna yzewrena sebayey kiqtilini iyu ab hadid tegadime babur etsbe khanq fetinu "
             "batri kmut film yweqa ramadan aybelen bloedprik ferihe schuld yhanqeni dmuna moyta trein yqetleni ").split()
    text = " ".join(words[i % len(words)] for i in range(1200))[:4096]
    assert len(text) == 4096
    latin = " ".join(w for w in words if w.isascii())
    latin = (latin + " ") * (4096 // (len(latin) + 1) + 1)
    sensitive.warm_up()  # the classifier, the spaced-letter vocabulary and the patterns, before the clock starts
    for long_text in (text, latin[:4096], "ኣ" * 4096, "ሓ " * 2048, "q" * 4096):
        start = time.process_time()  # CPU time: another process on the machine does not count
        sensitive.crisis_level(long_text)
        assert time.process_time() - start <= 1.0
