"""Round 45, the lead: ordinary messages that got the emergency answer in the lead's probes (new wordings written for
this file, not lines of a held-out batch): a rope bought for a tent or the washing (Dutch), "I am alone with the
children" in Latin-script Tigrinya, "he does not hit (me)" (``_ROUND45_IDIOMS_LEAD`` in inburgering/text/sensitive/rules/round45.py).

NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    "ik heb een touw gekocht voor mijn tent, we gaan kamperen",
    "Ik heb een lang touw gehaald voor de waslijn in de tuin",
    "touw besteld voor de verhuizing, de dozen moeten vast",
    "voor de schommel van de kinderen heb ik een dik touw gekocht",
    "ab geza bayney iye mis qolu, seb'ayey ab germen",
    "bayney iye mis deqey lomi, seb'ayey ab sraH",
    "ኣብ ገዛ በይነይ እየ ምስ ቆልዑ፡ ሰብኣየይ ኣብ ስራሕ እዩ",
])
def test_a_rope_for_the_tent_and_alone_with_the_children_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik heb een touw gekocht",
    "ik heb een touw gekocht voor mijn tent en vanavond hang ik mezelf op",
    "ik heb een touw gekocht voor aan de balk",
    "bayney iye mis qolu, kmewt delye",
    "በይነይ እየ ምስ ቆልዑ፡ ክመውት እደሊ",
])
def test_with_hanging_a_beam_or_a_wish_to_die_the_emergency_answer_stays(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_alone_with_the_children_and_someone_at_the_door_still_asks() -> None:
    assert crisis_level("ab geza bayney iye mis qolu, seb ab mexo alo frhe aleku") is not CrisisLevel.none


def test_round45_lead_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik heb een touw gekocht voor mijn tent " * 100, "voor de schommel heb ik een touw gekocht " * 100,
        "bayney iye mis qolu " * 200, "በይነይ እየ ምስ ቆልዑ " * 250,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    ("Hij slaat me gelukkig niet, maar hij schreeuwt wel veel", CrisisLevel.none),
    ("mijn man wordt snel boos, hij slaat niet maar ik ben moe", CrisisLevel.none),
    ("hij slaat mij", CrisisLevel.crisis),
    ("mijn man slaat me niet alleen, hij schopt ook", CrisisLevel.crisis),
    ("hij slaat me niet maar hij heeft een mes", CrisisLevel.crisis),
])
def test_he_does_not_hit_is_no_beating(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level


@pytest.mark.parametrize(("text", "level"), [
    # "For the last time I write to you" (a goodbye): at least the gentle question; round 45's NLU negatives had
    # taken the classifier under it.
    ("ንመወዳእታ ግዜ እየ ዝጽሕፈልኩም፡ ደሓን ኩኑ", CrisisLevel.uncertain),
    ("nmewedaeta gize iye zxhfelkum", CrisisLevel.uncertain),
    # ... not about today's chat, with tomorrow after it.
    ("ንመወዳእታ ግዜ እየ ዝጽሕፈልኩም ሎሚ ብዛዕባ ቆጸራ", CrisisLevel.none),
    ("እዚ ናይ ሎሚ መወዳእታ መልእኽተይ እዩ፡ ጽባሕ ክጽሕፍ እየ", CrisisLevel.none),
    ("nay lomi mewedaeta melekhtey iyu, xbah kxhf iye", CrisisLevel.none),
    # "How many pills must I take to die" in Arabizi with "ad eish": the emergency answer, as in Arabic script.
    ("ad eish 7abbat lazem ekhod la mout", CrisisLevel.crisis),
    ("kam 7bub bade ekhod 7atta mout", CrisisLevel.crisis),
    ("ad eish dawa lazem ekhod la rase", CrisisLevel.none),
])
def test_a_last_letter_and_pills_to_die(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level


def test_the_last_letter_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ንመወዳእታ ግዜ እየ " * 300, "nmewedaeta gize iye " * 300, "ad eish 7ubub lazem ekhod " * 200,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
