"""Round 43, the lead: a threat to kill me under a condition, with the person at the door now
(``_PRESENT_NOW`` in inburgering/text/sensitive/rules/round17.py, next to the round-17 cap it lifts). The probes are
new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN (Arabic, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    "أخي قال إذا ما بعطيه المعاش رح يقتلني، وهلق هو عالباب",
    "ابن عمي بيقول إذا ما رجعتله الدين رح يدبحني، وهو تحت البيت هلأ",
    "jozi 2al iza ma raj3et 3al bet ra7 y2telni w hala2 huwe 3al bab",
    "ex tab3i 2al iza ma 3tito el wlad ra7 y2telni, huwe 2eddam el bet",
    "mijn ex zegt dat hij me vermoordt als ik de kinderen niet geef, hij staat nu aan de deur",
    "ሓወይ እንተዘይከፊለዮ ክቐትለኒ እዩ ኢሉ፡ ሕጂ ኣብ ማዕጾ ደው ኢሉ ኣሎ",
])
def test_a_conditional_threat_with_the_person_at_the_door_is_an_emergency(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the same threat without anyone at the door: the gentle question, as before
    "أخي قال إذا ما بعطيه المعاش رح يقتلني",
    "ابن عمي بيقول إذا ما رجعتله الدين رح يدبحني",
])
def test_the_conditional_threat_alone_stays_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a trivial condition is still an idiom, also with someone at the door
    "امي رح تقتلني اذا كسرت الصحون، وهي هلق عالباب",
    "mama ra7 t2telni iza nsit el 5obz, hiye 3al bab",
    "mijn vader vermoordt me als ik mijn rapport laat zien, hij staat al voor de deur",
    # someone at the door, no threat
    "الجار عالباب بدو ياخد الكرتونة",
    "fi wa7ad 3al bab ma3o tarde",
])
def test_someone_at_the_door_alone_or_with_a_trivial_threat_raises_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "قلبي كان رح يوقف من الخضة لما رن الجرس بالليل",
    "قلبنا كان رح يطلع من الفرحة لما اجت الموافقة",
    "2albi kan ra7 yo2af mn el khof lamma sm3et el sot",
])
def test_a_heart_that_nearly_stopped_from_fright_is_an_idiom(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a real signal next to it still alarms; a heart that stops with no breath is not the idiom
    "قلبي كان رح يطلع من الخوف وهلق بدي موت",
    "قلبي رح يوقف وما عم اقدر اتنفس",
])
def test_next_to_the_heart_idiom_a_real_signal_still_alarms(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "الله يرحم ايام حمص، كانت الحياة أبسط",
    "الله يرحم هديك الايام لما كنا كلنا سوا",
    "allah yer7am ayyam zaman ya 5ayye",
])
def test_nostalgia_for_the_old_days_is_an_idiom(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


def test_next_to_the_nostalgia_idiom_a_wish_to_die_still_alarms() -> None:
    assert crisis_level("الله يرحم ايام حلب، وأنا ما بدي عيش بعد اليوم") is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "het is min vijf en wij slapen buiten, de kou maakt ons kapot",
    "ik slaap al twee weken op straat sinds ik uit huis ben gezet",
    "we zijn nu dakloos en de kinderen hebben het koud",
    "صرلنا جمعة نايمين بالشارع والبرد بيقتل",
    "3am nnam bel share3 mn yomen w el bard ktir",
])
def test_sleeping_outside_now_gets_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "we slapen buiten in een tent op de camping, heerlijk",
    "بالعطلة نمنا برا بالخيمه، كانت حلوة",
    "3am nnam bara bel khayme bel re7le",
])
def test_sleeping_outside_for_fun_raises_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


def test_the_latin_tigrinya_cold_idiom_is_not_cut_when_sleeping_outside() -> None:
    # round 33's Latin idiom "the cold kills us" cut the whole message; sleeping outside is read as usual (round 43)
    assert crisis_level("zhul yqetlena ab dege nhadr alena") is not CrisisLevel.none
    assert crisis_level("zhul nay holland yqetlena") is CrisisLevel.none


def test_round43_lead_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "رح يقتلني اذا ما دفعت وهو عالباب " * 130, "y2telni iza ma dafa3t w huwe 3al bab " * 110,
        "قلبي كان رح يطلع من الخوف " * 160, "الله يرحم ايام الشام " * 200, "allah yer7am ayyam zaman " * 160,
        "wij slapen buiten op straat " * 150, "نايمين برا بالشارع " * 220, "nayemin bara bel share3 " * 170,
        "zhul yqetlena ab dege nhadr alena " * 120, "staat aan de deur " * 230,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # "I don't want to live here / in this country / with him": homesickness, a move or a separation, not a wish to die
    "ik wil niet meer in dit land leven, ik mis mijn familie in Eritrea",
    "ik wil hier niet meer wonen, de buren zijn luidruchtig",
    "ما بدي عيش بهالبلد، بدي ارجع عند أهلي",
    "ما عاد بدي عيش معو، بدي اتطلق وما بعرف كيف",
    "ma baddi 3ish hon, el tsa2es bared ktir",
    "ኣብዛ ከተማ ክነብር ኣይደልን፡ ናብ ኣምስተርዳም ክግዕዝ እደሊ",
    "ab nederland knebr aydelen, nab adey kmeles delye",
    # a box of sweets, not of pills
    "أكلت علبة بسكوت كاملة وهلق بطني عم يوجعني",
])
def test_living_elsewhere_and_a_box_of_sweets_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # with "nowhere", the world, means or a goodbye the wish to die keeps its alarm
    "ik wil niet meer in nederland leven en ook nergens anders",
    "ik wil niet meer leven op deze wereld",
    "ما بدي عيش هون ولا بأي مكان تاني",
    "ما بدي عيش بهالدنيا",
    "ma baddi 3ish hon, jebt 7bob w 5alas",
    "ik wil hier niet meer leven, ik heb een touw gekocht",
    "بلعت علبة الحبوب كلها",
    "ኣብዛ ዓለም ክነብር ኣይደልን",
    "ኣብዚ ክነብር ኣይደልን፡ ገመድ ገዚአ ኣለኹ",
])
def test_with_nowhere_or_a_means_the_wish_to_die_keeps_its_alarm(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_a_goodbye_to_you_all_alone_asks_and_with_more_is_an_emergency() -> None:
    # a user who ends the chat or moves away writes it too: the gentle question (113/112, the regisseur told)
    assert crisis_level("Ik neem nu afscheid van iedereen!") is CrisisLevel.uncertain
    assert crisis_level("ik neem afscheid van iedereen voor altijd") is CrisisLevel.crisis
    assert crisis_level("ik neem afscheid van het leven") is CrisisLevel.crisis


def test_giving_clothes_away_after_buying_new_ones_is_no_emergency() -> None:
    # round 25's and round 43's "all my things given away, I don't need them": not when new ones were bought
    assert crisis_level("ኩሉ ክዳውንተይ ንጎረቤተይ ሂበያ ኣየድልየንን፡ ሓደስቲ ዓዲገ") is not CrisisLevel.crisis
    assert crisis_level("ኩሉ ንብረተይ ሂበ ደጊም ኣየድልየንን") is CrisisLevel.crisis
