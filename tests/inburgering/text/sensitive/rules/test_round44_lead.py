"""Round 44, the lead: ordinary messages that got the emergency answer in the lead's probes (new wordings written for
this file, not lines of a held-out batch): "my last message for today, (talk) tomorrow", a relative's pills put in a
box for the week, "nobody will miss me at the party", "I can't breathe because of hay fever", the neighbours' smoke
coming in, a farewell message to colleagues, "my child is not back yet, when does school end?"
(``_ROUND44_IDIOMS_LEAD`` in inburgering/text/sensitive/rules/round44.py); and two misses of older rules found
while checking them: a swelling throat with "I can't breathe", "it is burning in my house" (``_ROUND44_CRISIS_LEAD``).

NON-NATIVE WRITTEN (Arabic, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # the last message or question of today, and the chat goes on tomorrow
    "dit is mijn laatste bericht vandaag, morgen verder",
    "dit is mijn laatste berichtje voor vandaag, tot morgen!",
    "Dat was mijn laatste vraag voor vandaag. Ik schrijf je morgen weer",
    "هاي آخر رسالة مني اليوم، بكرا منكمل",
    "هاي آخر رسالة لليوم، بحكيكن بكرا",
    "hay a5er resale menni lyom, bokra mnkammel",
    "ዛ ናይ መወዳእታ መልእኽቲ ናይ ሎሚ እያ፡ ጽባሕ ንቕጽል",
    "mewedaeta melekti lomi, xbah kxhfelkum",
    # a relative's pills (or a week box) sorted for the week
    "ik heb alle pillen van mijn moeder in een doosje gedaan voor de week",
    "ik zet alle pillen van oma klaar in het bakje voor maandag tot zondag",
    "ik heb alle medicijnen van mijn vader in de weekdoos gedaan",
    "حطيت كل حبوب امي بعلبة الأسبوع",
    "رتبت كل أدوية أبوي بالعلبة تبع أيام الأسبوع",
    "ኩሉ ከኒና ኣደይ ኣብ ሳጹን ናይ ሰሙን ኣእትየዮ",
    # nobody will miss me at an event I skip
    "niemand zal mij missen op het feest, ik ga niet",
    "Niemand gaat mij missen bij de les morgen, ik ben ziek",
    "ما حدا رح يشتقلي بالحفلة، مش رايحة",
    "ma 7ada ra7 yesh2atli bel 7afle",
])
def test_ordinary_endings_boxes_and_parties_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "dit is mijn laatste bericht vandaag, morgen verder",
    "ik heb alle medicijnen van mijn vader in de weekdoos gedaan",
    "هاي آخر رسالة لليوم، بحكيكن بكرا",
    "ma 7ada ra7 yesh2atli bel 7afle",
    "ዛ ናይ መወዳእታ መልእኽቲ ናይ ሎሚ እያ፡ ጽባሕ ንቕጽል",
])
def test_the_plainest_of_them_raise_no_alarm_at_all(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a last message without "today" and a tomorrow, or with a farewell, dying or "forgive me"
    "dit is mijn laatste bericht",
    "dit is mijn laatste bericht vandaag, morgen ben ik er niet meer",
    "dit is mijn laatste bericht voor vandaag en ik neem afscheid, tot morgen",
    "هاي آخر رسالة مني",
    "هاي آخر رسالة مني اليوم، سامحوني",
    "هاي آخر رسالة مني اليوم وبكرا ما رح كون موجود",
    "a5er resale menni",
    "hay a5er resale menni, sam7oni",
    "መወዳእታ መልእኽተይ እዚ እዩ",
    "ዛ መወዳእታ መልእኽቲ ናይ ሎሚ እያ፡ ደሓን ኩኑ ንዘልኣለም",
    "mewedaeta melekti eza iya",
    # pills taken, gathered, kept for tonight, or all of them to swallow
    "ik heb alle pillen van mijn moeder in een doosje gedaan en ik ga ze vanavond innemen",
    "ik heb alle pillen van mijn moeder genomen",
    "ik heb al mijn pillen in een doosje gedaan, genoeg voor vannacht",
    "ik heb alle pillen van mijn vader in de weekdoos gedaan maar ik wil ze allemaal slikken",
    "جمعت كل حبوب امي بعلبة وناوي اشربهن الليلة",
    "شربت كل حبوب امي",
    "ኩሉ ከኒና ኣደይ ውሒጠ",
    "ኩሉ ከኒና ኣደይ ኣብ ሳጹን ኣእትየ ሎሚ ለይቲ ክሰትዮ እየ",
    # nobody will miss me: alone, in this world, when I am gone, or with a wish to die
    "niemand zal mij missen",
    "niemand zal mij missen als ik er niet meer ben",
    "niemand zal me missen op deze wereld",
    "niemand zal mij missen op het feest want ik ben er dan niet meer, ik wil dood",
    "ما حدا رح يشتقلي",
    "ما حدا رح يشتقلي بالحفلة لأني بدي موت",
])
def test_with_a_real_signal_the_emergency_answer_stays(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a season's or a cold's breathing trouble
    "ik kan niet ademen in de zomer door hooikoorts",
    "ik ben verkouden en kan niet ademen door mijn neus",
    "ما بقدر اتنفس منيح بالصيف من الحساسية",
    "عندي رشح وما عم اقدر اتنفس من مناخيري",
    "ma ba2dar etnaffas mn el 7asasiye bel sef",
    # the neighbours' smoke coming in
    "de rook uit de schoorsteen van de buren komt in mijn huis",
    "de buren roken op het balkon en de rook komt bij ons binnen",
])
def test_hay_fever_and_the_neighbours_smoke_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # breathing with asthma, a swollen throat or blue lips; smoke with a fire or a smoke alarm
    "ik kan niet ademen, mijn astma pomp werkt niet",
    "ik kan niet ademen, mijn keel is dik door mijn allergie",
    "ik ben verkouden maar nu kan ik echt niet meer ademen en mijn lippen worden blauw",
    "ما عم اقدر اتنفس من الربو",
    "er komt rook uit de schoorsteen van de buren in ons huis en het rookalarm gaat af",
    "ik kan niet ademen door de rook",
])
def test_with_danger_in_the_message_breathing_and_smoke_stay_an_emergency(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_smoke_that_makes_dizzy_is_never_cut_as_the_neighbours_nuisance() -> None:
    # a wood stove's smoke with dizziness can be carbon monoxide: the nuisance idiom leaves it to the other rules
    assert crisis_level("de rook van de kachel komt binnen en ik word duizelig") is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a swelling or closing throat, tongue or face with "I can't breathe" (missed before round 44 in Arabic with the
    # allergy named, and in Tigrinya)
    "ما عم اقدر اتنفس من الحساسية وحلقي منفوخ",
    "ma 3am 2dar etnaffas w 7al2i manfou5",
    "ብሰንኪ ኣለርጂ ጎሮሮይ ተዓጽዩ ኣስተንፍስ ኣይክእልን",
    "ጎሮሮይ ነፊሑ ኣስተንፍስ ኣይክእልን ኣለኹ",
    # a fire in the house now
    "het brandt in mijn huis",
    "Help het brandt nu in de keuken",
])
def test_a_closing_throat_and_a_fire_in_the_house_are_an_emergency(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "حلقي بيوجعني من الرشح",
    "ابني لسانو منفوخ شوي بعد ما انقرص من نحلة",
    "ጎሮሮይ ይሓምመኒ ብሰንኪ ሰዓል",
    "mijn ogen branden door het zwembad",
])
def test_a_sore_throat_or_burning_eyes_alone_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a farewell message to colleagues, the class or the neighbours, or for a new job or a move
    "ናይ ስንብት መልእኽቲ ንመሳርሕተይ ጽሒፈ ምኽንያቱ ሓድሽ ስራሕ ረኺበ",
    "ናብ ክፍለይ ናይ ስንብት መልእኽቲ ሰዲደ ምኽንያቱ ናብ ካልእ ከተማ ክግዕዝ እየ",
    "nay snbt melekti nmesarhtey xhife",
    "afscheidsbericht voor mijn collega's geschreven, ik heb een nieuwe baan",
    "رسالة وداع لزملائي بالشغل، لقيت شغل جديد",
    # a child not back yet, and the question is when school ends
    "ጓለይ ካብ ቤት ትምህርቲ ገና ኣይተመልሰትን ሰዓት ክንደይ እዩ ዝውዳእ",
    "ወደይ ገና ኣይተመልሰን ሰዓት ክንደይ እዩ ትምህርቲ ዝውዳእ",
])
def test_a_farewell_to_colleagues_and_a_school_hour_question_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik heb een afscheidsbrief geschreven voor mijn kinderen",
    "afscheidsbericht voor mijn collega's, morgen ben ik er niet meer, ik wil dood",
    "كتبت رسالة وداع لولادي",
    "رسالة وداع لزملائي، سامحوني ما رح تشوفوني",
    "ናይ ስንብት መልእኽቲ ንደቀይ ጽሒፈ",
    "ናይ ስንብት መልእኽቲ ንመሳርሕተይ ጽሒፈ ክመውት እየ",
    "ወደይ ካብ ትማሊ ኣይተመልሰን ስልኩ ኣይመልስን",
    "ጓለይ ገና ኣይተመልሰትን ጸልሚቱ ስልካ ኣይተልዕልን",
])
def test_a_farewell_to_ones_children_or_with_dying_and_a_child_missing_for_long_stay_an_emergency(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_a_crisis_training_phrasing_about_a_relatives_pills_is_not_cut() -> None:
    # "I gathered all my mother's pills in a box for tonight" is a crisis training phrasing: gathering and tonight keep it.
    crisis, _ = sensitive.crisis_training_data()
    assert "ايمتى البلدية بتدفع الاجار؟ جمعت كل حبوب امي بعلبة لليلة" in crisis
    assert crisis_level("جمعت كل حبوب امي بعلبة لليلة") is CrisisLevel.crisis


def test_round44_lead_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "dit is mijn laatste bericht vandaag tot morgen " * 90, "هاي آخر رسالة مني اليوم بكرا منكمل " * 120,
        "a5er resale menni lyom bokra mnkammel " * 110, "ዛ መወዳእታ መልእኽቲ ናይ ሎሚ እያ ጽባሕ ንቕጽል " * 120,
        "alle pillen van mijn moeder in een doosje " * 100, "كل حبوب امي بعلبة الأسبوع " * 160,
        "niemand zal mij missen op het feest " * 110, "ما حدا رح يشتقلي بالحفلة " * 160,
        "ik kan niet ademen door hooikoorts " * 120, "ما عم اقدر اتنفس من الحساسية وحلقي منفوخ " * 100,
        "de rook uit de schoorsteen komt binnen " * 100, "ጎሮሮይ ነፊሑ ኣስተንፍስ ኣይክእልን " * 150, "het brandt in mijn huis " * 170,
        "ናይ ስንብት መልእኽቲ ንመሳርሕተይ ጽሒፈ " * 120, "afscheidsbericht voor mijn collega's " * 110, "رسالة وداع لزملائي " * 200,
        "ጓለይ ገና ኣይተመልሰትን ሰዓት ክንደይ እዩ ዝውዳእ " * 100,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
