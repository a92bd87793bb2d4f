"""Round 54, the lead: the idioms of batch 54 (sealed in round 53, development data since round 54) and the ordinary line
of NLU b44 that got the emergency answer, by kind, and batch 54's miss (Latin-script Tigrinya "I bought a rope"). New
wordings, not lines of a held-out batch. NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker."""

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    "de drooglijn is naar beneden gevallen, al het wasgoed is vies",
    "mijn broer dreigt mijn playstation weg te gooien als ik mijn huiswerk niet maak",
    "mijn moeder dreigde dat ze mijn telefoon afpakt als ik te laat thuis ben",
    "ik wil niet meer naar stage omdat de collega's kwetsende grappen over me maken",
])
def test_round54_household_threats_washing_lines_and_remarks_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ik heb het touw van de waslijn gepakt en ga mezelf ophangen",
    "mijn man dreigt mijn telefoon kapot te maken en mij te slaan",
    "hij zegt racistische dingen tegen me en slaat me",
])
def test_round54_next_to_harm_the_emergency_answer_stays(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", ["gemed gezie alku, lomi leyti", "gmed geziae eye"])
def test_round54_a_rope_bought_in_latin_tigrinya_gets_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round54_a_rope_for_a_tent_is_no_emergency() -> None:
    assert crisis_level("gemed geziae aleku nay tent") is not CrisisLevel.crisis


def test_round54_lead_rules_stay_fast() -> None:
    assert slowest_seconds(("touw van de waslijn " * 200, "dreigt mijn telefoon " * 200, "racistische dingen zegt " * 170,
                            "gemed geziae " * 320), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    "خيي قال إذا ما تزوجت اللي اختاروه رح يقتلني",
    "ahli 2alu iza ma tjawazt ibn 3ammi ra7 yedba7uni",
])
def test_round54_a_threat_to_kill_me_unless_i_marry_gets_the_emergency_answer(text: str) -> None:
    # Round 17's serious conditions knew marrying only in the Levantine spelling (تجوز); the standard تزوج made the
    # threat "conditional" and so only the gentle question (4 development lines of batches 1-54).
    assert crisis_level(text) is CrisisLevel.crisis


def test_round54_a_trivial_condition_stays_an_idiom() -> None:
    assert crisis_level("امي رح تقتلني اذا ما رتبت غرفتي") is CrisisLevel.none
