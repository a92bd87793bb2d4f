"""Round 27 crisis rules for Dutch and Arabic (Levantine, standard, Darija, Egyptian, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 27 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # doubt about being there tomorrow, and the means ready
    "ik weet niet of ik er volgende week nog ben, de pillen liggen al klaar",
    "het touw hangt al klaar, morgen ben ik er niet meer",
    # shooting at or near the house
    "er wordt geschoten in onze straat, we liggen op de grond",
    "een man schiet op ons huis, bel de politie",
    "we hoorden net schoten bij de buren",
    "حدا عم يطخ قدام بيتنا وانا خايفة",
    "في اطلاق نار بالشارع",
    "7ada 3am yta55 2edam betna",
    # a relative burns her or me
    "haar man verbrandt haar met het strijkijzer",
    "جوزي بيحرقني بالسيكارة",
    "jozha bye7ra2ha bel mekwa",
    "قالتلي صاحبتي انو ابوها كواها بالمكوى",
    # "forgive me, I'll be with God in a little while"
    "sam7ouni kelkon, ra7 kon 3and rabbi ba3d shway",
    "سامحوني، رح كون عند ربي بعد شوي",
    # a will written and nothing matters
    "katabt wasiyti w khalas",
    "ktabt el wasiye, mish fare2 ma3aya",
])
def test_round27_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "I don't know if I'll still be there tomorrow"; "tomorrow I won't be there (alive)", time first
    "wanneer is mijn afspraak? ik weet niet of ik er morgen nog ben",
    "بكرا ما رح كون عايش",
    "الجمعة ما رح اكون موجودة، ما بقى يفرق",
    "bukra ma ra7 kon 3ayesh",
    # evicted, on the street with children in the cold / nowhere to go tonight
    "de huisbaas heeft ons uit huis gezet, ik sta met de kinderen buiten en het is ijskoud",
    "ik lig met mijn dochtertje in de auto, we zijn ontruimd",
    "طردونا من البيت ومعي ولادي وما في محل ننام فيه",
    "taradona mn el bet w ma3i wladi w ma fi ma7al nnam",
    # the means ready alone
    "de slaappillen liggen klaar",
])
def test_round27_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "mijn knieën vermoorden me na het voetballen",
    "ik heb vannacht geslapen als een blok",
    "in de film gaat de hond dood aan het einde",
    "mijn ex sloeg me vroeger maar nu woon ik veilig in een ander huis",
    "wat doet 113 eigenlijk?",
    "spreekt 112 ook Arabisch?",
    "hij heeft een doelpunt geschoten",
    "ik heb een mooie foto geschoten van de zee",
    "نعسان موت بدي نام",
    "ta3ban mot lyom",
    "راسي رح ينفجر من كتر الدرس",
    "رح موت اذا ما شربت قهوة هلق",
    "شفت فيلم عن بنت انتحرت بالاخر",
    "shefet film 3an wa7ad enta7ar, ktir 7azin",
    "عم قطع البصل",
    "بطني عم تزقزق، قديش باقي للفطور؟",
    "ذبحنا خاروف بالعيد",
    "el imti7an ra7 y2telni",
    "التطبيق رح يقتلني",
    "ebni 3am yel3ab fortnite w ysa7 2otlo",
    "toen ik klein was hadden we een overstroming, gelukkig was niemand gewond",
    "ik heb uien gesneden en nu huil ik",
    "من سنين صار حريق بحارتنا بس الحمد لله ما حدا تاذى",
    "رجلي ما عادو يحملوني",
])
def test_round27_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "het mes ligt klaar om de groente te snijden",
    "ik weet niet of ik er morgen ben, ik ben ziek",
    "ik weet niet of ik er morgen nog ben, want ik heb griep",
    "bokra ma ra7 kon mawjoud 3ashan msafer",
    "بكرا ما رح كون موجود بالكورس لاني عندي موعد دكتور",
    "ana ma3 allah",
    "het schoot me te binnen dat ik een afspraak heb",
    "de kinderen spelen buiten in de sneeuw, het vriest",
    "mijn zus is zwanger en we gaan samen naar buiten",
    "سامحوني على التأخير",
])
def test_round27_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round27_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "het mes ligt " * 400 + "klaar", "iemand heeft " * 400 + "geschoten", "ik weet niet of ik er " * 200,
        "بكرا ما رح " * 500 + "كون موجود", "سامحوني " * 500 + "مع الله", "جوزها " * 700 + "بيحرقها",
        "sam7ouni " * 450 + "ma3 allah", "katabt " * 600 + "wasiyti", "dba7na " * 600, "yel3ab " * 600 + "2tlo",
        "زمان " * 800 + "الحمد لله ما تاذينا", "mijn ex sloeg me vroeger " * 160 + "maar", "طردونا " * 600,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    ("het mes ligt al klaar " * 200)[:4096],
    ("er wordt geschoten " * 250)[:4096],
    ("بكرا ما رح كون " * 300)[:4096],
    ("sami7ooni ya jama3a " * 250)[:4096],
    ("تعبان موت " * 450)[:4096],
    ("el digid ra7 y2telni " * 200)[:4096],
])
def test_round27_nl_ar_crisis_level_of_a_long_message_is_fast(text: str) -> None:
    sensitive.warm_up()
    start = time.process_time()
    sensitive.crisis_level(text)
    assert time.process_time() - start <= 1.0
