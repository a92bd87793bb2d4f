"""Round 40, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round40.py,
``_ROUND40_*_TI``, and the earlier lists round 40 extended: round 31's "I will not see / reach tomorrow" and weather
"is killing me", round 39's device that "died" and mother who "will kill me"). The probes are new wordings written for
this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round31, round40
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "I cannot bear it any more", then "I want to end it"
    "እቲ ዝወረደኒ ክጻወሮ ኣይክእልን እየ ደጊም ከብቅዖ ወሲነ",
    "ትዕግስተይ ተወዲኡ ሕጂ ክውድኦ እየ",
    "qanza ktsawero aykielen degim kebqo wesine",
    # my own funeral told or arranged, and my time has come, tonight, a farewell
    "ንሓፍተይ ብዛዕባ ቀብረይ ነጊረያ ግዜይ ቀሪቡ",
    "ሬሳይ ኣበይ ከም ዝቕበር ጽሒፈ ኣለኹ ሎሚ ለይቲ",
    "nay qebrey wereqet nhaftey hibeya gizey akilu",
])
def test_round40_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "I will not reach tomorrow", the whole message (round 31's kind): the gentle question
    "ብሓቂ ጽባሕ ኣይበጽሖን",
    "ንጽባሕ ኣይክበጽሖን ኢየ",
    "xbah aykbexhon eye",
])
def test_round40_ti_uncertain_kinds_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # the cold, the wind "will kill me" (round 31's kind, the future form)
    "ቁርሪ ኣብዚ ሃገር ክቐትለኒ እዩ",
    "ንፋስ ናይ ሎሚ ክቐትለኒ እዩ",
    "quri ab amsterdam kqetleni eyu",
    # my phone "died" (round 39's kind)
    "ስልከይ ካብ ንግሆ ሞይቱ",
    "slkey kab tmali moytu",
    # a sister "will kill me", what shall I tell her (round 39's kind)
    "ሓፍተይ ቫዞኣ ሰይረ ክትቐትለኒ እያ እንታይ ክብላ",
    "haftey ktqetleni eya entay kibla",
    # "forgive me if I make mistakes" (writing)
    "እንተ ተጋጊየ ይቕረ በሉለይ ትግርኛይ ሓዲሽ እዩ",
    "ይቕረ በሉኒ ንጌጋታተይ",
    "ente tegagiye yqre beluley",
])
def test_round40_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the apology for mistakes, and a plan or a farewell
    "እንተተጋገኹ ይቕረ በሉለይ ርእሰይ ክቐትል እየ ሎሚ",
    "ente tegageku yqre beluley snbt kulkhum",
    # the wind, and a wish to die
    "ንፋስ ክቐትለኒ እዩ ግን ብሓቂ ክመውት ደልየ",
    # my phone died, and a husband beating me
    "ስልከይ ሞይቱ ሰብኣየይ ይወቕዓኒ ኣሎ ሓግዙኒ",
    # a mother "will kill me", with a knife
    "ኣደይ ክትቐትለኒ እያ እንታይ ክብላ ካራ ሒዛ ኣላ",
    # sleeping rough, no home: "the cold will kill me" is then not a manner of speaking (round 38's serious words)
    "ገዛ የብልናን ኣብ ጎደና ንድቅስ ቁርሪ ክቐትለኒ እዩ",
    "ab godena ndqes ina quri kqetleni eyu",
])
def test_round40_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a course, a contract that cannot be borne and is ended
    "እዚ ኮርስ ክጻወሮ ኣይክእልን ከቋርጾ ወሲነ",
    "ውዕል ገዛ ክጻወሮ ኣይክእልን ክውድኦ ደልየ",
    "srah ktsawero aykieln kwdo delye",
    # a funeral insurance, someone else's funeral
    "ናይ ቀብረይ ኢንሹራንስ ግዜኡ በጺሑ ክኸፍል",
    "ናይ ኣቦይ ቀብሪ ሎሚ ለይቲ እዩ",
])
def test_round40_ti_rules_need_their_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round40._ROUND40_CRISIS_TI)


@pytest.mark.parametrize("text", [
    # not arriving at an appointment tomorrow
    "ጽባሕ ናብ ቆጸራ ኣይክበጽሖን እየ",
    "ጽባሕ ኣይክበጽሕን እየ ኣውቶቡስ የለን",
])
def test_round40_ti_tomorrow_needs_the_whole_message(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round31._ROUND31_UNCERTAIN_TI)


def test_round40_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ክጻወሮ ኣይክእልን " * 400, "ሕጂ ደጊም " * 500, "ክውድኦ ደልየ " * 450, "ቀብረይ ግዜይ " * 450, "ግዜኡ በጺሑ " * 450,
        "እንተተጋገኹ ይቕረ " * 400, "ይቕረ በሉለይ " * 450, "ቁርሪ ክቐትለኒ " * 400, "ስልከይ ሞይቱ " * 450, "እንታይ ክብላ " * 450,
        "ktsawero aykieln " * 300, "hji degim " * 500, "kwdo delye " * 450, "qebrey gizey " * 400,
        "ente tegagiye " * 350, "yqre beluley " * 400, "quri kqetleni " * 350, "slkey moytu " * 450, "ntay kbla " * 500,
        "ኣ" * 4096, "e" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
