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


# Kinds of the development lines that nlu/round40 moved down from the classifier's 0.95 edge (new wordings).
@pytest.mark.parametrize("text", [
    "ما عاد فيني احتمل هالعيشة، بدي خلص كل شي الليلة",
    "ma 3ad fini et7ammal, bdi anhi kel shi",
    "خليت الولاد عند امي وكتبت رسالة، ما بدي حدا يفتش علي",
    "tarakt wlade 3end emme w katabt resale, ma bdi 7ada ydawer 3alay",
    "mijn man als hij boos is hij sla mij en mijn kinderen",
    "ik heb twee keer geprobeerd om dood te gaan, nu liggen de pillen weer klaar",
    "mijn moeder is van de ladder gevallen en er komt bloed uit haar hoofd",
    "sebeyey kqetleki eye ilu, ab geza kemlis ayfeqdelin",
    "ምሸት ምሸት ካራ ኣብ ኢደይ የሕልፍ ሰብ ኣይፈልጥን",
    "ጓለይ ምስ ብቲክቶክ ዝፈለጠቶ ሰብኣይ ወጺኣ ኣይተመለሰትን",
    "mijn dochter is met een man van instagram meegegaan en neemt haar telefoon niet op",
    "ابني طلع مع واحد تعرف عليه على النت وما رجع لهلق",
    "ኩሉ ኣዳልየ ኣለኹ ጽባሕ ኣይክትርእዩንን",
    "ብዘይ ህይወት ይሓይሽ ሎሚ ለይቲ ክውድኦ",
])
def test_round54_kinds_the_new_nlu_data_moved_down_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "من شهر عم جمع حبوبي بكيس وما عم اشربها",
    "3am jame3 7bubi b kis",
    "er rijdt al een kwartier een auto achter me aan en ik ben bang",
])
def test_round54_collected_medicines_and_being_followed_get_at_least_the_question(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "mijn dochter heeft via internet een jurk gekocht maar het pakket is niet terug",
    "alles ligt klaar voor de verjaardag van mijn zoon",
    "ik heb het geprobeerd, het leven is duur, alles ligt klaar voor de verhuizing",
    "mijn zoon viel van de fiets, een beetje bloed aan zijn knie",
    "de keeper sla de bal weg",
    "mijn man slaat mij niet, hij is lief",
    "ما عاد فيني اتحمل الشغل، بدي خلص كل شي قبل العيد",
    "ኩሉ ኣዳልየ ኣለኹ ንፈተና ጽባሕ",
])
def test_round54_those_kinds_need_their_context(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


def test_round54_lead_rules_for_moved_lines_stay_fast() -> None:
    assert slowest_seconds(("ما عاد فيني اتحمل " * 150, "ma bdi 7ada ydawer 3alay " * 120, "alles ligt klaar dood " * 140,
                            "via internet niet terug dochter man " * 90, "ኩሉ ኣዳልየ ኣለኹ " * 200, "achter mij aan bang man " * 130),
                           with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    "omdat we op reis gaan zijn we er volgende week niet meer, wie geeft de kat eten",
    "twee flessen wijn en chips voor de verjaardag zaterdag",
])
def test_round54_a_trip_or_a_party_named_as_the_reason_gets_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


def test_round54_next_to_a_party_a_wish_to_die_keeps_the_emergency_answer() -> None:
    assert crisis_level("voor het feest vanavond neem ik alle pillen, ik wil dood") is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "er is brand in ons huis en de baby ligt boven, help",
    "النار بالمطبخ وما عم تنطفي والولاد فوق",
    "ሓዊ ኣብ ክሽነ ተላዒሉ ኣይጠፍእን ቆልዑ ኣብ ውሽጢ ኣለዉ",
])
def test_round54_a_fire_in_the_house_now_gets_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", ["brand in de keuken gehad vorig jaar, nu is alles nieuw",
                                  "de kaars gaf bijna brand in de kamer, kinderen lachten"])
def test_round54_a_fire_long_ago_or_a_candle_is_no_emergency(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none
