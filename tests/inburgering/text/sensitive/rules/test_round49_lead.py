"""Round 49, the lead: two old idioms no longer swallow a wish to die (batch 49, development data since round 49)."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level


@pytest.mark.parametrize("text", [
    # a wish of one's own between the pain and "die" (core.py's hyperbole "the pain kills me")
    "بدي خلص من هالوجع، بدي موت وبس",
    "تعبت من الوحده نفسي موت",
    # "better" between a love word and "die" (round 36's "I love it to death")
    "ma 7ada bi7ebni, a7sanli mout",
    "ما حدا بحبني، بحب احسن موت",
])
def test_round49_a_wish_to_die_is_not_cut_out_as_hyperbole(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "الجوع رح يموتني، ايمت الغدا؟",
    "الوجع عم يموتني من الصبح، عندي موعد عند طبيب الاسنان",
    "ba7eb el shawarma mot",
    "بحب الكنافه موت",
])
def test_round49_the_hyperbole_itself_stays_quiet(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a child of mine is being beaten, and the one who beats is home now
    "ebni 3am yendereb men jozi w howe hala2 bel beit",
    "ابني عم ينضرب من ابوه وهو هلق بالبيت",
    "mijn dochter wordt elke avond geslagen door haar stiefvader, hij is nu thuis",
    # violence heard at a neighbour's, someone calling for help
    "ik hoor bij de buren geschreeuw en klappen, een vrouw roept om hulp",
    "سامعة صراخ من عند الجيران، وفي مرا عم تصرخ الحقوني",
    "3am esma3 darb w sraa5 bel bet yalli janbna, wa7de 3am t2ol el7a2oni",
])
def test_round49_violence_now_gets_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik hoor geschreeuw bij de buren, ze kijken voetbal",
    "in de film roept een vrouw om hulp en ik hoor klappen",
    "ibni ndarab bel madrase mbere7, shu a3mel?",
])
def test_round49_no_emergency_answer_without_danger_now(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


def test_round49_now_home_in_arabizi_word_order() -> None:
    assert crisis_level("binti 3am tendereb men jozi, w hala2 huwe bel beit") is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "snijbonen met aardappelen, lekker",
    "ትማሊ ኣብ ድልድል ሩባ እናሰገርኩ ጎማ ብሽክለታይ ተነፊሱ",
])
def test_round49_a_vegetable_and_a_way_over_a_bridge_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


def test_round49_next_to_a_way_over_a_bridge_a_jump_keeps_its_alarm() -> None:
    assert crisis_level("ኣብ ድልድል ሩባ እናሓለፍኩ ክዘልል ደልየ ነይረ፣ ሕጂ ውን ክዘልል ደልየ") is not CrisisLevel.none
