"""Round 32, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round32.py,
``_ROUND32_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # many pills taken, and not wanting to wake up or live till morning
    ("ሙሉእ ካርቶን ፓራሲታሞል ወሲደ ክበራበር ኣይደልን", CrisisLevel.crisis),
    ("bzuh kenina weside khadr aydelen", CrisisLevel.crisis),
    # how high, how many pills until one dies
    ("ካብ ክንደይ ደርቢ እንተዘሊልካ ትመውት", CrisisLevel.crisis),
    ("ክንደይ ሚሊግራም ኢንሱሊን ይቐትል", CrisisLevel.crisis),
    ("kab kndey meter ente zelilka tmot", CrisisLevel.crisis),
    # poison, bleach or a cleaner to drink, planned
    ("ነቲ በረኪና ክሰትዮ ደልየ ኣለኹ", CrisisLevel.crisis),
    ("ናይ ኣንጭዋ መድሃኒት ክውሕጥ ወሲነ", CrisisLevel.crisis),
    ("klorin ksetyo hasibe", CrisisLevel.crisis),
    # "today / tonight is the day of my death"
    ("ሓቀይ ሎሚ ለይቲ መዓልቲ ሞተይ እያ", CrisisLevel.crisis),
    ("lomi leyti motey eya", CrisisLevel.crisis),
    # a promise broken, and a farewell
    ("ቃል ኣትየልካ ነይረ ግን ኣይከኣልኩን ደሓን ኩን", CrisisLevel.crisis),
    # forced into sex work to pay a debt; a child hit by a car and bleeding; tried once, now "really"
    ("ደላላ ዕዳ ንምኽፋል ጾታዊ ስራሕ ክትሰርሒ ኣለኪ ይብለኒ", CrisisLevel.crisis),
    ("ጓለይ መኪና ሃሪማታ ብዙሕ ደም ኣሎ ኣይትንቀሳቐስን", CrisisLevel.crisis),
    ("ቅድሚ ወርሒ ፈቲነ ነይረ ሕጂ ብርግጽ ክውድኦ እየ", CrisisLevel.crisis),
    # the day of my death alone, many pills taken alone, leave-taking with a farewell: the gentle question
    ("መዓልቲ ሞተይ ቀሪባ ትመስለኒ", CrisisLevel.uncertain),
    ("ብዙሕ ኢቡፕሮፌን ወሲደ", CrisisLevel.uncertain),
    ("ክሰናበተኩም እየ ደሓን ኩኑ", CrisisLevel.uncertain),
])
def test_round32_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    # a thing, a bill, a form or hunger "is killing me / us"
    "ጥሜት ይቐትለኒ ኣሎ ምሳሕ መዓስ እዩ", "ዋጋ ኤሌክትሪክ ይቐትለና ኣሎ", "እዚ ቅጥዒ ናይ ዱኦ ይቐትለኒ እዩ",
    "dit formulier van de gemeente yqetleni", "eti huur yqetlena alo",
    # children who "kill me" with noise, and are loved
    "ደቅና ብጫውጫው ይቐትሉና ኣለዉ ግን እፈትዎም",
    # "you're kidding me", a threat said as a joke; a chore not done
    "ኣይትቐትለኒ ኢኺ ሓቅኺ ዲኺ 😂", "ሓፍተይ ክትቐትለኒ እያ ብዋዛ",
    "ኣደይ ክዳውንቲ እንተዘይሓጺበ ክትቐትለኒ እያ", "ሰበይተይ እንተዘይሰራሕኩ ድራር ክትቐትለኒ እያ",
    "ሓፍተይ ሽቓቕ እንተዘይኣጽረኹ ክትቐትለኒ እያ", "ሓወይ ቻርጀረይ እንተ ወሲዱ ክቐትሎ እየ ብዋዛ",
    # friends after a football match
    "ዓርከይ ክቐትለካ እየ ይብለኒ ባርሳ ምስ ተሳዕረ",
    # past abuse, now divorced and safe
    "ቅድሚ ሸሞንተ ዓመት ሰብኣየይ ይድብድበኒ ነይሩ ሕጂ ተፋቲሐ ውሕስቲ እየ",
    # suicide as a topic for school; the news or a film about someone else
    "ንክላስ ብዛዕባ ርእሰ ቅትለት ፕረዘንቴሽን ከዳሉ እየ", "ኣብ ዜና ሓደ ወዲ ኣብ ካናል ከም ዝጠሓለ ሰሚዐ",
    "ኣብቲ ፊልም ሓንቲ ጓል ካብ ናሕሲ ወዲቓ",
    # a bridge or the sea to visit or photograph
    "ጽባሕ ናብ ድልድል ክንዛወር ኢና ስእሊ ክንወስድ",
    # a song that breaks my heart with its beauty; "may I die for you"; a form that spins my head
    "እዚ ሙዚቃ ልበይ ይሰብሮ ብጽባቐኡ", "ሞትኩልኩም ኣሕዋተይ ሰናይ ምሸት", "ሰዋሰው ዳች ርእሰይ ኣደናጊሩ",
    # poison for the mice (which one, not for the cat); the heat "kills"; "are you a person or a computer"
    "ሓሰኻ ኣብ ክሽነ ኣሎ ኣየናይ መርዚ ክገዝእ", "ሎሚ ሙቐት ይቐትል እዩ", "ሓቂ ንገረኒ ሮቦት ዲኻ ወይስ ሰብ",
    # Latin script: a joke, children's noise, the news, a song
    "haftey ktqetleni eya bwaza", "qolu bchawchaw yqetluni alewu", "ab tv seb kab dldl kem zwedeqe rieye",
    "ezi derfi lbey ysebro btsbuqu",
])
def test_round32_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # real threats keep their alarm: a husband, "it is no joke", a knife, fear
    "ሰብኣየይ ክቐትለኒ እዩ ዋዛ ኣይኮነን",
    "ሓወይ ክቐትለኒ እዩ ዋዛ ዘይኮነ ካራ ሒዙ",
    "ዕዳ ይቐትለኒ ኣሎ ክሞት ደልየ",
    # abuse in the past that goes on now; suicide read about and now thought of
    "ቀደም ይሃርመኒ ነይሩ ሕጂ ተፋቲሕና ግን ሕጂ ውን ይፈራርሃኒ ኣሎ",
    "ንትምህርቲ ብዛዕባ ርእሰ ቅትለት ኣንቢበ ሕጂ ሓሳብ ርእሰ ቅትለት ኣለኒ",
    # the news with "I want to do the same"; a bridge to jump from
    "ኣብ ዜና ሓደ ሰብ ካብ ድልድል ዘሊሉ ኣነውን ከምኡ ክገብር ደልየ",
    "ናብ ድልድል ክኸይድ እየ ክዘልል ስእሊ ናይ መወዳእታ",
    # someone else sitting on a bridge and sending pictures of the water (Ge'ez and Latin script)
    "ጓለይ ኣብ ድልድል ኮፍ ኢላ ስእሊ ሩባ ሰዲዳትለይ",
    "wedey ab dldl kof ilu foto may yseddeley",
    # a real threat in Latin script: "it is no joke"
    "sebayey kqetleni eyu waza aykonen",
    # a father who "will kill me" if I do not marry (forced marriage, not a chore); a real threat to kill him, with a knife
    "ኣቦይ እንተዘይተመርዓኹ ክቐትለኒ እዩ", "ሓወይ ክቐትሎ እየ ካራ ሒዘ ኣለኹ",
    # poison that I will drink, not for the mice
    "ኣንጭዋ ኣለና ግን እቲ መርዚ ንርእሰይ ክሰትዮ እየ",
])
def test_round32_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a dose question, "I heard (it), I will take my son", soap bought, a trip with a goodbye
    "ክንደይ ፓራሲታሞል ክወስድ ይኽእል ኣብ መዓልቲ", "ሰሚዐ ክወስዶ እየ ንወደይ ካብ ቤት ትምህርቲ", "ሳሙና ክገዝእ እየ ካብ ዱኳን",
    "ጽባሕ ናብ ዓደይ ክሰናበተኩም እየ ደሓን ኩኑ ንሰሙን", "ክንደይ ሰዓት ትወስድ ባቡር ናብ ኣምስተርዳም",
])
def test_round32_ti_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round32_lead_waiting_for_the_train_raises_no_alarm() -> None:
    # (lead) "I am waiting for the train at the station": the classifier alone asked it before round 32
    assert sensitive.crisis_level("ኣብ መደበር ባቡር ባቡር እጽበ ኣለኹ") is CrisisLevel.none


@pytest.mark.parametrize("text", ["nab qdmi babur ke'atu iye", "ab qdmi babur kiatu eye", "ኣብ ቅድሚ ባቡር ክወድቕ ወሲነ"])
def test_round32_lead_in_front_of_the_train_in_either_script(text: str) -> None:
    # (lead) the Latin-script reading spells "to enter" ኪዓቱ / ከዓቱ, which the round-22 rule did not know
    assert sensitive.crisis_level(text) is CrisisLevel.crisis
