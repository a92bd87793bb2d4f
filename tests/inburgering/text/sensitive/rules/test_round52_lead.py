"""Round 52, the lead: the idiom of batch 52 (sealed in round 51, development data since round 52) that got the
emergency answer, by kind. NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a form, a letter, a course "is killing me", "kq" typed for ቐ (Latin-script Tigrinya)
    "ezi formulier nay toeslag ykqetleni alo",
    "tmhrti hollandegna yqetleni iyu",
    "ezi dbdabe gemeente ykqetleni alo 😩",
])
def test_round52_paperwork_that_kills_me_is_an_idiom(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "sebeyti ykqetleni alo ezi form aykeyedn",  # a person who does it
    "ezi form ykqetleni alo, kmut delye",  # death wished for
    "ab gemeente seb bkara ykqetleni alo",  # a weapon
])
def test_round52_next_to_a_person_or_death_the_alarm_stays(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_round52_lead_rules_stay_fast() -> None:
    assert slowest_seconds(("ezi form " * 450, "ykqetleni alo " * 290, "form seb " * 450), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # no peace at home, the blow denied ("he does not hit me"), I need to talk
    "ብዛዕባ ገንዘብ ኩሉ ግዜ ንባኣስ ኣብ ገዛ ሰላም የለን፣ ኣይሃረመንን እዩ ግን ምስ ሰብ ክዛረብ እደሊ",
    "ab geza selam yelen, aywqeanen gn hagez delye",
    # hurt by discrimination at a stage or at work
    "ኣብ ስራሕ ብሰንኪ ሕጃበይ ይላገጹለይ ኣለዉ ብዙሕ ይጎድኣኒ",
    "ኣብቲ ስታጅ ወጻእተኛ ስለዝኾንኩ ይንዕቁኒ፣ ይጎድኣኒ ኣሎ",
])
def test_round52_denied_blows_and_discrimination_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ኣብ ገዛ ሰላም የለን ኣይወቕዓንን ግን ሎሚ ካራ ሒዙ",  # a knife now
    "ኣብ ገዛ ሰላም የለን ትማሊ ኣይወቕዓንን ሎሚ ግን ወቒዑኒ",  # not yesterday, but today he hit me
    "ኣብ ስራሕ ይጸርፉኒ ሰብኣየይ ድማ ብዙሕ ይጎድኣኒ",  # the husband hurts me
])
def test_round52_next_to_a_blow_the_emergency_answer_stays(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round52_denied_blow_idioms_stay_fast() -> None:
    assert slowest_seconds(("ኣይወቕዓንን ኣብ ገዛ " * 290, "ሕብረይ ይጎድኣኒ " * 340, "aywqeanen ab geza " * 230),
                           with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # a child beaten now, Latin-script Tigrinya as typed
    "abu'u nwedu yiwek'o alo, ybeki alo",
    "gorebetna nqol'a yharma ala hji",
])
def test_round52_a_child_beaten_now_in_latin_tigrinya_gets_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round52_a_child_beaten_in_a_film_is_no_emergency() -> None:
    assert crisis_level("ab film abu'u nwedu yiwek'o alo") is not CrisisLevel.crisis
