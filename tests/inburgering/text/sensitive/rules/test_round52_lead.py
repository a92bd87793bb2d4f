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


# Four development crisis lines that nlu/round38 moved down a level, by kind, in new wordings (NON-NATIVE WRITTEN).
@pytest.mark.parametrize("text", [
    "ሓደ ሰብ ንወደይ ይወቕዖ ኣሎ ሕጂ ይጭድር ኣሎ",  # someone beats my son now (Ge'ez)
    "ሓወይ ገመድ ኣብ ናሕሲ ሰቒሉ ርእየ",  # a rope hung from the roof
    "hawey gemed ab nahsi seqilu",
    "تركت ورقة للشخص اللي رح يلاقيني",  # a letter for whoever finds me
    "ik heb een afscheidsbrief neergelegd voor degene die mij gaat vinden",
    "መልእኽቲ ንዝረኽበኒ ሰብ ገዲፈ",
])
def test_round52_lead_kinds_moved_down_by_new_negatives_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round52_help_someone_at_the_door_asks_at_least() -> None:
    assert crisis_level("hagzuni, seb alo ab maetso") is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ኣብ ፊልም ንወዱ ይሃርሞ ኣሎ",  # a film
    "ገመድ ክዳውንቲ ኣብ ናሕሲ ኣሲረ",  # a washing line
    "لقيت محفظة وكتبت ورقة للي رح يلاقيني بالمكتب",  # a found wallet
    "n3id begi3 kinharid ina, abey yfqed?",  # a sheep for the feast
    "ab beal begi3 knhard ina",
    "ktoblee bil 3arabe mesh engleezi",  # write to me in Arabic
])
def test_round52_lead_ordinary_readings_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


def test_round52_a_language_request_next_to_a_death_wish_keeps_the_alarm() -> None:
    assert crisis_level("ktoblee bil 3arabe, ana bdi mout") is CrisisLevel.crisis


def test_round52_lead_second_kinds_stay_fast() -> None:
    texts = ("ንጓለይ ይሃርማ " * 340, "ገመድ ኣብ ጣሪያ " * 340, "كتبت رسالة للي " * 270, "ktoblee bil " * 340, "begi3 " * 680)
    assert slowest_seconds(texts, with_classifier=True) < SPEED_LIMIT_SECONDS
