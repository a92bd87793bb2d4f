"""Round 43 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 43 and NLU b33 missed or falsely alarmed on),
never copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.rules import round43
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a date chosen, and "it isn't needed any more"
    "ik heb de dag al uitgekozen, daarna hoef ik niet meer",
    "heb ik de datum geprikt, niemand hoeft zich dan nog zorgen te maken. dan is het voorbij",
    "حددت التاريخ، وما عاد في داعي لشي",
    "7addadt el tari5 w ma 3ad fi da3i",
    # an intruder in my house now
    "er zit nu een indringer in onze woning",
    "er breekt iemand in bij ons, ik zit boven",
    "في حرامي جوا البيت وأنا بالغرفة",
    "fi 7arami jowwa w ana bel ghorfe",
    # ten or more pills, all of them
    "بلعت عشرين حبة منوم",
    "اخدت الحبوب كلها اللي بالعلبة",
    "a5adt 40 7abbe panadol",
    "bala3t el 7boub kellon",
    # on a bridge, a roof, and "I want to jump"
    "أنا عالسطح وبدي نط",
    "ana fo2 el sat7 w ra7 nut",
    # "this is my last message, forgive me"
    "hay a5er risale sam7ouni kellkon",
    # at the railway track, the train coming
    "ik lig op de rails, de trein komt eraan",
    # a goodbye as the whole message
    "vergeef me alsjeblieft, ik ga voorgoed",
    "ik neem afscheid van iedereen voorgoed",
    # someone beating someone else now
    "mijn vader slaat mijn moeder nu, help",
    "جاري عم يضرب مرته هلق وعم تصرخ",
    "3am yedrob marto hala2",
    # a fire in my home now
    "mijn huis staat in brand",
    # someone with a knife there now
    "er staat een man met een mes voor mijn deur",
    # decided, and going to the railway, the bridge
    "قررت، الليلة رح روح عالجسر",
    "2arart, ra7 rou7 3al jeser",
    # "I want to end my life"
    "baddi 5alles 3omri",
    # someone of mine has lost consciousness
    "ابني فقد الوعي وما عم يرد",
    "اغمي على امي هلق بالمطبخ",
    "jozi fa2ad el wa3i",
    # a small child alone at home with a danger there now (batch 37's kind)
    "mijn zoontje van drie zit alleen thuis en het gas staat aan",
    # "I don't want to live" (Egyptian, Gulf, Arabizi)
    "مش عايزة أعيش خلاص",
    "ما ابغى اعيش",
    "mesh 3awez a3ish",
    # "I want to die" after the lessons (core's idiom narrowed)
    "الشغل والدروس بدي موت",
])
def test_round43_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "save me", "come quick" alone
    "الحقوني الحقوني",
    "النجدة!!",
    "el7a2ouni",
    # standing on a roof, a bridge (Arabizi)
    "ana 2a3de 3al jeser",
    # a goodbye to everyone as the whole message, nothing stronger in it (the lead: the gentle question)
    "ik neem afscheid van iedereen",
])
def test_round43_nl_ar_rules_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a missing child found again in the same message
    "mijn zoontje was kwijt in de winkel, oh wacht hij staat bij de snoep",
    "mijn dochter is weg... ah nee ze zit gewoon boven",
    # someone "dying for" a series, a song, a sweet
    "ابني بيموت على هالكرتون",
    "emmi btmut 3a hal mosalsal el torki",
    # a dish "kills from how good it is"
    "الكنافة هون بتقتل من طعمتها",
    "el knefe bi2tol min ta3meto",
    # the weather "kills"
    "الحر هون بيقتل",
    "el bard bi2tol el yom",
    # cutting onions with the knife, eyes watering
    "عم قطع البصل بالسكين وعيوني عم تدمع",
    "2ate3 el bandora bel sekkine",
])
def test_round43_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik heb de datum voor mijn examen gekozen, de les hoeft niet meer",
    "hoe kan ik mijn huis beveiligen tegen inbrekers?",
    "er was vorige week een inbreker in ons huis, moet ik aangifte doen?",
    "أخذت حبة باراسيتامول للراس",
    "a5adt 2 7abbet panadol",
    "قررت بكرا رح روح عالبحر مع الولاد",
    "ik sta op het station bij spoor 5 en de trein komt zo",
    "vergeef me dat ik zo laat ben, ik ga nu slapen",
    "er was vorige week brand in onze flat, wie betaalt de schade?",
    "mijn man staat in de keuken met een mes groente te snijden",
    "جوزي فقد الوعي امبارح وهلق صار منيح",
    "ana wa2ef 3al sat7 3am nasher el ghasil",
    "انقذوني من هالامتحان 😂",
    "مش عايز أعيش هنا في الشقة دي",
    "mag mijn kind van 11 alleen thuis blijven als ik naar de les ga?",
    "mijn dochter is alleen thuis, ik kom om 5 uur",
    "mesh 3ayza a3ish fi amsterdam",
    "اغمي علي امبارح بالشغل بس هلق منيح",
])
def test_round43_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a real danger beside the same words is still read
    "mijn kind is weg en niet gevonden, de politie zoekt, oh wacht hij is nog steeds weg",
    "ابني عم يموت على الأرض وما عم يتنفس",
    "bade mout, w el bard bi2tol",
    "بدي اقطع ايدي بالسكين",
    "بدي موت من كل شي",
])
def test_round43_nl_ar_idioms_keep_real_danger(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round43_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik heb de datum gekozen hoeft het niet " * 110, "حددت التاريخ ما عاد في " * 180, "er is en inbreker in " * 200,
        "في حرامي جوا البيت " * 220, "fi 7arami jowwa " * 260, "اخدت 30 حبه " * 340, "a5adt kel 7abbe " * 250,
        "بلعت الحبوب " * 340, "انقذوني " * 500, "el7a2ouni " * 400, "ana wa2ef 3al sat7 " * 210, "انا عالجسر بدي " * 260,
        "hayde 25er risale " * 230, "ik sta bij het spoor de trein komt " * 120, "vergeef mij ik ga " * 220,
        "mijn buurman slaat zijn vrouw nu " * 130, "عم يضرب مرته هلق " * 240, "er is brand in mijn " * 200,
        "er staat iemand met een " * 170, "قررت رح روح عالجسر " * 210, "bde 5alles 7ayati " * 220, "مرتي فقدت الوعي " * 250, "مش عايز اعيش " * 280, "mijn kind is alleen thuis de pan " * 120,
        "mijn kind is weg o nee hij zit " * 130, "عم تموت علي هالمسلسل " * 190, "bimawet min tibto " * 230,
        "el mtar hon bi2tol " * 210, "عم قطع البصل بالسكين " * 190, "2ate3 ba9al bel sekine " * 170,
        "e" * 4096, "ا" * 4096, "a" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
    assert round43._ROUND43_CRISIS_NL_AR and round43._ROUND43_IDIOMS_NL_AR and round43._ROUND43_UNCERTAIN_NL_AR
