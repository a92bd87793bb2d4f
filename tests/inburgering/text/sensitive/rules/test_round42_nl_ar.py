"""Round 42 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 42 and NLU b32 missed or falsely alarmed on),
never copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # writing this message while holding the blade, the pills
    "بكتبلك هالكلام وأنا ماسكة الموس بإيدي",
    "كتبتلكن هالرسالة وأنا حامل الحبوب",
    "3am ektob hal msg w ana mesek el 7boub",
    "ik typ dit bericht met het scheermesje in mijn hand",
    "terwijl ik dit schrijf heb ik de pillen in mijn hand",
    # a rope bought and "that's it"
    "شريت حبل، خلاص",
    "jebt 7abel w khalas",
    # "I don't know if I'll be alive tomorrow" (round 24's kind, in Arabizi)
    "ma ba3ref iza ra7 kun 3ayesh la bokra",
])
def test_round42_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # holding a razor blade now, alone; a rope bought, alone
    "وأنا ماسكة الشفرة هلق",
    "اشتريت حبل",
])
def test_round42_nl_ar_blade_or_rope_alone_asks_gently(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # "I have no thoughts of hurting myself" in a message of distress (at most the gentle question, never the emergency)
    "ما عندي أي أفكار إني أأذي نفسي، بس حاسة حالي وحيدة كتير",
    "ما عندي افكار انتحارية، بس مش عم نام",
    "لا توجد لدي أفكار لإيذاء نفسي لكني متعب جدا",
    "ما بفكر انتحر بس الوضع صعب",
    "ma 3andi afkar enni a2zi 7ali bas ta3ban ktir",
    "ik heb geen gedachten om mezelf iets aan te doen, maar ik slaap slecht",
    "ik heb geen zelfmoordgedachten maar ik ben wel heel somber",
    "ik ga mezelf niks aandoen hoor, maar het is zwaar",
])
def test_round42_nl_ar_stated_absence_of_self_harm_is_no_emergency(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis
    assert sensitive.crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "if I fail that driving lesson, I'll go crazy"; "if I have to fill that in once more I'll go mad"
    "als ik die rijles niet haal dan word ik gek",
    "als ik nog één keer dat formulier moet invullen word ik stapelgek",
    # "I'll die in these heels"
    "ik ga dood in deze hakken",
    # the wasps, the flies: "I swat them all dead"
    "de wespen in de tuin, ik mep ze allemaal dood",
    "die wesp in de keuken, ik sla hem dood",
    # "my head won't leave the pillow today"
    "ik krijg mijn hoofd vandaag niet van het kussen af, zo moe",
    # "I'm dying to see my children" (longing)
    "بموت لشوف ولادي بسوريا",
    "bmout la shouf ahli",
    # "the kids drive me crazy / will be the death of me"
    "الولاد رح يجننوني اليوم",
    "el wlad ra7 yjannenouni",
    # "I'll kill myself over this heat" (the weather)
    "بدي انتحر من هالشوب 😂",
    "baddi ente7er mn hal shob",
    # tired "to death", dying "of sweetness", "of frustration" (earlier rounds' kinds, more forms)
    "تعبانة لحد الموت",
    "ta3bane l7ad el mout",
    "موت من الحلاوة",
    "baddi mout mn el za3al 😂",
])
def test_round42_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "اشتريت حبل للغسيل خلص",
    "ik schrijf dit met mijn nieuwe pen in mijn hand",
    "عم اكتب هالرسالة وأنا ماسك الموبايل",
    "مو صحيح انو بموت من الضحك",
    "ma ba3ref iza ra7 ekoon 3ayshe bi holanda aw almanya",
])
def test_round42_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real self-harm statement next to the stated absence is still the emergency
    "ما عندي أفكار أأذي حالي بس بدي موت",
    "ما عندي أفكار غير إني أأذي حالي",
    "كذبت لما قلتلك ما عندي أفكار أأذي حالي",
    "ما عندي أفكار أأذي حالي، هيك قلت للدكتورة بس مش صحيح",
    "kazabt lamma 2oltlak ma 3andi afkar a2zi 7ali",
    "ما عندي افكار انتحارية، بس اشتريت حبوب كتير وخبيتهن",
    "ما عندي افكار انتحارية، عندي خطة والحبوب جاهزة",
    "ما بدي أأذي حالي بس ما عم اقدر وقف",
    "ma 3andi afkar a2zi 7ali bas baddi mout",
    "ik heb geen zelfmoordgedachten, ik heb een plan en de pillen liggen klaar",
    "عندي أفكار أأذي حالي",
])
def test_round42_nl_ar_real_self_harm_beside_the_absence_is_caught(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a wish to die, a partner, a jump, a beating beside them is still read
    "ik heb geen gedachten om mezelf iets aan te doen, behalve vannacht",
    "de muggen, ik sla ze dood en daarna mezelf",
    "ik ga dood van de pijn in mijn schoenen en ik wil niet meer leven",
    "ik til mijn hoofd niet meer van het kussen, ik wil dood",
    "als ik die toets niet haal dan spring ik van de brug",
    "بدي موت لشوف امي",
    "الولاد رح يموتوني، جوزي ضربني",
    "بدي انتحر من هالمطر، اشتريت حبوب",
])
def test_round42_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round42_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ما عندي افكار ااذي حالي " * 170, "ما بفكر انتحر بس " * 230, "لا توجد لدي افكار لايذاء " * 160,
        "ma 3andi afkar enni a2zi 7ali " * 130, "ik heb geen gedachten om mezelf " * 130, "ik ga mezelf niks " * 220,
        "كذبت لما قلت " * 300, "عم اكتب هالرساله وانا ماسك الشفره " * 110, "3am ektob hal msg w ana mesek " * 140,
        "ik typ dit met het mes in " * 160, "شريت حبل خلاص " * 280, "jebt 7abel khalas " * 220,
        "als ik die toets niet haal dan " * 130, "ik ga dood in deze " * 210, "mijn hoofd van het kussen " * 160,
        "de muggen ik sla ze " * 200, "بموت لشوف اهلي " * 250, "الولاد رح يموتوني " * 220, "el wlad ra7 ymawtouni " * 180,
        "بدي انتحر من هالمطر " * 200, "baddi ente7er mn hal " * 190,
        "e" * 4096, "ا" * 4096, "a" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # round 40's "what is the point of this life" in Arabizi, widened by the lead in round 42: life first ("my life has
    # no meaning"); with "I want to be done with it" the emergency answer, alone the gentle question
    ("hayati bala ma3na w baddi mout", CrisisLevel.crisis),
    ("7yati mala fayde, bade 5alles menha", CrisisLevel.crisis),
    ("7ayati ma ela ma3na hon", CrisisLevel.uncertain),
    # not about one's life, or a joke about coffee
    ("el film ma ela ma3na", CrisisLevel.none),
    ("el 7aya ma fiha ta3m bala 2ahwe 😂", CrisisLevel.none),
])
def test_round40_pointless_life_in_arabizi_also_with_life_first(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
