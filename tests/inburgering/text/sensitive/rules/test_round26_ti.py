"""Round 26, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round26.py,
``_ROUND26_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # an appointment question, and "anyway I will not be there by then" / "no need to change it"
    ("ፈተና KNM ኣብ ክንደይ ሰሙን እዩ? ብዝኾነ ክሳብ ሽዑ ኣይክህሉን እየ", CrisisLevel.crisis),
    ("ዕለት ቆጸራ ኣይትቐይሩ ኣየድልን ኣነ ኣይህሉን እየ", CrisisLevel.crisis),
    ("map gesa meas iyu? ksab shu aykhlun iye", CrisisLevel.crisis),
    # "if someone dies, who keeps the children?" and the writer's own plan for tonight
    ("ሓደ ኣቦ እንተ ዝሞተ ደቁ መን ይሕዞም? ክገብሮ ቀሪበ ስለ ዘለኹ", CrisisLevel.crisis),
    ("ente moyta ade, qolue nabey ykeydu? lomi leyti kfetsmo", CrisisLevel.crisis),
    # the means in hand and the plan made
    ("ድሮ ወሲነ ገመድ ኣብ ጥቓይ ኣቐሚጠዮ", CrisisLevel.crisis),
    ("kinina ab borsay alewu, medebey fetsime", CrisisLevel.crisis),
    ("ኣይትጨነቑ ከኒና ኣብ ጁባይ ኣለዉ", CrisisLevel.uncertain),
    # eyes rolling back, with a fever or shaking; a child with a fever of 40-42 that shakes
    ("ወዲ 3 ዓመት ኣዒንቱ ናብ ላዕሊ ይጥምት ኣሎ ረስኒ ኣለዎ", CrisisLevel.crisis),
    ("ayntu ygelbet alo, yntqeteq alo, wedey iyu", CrisisLevel.crisis),
    ("ንእሽቶ ጓለይ ሙቐት 41 ኣለዋ ትንቀጥቀጥ ኣላ", CrisisLevel.crisis),
    ("ሓደ ህጻን ረስኒ 42 ኣለዎ", CrisisLevel.uncertain),
    # asleep and not waking after pills or a drink; many pills swallowed (Latin)
    ("ኣቦይ ኣረቂ ሰትዩ ደቂሱ ኣይንቀሳቐስን", CrisisLevel.crisis),
    ("sebeytey merzi setya, deqisa aytbrabern", CrisisLevel.crisis),
    ("hawey 40 tablet wesidu", CrisisLevel.crisis),
    ("ዓርከይ ደቂሱ ኣይበራበርን ኣሎ ሓግዙኒ", CrisisLevel.uncertain),
    # a family member who hit me and wounded me
    ("ሓወይ ወቒዑ ኣቑሲሉኒ ደም ይፈሰኒ", CrisisLevel.crisis), ("sebayey harimu aqusiluni", CrisisLevel.crisis),
    # "why did I not die with them" (survivor's guilt), and "now I go to him"
    ("ስለምንታይ ምስ ሓወይ ኣብ ሰሃራ ዘይሞትኩ", CrisisLevel.uncertain),
    ("ምስ ኣደይ ክሞት ነይሩኒ ሕጂ ናብኣ ክኸይድ", CrisisLevel.crisis),
    ("slemntay ab bahri zeymotku, hji nabu kkeyd iye", CrisisLevel.crisis),
])
def test_round26_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ኣለቃና ብሰሌዳ ስራሕ ክቐትለና እዩ 😂", "ኣብ ትምህርቲ ብፈተና ይቐትሉና ኣለዉ", "ቆልዑ ብጫውጫው ቀቲሎምና ሎሚ",
    "bzereba kqetleni eya adey 😅", "ክድይብ ሞይተ ሊፍት የለን", "ksrah moytna lomi",
    "ካብ ናፍቖት ሓፍተይ ልበይ ተሰቢሩ", "libey tesebiru b nafqot adey", "ኣብ ዓደይ ምሸት ሓዊ ኣጒድና ንሰምር ነይርና ነይሩ ይናፍቐኒ",
    "ab ertra bun neyru ynafqeni", "ተኸታታሊ ርእየ ኣብ መወዳእታ እቲ ጀግና ተቐቲሉ", "ab mesihaf kulom ymewtu, gihayen",
])
def test_round26_ti_idioms_are_cut_out(text: str) -> None:
    # A boss, a test or noise that "kills us"; "I died" climbing stairs; a heart broken by longing; missing home;
    # a series or a book in which people die.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ቆጸራ MAP ሰኑይ ኣይክህሉን እየ ስለ ዝሓመምኩ ክትቕይሩለይ ትኽእሉ ዶ", "ብዝኾነ ሽዑ ኣይክህሉን እየ ኣብ ኤርትራ ዕረፍቲ እየ",
    "aykhalun iye sle srah, afspraak kqeyru do", "ሓደ ሰብ እንተ ሞይቱ ውርሻ ብኸመይ ይመቓቐል", "ente moytu abo, qolue men yhzom",
    "ሓኪም ዝሃበኒ ፈዋሲ ኣብ ኢደይ ኣሎ ብኸመይ ክወስዶ", "መደበይ ወዲአ ንኮርስ ተመዝጊበ", "ቆልዓይ ረስኒ 39 ኣለዎ ሎሚ ኣይመጽእን",
    "ሓፍተይ ኣዒንታ ገልቢጣትለይ ብሕርቃን", "ወደይ ንግሆ ደቂሱ ኣይበራበርን ንትምህርቲ 😂", "ኣብ ቦርሳይ ካራ ኣሎ ንሽንኩርቲ ክቖርጽ",
    "ኣቦይ ብጌጋ ኣቑሲሉኒ ብካራ ኣብ ክሽነ", "ኣደይ ብዘረባ ኣቑሲላትኒ", "ስለምንታይ ሎሚ ናብ ክፍሊ ዘይመጻእኩ",
])
def test_round26_ti_rules_need_their_context(text: str) -> None:
    # An absence with a reason (illness, a holiday, work), an inheritance or guardianship question, prescribed
    # medicine, the MAP plan, a child with a mild fever, an annoyed sister, a teenager before school, a knife for
    # onions, a wound by accident or by words, a missed class.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round26_ti_crisis_level_stays_fast_on_a_long_message() -> None:
    # 4 096 characters of words that touch many of the new rules' parts (Ge'ez and Latin), and one "word"
    # without spaces; crisis_level runs the idioms, both readings, the patterns and the classifier.
    words = ("ቆጸራ ብዝኾነ ክሳብ ሽዑ ኣይክህሉን እንተ ሞይቱ ክገብሮ ፈዋሲ ኣብ ኢደይ ኣሎ መደበይ ኣዒንቱ ይገልበጥ ረስኒ 41 ቆልዓ ደቂሱ "
             "ኣይበራበርን ብገዛ ስራሕ ክቐትለና ክጽርግ ሞይተ ናፍቖት ልበይ ተሰቢሩ ኣብ ዓዲ ነይሩ ናፊቐዮ ፊልም ሞይቶም "
             "bzkone aykhalun iye ente moytu kgebro kinina ab borsay alewu aintu ygelbet deqisu aybrabern film motom ").split()
    text = " ".join(words[i % len(words)] for i in range(1200))[:4096]
    assert len(text) == 4096
    latin = " ".join(w for w in words if w.isascii())
    latin = (latin + " ") * (4096 // (len(latin) + 1) + 1)
    sensitive.warm_up()  # the classifier, the spaced-letter vocabulary and the patterns, before the clock starts
    for long_text in (text, latin[:4096], "ኣ" * 4096):
        start = time.process_time()  # CPU time: another process on the machine does not count
        sensitive.crisis_level(long_text)
        assert time.process_time() - start <= 1.0
