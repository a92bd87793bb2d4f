"""Round 30 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 30 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "suicide" misspelled, with a wish or a thought
    "ik wil selfmoord plegen",
    "ik denk aan zelfmoort",
    # on the railway tracks now
    "ik sta op de rails bij de overweg",
    "we liggen tussen de rails",
    "ik zit op het spoor naast de fabriek",
    # a rope that holds a person's weight
    "waar koop ik een touw dat mijn gewicht houdt",
    "بدي حبل بيتحمل وزن شخص",
    "wein b2dar eshtre 7abel byo7mal wazn ensan",
    # "suicide" in Arabizi with o / u vowels
    "ra7 ento7er",
    "3am fakker bel intu7ar",
])
def test_round30_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "selfmoord",
    "intohar",
    # a rope and "I want to end it"
    "جبت الحبل وبدي خلص",
])
def test_round30_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # "a suicide mission" / "suicidal" for a risky play or a hard exam
    "de keeper deed een zelfmoordactie",
    "de toets was een zelfmoordmissie",
    "المدافع كان انتحاري",
    "هجمة انتحارية بالدقيقة الاخيرة",
    # a book, a novel or the news about someone else
    "de roman gaat over een dichter die zelfmoord pleegde in 1890",
    "قريت كتاب عن جندي انتحر بالحرب",
    "in het nieuws zeiden ze dat een jongen van het dak is gevallen",
    # worn out by a training or an exam; nerves before a speech
    "de training heeft me helemaal gesloopt",
    "het examen heeft mij kapot gemaakt",
    "ik ga dood als ik die speech moet geven",
    # "I am not in danger"
    "ik ben niet in gevaar",
    # a road sign, a film plot, an accident in the news
    "op het bord staat doodlopend, mag ik daar fietsen",
    "de serie waarin een moeder haar buurman vermoordt was spannend",
    "er was een aanrijding op de A1, twee mensen zijn gewond geraakt",
    # onions
    "hoe snij je een ui zonder te huilen",
    # condolence formulas
    "God hebbe zijn ziel",
    "allah yer7amha w ysaberkom",
    "الله يرحمه ويصبركم",
    # "my mother will kill me if I fail the exam"
    "اذا رسبت بالامتحان امي رح تقتلني",
    "iza ma nje7et bel emte7an baba ra7 y2telni",
])
def test_round30_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik zit op het goede spoor",
    "ik sta op spoor 5",
    "we zijn op het spoor van de dief",
    "عندي حبل بس بدي خلص الشغل",
    "بدي خلص الكورس بس",
])
def test_round30_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a real plan, a real threat, "but my children are", a death followed
    "ik heb een zelfmoordplan",
    "امي رح تقتلني اذا عرفت اني اشتكيت",
    "ik ben niet in gevaar maar mijn kinderen wel",
    "الله يرحمها، رح الحقها الليلة",
])
def test_round30_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


def test_round30_nl_ar_a_dead_end_life_is_no_road_sign() -> None:
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view("mijn leven is een doodlopende weg"))


def test_round30_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik zit op het " * 400 + "spoor", "selfmoord " * 400, "touw dat " * 500 + "gewicht houdt",
        "حبل " * 800 + "بيحمل وزن", "3am fakker " * 400 + "ento7er", "het boek gaat over " * 250,
        "ik ga dood als " * 300 + "presentatie", "اذا رسبت " * 500 + "امي رح تقتلني",
        "allah yer7amo w " * 300, "ik ben niet in gevaar " * 200, "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS
