"""Round 28 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 28 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a will written now and who cares for the child "when I am gone"
    "vanavond schrijf ik mijn testament, mijn zus moet voor mijn zoon zorgen als ik er niet meer ben",
    "mijn laatste wil ligt klaar, de kinderen gaan naar oma als ik dood ben",
    # a relative threatens to kill me if I go to the municipality, the police, the doctor
    "mijn schoonvader zegt hij maakt me dood als ik naar de politie ga",
    "mijn man zegt dat hij me vermoordt als ik met de huisarts praat",
    # poison or bleach drunk, on the floor / not responding
    "mijn zus heeft bleek gedronken en ze ligt op de vloer",
    "help mijn vader drink rattengif hij reageert niet",
    "akhoy shereb samm w wa2e3 3al ard",
    "emmi sharbet klor w ma 3am trod",
    "جوزي بلع كل الحبوب وما عم يصحى",
    # throwing myself off the bridge / the balcony / the roof (Arabizi, Arabic)
    "ba3d el kors ra7 erme 7ali mn el balkon",
    "bade no66 men el shebbak",
    "بعد الموعد رح ارمي حالي عن الجسر",
    # banging my head on the wall until it bleeds
    "بدي اضرب راسي بالحيط لحتى ينزل دم",
    "bade edrob rasi bel 7e6 la7atta ynzal dam",
    # a relative: "he'll kill me if I go to the police" (Arabizi)
    "jozi 2al ra7 y2telni iza ro7t 3al police",
    # "help, he has a knife / a gun"
    "الحقوني جوزي ماسك سكينة",
    "sa3douni ma3o mosaddas",
])
def test_round28_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a will and "when I am gone", no time and no child
    "ik heb mijn testament geschreven voor als ik er niet meer ben",
    # a relative who says he will kill me, alone
    "mijn broer zegt dat hij me dood maakt",
    # poison drunk, alone
    "mijn vriend heeft gif gedronken",
    # "I'll bang my head on the wall", without a cause
    "رح اضرب راسي بالحيط",
    # on the bridge for hours, looking down at the water
    "ik sta al twee uur op de brug en staar naar het water",
    # no food for weeks after a loss, "why eat at all"
    "من يوم ما راحت امي ما عم اكل، ليش اكل",
])
def test_round28_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "die grap, ik ga dood 😂",
    "ik ga echt dood hahaha",
    "de voorstelling ging over zelfdoding, we moesten erover schrijven",
    "onze les ging vandaag over zelfmoord in de literatuur",
    "de aardappelen zijn aangebrand",
    "het hele huis ruikt naar rook maar we hebben gelucht",
    "ik ben weg bij de man die me sloeg, dat is jaren geleden, nu ben ik veilig",
    "vroeger sloeg mijn eerste man mij maar nu ben ik gescheiden en gelukkig",
    "mijn zus vermoordt me als ik haar jurk vies maak",
    "mijn broer slaat me dood met schaken",
    "هالاستمارة تبع البلدية رح تقتلني",
    "el imti7an taba3 el knm ra7 yjanneni",
    "قطعي الدجاج بالسكين",
    "حط الزيت على نار قوية",
    "رمضان بالصيف بيقتل",
    "١٦ ساعة بلا مي",
    "sayme w 3a6shane mot",
    "ba2i sa3tein lal iftar",
    "رح اضرب راسي بالحيط من كتر الورق",
    "bade edrob rasi bel 7e6 men hal lo3a",
    "اختي رح تقتلني اذا خبرت امي عن الهدية",
    "ibni nezel dam mn mnakhiro bel kora",
    "ibni byel3ab fortnite w bi2tol el kel",
])
def test_round28_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "betaalt de gemeente ook het water, of alleen de huur",
    "moet ik een testament laten maken bij de notaris",
    "mijn broer past op mijn zoon als ik weg ben voor de cursus",
    "wie zorgt voor de baby als ik weg ben naar de les",
    "mijn kind heeft een slokje zeep gedronken",
    "bade erme el zbele mn el balkon",
    "عندي سم فيران بالمخزن، كيف بكبه",
    "ساعدوني بالطبخ، معي سكين صغيرة بس",
    "we stonden op de brug en keken naar de boten",
])
def test_round28_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round28_nl_ar_old_rules_narrowed() -> None:
    # the old hot-water rule still catches a burn; the old head-on-the-wall rule still catches the act
    assert sensitive.pattern_level("mijn man gooide heet water over mijn arm") is CrisisLevel.crisis
    assert sensitive.pattern_level("عم اضرب راسي بالحيط") is CrisisLevel.crisis


def test_round28_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "mijn testament " * 300 + "als ik weg ben", "als ik er " * 400 + "niet meer ben", "mijn schoonmoeder zegt " * 180,
        "gif gedronken " * 300, "ra7 erme 7ali " * 300 + "mn el balkon", "رح ارمي حالي " * 300,
        "بدي اضرب راسي بالحيط " * 200, "هالفورم تبع " * 350 + "رح يقتلني", "sayem w " * 500 + "jou3an mawt",
        "de rijst is aangebrand " * 180, "ik ga dood 😂 " * 300,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    ("mijn testament ligt klaar als ik weg ben " * 100)[:4096],
    ("help hij heeft gif gedronken " * 150)[:4096],
    ("ra7 erme 7ali mn el jeser " * 160)[:4096],
    ("بدي اضرب راسي بالحيط " * 200)[:4096],
    ("الصيام بيقتل ١٨ ساعة بلا مي " * 150)[:4096],
    ("jozi 2al ra7 y2telni iza " * 170)[:4096],
])
def test_round28_nl_ar_crisis_level_of_a_long_message_is_fast(text: str) -> None:
    sensitive.warm_up()
    start = time.process_time()
    sensitive.crisis_level(text)
    assert time.process_time() - start <= 1.0
