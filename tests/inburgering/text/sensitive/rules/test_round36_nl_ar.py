"""Round 36 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 36 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a rope got in and its harmless purpose denied
    "ik heb een strop gehaald, en niet om de was op te hangen",
    "ik heb een touw besteld maar niet voor de tent",
    # afraid to harm one's own child
    "soms ben ik bang dat ik mijn baby iets zal aandoen",
    "ik ben zo moe, ik ben bang dat ik de kleine ga schudden",
    "ik voel de drang om mijn dochter pijn te doen",
    # sorry or disappointed that I still live
    "ik baal er elke dag van dat ik nog steeds leef",
    "het is jammer dat ik nog besta",
    "helaas leef ik nog steeds",
    # up to the roof or the bridge and jumping (Arabic script, Arabizi)
    "رح اطلع على الجسر وبنط منه",
    "ra7 etla3 3al sat7 w a2fez",
    # a means of death as the solution
    "الحل الوحيد هو الموت",
    "صرت حس انو السم هو المخرج",
    "el 7al el wa7id howe el mot",
    # "I don't want to live any more" with "ma3ad" joined
    "ma3ad bade 3eish",
    "معاد بدي عيش",
    # gave my things away and want nothing any more (Arabizi)
    "3atet kel ghradi la s7abi w ma3ad badi shi",
    # at or next to the railway track now
    "ana 2a3ed jamb el sekke hala2",
    "انا قاعد جنب سكة الحديد",
])
def test_round36_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # waking up again, sorry for it
    "helaas ben ik vanochtend weer wakker geworden",
    # giving my things away (Arabizi)
    "wazza3t tyabi kella",
])
def test_round36_nl_ar_signals_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # pests in the house and how to catch them or whether to spray
    "hoe kan ik de mieren in de keuken bestrijden?",
    "we hebben ratten in de schuur, welk gif mag ik gebruiken",
    # a dead-end street on the way
    "de bus reed een doodlopende weg in",
    # cut in a finger by accident
    "ik sneed met het broodmes in mijn duim, niets ergs",
    # a mother who "will kill me" over the mess
    "mijn moeder vermoordt me als ze ziet wat een bende mijn kamer is",
    # laughing ourselves to death
    "we hebben ons kapot gelachen om die film",
    "het was om je rot te lachen",
    # a match lost "by slaughter", the sport first
    "بالماتش امبارح ذبحونا اربعة واحد",
    "el barsa dba7ouna 4 0 bl match",
    # we died of hunger, of the cold (Arabic script, Arabizi)
    "متنا من البرد بالمحطة",
    "metna men el bard",
    # "موت" as an intensifier
    "بحب المنسف موت",
    "el kunafe 7elwe mot",
    "b7ebak mot ya 2albi",
])
def test_round36_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik heb touw gekocht voor de was",
    "ik ben blij dat ik nog leef",
    "de juf denkt dat ik mijn kind sla",
    "بطلع عالسطح بنشر الغسيل",
    "ma3ad badi 3ish hon",
    "wa2ef 3and el ma7atta bestanna el train",
])
def test_round36_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: danger words, a wish of one's own, a life in a dead end, self-harm
    "hoe vang ik een muis? ik wil niet meer leven",
    "er zit een muis in huis en ik wil gif drinken",
    "ik heb mezelf expres in mijn vinger gesneden",
    "mijn man vermoordt me als hij ziet hoe rommelig het huis is",
    "mijn moeder vermoordt me als ze ziet hoe rommelig het is, en ik wil dood",
    "ik lach me dood maar eigenlijk wil ik niet meer leven",
    "دبحونا بالماتش بس انا خايف وبدي موت",
    "mutna men el jo3 w badi mout",
    "بحبك بدي موت",
])
def test_round36_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round36_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "niet voor de was " * 250, "er zit een muis hoe " * 220, "bahebak " * 500, "بحب الشاورما " * 300,
        "ana wa2ef 3and " * 280, "بطلع عالسطح " * 330, "dat ik mijn kind " * 250, "7ebak el " * 500,
        "e" * 4096, "ا" * 4096,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) "why am I still alive" on its own gets the gentle question
    ("waarom leef ik nog", CrisisLevel.uncertain),
    ("ik begrijp niet waarom ik nog besta", CrisisLevel.uncertain),
    # where one lives is no signal
    ("waarom leef ik nog bij mijn ouders, ik ben al 30", CrisisLevel.none),
])
def test_round36_lead_why_am_i_still_alive_is_asked_about(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize(("text", "level"), [
    # (lead) carbon monoxide or gas at home in Arabic: a smell, gas or coal, and people vomiting, dizzy or not waking
    ("في ريحة غاز بالمطبخ وكلنا دايخين", CrisisLevel.crisis),
    ("ولعنا فحم بالغرفة والولاد نعسانين وما عم يصحو", CrisisLevel.crisis),
    # a broken heater and a headache from the cold, or the gas smell alone, are not that
    ("الشوفاج خربان وراسي عم يوجعني من البرد", CrisisLevel.none),
    ("كيف بغير جرة الغاز لحالي", CrisisLevel.none),
    # (lead) a farewell call or message with no journey around it: the gentle question
    ("ik heb iedereen een bericht gestuurd om afscheid te nemen", CrisisLevel.uncertain),
    ("ik heb mijn oma gebeld om afscheid te nemen voor mijn reis naar Syrië", CrisisLevel.none),
])
def test_round36_lead_gas_at_home_and_a_farewell_call(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
