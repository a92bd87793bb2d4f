"""Round 53, the lead: "no joke" and "I am not joking" are no joke cue (detector.py looks for the cues with
rules/round53.py's _R53LD_NOT_JOKING taken out); kinds of two development crisis lines that nlu/round39 moved down (out of
the window, pills and drink for tonight), sitting on the edge high up, and idioms of a window and a seat's edge. New
wordings, not lines of a held-out batch.
NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    "ik ga me ophangen, dit is geen grap",
    "ik wil niet meer leven en ik zeg het niet als grapje",
    "ik wil dood, echt nooit een grap",
    "بدي انتحر، والله مش عم بمزح",
    "بدي موت، هاد مش مزح",
    "baddi ente7er, mish 3am emza7",
    "ክመውት ደልየ ኣለኹ ዋዛ ኣይኮነን",
    "ርእሰ ቅትለት ክፍጽም እየ ብዘይ ዋዛ",
    "kmewt delye, bwaza aykonen",
])
def test_round53_not_joking_keeps_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik wil dood haha grapje",  # a laugh is still a laugh
    "bmaza7ak, baddi mut mn el dahk 😂",
    "ik maak een grapje, ik vermoord je als je mijn chips eet",
    "بمزح معك، رح موتك إذا أكلت أكلي",
    "ብዋዛ እየ ክቐትለካ እየ እንተ ኬክ በሊዕካ 😂",
])
def test_round53_a_real_joke_gets_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


def test_round53_not_joking_stays_fast() -> None:
    assert slowest_seconds(("geen grap " * 400, "مش عم بمزح " * 370, "ዋዛ ኣይኮነን " * 370, "bwaza aykonen " * 290),
                           with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # out of the window
    "ik stap zo het raam uit",
    "vannacht ga ik het balkon af",
    "ana ra7 ent mn el shebbek",
    "baddi e2fez mn el balkon",
    "kab meskot kzel eye",
    # pills and drink for tonight
    "ik heb drie doosjes slaappillen gekocht en een fles jenever voor vannacht",
    # on the edge high up
    "ik woon op de 12e verdieping en ik zit nu op de rand van het balkon",
    "انا واقفة على حافة السطح",
    "ana 2a3de 3ala 7afet el balkon",
    "ኣብ ጫፍ ባልኮን ኮፍ ኢለ ኣለኹ",
])
def test_round53_lead_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik ga het raam uit zetten, het is warm",
    "ik keek uit het raam en zag de sneeuw",
    "ik heb een strip paracetamol en een fles wijn voor het feest vanavond",
    "ik zit op de rand van het zwembad",
    "قاعدة على طرف الكنباية عم اتفرج تلفزيون",
    "ab meskot kzel rekibe drho",
])
def test_round53_lead_ordinary_readings_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


def test_round53_looking_out_of_the_window_high_up_keeps_the_alarm() -> None:
    assert crisis_level("ik keek uit het raam, 9e verdieping, ik wil springen") is CrisisLevel.crisis


def test_round53_lead_rules_stay_fast() -> None:
    assert slowest_seconds(("ik zit op de rand " * 230, "het raam uit " * 310, "strip pillen wodka " * 210,
                            "على حافة البلكون " * 250, "ra7 ent mn el shebbek " * 190), with_classifier=True) < SPEED_LIMIT_SECONDS
