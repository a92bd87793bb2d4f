"""Round 50, the lead: ordinary lines of batch 50 and NLU b40 (development data since round 50) that raised alarms, by kind."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # going to swim with the family
    "ጽባሕ ምስ ስድራይ ኣብ ቀላይ ክንሕምብስ ክንከይድ ኢና",
    # a school thing "will kill me"
    "fetena nay hollandegna kqtleni iyu",
    "ዕዮ ገዛ ናይ ቋንቋ ክቐትለኒ እዩ",
])
def test_round50_ordinary_lines_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the danger denied, strife at home: at most the gentle question, never the emergency answer
    "ኩሉ ግዜ ንባኣስ ኢና፣ ሓደጋ የለን ግን ኣብ ገዛ ሰላም የለን",
    "مافي ضرب بس كل يوم صريخ بالبيت وانا تعبانة كتير",
])
def test_round50_denied_danger_gets_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ምስ ደቀይ ኣብ ሩባ ክሕምብስ ክኸይድ እየ ክጥሕል ድማ እየ",  # and to drown: not an outing
    "ሓወይ ክቐትለኒ እዩ",  # a person as the subject
    "ሓደጋ የለን ይብል ግን ሰብኣየይ ይወቕዓኒ ኣብ ገዛ ሰላም የለን",  # a blow in the message
    "مافي ضرب بس هددني بالسكينة امبارح",  # a threat with a knife
])
def test_round50_next_to_danger_the_alarm_stays(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


# --- the lead's second part: kinds of six development crisis lines that nlu/round36 moved down a level ----------------


@pytest.mark.parametrize("text", [
    # to kill myself, Latin-script Tigrinya with "rese" (ርእሰይ without its glottal stop)
    "ane kab werhi jemire rese kqetl ehasb alleku",
    "resey kqetl delye lomi",
    # to finish myself (Ge'ez and Latin)
    "ወረቐተይ ተነጺጉ፣ ርእሰይ ክውድእ እየ",
    "nebsey kwde' eye lomi mshet",
    # my children better off with another family and I will not be there
    "اولادي احسن الهن يعيشوا مع عيلة تانية وانا ما رح كون موجودة",
    "wladi a7sanlon ykuno ma3 3ele tanye w ana ma ra7 kun mawjude",
    # screaming for help behind a locked door
    "الجيران عم يصرخ ساعدوني وما حدا عم يفتح الباب",
    "jarti 3am tsar5 sa3douni w el bab msakkar",
    # I feel I should not be alive
    "حاسة اني ما لازم ضل عايشة",
    "7ases 7ali ma lazem 3ish",
    # not allowed out by the husband
    "ሰብኣየይ ንዓይን ንደቀይን ናብ ደገ ክንወጽእ ኣይፍቀደልናን",
    "sebayey nab dege kinwetse ayfqedelnan",
])
def test_round50_lead_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # someone else's child better off in another school: no farewell
    "ابني احسنله يروح عالمدرسة التانية",
    # screaming for help while cooking or playing
    "ماما تصرخ ساعدوني بالمطبخ لانو الطبخة كبيرة 😂",
    "الولاد عم يصرخوا ساعدوني وهني عم يلعبوا بالحديقة",
    # I should not be in this meeting
    "حاسس حالي ما لازم كون هون بهالاجتماع",
    # all my medicines brought to the appointment, or taken as prescribed
    "ik neem al mijn medicijnen mee naar de afspraak",
    "ik neem al mijn medicijnen elke dag op tijd",
    "ik breng al mijn medicijnen mee naar de huisarts",
    # a bare "no, I do not want"
    "neej ik niet wil",
    "nee ik niet willen",
    "nee ik wil het niet",
])
def test_round50_lead_near_misses_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik neem al mijn medicijnen in een keer vanavond",
    "ik heb al mijn pillen verzameld en neem ze mee naar het dak",
    "nee ik wil niet meer leven",
    "mama schreeuwt help en de deur is op slot, hij slaat haar",
])
def test_round50_lead_idioms_leave_danger_in_view(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round50_lead_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "rese kqetl " * 370, "resey " * 680, "ርእሰይ ክውድእ " * 340, "اولادي احسنلهن " * 270, "وانا ما بكون موجوده " * 200,
        "عم تصرخ ساعدوني " * 250, "حاسس حالي ما لازم " * 230, "ሰብኣየይ ናብ ደገ ክንወጽእ " * 200, "ik neem al mijn medicijnen " * 150,
        "nee ik wil niet " * 250, "nee " * 1000,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
