"""Round 30, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round30.py,
``_ROUND30_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # another person wants or plans to kill or destroy herself / himself
    ("ሓፍተይ ንነብሳ ክትቐትል ሓሲባ ኣላ", CrisisLevel.crisis),
    ("ወደይ ርእሱ ከጥፍእ ይዛረብ ኣሎ", CrisisLevel.crisis),
    ("hawey nebsu kqetl wesinu", CrisisLevel.crisis),
    # destroying myself
    ("ሎሚ ለይቲ ነብሰይ ከጥፍእ እየ", CrisisLevel.crisis),
    ("resey ketfa iye lomi", CrisisLevel.crisis),
    # "to die" in other spellings, wanted or better
    ("ክመዉት ሓሲበ ኣለኹ", CrisisLevel.crisis),
    ("ሕጂ ክምዉት ይሓይሸኒ", CrisisLevel.crisis),
    # not being in this world any more
    ("ሰሉስ ኣብዚ ዓለም ኣይክነብርን እየ", CrisisLevel.crisis),
    ("ab alem aykhalun iye", CrisisLevel.crisis),
    # ready for death
    ("ንምማት ድሉው ኮይነ ኣለኹ", CrisisLevel.crisis),
    ("nmot dliw iye", CrisisLevel.crisis),
    # a rope bought (Latin script)
    ("gemed gezieyo ab geza", CrisisLevel.crisis),
    # "not there tomorrow" in Latin script: the gentle question
    ("tsebah aykhalun", CrisisLevel.uncertain),
])
def test_round30_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ኣሰልጣኒና እንተ ደንጒና ክቐትለና እዩ", "ኣደይ እንተ ሰሚዓ ክትቐትለኒ እያ ብሓቂ", "memhr ente refide kqetleni eyu",
    "ክመውት ቀሪበ ብሰልቸት ኣብ ክላስ", "kmewt qeribe bsehaq",
    "ንቡን ኣደይ ክመውት እየ", "ንጸብሒ ዝናፍቕ ክመውት ቀሪበ", "nshiro kmewt eye",
    "ኣብ ፊፋ ቀቲሉኒ ሽዱሽተ ጎል", "ቀቲልናዮም ብሰለስተ ጎል",
    "እቲ ገጣሚ ብዛዕባ ሞት ጽሒፉ", "ኣብታ ድራማ ብዛዕባ ሞትን ፍቕርን ይዛረብ",
    "ኣጻብዐይ ቆሪጸ ኣሕምልቲ ክቖራርጽ ከለኹ ፋሻ ኣሎኩም ዶ",
    "ሎሚ ኣውቶቡስ ኣይመጸን ክድንጒ እየ", "lomi trein yelen aybetshn iye",
    "መቕጻዕቲ ፓርኪንግ ክኸፍል ኣለኒ ግን ገንዘብ የብለይን",
])
def test_round30_ti_idioms_are_cut_out(text: str) -> None:
    # a trivial condition with "will kill me" (coach, mother, teacher), nearly died of boredom or laughter, a craving for
    # a food, a game score, a poem or a drama about death, an accidental cut while cooking and a bandage, no bus or
    # train so late, a fine and no money.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # real threats keep their alarm: a husband, a knife, "he told me"
    "ሰብኣየይ እንተ ፈሊጡ ክቐትለኒ እዩ", "ኣደይ እንተ ፈሊጣ ክትቐትለኒ እያ ካራ ሒዛ ኣላ",
    # a self-inflicted cut (no cooking, no plaster); hunger with no money
    "ኢደይ ቆሪጸ ደም ኣይቋረጽን ዘሎ",
])
def test_round30_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ጽባሕ ኣብ ክፍሊ ኣይክህሉን እየ", "tsbah aykhalun iye ab geza", "ኩላትና ንሞት ድሉዋት ክንከውን ኣሎና",
    "ንፈተና ድሉው እየ", "ነብሱ ክከላኸል ይደሊ", "gemed nkdan mntsaf",
])
def test_round30_ti_rules_need_their_context(text: str) -> None:
    # away from class or home tomorrow, a sermon "we must be ready for death", ready for the exam, defending himself,
    # a rope for the washing line (not bought).
    assert sensitive.pattern_level(text) is CrisisLevel.none
