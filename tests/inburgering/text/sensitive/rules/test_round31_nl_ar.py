"""Round 31 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 31 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a large number of pills bought or saved up
    "ik heb vandaag 60 tabletten oxazepam gehaald en verstopt",
    "ik heb dertig slaappillen opgespaard",
    # walking onto the motorway, a crash on purpose
    "ik wandel nu de A12 op",
    "ik ga zo midden op de snelweg staan",
    "ik rij expres tegen een boom aan",
    "ناوي اعمل حادث قصدا بالليل",
    "bfakker 2a3mel 7adis 3an 2asd",
    # someone breaking my door in now
    "een vreemde man probeert onze voordeur open te breken",
    "mijn ex beukt nu de deur in",
    "واحد غريب عم يحاول يخلع الباب وانا لحالي",
    # gone to sit or lie down on the railway tracks
    "na dat gesprek ben ik tussen de rails gaan liggen",
    # "to die" misspelled with a wish
    "ik wil gewoon sterfen",
    # "I deserve to die"
    "ik verdien de dood",
    "eigenlijk verdien ik het om te sterven",
    # the gas tap opened
    "ik heb het gas opengedraaid en de ramen dicht gedaan",
    # done with this life; "I don't want to live" joined; death more merciful with a decision
    "قررت اخلص من هالحياة",
    "bade 5alles men hal3eishe",
    "مبدي عيش",
    "الموت اهون وانا قررت",
])
def test_round31_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "الموت ارحم لي",
    "الوداع يا حبايبي",
    "5alas el wada3 ya shabab",
    "ik wil starven",
])
def test_round31_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a film or a video about someone else who jumps or took their life
    "we keken een serie waarin een soldaat van het dak springt",
    "حضرنا مسلسل فيه بنت نطت من الشباك",
    # information or a number about domestic violence or suicide prevention for school
    "ik zoek cijfers over huiselijk geweld voor mijn werkstuk",
    "voor mijn presentatie wil ik meer weten over zelfdoding",
    "mag ik de website van 113 zelfmoordpreventie op mijn folder zetten",
    # the weather or a house "not to live with"
    "deze kou is niet om uit te houden",
    "dat lawaai is echt niet om te leven",
    # money "strangles me"
    "الفواتير هالشهر عم تخنقني",
    # the donkey proverb
    "موت يا كديش",
    # a teacher who "kills me" with homework
    "المعلمة بتقتلني بالواجبات بس بحبها",
    # dying of longing; tired to death
    "بموت من الشوق لامي",
    "تعبانه للموت اليوم",
    "mahdoud lal mout",
    # "I'll kill him if he doesn't give my charger back"
    "رح اقتله لاخي اذا ما رجعلي الشاحن",
    # "are you a robot or a person?"
    "سؤال صغير: انتي روبوت ولا انسان؟",
    # jumping onto the bus
    "لازم انط عالترام قبل ما يسكر الباب",
])
def test_round31_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik heb 20 paracetamol gekocht, hoeveel mag ik per dag",
    "ik heb het gas open laten staan, is dat gevaarlijk",
    "ik heb per ongeluk de gaskraan opengezet",
    "ik ga zo de snelweg op naar Utrecht",
    "ik rij de snelweg op bij Zwolle",
    "de slotenmaker kon de deur niet openmaken",
    "مابدي عيش هون بهالبيت",
    "بدي خلص الكورس",
    "ik wil starten met de cursus",
])
def test_round31_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a film and a wish of one's own, a real threat, a real plan
    "ik zag een film over een man die van een brug springt en dat ga ik ook doen",
    "شفت فيلم فيه واحد انتحر وانا كمان بدي موت",
    "jozi ra7 y2telni",
    "بموت من الشوق، بس بدي موت",
    "mijn man slaat me, waar vind ik informatie over huiselijk geweld",
])
def test_round31_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


def test_round31_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik heb " * 600 + "40 pillen gekocht", "iemand probeert " * 300, "ik verdien " * 400,
        "ik heb het gas " * 300 + "opengezet", "موت يا " * 600, "رح اقتلها " * 400 + "بمزح",
        "film over een man die " * 200 + "springt", "الموت ارحم " * 300, "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS
