"""Round 42, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round42.py,
``_ROUND42_*_TI``, and the earlier lists round 42 extended: round 16's game titles, round 38's things that "kill me"
(the heat "harur"), round 39's pests "I could not kill" (words between) and round 17's trivial threat under a
condition (Latin spellings, Latin serious conditions)). The probes are new wordings written for this file, not lines
of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round42
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a farewell and "we will meet in heaven / I will wait for you in the other world"
    "ሰላም ኩኑ ደቀይ፡ ኣብ ካልእ ዓለም ክጽበየኩም እየ",
    "ይቕረ በሉለይ ኩልኹም ኣብ ገነት ክንራኣኣ ኢና",
    "selam kunu ahwatey ab genet knrakeb ina",
    # "I do not want to live" with the negated verb split (the reading of spaced-out letters), and the verb first
    "mnbar ay del n",
    "hiwet a y del en",
    "ኣይደልየን ምንባር",
    "aydelen knbr iye",
])
def test_round42_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # spaced-out letters: the detector splits them into words, the rule reads the split verb
    "k n b r a y d e l y e n",
    "h i w e t a y d e l n",
])
def test_round42_ti_spaced_out_not_wanting_to_live_is_caught(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "I will wait for you in paradise" alone: the gentle question
    "ኣብ ገነት ክጽበየኩም እየ",
    "ab semay ktsbeyekum iye",
])
def test_round42_ti_uncertain_kinds_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # "he kills me with his jokes / her cuteness / love", either order
    "ሓወይ ብዋዛኡ ይቐትለኒ ኣሎ",
    "እዛ ሕጻን ብምጭውናኣ ትቐትለኒ",
    "ትቐትለኒ ብፍሽኽታ እዛ ንእሽቶ",
    "wedey bsehaq yqetleni alo",
    "hxan bfqri tqetleni",
    # laughing "until death", either order
    "ምስ ኣሕዋተይ ክሳብ ሞት ኢና ስሒቕና",
    "ሰሓቕና ክሳብ ሞት ትማሊ",
    "trmali ksab mot sehaqna",
    # the sun, the heat, the cold "kills" (no object)
    "ሎሚ ጸሓይ ይቐትል ኣሎ",
    "ሙቐት ናይዚ ሰሙን ቀታሊ እዩ",
    "muqet yqetl alo sebuen mulu",
    "quri nay lomi qetali eyu",
    # zombies, monsters killed in a game (round 16's titles extended; the killing before the game)
    "ሓወይ ኣብ ሮብሎክስ ጭራቓት ይቐትል",
    "ንቐትል ዞምቢታት ኣብ ፎርትናይት ምስ ዓርከይ",
    "ኣብ ማይንክራፍት ሓወይ ኩሉ ግዜ ይቐትል",
    "wedey ab roblox zombies yqetl",
    # "if I forget the appointment, break the coffee pot, the teacher / my wife will kill me" (round 17, Latin)
    "ent resie qotsera memhrey kqtleni eyu",
    "ente sebire bun sebeytey ktketleni eya",
    # pests "I tried a lot, could not kill them" (round 39, words between)
    "ጻንጸ ብዙሕ ፈቲነ ክቐትሎም ኣይከኣልኩን",
    "tkuan kemey ytefu kqetlom aykealkun",
    # mice, and poison bought to kill them (round 18's idiom still reads it)
    "ኣብ መኽዘን ኣንጭዋ ኣለዉ፣ ክቐትሎም መርዚ ገዚአ",
])
def test_round42_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # "kills me with love", and a husband with a knife
    "ብፍቕሪ ይቐትለኒ ይብል ሰብኣየይ ግን ካራ ሒዙ ኣሎ",
    # the heat, and a wish to die
    "ሙቐት ይቐትል ኣሎ ክመውት ደልየ",
    # laughing until death, and a wish to die now
    "ክሳብ ሞት ስሒቕና ሕጂ ግን ክመውት ደልየ",
    # a threat under a serious condition: leaving him
    "ente gedifeyo sebayey kqetleni eyu",
    # mice, and the poison for myself
    "ኣንጭዋ ኣለዉ ክቐትሎም መርዚ ገዚአ ንርእሰይ",
])
def test_round42_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a mother who died: "stay well, mother, we will meet in heaven" (remembrance)
    "ኣደይ ዓሪፋ፡ ደሓን ኩኒ ኣደይ ኣብ ሰማይ ክንራኸብ ኢና",
    "abuy moytu dehan kun ab semay knrakeb ina",
    # not wanting to live in this town (a place after the verb)
    "ኣይደልን ክነብር ኣብዚ ከተማ",
    "aydeln mnbar ab amsterdam",
])
def test_round42_ti_rules_need_their_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    rules = round42._ROUND42_CRISIS_TI + round42._ROUND42_UNCERTAIN_TI
    assert not any(_compile([rule]).search(view) for rule in rules)


def test_round42_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ደሓን ኩኑ ኣብ ሰማይ " * 350, "ኣብ ገነት ክንራኸብ " * 350, "ይቕረ በሉለይ " * 400, "ኣይደልን ምንባር " * 400,
        "ብፍቕሪ ትቐትለኒ " * 400, "ክሳብ ሞት ስሒቕና " * 350, "ጸሓይ ይቐትል " * 450, "ዞምቢ ይቐትል " * 450,
        "ሮብሎክስ ኣብ " * 450, "ጻንጸ ፈቲነ ክቐትሎም " * 300, "ሰብኣየይ ካራ " * 450,
        "dehan kunu ab semay " * 200, "ab genet knrakeb " * 250, "mnbar ay del n " * 300, "a y d e l n " * 350,
        "bfqri tqetleni " * 300, "ksab mot sehaqna " * 250, "harur yqetl alo " * 250, "zombies yqetl " * 300,
        "ent resie kqtleni " * 250, "tkuan kemey kqetlom " * 200, "sebayey kara " * 350,
        "ኣ" * 4096, "a" * 4096, "ብ" * 4096, "a " * 2048, "ክ " * 2048,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
