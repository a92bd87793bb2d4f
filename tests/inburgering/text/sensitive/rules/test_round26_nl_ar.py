"""Round 26 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 26 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # someone else says he will hang or kill himself
    "mijn neef zei net aan de telefoon dat hij zich vannacht gaat ophangen",
    "mijn vriendin wil zichzelf iets aandoen, ze zit op het dak",
    "hij dreigt zich van kant te maken als zijn vrouw weggaat",
    "جارتي قالت انها رح تنتحر اليوم، ما بعرف شو اعمل",
    "صاحبي كتبلي انو رح يشنق حالو",
    "2alli sa7bi enno ra7 yeshno2 7alo bel lel",
    # blood spurting or gushing
    "mijn vader heeft in zijn hand gezaagd, het bloed spuit alle kanten op",
    "er gutst bloed uit de wond op zijn hoofd",
    "ابوي انجرح بالمكنة والدم عم يفور",
    "el dam 3am yfour mn idi",
    # fever with a stiff neck
    "onze zoon heeft veertig graden koorts en een stijve nek",
    "بنتي حرارتها عالية ورقبتها متخشبة",
    "ebni 7rarto 3alye w ra2bto yabse",
    # a child swallowed pills (Arabizi)
    "binti akalet 7abbet dawa mn el jaroor",
    "el walad bala3 kaza 7bob mn dawa jeddo",
    # pregnant and fallen, with pain or blood
    "mijn vrouw is zwanger en van de trap gevallen, ze heeft veel buikpijn",
    "مرتي حامل وتزحلقت بالمطبخ وفي دم",
    "okhti 7amle w w2e3t w fi dam",
])
def test_round26_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "I won't be there anymore anyway" after an ordinary question; not alive by a date
    "hoe laat is de les morgen? ach, ik ben er morgen toch niet meer",
    "kunt u de brief opsturen? over een week ben ik er toch niet meer",
    "سؤال عن الكورس، بس ما بتوقع كون عايش للشهر الجاي",
    "ما اظن رح الحق للجمعة",
    "shakli ma ra7 kon mawjoud la bokra",
    # nobody will see me after today
    "ما حدا رح يشوفني بعد الليلة",
    "ma 7ada ra7 yshoufni ba3d el yom",
    "na vanavond ziet niemand mij meer",
    # may I not wake up tomorrow
    "ان شاء الله ما افيق بكرا",
    "yarab ma esba7, ta3bane",
    "hopelijk word ik morgen niet meer wakker",
    # "my life is over"
    "عمري انتهى، ما عاد في شي",
    "7ayati 5elset, ma 3ad fiye",
    "mijn leven is afgelopen sinds hij weg is",
    # a plan and a date
    "ik heb nu een plan en een datum",
    "عندي خطة وموعد",
    "3andi khotta w tarikh",
    # outside with the children tonight
    "we slapen vannacht op straat met de kinderen, waar moeten we heen",
    "نحنا بالشارع مع ولادي وين بدنا ننام الليلة",
    "ne7na bel share3 ma3 el wlad w wen bdna nnam",
])
def test_round26_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik heb vandaag nog niks gegeten want we vasten",
    "sayme w mayte men el 3atash",
    "صايم وميت من العطش",
    "de rookmelder ging af omdat de friet aangebrand was",
    "ik hou heel veel van je, ik ga dood zonder jou",
    "ik ben er dood klaar mee dat het altijd regent",
    "het is hier saai om dood te gaan",
    "in de serie pleegt de heldin zelfmoord",
    "قرات كتاب عن الانتحار",
    "2ret riwaye 3an el inti7ar",
    "رح اضرب راسي بالحيط من هالمعاملة",
    "bade edrob rasi bel 7eet men hal risale",
    "شفت فيلم رعب",
    "sheft film ro3b mbare7",
    "بموت من الملل",
])
def test_round26_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik ben er volgende week niet meer, want ik verhuis naar Deventer",
    "we hebben een plan en een datum voor de verhuizing",
    "ما رح كون موجود بكرا لأني مسافر",
    "ما بظن رح اوصل لبكرا لأنو القطار واقف",
    "we staan buiten met de kinderen te wachten op de bus",
    "mijn zoon heeft koorts, mag hij naar school?",
    "انا حامل، متى بيبلش الكورس؟",
    "hij zegt dat hij zich gaat aanmelden voor de cursus",
    "de brandweer spuit water",
    "حياتي خلصت من الديون الحمدلله",
    "ebni akal 7abbet shokola",
    "binti sherbet el dawa taba3ha w nemet",
])
def test_round26_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round26_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "حامل " * 900 + "وقعت", "ما رح كون " * 500 + "موجود", "بدي اضرب راسي " * 300, "zwanger " * 600 + "gevallen",
        "hij zich " * 600 + "gaat ophangen", "ik ben er " * 500 + "toch niet meer", "bloed " * 900 + "spuit",
        "sayem w mayet " * 400, "ne7na " * 900 + "bel share3", "ik hou van je " * 400,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    ("حرارة " * 1000)[:4096],
    ("انشالله ما " * 500)[:4096],
    ("ik heb een plan " * 400)[:4096],
    ("ma 7ada ra7 " * 500)[:4096],
])
def test_round26_nl_ar_crisis_level_of_a_long_message_is_fast(text: str) -> None:
    sensitive.warm_up()
    start = time.process_time()
    sensitive.crisis_level(text)
    assert time.process_time() - start <= 1.0


def test_hot_enough_to_die_is_not_i_deserve_to_die() -> None:
    # The view squeezes "heet" (hot) to "het" (it): the idiom "zo heet om dood te gaan" cut "ik verdien het om
    # dood te gaan" (I deserve to die) out of the message until round 31. It still cuts the heat and a third
    # person's "verdient het" (anger at someone, no danger to the writer).
    assert patterns._without_idioms(matching_view("ik verdien het om dood te gaan")) == "ik verdien het om dod te gan"
    assert "§" in patterns._without_idioms(matching_view("in de bus is het zo heet om dood te gaan"))
    assert "§" in patterns._without_idioms(matching_view("zo'n dief verdient het om dood te gaan"))
