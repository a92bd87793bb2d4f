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


@pytest.mark.parametrize("text", [
    # how many children I have, as the whole message
    "ik heb 3 kinderen", "Ik heb 4 kinderen en een man.", "ik heb een dochter van 5", "wij hebben drie kinderen",
    "ik heb een man en 2 kinderen", "mijn zus heeft 6 kinderen", "we hebben 3 kids en een hond",
])
def test_round51_how_many_children_raises_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik heb 3 kinderen en ik wil niet meer leven",
    "ik heb 3 kinderen, hij slaat ze",
    "ik heb 2 kinderen van 4 en 6 en mijn man dreigt ons dood te maken",
])
def test_round51_children_next_to_danger_keep_the_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize(("text", "level"), [
    ("niemand ziet mij, ik ben onzichtbaar, straks ben ik voorgoed weg", CrisisLevel.crisis),
    ("niemand mist me en binnenkort ben ik er niet meer", CrisisLevel.crisis),
])
def test_round51_soon_gone_when_nobody_sees_me(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level


def test_round51_soon_gone_on_holiday_is_no_emergency() -> None:
    # the rule stays out of it (a holiday); the classifier alone may still ask gently
    assert crisis_level("niemand ziet me op mijn werk, maar binnenkort ben ik weg op vakantie") is not CrisisLevel.crisis


def test_round51_how_many_children_stays_fast() -> None:
    assert slowest_seconds(("ik heb 3 kinderen " * 230, "ik heb en man en " * 250, "niemand ziet me binnenkort ben ik " * 120),
                           with_classifier=True) < SPEED_LIMIT_SECONDS


# Six development lines that nlu/round37 (the classifier's negatives) moved down a level, by kind, in new wordings.
# NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
@pytest.mark.parametrize("text", [
    # someone came into the house with a gun and threatens us (Latin-script and Ge'ez Tigrinya)
    "hade seb bshguT nab gezana atyu yfererhena alo",
    "sebay bkara ab geza atyu yfrarhena",
    "ሓደ ሰብ ብሽጉጥ ኣብ ገዛና ኣትዩ ይፍራርሐና ኣሎ",
    # days without food and the children cry of hunger
    "صرلنا يومين ما في اكل بالبيت وولادي عم يبكوا من الجوع",
    "sarelna iyyam ma akalna w wladi 3am yebku mn el jou3",
    "ክልተ መዓልቲ መግቢ የለን ደቀይ ብጥሜት ይበኽዩ",
    "kilte mealti megbi yelen dekey btmet ybekyu",
    # praying God every night to take me
    "ik bid elke avond tot God dat hij mij komt halen",
    "ኩሉ ምሸት ኣምላኽ ክወስደኒ እልምኖ",
    "kulu mshet amlak kwesdeni elmno",
    # my child with criminals who make him sell drugs, and they threaten him
    "mijn dochter is al een week weg, ze zit bij een bende die haar laat dealen en ze bedreigen haar",
    "ጓለይ ምስ ገበነኛታት ድራግ ትሸይጥ ኣላ የፈራርሕዋ ኣለዉ",
    "gualey ms gebenegnatat drugs tshet ala yfrarhwa alewu",
])
def test_round51_lead_kinds_moved_down_by_new_negatives_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ኣብ ፊልም ሓደ ሰብ ብሽጉጥ ናብ ገዛ ኣትዩ የፈራርሃና",  # a film
    "ابني عم يبكي من الجوع لان العشا تأخر",  # dinner is late
    "ik bid elke avond dat God mijn verdriet weg neemt",  # sorrow taken away, not me
    "bjmeta kmut eye zeleku 🍝",  # dying of hunger (Latin-script Tigrinya spellings)
    "btmeta kmewt iye hji, meas iyu megbi?",
])
def test_round51_lead_ordinary_readings_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", ["bjmeta kmut eye zeleku 🍝", "btmeta kmewt iye hji, meas iyu megbi?", "bTmet kmut eye"])
def test_round51_dying_of_hunger_in_latin_tigrinya_is_an_idiom(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


def test_round51_dying_of_hunger_next_to_pills_keeps_the_alarm() -> None:
    assert crisis_level("btmeta kmut eye, kenina kulu ksteyo eye") is not CrisisLevel.none


def test_round51_lead_kinds_stay_fast() -> None:
    texts = ("seb ab geza atyu " * 240, "الولاد عم يبكوا من الجوع " * 160, "ik vraag God elke nacht om mij " * 130,
             "mijn zoon drugs bedreigen " * 160, "ኣምላኽ ክወስደኒ ኩሉ ለይቲ " * 200, "btmeta kmut " * 340)
    assert slowest_seconds(texts, with_classifier=True) < SPEED_LIMIT_SECONDS
