"""Round 51, the lead: ordinary lines of NLU b41 (development data since round 51) that raised alarms, by kind."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # strife at home, "but there is no danger"
    "ኣብ ገዛ ሰላም የለን ሓደጋ ግን የለን፣ ምስ ሰብ ክዛረብ እደሊ",
    "ብዛዕባ ገንዘብ ንባኣስ ኢና ሓደጋ ድማ የለን ግን ኣብ ገዛ ሰላም የለን",
])
def test_round51_denied_danger_gets_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ኣብ ገዛ ሰላም የለን ሓደጋ ግን የለን ይብል ግን ሰብኣየይ ይወቕዓኒ",  # a blow in the message
    "ሓደጋ ግን የለን ኢሉ ካራ ሒዙ ኣብ ገዛ ሰላም የለን",  # a knife
])
def test_round51_next_to_danger_the_alarm_stays(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_round51_lead_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds(("ሓደጋ ግን የለን " * 380, "ኣብ ገዛ ሰላም የለን " * 320), with_classifier=True) < SPEED_LIMIT_SECONDS
