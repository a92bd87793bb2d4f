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
