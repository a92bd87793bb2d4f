"""Round 50, the lead: ordinary lines of batch 50 and NLU b40 (development data since round 50) that raised alarms, by kind."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level


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
