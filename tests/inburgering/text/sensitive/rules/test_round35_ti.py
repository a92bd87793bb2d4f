"""Round 35, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round35.py,
``_ROUND35_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # "I wish I would not wake up (tomorrow)" as a past wish; Latin script too
    ("ጽባሕ ከይበራበር ምመረጽኩ", CrisisLevel.crisis),
    ("ደጊም ከይተንሰእ ምሓሸኒ", CrisisLevel.crisis),
    ("keybrabr mdeleku lomi leyti", CrisisLevel.crisis),
    # pills kept or bought, all taken at once (Ge'ez and Latin)
    ("ሳንዱቕ ከኒና ኣብ ገዛ ኣሎኒ ኩሉ ብሓንሳብ ክውሕጦ እየ", CrisisLevel.crisis),
    ("bzuh kinina geziE kulu bhansab kwhto", CrisisLevel.crisis),
    # "I took all the pills", the verb with its object ending (Ge'ez and Latin)
    ("ኩሉ ኪኒናታት ወሲደየን ሎሚ", CrisisLevel.crisis),
    ("mulue kartun kenina wesideyom", CrisisLevel.crisis),
])
def test_round35_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    # Latin script: "I don't want to wake up tomorrow / any more"
    "degim kbrabr aydelen",
    "xbah kiberaber aydelin",
])
def test_round35_ti_rules_ask_the_gentle_question(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # flies or a mouse killed
    "ዝንቢ ኩሉ መዓልቲ ቀቲለዮም",
    "ኣብ ክሽነ ኣንጭዋ ቀቲልናያ",
    "zinbi kulu qetileyom ab kshne",
    # "bored, I nearly died"
    "ብሰልቸት ኣብቲ ኣኼባ ክሞት ቀሪበ",
    "selchet ab class kmot qeribe",
    # swimming for pleasure or in summer, with the children too
    "ምስ ደቀይ ኣብ ባሕሪ ክንሕምብስ ደስ ይብለና",
    # "I can't live without my phone / tea"
    "ብዘይ ሞባይል ሓንቲ መዓልቲ ክነብር ኣይክእልን",
    "bzey shahi knebr aykeln",
    # "death and sickness are for all of us", a saying
    "ሕማምን ሞትን ንኹልና እዩ ይብሃል",
    "motn hmamn nkulna eyu",
    # the teacher "will kill me", I am late or forgot the homework
    "መምህርተይ ደንጒየ ክቐትለኒ እያ",
    "memhrey resie huiswerk kiqetleni eya",
    # Latin script: the exam "is killing me" (now)
    "tentamen yiqetleni alo",
    # Latin script: a mother who died years ago, missed today
    "adey qdmi 5 amet moyita lomi nafqeya",
])
def test_round35_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # bored, and a wish of one's own
    "ሰልቸ ኢሉኒ ክመውት ደልየ",
    # my son went swimming and did not come back
    "ወደይ ኣብ ሩባ ክሕምብስ ከይዱ ኣይተመልሰን",
    # "I can't live without my children", and wanting to die
    "ብዘይ ደቀይ ክነብር ኣይክእልን ክመውት ደልየ",
    # death and sickness are for everyone, and I want it too
    "ሞትን ሕማምን ንኹሉ እዩ ኣነውን ክመውት ደልየ",
    # my husband "will kill me" because I am late (a relative, not a boss)
    "ሰብኣየይ ደንጒየ ክቐትለኒ እዩ",
    # my father died years ago and I want to follow him
    "ኣቦይ ቅድሚ ክልተ ዓመት ሞይቱ ክስዕቦ ደልየ",
    "abuy qdmi 3 amet moyitu ksiebo deliye",
])
def test_round35_ti_idioms_stay_narrow_alarm(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # not waking early on a day off; pills once a day as prescribed
    "ntsbah angihe kbrabr aydelen weekend eyu",
    "ሓደ ከኒና ኣብ መዓልቲ ሓደ ግዜ ክወስዶ ዶክተር ኢሉኒ",
])
def test_round35_ti_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize(("text", "level"), [
    # (lead) round 16's "I don't want to wake up": not when it is waking up early, or on a day off
    ("ጽባሕ ኣንጊሀ ክበራበር ኣይደልን ዕረፍቲ እየ", CrisisLevel.none),
    ("ሰንበት ስለ ዝኾነ ክበራበር ኣይደልን", CrisisLevel.none),
    # without either, it keeps the emergency answer
    ("ደጊመ ክበራበር ኣይደልን", CrisisLevel.crisis),
    ("ጽባሕ ክበራበር ኣይደልን", CrisisLevel.crisis),
])
def test_round35_lead_waking_up_early_is_no_wish_to_die(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
