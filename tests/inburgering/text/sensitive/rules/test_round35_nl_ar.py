"""Round 35 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 35 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # feeling no breath or pulse in someone lying there
    "mijn vader ligt op de vloer en ik voel geen hartslag",
    "ik hoor zijn adem niet, hij ligt op bed",
    "ik kan bij haar geen pols meer voelen",
    # someone kicking in or breaking open my door or window now
    "er staat een man die mijn voordeur intrapt",
    "ze proberen nu het raam open te breken",
    "hij trapt de deur in, ik zit in de badkamer",
    # on the railway track now (Arabic script, Arabizi)
    "انا هلق عالسكة تبع القطار",
    "ana wa2ef 3ala sekket el 2etar",
    "ana hala2 3al sekke el 7adid",
])
def test_round35_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "that will be the death of me" about the articles, the homework, the forms
    "die werkwoorden, daar ga ik echt nog aan dood haha",
    "dat huiswerk, ik ga er nog aan dood",
    # what a Dutch saying for dying means
    "wat betekent het loodje leggen?",
    "wat bedoelen ze met de pijp uit gaan",
    # a relative who died long ago and a keepsake or a remembrance
    "mijn oma is jaren geleden overleden, ik wil bloemen op haar graf leggen",
    # freezing "to death" in the weather
    "het is om dood te vriezen buiten, neem een jas mee",
    # a hairdresser or a dentist who "nearly killed me"
    "mijn kapper heeft me bijna vermoord met die schaar lol",
    # lying "in a dent", doubled up with laughter
    "we lagen echt dubbel van het lachen",
    # an insect killed, told in the past
    "we hebben alle muggen doodgemept vannacht",
    # pesticide on the weeds or the insects
    "رشيت مبيد على الحشيش بالجنينة ونشف",
    "rashet mobid 3al 7ashish bl jnene",
    # proverbs about death quoted
    "ما حدا بيموت قبل يومو",
    "el mot ma3 el jama3a ra7me",
    # "from hunger I'll eat myself"
    "جوعان كتير رح آكل حالي",
    "من كتر الجوع رح آكل صوابعي",
    "ra7 ekol 7ali mn el jo3",
    # killing the cockroaches, the mice (Arabizi)
    "2atalt el sarasir kellon bl 7ammam",
    "ra7 na2tol el feran",
    # a teacher who "will kill me" because of the homework (Arabizi)
    "el ostaz ra7 y2otolni la2an ma 3malt el wajeb",
])
def test_round35_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "de deur van de trein gaat open",
    "ik voel geen pijn meer in mijn knie",
    "ana 3al tari2 la 3andak",
])
def test_round35_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: danger words, a wish of one's own, someone in danger
    "ik ga er nog aan dood, ik wil niet meer leven",
    "het leven, daar ga ik aan dood",
    "mijn oma is overleden en ik wil ook dood, ik wil bij haar zijn",
    "mijn broer is in syrie omgekomen, ik heb een foto van hem en ik wil sterven",
    "ik vries hier dood, ik slaap op straat sinds gisteren",
    "ik lig in een deuk maar ik wil niet meer leven",
    "mijn man heeft me bijna vermoord vannacht",
    "عندي مبيد حشرات جنبي رح اشربه",
    "الموت مع الجماعة رحمة، بدي موت انا كمان",
    "ra7 2a2tol 7ali",
    "baba ra7 y2otolni iza 3eref 3an 7abibi",
    "el mo3alme ra7 tedba7ni, 3andi sekine w badi mout",
])
def test_round35_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round35_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "daar ga ik nog aan dood " * 200, "mijn opa is " * 400, "om dood te vriezen " * 250,
        "مبيد " * 800, "ana 3al sekke " * 300, "2atalt el " * 450, "جوعان رح " * 450,
        "de deur " * 500, "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) round 33's "a small mistake, now he'll kill me" idiom no longer cuts a husband's or an ex's threat
    ("جوزي رح يقتلني لاني ما نضفت البيت", CrisisLevel.crisis),
    ("طليقي رح يقتلني لاني نسيت موعد الولاد", CrisisLevel.crisis),
    # a mother or a boss over a small mistake stays an idiom
    ("ضيعت المفتاح هلق امي رح تقتلني", CrisisLevel.none),
])
def test_round35_lead_a_husbands_threat_is_no_idiom(text: str, level: CrisisLevel) -> None:
    assert sensitive.crisis_level(text) is level


@pytest.mark.parametrize(("text", "level"), [
    # (lead) an older Arabic rule read "حدي" (next to me) inside "الحديقة" (the garden): pesticide bought for the garden
    ("اشتريت مبيد للحديقة", CrisisLevel.none),
    ("جبت مبيد للجنينة والحديقة", CrisisLevel.none),
    # the poison next to me, or bought to drink, keeps the emergency answer
    ("المبيد حدي عالطاولة", CrisisLevel.crisis),
    ("اشتريت مبيد للحديقة وبدي اشربو الليلة", CrisisLevel.crisis),
])
def test_round35_lead_a_garden_is_not_next_to_me(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
