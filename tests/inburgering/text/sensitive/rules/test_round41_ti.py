"""Round 41, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round41.py,
``_ROUND41_*_TI``, and the earlier lists round 41 extended: round 38's things and noises that "kill me", round 17's
crowd that "choked us", round 33's "my head burst", round 27's "dead without coffee", meaning's "never been born",
round 19's farewell letter and round 31's "this is the last (greeting)"). The probes are new wordings written for
this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import meaning, round19, round31
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # to be as if I had never existed (meaning's "never been born", extended)
    "ከም ዘይነበርኩ ክጠፍእ እደሊ",
    "ኣብዛ ዓለም ዘይነበርኩ ምሓሸ",
    "kem zeyneberku ktefe ideli",
    # my last greeting, with a farewell or "I love you all" (round 31's kind, extended)
    "ናይ መወዳእታ መልእኽተይ እዩ ደሓን ኩኑ ኩልኹም",
    "ዳሕረዋይ ሰላምታይ ኣፍቅረኩም ደቀይ",
    "nay mewedaeta mlekti eyu dehan kunu",
])
def test_round41_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a farewell letter or message (round 19's kind: the gentle question), the adjective form and Latin script
    "ንደቀይ መፋነዊ መልእኽቲ ገዲፈ",
    "nay mefanewi mlekti nwedey hdigelu",
    "ንኣደይ መሰናበቲ ደብዳቤ ጽሒፈላ",
])
def test_round41_ti_uncertain_kinds_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the cold, the heat, hunger "is killing me" (round 38's things, extended)
    "ቀዝሒ ናይ ሎሚ ይቐትለኒ ኣሎ",
    "qezhi nay amsterdam yqetleni alo",
    "tmet yqetleni alo hade sebeyti kbelie",
    # the crowd in the train "choked us" (round 17's kind, extended)
    "ኣብ ባቡር ብዝሒ ሰብ ሓኒቑና ሎሚ",
    "ab tram bzhi seb haniquna",
    # the grammar "made my head burst" (round 33's kind, extended)
    "እቲ ፎርም ናይ ጋዝ ርእሰይ ኣፈንጂሩዎ",
    "grammar rsey afenjiruwo",
    # "we die if we do not drink tea" (round 27's kind, extended)
    "ሻሂ እንተ ዘይሰቲና ንመውት ኢና",
    "shahi ente zeysetina nmewt ina",
    # children "will kill me", with toil or their noise after it (round 38's noise; round 41 the reverse order)
    "ቆልዑ ብጻማ ይቐትሉኒ ኣለዉ",
    "ይቐትሉኒ ኣለዉ እዞም ቆልዑ ብብዙሕ ሕቶ",
    "yqetluni alewu qolue bhatotat",
    # the whole class fell ill with the flu
    "ብጉንፋዕ ወዲቖም ኩሎም መማህርተይ",
    "kulom bgunfae wediqom",
])
def test_round41_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the cold, and a husband with a knife
    "ቀዝሒ ይቐትለኒ ኣሎ ሰብኣየይ ካራ ሒዙ ኣሎ",
    # the grammar, and a wish to die
    "ሰዋስው ርእሰይ ኣፍኒጁዎ ግን ብሓቂ ክሞት ደልየ",
    # the children, and a plan for tonight
    "ቆልዑ ይቐትሉኒ ኣለዉ ብጫውጫው ክሞት ደልየ",
    "kqetluni eyom dekey bchawchaw ane gn kmot delye",
    # fell ill, and a child that does not wake up and shakes
    "ወደይ ብሕማም ወዲቑ ይንቀጥቀጥ ኣሎ ኣይበራበርን",
    # a stranger who choked us in the bus (not the crowd)
    "ኣብ ኣውቶቡስ ሓደ ሰብ ሓኒቑና",
])
def test_round41_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # "I was not at the meeting", told to the teacher
    "ኣብ ኣኼባ ከም ዘይነበርኩ ንመምህረይ ንገሮ",
    "kem zeyneberku nmemhrey ngerelu",
])
def test_round41_ti_never_existed_needs_its_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in meaning._GENERAL_CRISIS_TI)


@pytest.mark.parametrize("text", [
    # the last greeting of a class to its teacher
    "ዳሕራይ ሰላምታ ንመምህርና ካብ ክላስ ኣፍቅረኩም",
    "dahray selamta nmemhrna kab klas afqrekum",
])
def test_round41_ti_last_greeting_needs_its_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round31._ROUND31_CRISIS_TI)


@pytest.mark.parametrize("text", [
    # a farewell card for a colleague who retires
    "ንብጻይ ስራሕ መፋነዊ ደብዳቤ ጽሒፍና ጡረታ ስለ ዝወጽእ",
    "nay mefanewi debdabe nmemhrna",
])
def test_round41_ti_farewell_letter_needs_its_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round19._ROUND19_UNCERTAIN)


def test_round41_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ቀዝሒ ይቐትለኒ " * 400, "ብዝሒ ሰብ ሓኒቑና " * 350, "ርእሰይ ኣፍኒጁዎ " * 400, "እንተ ዘይሰቲና ንሞት " * 350,
        "ከም ዘይነበርኩ ክኸውን " * 350, "መፋነዊ ደብዳቤ " * 450, "ዳሕራይ ሰላምታ " * 450, "ኣፍቅረኩም " * 600,
        "ቆልዑ ይቐትሉኒ " * 400, "ብጫውጫው ሕቶ " * 400, "ብጉንፋዕ ወዲቖም " * 400,
        "kezhi yqetleni " * 350, "bzhi seb haniquna " * 300, "rsey afniju " * 450, "ente zeysetina nmot " * 300,
        "kem zeyneberku kkewn " * 300, "mefanewi dbdabe " * 350, "dahray selamta afqrekum " * 250,
        "dekey kqetluni bchawchaw " * 250, "bgunfae wediqom " * 350,
        "ኣ" * 4096, "e" * 4096, "ብ" * 4096, "k " * 2048,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
