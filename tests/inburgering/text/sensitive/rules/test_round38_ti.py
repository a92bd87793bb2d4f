"""Round 38, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round38.py,
``_ROUND38_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round38
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # the household, the brothers "will kill me" because I want a divorce, to marry
    "ኣሕዋተይ ክቐትሉኒ እዮም ክፋታሕ ስለ ዝደለኹ",
    "ቤተሰበይ ክሓርዱኒ እዮም ምስ ዝመረጽክዎ ክምርዖ ስለ ዝደለኹ",
    "ahwatey kqetluni eyom kab sebayey kfatah delye",
    # someone found hanged
    "ሓፍተይ ብገመድ ተሰቒላ ረኺበያ",
    "arkey teseqilu rekibeyo hagzuni",
    # poison, bleach, many pills swallowed
    "ወደይ በረኪና ሰትዩ",
    "ኣደይ ብዙሕ ከኒና ውሒጣ ኣላ",
    "hawey merzi setyu",
    "gualey kenina wuhita bzuh",
    # a fire in the house, smoke everywhere
    "ኣብ ኩሽና ሓዊ ተላዒሉ",
    "ትኪ መሊኡ ክፍሊ",
    "gezana hawi hizu",
    # locked in a room (Latin)
    "ab kifli etsiwomeni",
    "ab bano atsiwomni",
    # "I want to die", lengthened
    "kmuuuut dlyeee",
    # a stroke
    "ፍርቂ ሰውነታ ደንዚዛ ሕጂ",
    "ዘረባኡ ተደባሊቑ ገጹ ተቐይሩ",
    "abuy hade wegen sewnetu aysrhn",
])
def test_round38_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a wife, a grandmother "does not respond"
    "ዓባየይ ኣይትምልስን ኣላ",
    "adey ayitmlisn",
    # worn out, goodbye, won't come any more
    "dekime, goodbye, degim aykmetsin",
    "ደኺመ ደሓን ኩኑ ካብ ሕጂ ኣይክህሉን",
])
def test_round38_ti_not_responding_asks_gently(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a deadline, the rent, the winter, a pain "kills me / us" (Latin and Ge'ez)
    "eti opdracht nay PVT yqetleni alo",
    "kray ab december yqetlena",
    "kebdey qanza kqetleni eyu",
    "ዴድላይን ናይ ስታጅ ይቐትለኒ ኣሎ",
    # children with their noise
    "deqey bchawchaw yqetluni",
    "ቆልዑ ብድምጾም ይቐትሉኒ ኣለዉ",
    # dying of hunger (Latin)
    "btsmiet kmewt eye",
    # a series where all die at the end
    "serie rieye ab mewedaeta kulom motu",
    "ድራማ ርእየ ኣብ መወዳእታ ኩሎም ሞይቶም",
    # a memorial for a death years ago
    "ናይ ኣደይ ሞት ሰለስተ ዓመት ኮይኑ ተዝካር ንገብር",
    # patience "until death"
    "ምጽባይ ዓቕሊ ክሳብ ሞት የጽብብ",
])
def test_round38_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the bill, and a husband with a knife
    "hsab gas yqetleni sebayey kara hizu",
    # the film, and a wish of one's own
    "ፊልም ርኢና ኩሎም ይሞቱ ኣነውን ክመውት ደልየ",
    # the noise, and fear
    "ቆልዑ ብድምጾም ይቐትሉኒ ፈሪሐ",
])
def test_round38_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a picture, a coat hung on the wall
    "ስእሊ ኣቦይ ኣብ መንደቕ ተሰቒሉ ረኺበዮ",
    # one's own medicine
    "ኣደይ ከኒናኣ ውሒጣ ደቂሳ",
    "adey kenina wuhita",
    # a candle, the barbecue, the news
    "ኣብ ዜና ሓዊ ተላዒሉ ርኢና",
    "bbq hawi hizu",
    # I want a divorce (a question for the municipality)
    "ካብ ሰብኣየይ ክፋታሕ ደልየ እንታይ ክገብር",
])
def test_round38_ti_rules_need_their_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round38._ROUND38_CRISIS_TI)


@pytest.mark.parametrize("text", [
    # not answering the phone, angry
    "sebeytey telefon ayitmlisn",
    "ሰበይተይ ተቖጢዓ ኣይትምልስን",
    # tired, bye, sick tomorrow
    "ane dekime goodbye tsbah aykmetsin hamime",
])
def test_round38_ti_not_answering_the_phone_is_no_question(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round38._ROUND38_UNCERTAIN_TI)


def test_round38_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ኣሕዋተይ ክቐትሉኒ " * 400, "ሓፍተይ ተሰቒላ " * 400, "መርዚ ሰትያ " * 400, "ሓዊ ገዛ " * 500,
        "ዴድላይን ናይ " * 450, "ብድምጾም ቆልዑ " * 400, "ፊልም ኩሎም " * 450, "ሰበይተይ ኣይትምልስን " * 300,
        "deadline nay map " * 300, "bdemtsom qolua " * 300, "film kulom " * 400, "hawi geza " * 450,
        "mrzi sitiya " * 400, "dekime goodbye " * 300, "sebeytey ayitmlisn " * 250, "ab kfli " * 500,
        "ኣ" * 4096, "e" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) round 33's chore idiom no longer reads the household ("ሰብ ገዛይ", people of my house) as housework
    ("ሰብ ገዛይ ክቐትሉኒ እዮም ምኽንያቱ ክፋታሕ ስለ ዝደለኹ", CrisisLevel.crisis),
    # a chore that "kills me" stays an idiom
    ("ምጽራግ ገዛ ይቐትለኒ ኣሎ", CrisisLevel.none),
])
def test_round38_ti_lead_the_household_is_no_chore(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
