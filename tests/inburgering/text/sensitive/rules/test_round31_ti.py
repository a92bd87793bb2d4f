"""Round 31, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round31.py,
``_ROUND31_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # "this is the last (one)" with a farewell or a plea for forgiveness
    ("ደሓን ኩኑ ኩልኹም ይቕረታ ግበሩለይ እዚ ናይ መወዳእታ እዩ", CrisisLevel.crisis),
    ("ኣደይ ሕደግለይ እዛ ናይ መወዳእታ እያ", CrisisLevel.crisis),
    ("ezi nay mewedaeta eyu yqreta gberley", CrisisLevel.crisis),
    # "to die" in the short spelling, wanted or decided
    ("ሕጂ ክምት ወሲነ", CrisisLevel.crisis),
    ("kmt deliye", CrisisLevel.crisis),
    # "tonight is my last night", "this is the last" alone: the gentle question
    ("ሎሚ ናይ መወዳእታ ለይተይ እያ", CrisisLevel.uncertain),
    ("ሓቀይ እዚ ናይ መወዳእታ እዩ", CrisisLevel.uncertain),
    # "I will not see tomorrow", the whole message
    ("ጽባሕ ኣይርእዮን", CrisisLevel.uncertain),
    ("tsbah aykrieyon iye", CrisisLevel.uncertain),
])
def test_round31_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ንሓደ ኩባያ ሻሂ ክመውት ቀሪበ", "nhanti jebena bun kmot deliye",
    "ሓወይ እንተ ሰቢረዮ ሞባይሉ ክቐትለኒ እዩ", "ኣደይ እንተ ፈሊጣ ክትቀትለኒ እያ",
    "ኣብ 2016 ኣብ ሰሃራ ክሞት ቀሪበ ነይረ",
    "ቀደም ሰብኣየይ ይሃርመኒ ነይሩ ሕጂ ተፋቲሕና ጽቡቕ ኣለኹ",
    "ኣደይ ኣብ ዓደይ ሓሚማ ሻቕሎት ነይሩኒ ግን ሎሚ ደዊላትለይ ደሓን እያ",
    "ትማሊ ለይቲ ሕማቕ ሕልሚ ርእየ ከም ዝሞትኩ ተሰሚዑኒ",
    "ሞት ንኹሉ ፍጡር ኣላ", "mot nkulu seb ala yblu",
    "ቁሪ ናይ ሆላንድ ይቐትለኒ ኣሎ", "ቋንቋ ዳች ይቐትለኒ ኣሎ", "qwri nay holland yqetleni alo",
    "ምስ ብጾተይ ኣብ ገዛ ባእሲ ኣሎ ናተይ ገዛ ክረክብ እደሊ",
    "ካብ ስቴሽን ናብ ገዛ ብብሽክሌታ ከይደ ደኺመ",
])
def test_round31_ti_idioms_are_cut_out(text: str) -> None:
    # a craving for a cup of tea or coffee, a brother or mother who "will kill me" over a small wrong, nearly died on the
    # way years ago, abuse in the past and now separated and well, a relative who called and is fine, a dream of dying,
    # the proverb "death is there for everyone", the cold or the Dutch language "kills me", housemates who quarrel,
    # tired after cycling.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # real threats keep their alarm: a husband, a knife, a threat that goes on now, drowning wanted now
    "ሰብኣየይ እንተ ፈሊጡ ክቀትለኒ እዩ",
    "ሓወይ ነቲ ሽኮርያ እንተ በሊዐዮ ክቐትለኒ እዩ ካራ ሒዙ ኣሎ",
    "ቅድሚ ክልተ ዓመት ሰብኣየይ ይወቕዓኒ ነይሩ ሕጂ ውን ይፈራርሃኒ ኣሎ",
    "ኣብ ባሕሪ ክጥሕል ቀሪበ ነይረ ሕጂ ክጥሕል ደልየ",
    # something thrown in my face; "we are not in danger, but my son is"
    "ሰብኣየይ ሓሳስ ደርብዩለይ ኣብ ገጸይ",
    "ኣብ ሓደጋ የለናን ግን ወደይ ኣብ ሓደጋ ኣሎ",
])
def test_round31_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ሎሚ ናይ መወዳእታ መዓልተይ እያ ኣብ ስራሕ", "ጽባሕ ናይ መወዳእታ መዓልቲ ናይ ኮርስ እያ", "እዚ ናይ መወዳእታ ሕቶይ እዩ የቐንየልና",
    "ሓወይ ትማሊ ደዊሉለይ ደሓን እዩ", "ሞት ናይ ኣቦይ ኣዝዩ ኣሕዚኑኒ", "ዝናብ ብዙሕ ኣሎ ሎሚ",
])
def test_round31_ti_rules_need_their_context(text: str) -> None:
    # the last day at work or of the course, the last question, a brother who called, grief for a father, rain.
    assert sensitive.pattern_level(text) is CrisisLevel.none
