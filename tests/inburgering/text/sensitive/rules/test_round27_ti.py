"""Round 27, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round27.py,
``_ROUND27_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # "I will not last until then" and a farewell; alone it is only the gentle question
    ("ናይ MAP ቆጸራ ኣይትቕይሩ ክሳብ እቲ ግዜ ኣይክጸንሕን እየ ስንብት", CrisisLevel.crisis),
    ("kisab shu aytsenhin iye, dehan kuni", CrisisLevel.crisis),
    ("ክሳብ ሽዑ ኣይጸንሕን እየ", CrisisLevel.uncertain),
    # going to God now, with a farewell
    ("ኣይትሓዘኑ ናብ ኣምላኽ እኸይድ ኣለኹ", CrisisLevel.crisis),
    ("nab amlak ekeyd aleku, dehan kunu", CrisisLevel.crisis),
    # fled from a partner who found me
    ("ካብ ሰብኣየይ ሃዲመ ግን ሎሚ ረኺቡኒ", CrisisLevel.crisis),
    ("kab sebayey amlite, gn ab dege ytsbeyeni alo", CrisisLevel.crisis),
    # a partner breaking everything, and fear
    ("በዓል ቤተይ ኩሉ ንብረት ሰባቢሩ ፈሪሐ ኣለኹ", CrisisLevel.crisis),
    ("sebayey kulu ysebr alo, frhi", CrisisLevel.crisis),
    # a drunk partner, children hiding; send the police quickly
    ("ሓሙይ ሰኺሩ ቆልዑ ተሓቢኦም", CrisisLevel.crisis),
    ("ፖሊስ ሕጂ ስደዱ ኣብ ገዛ ይሃርመና ኣሎ", CrisisLevel.crisis),
    ("politie sdedu hji bejakhum", CrisisLevel.crisis),
    # a baby crying for days, no parent at home
    ("ሓደ ህጻን ክልተ መዓልቲ ይበኪ ኣሎ ኣዲኡ የለትን ኣዴኡ ኣይተመልሰትን", CrisisLevel.crisis),
    # locked in and made to work for a debt
    ("ክወጽእ ኣይፈቕዱለይን ዕዳ ክትከፍሊ ኢሎም የሰርሑኒ", CrisisLevel.crisis),
    ("atsiyomni, eda ktkefl yeserhuni", CrisisLevel.crisis),
    # fell and does not wake, breathes weakly
    ("ኣደይ ወዲቓ ኣይትነቕሕን ኣላ", CrisisLevel.crisis),
    ("hawey wediqu, tnfasu dkhum", CrisisLevel.crisis),
    # a fire that spread
    ("ሓዊ ናብ ሶፋ ተላቢዑ ሕጂ", CrisisLevel.crisis),
    ("bari nab kfli tezergihu", CrisisLevel.crisis),
    # no food for days, only water
    ("ኣርባዕተ መዓልቲ መግቢ ኣይበላዕናን", CrisisLevel.uncertain),
    ("kab senbet megbi yelen", CrisisLevel.uncertain),
])
def test_round27_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    "ብዘይ ቡን ሙት እየ ንግሆ", "ሻሂ እንተዘይሰቲየ ሙት እየ ኣብ ስራሕ", "bzey shahi mut iye",
    "ፈተናታት ቋንቋ ሓኒቖምኒ", "formulier nay belasting haniquni",
    "ብሕርቃን ክነፍሕ ቀሪበ ባቡር ደንጉያ", "kab hirqan knefh iye",
    "ሓወይ ኣብ ቸስ ኩሉ ግዜ ይቐትለኒ", "gualey ab ludo yqetleni 😂",
    "ኣብ ትምህርቲ ብዛዕባ ዓመጽ ስድራ ተማሂርና", "ab kors bzaeba geweld tezaribna",
    "ተዝካር ናይ ዝዓረፈ ኣቦይ ሰንበት እዩ", "zmotet abohagoy tezkar ngebr",
    "begi knharid ab fasika", "ብዕራይ ክንሓርድ ኢና ንመርዓ",
])
def test_round27_ti_idioms_are_cut_out(text: str) -> None:
    # "dead without coffee", a task that "chokes me", "explode from anger", a game where someone "kills me",
    # a lesson about violence, a memorial for the dead, slaughtering an animal for a feast.
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ክሳብ ሽዑ ኣይጸንሕን እየ ምኽንያቱ ስራሕ ኣለኒ", "ናብ ቤተ ክርስቲያን ክኸይድ እየ", "ገዛ ቀይረ ሓድሽ ኣድራሻ ክህብ",
    "ወደይ ኩሉ ጸወታታት ይሰብር", "ፖሊስ ብኸመይ ጸብጻብ ይግበር", "ሕጻን ወደይ ለይቲ ይበኪ", "ኣብ ፈተና ወዲቑ ግን ደጊሙ ክፍትን እዩ",
    "ሓዊ ኣጒድና ቡን ነፍሊሕና", "ፍሪጅ ባዶ እዩ ክዕድግ እየ", "ንስራሕ ለይትን መዓልትን እሰርሕ ኣለኹ",
    "ሓገዝ የድልየኒ ብዛዕባ ፎርም ደውሉለይ በጃኹም", "ካብ ሃገረይ ሃዲመ ሰብኣየይ ሕጂ ኣብ ደገ ሃገር ኣሎ", "ወደይ ኩሉ ጸወታታቱ ይሰብር ሓግዙኒ",
    "ሓወይ ሰኺሩ ፖሊስ ሒዞሞ ሕጂ እንታይ ክገብር", "ወደይ ኣብ ትምህርቲ ወዲቑ ኣይሰምዕን እዩ",
])
def test_round27_ti_rules_need_their_context(text: str) -> None:
    # an absence with a reason, going to church, a new address, a child's toys, reporting a theft, a teething baby,
    # failing an exam, a coffee fire, shopping, long working hours, a call back for help with a form, a flight from the home
    # country, a toddler breaking toys, a drunk brother arrested, a son who failed at school.
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round27_ti_crisis_level_stays_fast_on_a_long_message() -> None:
    # 4 096 characters of words that touch many of the new rules' parts (Ge'ez and Latin), and one "word"
    # without spaces; crisis_level runs the idioms, both readings, the patterns and the classifier.
    words = ("ክሳብ ሽዑ ኣይጸንሕን እየ ናብ ኣምላኽ ሃዲመ ኣድራሻይ ረኺቡ ሰብኣየ ኩሉ ይሰብር ፈሪሐ ሰኺሩ ፖሊስ ስደዱ ሕጻን ይበኪ ወለዲ "
             "የለዉን ዝተዓጽወ የሰርሑኒ ወዲቑ ኣይነቕሕን ትንፋሱ ድኹም ሓዊ ናብ መጋረጃ መግቢ የለን ቡን ሙት ሓኒቑኒ ሕርቃን ክነፍሕ ዝሞተ ዝኽሪ "
             "ksab shiu aytsenhn iye nab egziabher ikhed hadime rekibuni kulu ysebr alo polis sdedu wediqu aynekhn "
             "megbi yelen begie ntharid eid fifa yqetleni ").split()
    text = " ".join(words[i % len(words)] for i in range(1200))[:4096]
    assert len(text) == 4096
    latin = " ".join(w for w in words if w.isascii())
    latin = (latin + " ") * (4096 // (len(latin) + 1) + 1)
    sensitive.warm_up()  # the classifier, the spaced-letter vocabulary and the patterns, before the clock starts
    for long_text in (text, latin[:4096], "ኣ" * 4096, "ሓ " * 2048):
        start = time.process_time()  # CPU time: another process on the machine does not count
        sensitive.crisis_level(long_text)
        assert time.process_time() - start <= 1.0
