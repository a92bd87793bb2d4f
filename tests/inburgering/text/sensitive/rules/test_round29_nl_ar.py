"""Round 29 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 29 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # into the water without being able to swim / without coming back
    "vanavond loop ik de zee in en ik kom niet meer boven",
    "ik stap het kanaal in, zwemmen kan ik niet, dat is beter zo",
    "رح انزل عالبحر وانا ما بعرف اسبح",
    "ra7 fout bel naher w ma ra7 erja3",
    # an end made to everything, another word order
    "na de les ga ik een eind maken aan mijn leven",
    "ik ga een punt zetten achter alles",
    # "I want to die" misspelled or joined
    "ik wil doodt",
    "ikwilsterven",
    "ik wil gewoon doot",
    # on the tracks / in front of the train
    "رح نام على سكة القطار",
    "bade erme 7ali 2eddam el metro",
    "ra7 o2af 3al sekke",
    # "suicide" in Arabizi spellings
    "badi enta7er",
    "3am fakker bel inti7ar",
    # "don't look for me" with a time
    "ما تدوروا علي بعد اليوم",
    "ma tdawro 3alayi bokra",
])
def test_round29_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "don't look for me", alone
    "لا تفتشوا علي",
    "zoek niet meer naar mij",
    # "I won't be alive (by then)"
    "ما رح ضل عايش لهداك الوقت",
    "mesh ra7 ekun 3ayshe lal maw3ed",
    # into the water at night, alone
    "ik ga vannacht het water in, alleen",
])
def test_round29_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "de verdediger was dood na de wedstrijd",
    "ik ben helemaal kapot na de training",
    "ik heb de orchidee vermoord, hij is alweer dood",
    "mijn goudvis is weer dood",
    "als ik te laat kom ben ik de pineut",
    "dan ben ik de klos",
    "inna lillahi wa inna ilayhi rajioun",
    "gecondoleerd met het verlies van je vader",
    "moge Allah hem genadig zijn",
    "we gaan allemaal vroeg of laat dood",
    "alleen God weet wanneer",
    "كل نفس ذائقة الموت",
    "انا لله وانا اليه راجعون",
    "البقاء لله",
    "el ba2a2 lilah",
    "روحي فداك يا ابني",
    "ro7i fidak ya emmi",
    "رح يقتلوني بالفواتير",
    "bi2telouni bel gharame",
    "بنتي انجرحت ركبتها وهي عم تلعب",
    "mijn zoon heeft zijn knie geschaafd tijdens het buitenspelen",
])
def test_round29_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "we gaan met de kinderen de zee in bij het strand",
    "mijn man kan niet zwemmen, is er zwemles",
    "er komt een einde aan de cursus",
    "zoek me niet op kantoor, ik werk thuis",
    "ra7 nott 3al train la ma yfoutni",
    "نطيت عالتران بآخر دقيقة",
    "ma ra7 kun mawjoud bukra",
    "لا تدوروا علي بالمكتب اليوم",
    "الولاد عم يلعبو بالبحر",
])
def test_round29_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round29_nl_ar_mercy_formula_still_marks_a_death() -> None:
    # "God have mercy on her" is not cut out: older rules read it as a death next to "I'll follow her"
    assert sensitive.pattern_level("اشتقتلها الله يرحمها، رح الحقها الليلة") is CrisisLevel.crisis


def test_round29_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik ga het water " * 300 + "in", "zwemmen " * 500, "ik wil " * 600 + "doot", "ik " * 1500 + "wil dood",
        "ra7 erme 7ali " * 300 + "2eddam el tren", "رح نام على " * 400 + "سكة", "ma tdawro " * 400 + "3alayi",
        "لا تدوروا " * 400 + "علي بكرا", "inna lillahi wa " * 300, "كل نفس " * 600, "mijn plant " * 400 + "is dood",
        "als ik " * 700 + "zak ben ik de klos", "ابني جرح " * 400 + "ايده", "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    ("ik ga de zee in en ik kan niet zwemmen " * 100)[:4096],
    ("ik wil doot " * 350)[:4096],
    ("ra7 nott 3ala sekket el tren " * 150)[:4096],
    ("لا تدوروا علي بكرا " * 220)[:4096],
    ("mesh ra7 kun 3ayesh " * 200)[:4096],
    ("iedereen gaat ooit dood " * 170)[:4096],
])
def test_round29_nl_ar_crisis_level_of_a_long_message_is_fast(text: str) -> None:
    sensitive.warm_up()
    start = time.process_time()
    sensitive.crisis_level(text)
    assert time.process_time() - start <= 1.0


@pytest.mark.parametrize("text", [
    "snij de kip met een scherp mes in blokjes",
    "hak de uien in kleine stukjes",
])
def test_round29_nl_ar_recipe_is_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


def test_round29_nl_ar_plants_dead_from_frost_are_an_idiom() -> None:
    assert sensitive.pattern_level("alle geraniums in de tuin zijn doodgegaan door de hitte") is CrisisLevel.none
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view("mijn tomaten zijn allemaal dood"))


@pytest.mark.parametrize("text", [
    "ما عنا اكل بالبيت من تلت تيام والمصاري خلصو",
    "ma fi akl bel beit men 5 iyyam",
    "al drie dagen geen eten in huis en het geld is op",
])
def test_round29_nl_ar_no_food_for_days_asks_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none
