"""Round 37, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round37.py,
``_ROUND37_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round37
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a farewell "for ever", either order (Ge'ez and Latin)
    "ሰላም ኩኑ ንሓዋሩ ኣሕዋተይ",
    "ንዘለኣለም ደሓን ጽንሑ",
    "selam kunu nhawaru",
    # "tell my mother / my children I love them", and "I won't be there", "I said goodbye"
    "ንኣደይ ከምዘፍቅራ ንገርዋ ኣነ ተሰናቢተ",
    "nadey kemzefqra ngerwa ane aykhlun",
    # a baby, a father not breathing
    "ሕጻነይ ኣየስተንፍስን ዘሎ ሓግዙኒ",
    "ኣቦይ ኣይተንፈሰን ኣሎ",
    "hxaney ayistenfsn zelo",
    # "I won't live until tomorrow"
    "ክሳብ ጽባሕ ኣይክነብርን እየ",
    "ksab tsbah ayknebrn eye",
    # "I am done with this life" (Latin and Ge'ez)
    "degim ezi hiwet wedie",
    "ሕጂ እዚ ህይወት ተወዲኣ",
])
def test_round37_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "I won't last / won't make it until dawn": the gentle question
    "ክሳብ ወጋሕታ ኣይክበጽሕን እየ",
    "ksab tsbah aykxenhn eye",
])
def test_round37_ti_not_lasting_the_night_asks_gently(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a video game: "we killed them all"
    "ኣብ ፊፋ ኩሎም ቀቲልናዮም",
    "ps5 ab fortnite kulom qetileyom",
    # the headache "is killing me"
    "ቃንዛ ርእሲ ይቐትለኒ ኣሎ ሎሚ",
    "qanza rsi yqetleni alo",
    # a father, a mother, a sister "will kill me" over a broken glass, a plate, a cup
    "ኣቦይ ክቐትለኒ እዩ ብርጭቆ ሰቢረ",
    "ሓፍተይ ክትቐትለኒ እያ ኩባያኣ ሰቢረ",
    "mama ktqetleni eya sahni sebireyo",
    # "I nearly died of shame / of anger"
    "ብሕፍረት ክመውት ቀሪበ ኣብ ክላስ",
    "bhrqan kmewt qeribe",
    # a flower, a plant that "died"
    "ዕምባባይ ኣብ መስኮት ሞይታ",
    "embaba ab geza moyta",
])
def test_round37_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the game, and a wish of one's own
    "ኣብ game ቀቲለ ግን ክመውት ደልየ",
    # a husband, not a parent
    "ሰብኣየይ ክቐትለኒ እዩ ብርጭቆ ሰቢረ",
    # a pregnancy, not a broken glass
    "ኣቦይ ክቐትለኒ እዩ እንተፈሊጡ ጥንሲ ከምዘለኒ",
    # the plant, and not wanting to live
    "ተኽለይ ሞይቱ ደጊም ክነብር ኣይደልን",
    # the headache, and all the pills at once
    "ቃንዛ ርእሲ ይቐትለኒ ኣሎ ኩሉ ከኒና ብሓንሳብ ክውሕጥ እየ",
])
def test_round37_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # moving abroad for good, leaving a group chat
    "ደሓን ኩኑ ንሓዋሩ ናብ ካናዳ ክግዕዝ እየ",
    "ካብዚ ጉጅለ ንሓዋሩ ይወጽእ ኣለኹ ደሓን ኩኑ",
    # gone to work
    "ንቆልዑተይ ፍቕረይ ንገርዎም ኣነ ናብ ስራሕ ከይደ",
    "ngeruwom fqrey ane nab srah keyde",
    # a blocked nose, a cold
    "ብኣፍንጫይ ኣየስተንፍስን ዘለኹ ጉንፋዕ ሒዙኒ",
    # done with the life in the camp, now in the Netherlands
    "ናይ ካምፕ ህይወት ወዲአ ሕጂ ኣብ ሆላንድ",
])
def test_round37_ti_rules_need_their_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round37._ROUND37_CRISIS_TI)


@pytest.mark.parametrize("text", [
    # not staying at a party, on a shift until the morning
    "ክሳብ ንግሆ ኣይክጸንሕን እየ ኣብ ፓርቲ",
    "ksab ngho aykxenhn ab party",
    "ክሳብ ንግሆ ኣብ ስራሕ ኣይክጸንሕን እየ",
])
def test_round37_ti_not_staying_out_is_no_question(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round37._ROUND37_UNCERTAIN_TI)


def test_round37_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ደሓን ኩኑ ንሓዋሩ " * 400, "ንገርዎም ፍቕረይ " * 400, "ቆልዓይ ኣየስተንፍስን " * 350, "ክሳብ ንግሆ " * 500,
        "ኣብ game ቀቲለ " * 400, "ቃንዛ ርእሲ " * 500, "ብሕርቃን ክመውት " * 350, "ተኽሊ ኣብ ባልኮን " * 400,
        "ኣደይ ብያቲ ሰቢረ " * 400, "dehan kunu nzelalem " * 250, "ngeruwom fqrey " * 300,
        "qolaey ayistenfsn " * 250, "ksab ngho " * 450, "tekhli ab balkon " * 300, "ade ktqetleni " * 300,
        "ezi hiwet " * 450, "ኣ" * 4096, "e" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) someone of the household holding a knife or a gun, also after "I nearly died of fear" (an idiom)
    ("ብፍርሒ ክመውት ቀሪበ ኣቦይ ካራ ሒዙ", CrisisLevel.crisis),
    ("ሓወይ ሽጉጥ ሒዙ ኣሎ ሓግዙኒ", CrisisLevel.crisis),
    # not with food or cooking
    ("ኣቦይ ካራ ሒዙ ስጋ ይቖርጽ", CrisisLevel.none),
    ("ሰብኣየይ ኣብ ክሽነ ካራ ሒዙ ድራር የዳሉ ኣሎ", CrisisLevel.none),
])
def test_round37_ti_lead_someone_holding_a_weapon(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
