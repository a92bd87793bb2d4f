"""Round 39, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round39.py,
``_ROUND39_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round39
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # someone with a knife or a gun out who chases or threatens a person
    "ሓደ ሰብ ኣብ ጎደና ሽጉጥ ኣውጺኡ ንሓወይ የፈራርሖ ኣሎ",
    "ጎረቤትና ካራ ሒዙ ንሰበይቱ ይሃድዳ ኣሎ",
    "seb kara awxiu ntemeharay yhado alo",
    # the means bought or put ready, and how to end it, or no one knowing
    "ገመድ ገዚአ ኣብ ክፍለይ ኣሎ ከመይ ገይረ ክውድኦ ኢለ እሓስብ",
    "ከኒናታት ኣኪበ ኣለኹ ዋላ ሓደ ሰብ ኣይፈልጥን",
    "kenina akibe wala seb ayfeltn",
])
def test_round39_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the neck, the knee, the back "kills me"
    "ክሳደይ ይቐትለኒ ኣሎ ካብ ኮምፒተር",
    "ብርከይ ብቃንዛ ይቐትለኒ",
    "zbaney yqetleni alo kab srah",
    # medicine for a cold taken, better now
    "ሽሮፕ ናይ ሰዓል ሰትየ ሕጂ ተመሓይሸ",
    "paracetamol weside hji dehan eye",
    # a saying that sugar, stress "kills"
    "ስኳር ቀታሊ እዩ ይብሉ ሓኻይም",
    "stress yqetl yblu",
    # the car, the wifi "died" with a place or a time between
    "መኪናና ኣብ መንገዲ ካብ ስራሕ ክንምለስ ሞይታ",
    "wifi ab gezana kab tmali moytu",
    # a spray against bedbugs, mice
    "ንትኳን ዝቐትል ስፕሬይ ኣበይ ንረክብ",
    "nmuizen zqetl eti spray",
    # dying of the heat, the cold (Latin)
    "bquri kmewt eye ab station",
    "bmuqet kmot qeribe",
    # a mother "will kill me" tomorrow
    "ኣደይ ክትቐትለኒ እያ ጽባሕ ካርኔ ምስ ረኣየት",
    "lomi mshet adey ktqetleni eya",
])
def test_round39_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # many pills taken
    "ብዙሕ ከኒና ወሲደ ሕጂ ደሓን እየ",
    # the rat poison drunk
    "ንኣንጭዋ ዝቐትል መርዚ ሰትያ",
    # a father, and a mother with a knife
    "ኣቦይ ክቐትለኒ እዩ ጽባሕ",
    "ኣደይ ክትቐትለኒ እያ ጽባሕ ካራ ሒዛ",
    # the back, and a husband with a knife
    "ዝባነይ ይቐትለኒ ሰብኣየይ ካራ ሒዙ",
])
def test_round39_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a cook with a knife, a film
    "ካራ ሒዙ ስጋ ይቖርጽ ኣሎ ንሓወይ ይሕግዞ",
    "ኣብ ፊልም ካራ ኣውጺኡ ይሃድዶ",
    # medicine bought for a cold; a rope bought for the move
    "ከኒና ካብ ፋርማሲ ገዚአ ንጉንፋዕ",
    "ገመድ ገዚአ ንምግዓዝ",
])
def test_round39_ti_rules_need_their_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round39._ROUND39_CRISIS_TI)


def test_round39_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ካራ ኣውጺኡ " * 450, "ከኒና ገዚአ " * 450, "ዝባነይ ይቐትለኒ " * 400, "ከኒና ወሲደ " * 450, "ሽጋራ ይቐትል " * 450,
        "ዋይፋይ ኣብ " * 500, "ንጻንጸ ዝቐትል " * 400, "ኣደይ ክትቐትለኒ " * 350, "ጽባሕ ኣደይ " * 450,
        "kara awxiu " * 400, "kenina gezie " * 400, "zbaney yqetleni " * 300, "wifi ab " * 600, "bmuqet kmewt " * 350,
        "adey ktqetleni " * 300, "tsbah adey " * 450, "ntsantse zqetl " * 350,
        "ኣ" * 4096, "e" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
