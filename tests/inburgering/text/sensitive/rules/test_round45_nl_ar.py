"""Round 45 crisis rules for Dutch and Arabic (Levantine, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 45 missed or falsely alarmed on), never copied
from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.rules import round45
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "maak ik mezelf van kant", the verb first
    "als ik geen verblijf krijg maak ik mezelf van kant",
    "morgen maak ik me van kant",
    "dan breng ik mezelf om het leven",
    "vanavond doe ik mezelf iets aan",
    # "I'm going to stop breathing"
    "alles is zinloos, ik ga gewoon stoppen met ademen",
    "wil ik stoppen met bestaan",
    # a rope hung up at home
    "ik heb de strop in de garage vastgemaakt",
    "ik heb gisteren een touw op de zolder opgehangen",
    # on the bridge, the roof now, with despair
    "أنا واقف عالسطح هلق، سامحوني",
    "انا على الجسر هلق، تعبت",
    "ana 3al jeser hala2 w t3ebt",
    # the knife in my hand and no help
    "والسكين بايدي وما حدا رد، لحالي",
    "el sekine b2idi w el 113 ma 3am yrod",
])
def test_round45_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # on the bridge now, nothing else said
    "انا علي الجسر هلق",
    "hala2 ana 3al jeser",
    # the knife in my hand, nothing else said
    "السكين بإيدي",
])
def test_round45_nl_ar_rules_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # "so many dead" (the news)
    "tientallen doden bij de overstroming in het nieuws",
    "zoveel doden bij die aardbeving, vreselijk",
    # the neighbour hammering (DIY)
    "de buurman slaat met een hamer op de muur, hij verbouwt zijn badkamer",
    # killing mosquitoes, flies
    "dood aan de vliegen!",
    "mijn dochter slaat een mug dood",
    # the waiting, a form "is killing me"
    "الطابور بالبلدية كان رح يقتلني",
    "هالفورم عم يقتلني",
    "hal estemara ra7 ta2telni",
    "el entezar bel baladiye kan ra7 y2telni",
    # a book, a lesson about someone's suicide
    "الكتاب بيحكي عن انتحار الملك",
    "el ktab bi7ki 3an el inti7ar cleopatra",
    # turning the fire off (cooking)
    "zet het gas lager als de soep kookt",
    # a song "ik wil niet meer zonder jou"
    "het liedje ik wil niet meer zonder jou zit in mijn hoofd",
    # a horror film and a sleepless night
    "shefet mosalsal ro3b w ma 2dert nam",
    "شفت فيلم رعب امبارح وما نمت",
])
def test_round45_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik maak me zorgen om mijn zoon",
    "ik maak me klaar voor de les",
    "ik breng mezelf om 8 uur naar school",
    "wat betekent 'zich van kant maken'?",
    "ik stop soms met ademen in mijn slaap, is dat apneu?",
    "ik heb een touw in de tuin gehangen voor de was",
    "ik heb een touw aan de boom gehangen voor een schommel",
    "انا عالجسر هلق بالسياره، في زحمه",
    "انا فوق السطح هلق عم انشر الغسيل",
    "السكين بايدي وعم قطع البصل",
])
def test_round45_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a real danger beside the same words is still read
    "ze willen me doden",
    "mijn man slaat me met een hamer",
    "جوزي رح يقتلني",
    "هو بيقول اذا رحت عالبلديه بيقتلني",
    "الامتحان رح يقتلني، بدي موت",
    "الكتاب بيحكي عن انتحار كليوباترا وانا بدي انتحر",
    "ik wil niet meer zonder jou leven, ik wil dood",
    "shoft film horror w ma nemt w bade mout",
])
def test_round45_nl_ar_idioms_keep_real_danger(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round45_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "maak ik mezelf van kant " * 170, "dan maak ik nu vandaag " * 180, "ik ga gewoon stoppen met ademen " * 130,
        "ik heb een touw in de schuur " * 150, "انا علي الجسر هلق " * 230, "ana 3al jeser hala2 " * 200, "والسكين بايدي " * 300,
        "el sekine b2idi " * 250, "zoveel doden " * 310, "slaat de hele dag met een hamer " * 130, "dood aan de muggen " * 210,
        "een mug slaat " * 290, "الانتظار بالبلديه كان رح يقتلني " * 130, "hal form 3am ta2telni " * 190,
        "كتاب التاريخ بيحكي عن انتحار " * 140, "el ktab bi7ki 3an el inti7ar " * 140, "zet het vuur uit " * 240,
        "liedje ik wil niet meer zonder jou " * 120, "shoft film horror mbere7 w ma " * 140, "شفت فيلم رعب امبارح " * 200,
        "ik " * 2000, "e" * 4096, "ا" * 4096, "a" * 4096, "1" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
    assert round45._ROUND45_CRISIS_NL_AR and round45._ROUND45_IDIOMS_NL_AR and round45._ROUND45_UNCERTAIN_NL_AR
