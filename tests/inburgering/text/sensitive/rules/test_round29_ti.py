"""Round 29, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round29.py,
``_ROUND29_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # "you are better off without me" (a burden)
    ("ደቀይ ብዘይ ኣነ ይሓይሾም", CrisisLevel.crisis),
    ("ብዘይ ኣነ ኩልኹም ይሓይሸኩም", CrisisLevel.crisis),
    ("bzey ane dekey yhayshom", CrisisLevel.crisis),
    # another person cutting, burning or hurting her / his own body now
    ("ዓርከይ ኢዱ ብላማ ይቖርጽ ኣሎ", CrisisLevel.crisis),
    ("ጓለይ ሰለፋ ትሓርድ ኣላ", CrisisLevel.crisis),
    ("hafitey ida tqorts ala entay ngbr", CrisisLevel.crisis),
    # no wish, hope or strength to live
    ("ናይ ምንባር ሓይሊ የብለይን", CrisisLevel.crisis),
    ("ንምንባር ባህጊ ጠፊኡኒ", CrisisLevel.crisis),
    ("nay mnbar tesfa yebleyn", CrisisLevel.crisis),
    # many pills swallowed (an overdose taken)
    ("ሙሉእ ሳጹን ኢቡፕሮፌን ውሒጠ", CrisisLevel.crisis),
    ("ሓወይ ብዙሕ መድሃኒት ሰትዩ", CrisisLevel.crisis),
    ("bzuh paracetamol wuhite hji", CrisisLevel.crisis),
    # "this message is the last" with a farewell; alone the gentle question
    ("እዛ መልእኽቲ ዳሕረወይቲ እያ ሰላም ኩኑ", CrisisLevel.crisis),
    ("ezi email nay mewedaeta eyu dehan kunu", CrisisLevel.crisis),
    ("እዚ ጽሑፍ ናይ መወዳእታ እዩ", CrisisLevel.uncertain),
    # "I will not be there until Monday / then" (not at a place): the gentle question
    ("ክሳብ ሰኑይ ኣይክህሉን እየ", CrisisLevel.uncertain),
    ("kesab tsbah aykhalun iye", CrisisLevel.uncertain),
    # a sexual attack done to me or a relative; cutting a girl (FGM) on a trip abroad
    ("ሓደ መሳርሕቲ ጾታዊ መጥቃዕቲ ፈጺሙላ ንሓፍተይ", CrisisLevel.crisis),
    ("ሓማተይ ንጓለይ ኣብ ዓዲ ክትገዝራ ትደሊ", CrisisLevel.crisis),
    ("hamatey ngualey ktgezra tdeli ab ertra", CrisisLevel.crisis),
    # killing myself, in verb forms the older rules missed
    ("ሎሚ ነብሰይ ኪቐትል እየ", CrisisLevel.crisis),
    ("resey kiqetlo iye", CrisisLevel.crisis),
])
def test_round29_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ንቆልዓ ክንደይ ፓናዶል ክወስድ ይከኣል", "ስነይ ይሓምመኒ ፓራሰታሞል ክወስድ ይኽእል ዶ", "kindey ibuprofen kwesd ykeal",
    "ኣጻብዐይ ብካራ ተቖሪጹ ፋሻ ኣሎኩም ዶ", "idey teqoritsu plaster ab apotheek",
    "ነቲ ድንሽ ብካራ ቆራሪጸዮ", "ብካራ ኩሽና ስጋ ቆሪጸ", "shgurti bkara qoritse",
    "ኣብ ዜና ሓደ መንእሰይ ኣብ ኣምስተርዳም ተወጊኡ", "ፖሊስ ንገበነኛ ኣሲሮምዎ", "zena ab tv hade seb teqetilu",
    "ኩሉ ሰብ ሓደ መዓልቲ ክመውት እዩ", "ሓደ መዓልቲ ኩላትና ናብ ፈጣሪ ክንምለስ ኢና", "ሞትን ህይወትን ኣብ ኢድ ፈጣሪ እዩ",
    "motn hiwetn ab id amlak", "kulatna hade mealti knmeles ina",
    "ስልከይ ሞይቱ ስለዚ ኣይደወልኩን", "ናይ ትኪ ኣላርም ባትሪ ይደሊ", "smoke alarm ydewl batri kemey kqeyro",
    "ዕዳ ኣለኒ ግን ገንዘብ የብለይን", "deurwaarder ናብ ገዛይ ክመጽእ እዩ",
])
def test_round29_ti_idioms_are_cut_out(text: str) -> None:
    # a dosage question, pain and "may I take a pill", an accidental cut and a plaster, cutting food with a knife,
    # a killing in the news or the police catching the killer, faith about death, a phone that "died", a smoke
    # alarm's battery, a debt and no money, the bailiff coming.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ክሳብ ጽባሕ ኣብ ገዛ ኣይክህሉን እየ", "እዚ ደብዳቤ ናይ መወዳእታ መጠንቀቕታ እዩ", "ናይ ምንባር ፍቓድ የብለይን",
    "ኣብ ፋርማሲ ብዙሕ ፓራሰታሞል ገዚአ", "ጸጉሪ ርእሳ ትቖርጽ ኣላ", "ብዘይ ኣነ ኪዱ ኣይትጽበዩኒ",
])
def test_round29_ti_rules_need_their_context(text: str) -> None:
    # away from home until tomorrow, the last warning letter, no residence permit, pills bought at the pharmacy,
    # cutting her hair, "go without me".
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round29_ti_crisis_level_stays_fast_on_a_long_message() -> None:
    # 4 096 characters of words that touch many of the new rules' parts (Ge'ez and Latin), and one "word"
    # without spaces; crisis_level runs the idioms, both readings, the patterns and the classifier.
    words = ("ብዘይ ኣነ ይሓይሸኩም ኢዳ ትቖርጽ ኣላ ናይ ምንባር ድሌት የብለይን ብዙሕ ፓራሰታሞል ውሒጠ እዚ ደብዳቤ ናይ መወዳእታ ደሓን ኩኑ "
             "ክሳብ ጽባሕ ኣይክህሉን ክንደይ ከኒና ክወስድ ይከኣል ኢደይ ተቖሪጹ ፕላስተር ስጋ ብካራ ቆሪጸ ዜና ተቐቲሉ ፖሊስ ቀታሊ ሒዞሞ "
             "ኩላትና ሓደ መዓልቲ ክንምለስ ሞትን ህይወትን ኣብ ኢድ ኣምላኽ ነብሰይ ኪቐትላ "
             "bzey ane yhayshekum ida tqorts ala nay mnbar dlet yebleyn bzuh paracetamol wuhite ezi melekti nay mewedaeta "
             "dehan kunu kisab tsbah aykhalun kndey kenina kwesd ykeal idey teqoritsu plaster zena teqetilu nebsey kiqetla ").split()
    text = " ".join(words[i % len(words)] for i in range(1200))[:4096]
    assert len(text) == 4096
    latin = " ".join(w for w in words if w.isascii())
    latin = (latin + " ") * (4096 // (len(latin) + 1) + 1)
    sensitive.warm_up()  # the classifier, the spaced-letter vocabulary and the patterns, before the clock starts
    for long_text in (text, latin[:4096], "ክ" * 4096, "ኢዳ " * 1024, "k" * 4096):
        start = time.process_time()  # CPU time: another process on the machine does not count
        sensitive.crisis_level(long_text)
        assert time.process_time() - start <= 1.0
