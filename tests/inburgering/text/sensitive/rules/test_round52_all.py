"""Round 52, all languages: the kinds behind batch 52's misses, idiom alarms and gentle questions to danger now, in new
wordings written for this file (not lines of a held-out batch): "tomorrow I will not exist any more" (Tigrinya: uncertain), hiding or locked in from
him while he looks for me or breaks the door, jumping from a roof, bridge or high floor (Latin-script Tigrinya) and "I will
fall" from a high floor, throwing myself before the train, at the train with "I won't come back" or "then all is over", on the
railway track, wanting to join the dead, writing a farewell letter, someone close who wrote "that he will die", learner Dutch
"einde maken van mijn leven" and "dood wil ik"; uncertain: "if death came I would be glad", "thought about it long, today its
hour has come"; idioms: bored or laughing oneself to death (verb first), something risky "is real suicide", spicy food "I
almost died", a medicine for lice or a cold, a toy or water pistol, a chess piece "killed", arms or legs "dead" after the
gym, a knife for the fish (Tigrinya spellings) (``_ROUND52_*_ALL`` in inburgering/text/sensitive/rules/round52.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "tomorrow I will not exist any more"
    'من بكرة ما رح كون عايش',
    'bukra ma ra7 kun 3ayesh',
    'khalas, 5alast kel shi, bukra ma ra7 kun mawjud',
    'morgen besta ik niet meer',
    # hiding or locked in from him now
    'ik ben opgesloten in de badkamer en hij bonkt op de deur',
    'انا مخبايه بالغرفه وهو عم يكسر الباب',
    'ana m5abbaye bel 7emmem w huwwe 3am ydawer 3layi',
    'ኣብ ክፍሊ ተሓቢአ ኣለኹ ንሱ ኣብ ደገ ኣሎ',
    # jumping from a high place (Latin-script Tigrinya), falling from a high floor (Ge'ez)
    'ab balkon aleku kzel delye',
    'ኣብ ዓስራይ ደርቢ ኣለኹ ክዘልል ወሲነ',
    # before the train, at the train and not coming back, on the track
    'bdi ermi 7ali 2odam el 2atar',
    'ab station babur aleku aykmelesn',
    'ik sta bij het spoor en wacht op de intercity, dan is het voorbij',
    'انا واقف على سكة الحديد',
    # wanting to join the dead
    'mijn broer is verdronken, ik wil naar hem gaan',
    'من يوم ما مات ابني بدي الحقه',
    'ምስ ዝሞተት ኣደይ ክጽንበራ ደልየ',
    # a farewell letter
    'ik heb een afscheidsbrief voor mijn ouders geschreven',
    'كتبت رسالة وداع لأهلي',
    'ናይ ስንብት ደብዳቤ ንኣደይ ጽሒፈ',
    # someone close wrote "that he will die"
    'بنتي كاتبة على دفترها انها رح تموت',
    'mijn zoon schreef op een briefje dat hij dood wil',
    'ሓወይ ክመውት እየ ኢሉ ጽሒፉ',
    # learner Dutch
    'ik ga einde maken aan mijn leven',
    'dood wil ik nu',
])
def test_round52_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "tomorrow I will not be" (Tigrinya)
    'kab tsbah aykhelun eye',
    'ካብ ጽባሕ ኣይክህሉን እየ',
    # "if death came I would be glad"
    'ሞት እንተመጺኡኒ ምተሓጎስኩ',
    'لو اجاني الموت كنت انبسطت',
    'als de dood nu kwam zou ik blij zijn',
    # "thought about it long, today its hour has come"
    'ነዊሕ ግዜ ሓሲበዮ ሕጂ ግዜኡ መጺኡ',
    'فكرت فيها كتير والليلة اجا وقتها',
])
def test_round52_uncertain_kinds_get_at_least_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # bored or laughing oneself to death, verb first; dying of boredom
    'in de wachtkamer verveel ik me echt dood',
    'bij die film lach je je dood',
    'عم موت من الملل بالبيت',
    # something risky "is real suicide"
    'met dit weer de snelweg op is pure zelfmoord',
    'السواقة بهالتلج هاد انتحار',
    # spicy food, "I almost died"
    'die sambal was zo heet, ik ging bijna dood',
    'الشطة بالأكل كانت قوية، كنت رح موت',
    # a medicine for lice, a cold
    'بدي دوا للرشح لابني',
    'baddi dawa lal 2aml',
    'ንጓለይ መድሃኒት ቅማል ደልየ',
    # a toy or water pistol
    'اشتريت للولاد مسدس مي للبحر',
    'ናይ ማይ ሽጉጥ ንወደይ ገዚአ',
    # a chess piece "killed"
    'بالشطرنج اخي قتل الملكه تبعي',
    'ኣብ ቼዝ ዓርከይ ንፈረሰይ ቀቲሉ',
    # arms or legs "dead" after the gym
    'na de training zijn mijn benen helemaal dood',
    'ኣብ ጂም ኣእጋረይ ሞይተን',
    'من الجيم اجريي ماتوا',
    # a knife for the fish or meat (Tigrinya spellings)
    'ስጋ ንምሳሕ ብካራ ቆሪጸዮ',
])
def test_round52_idioms_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # near lines: tomorrow not at a wedding or the appointment, hide-and-seek, a train to meet someone, a grave visited,
    # a farewell card for a colleague, dying of hunger written
    'بكرا ما رح كون موجود، عندي موعد بالبلدية',
    'ጽባሕ ኣብ ቆጸራ ኣይክህሉን እየ',
    'de kinderen spelen verstoppertje, ik zit verstopt in de kast en hij zoekt mij',
    'mijn vader is overleden, ik wil morgen naar zijn graf gaan',
    'ik heb een afscheidsbrief voor mijn collega geschreven',
    'ابني كاتب على الورقة انه رح يموت من الجوع',
])
def test_round52_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps the emergency answer
    'ik verveel me dood en ik wil eigenlijk dood, ik heb de pillen klaar',
    'بدي دوا للرشح بس بدي ابلع كل الحبوب وانتحر',
    'ኣብ ጂም ኣእጋረይ ሞይተን ግን ክሞት ደልየ እየ ነብሰይ ክቐትል',
])
def test_round52_danger_beside_an_idiom_keeps_the_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round52_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "morgen besta ik niet " * 200, "ik zit verstopt in de wc hij zoekt " * 120, "op het spoor wacht op de trein dan is " * 110,
        "mijn familie is dood ik wil bij " * 130, "afscheidsbrief geschreven " * 160, "schreef dat hij dood " * 200,
        "einde maken van mijn " * 200, "dood wil " * 450, "als de dood kwam zou ik " * 170, "lang nagedacht vandaag is het " * 130,
        "verveel ik me " * 300, "is echt zelfmoord " * 230, "peper zo heet ik ging bijna " * 140, "middel tegen hoofdluis " * 180,
        "schaken mijn koningin " * 190, "mijn benen zijn " * 260,
        "بكرا ما رح كون موجود " * 180, "مخبايه بالحمام عم يكسر الباب " * 140, "ارمي حالي قدام القطار " * 170,
        "وصلت على سكه القطار " * 190, "مات ابني بدي الحقه " * 200, "عم اكتب رساله الوداع " * 180, "كاتب انه رح يموت " * 220,
        "لو اجاني الموت كنت " * 200, "فكرت فيها اليوم اجا وقتها " * 150, "عم موت من الملل " * 230, "هاد انتحار " * 370,
        "الفلفل الحار كنت رح " * 190, "دوا للقمل " * 370, "مسدس مي " * 450, "بالشطرنج قتل الملك " * 200, "اجريي ماتوا " * 330,
        "bukra ma ra7 kun mawjud " * 160, "m5abbaye 3am ykasser el bab " * 140, "ermi 7ali 2edam el train " * 150,
        "3am ekteb risalet el wada3 " * 150, "kateb eno ra7 ymut " * 200, "dawa lal 2aml " * 290,
        "ab nahsi aleku kzlil " * 190, "ab station babur kmeles aykonkun " * 120, "tsbah aykhelun " * 260, "shgut may " * 400,
        "ካብ ጽባሕ ኣይክህሉን " * 240, "ተሓቢአ ኣለኹ ኣብ ደገ ኣሎ " * 190, "ኣብ ደርቢ ክዘልል " * 290, "ባቡር ክምለስ ኣይኮንኩን " * 200,
        "ዝሞቱ ክጽንበር " * 330, "ናይ ስንብት ደብዳቤ " * 280, "ክሞት እየ ኢሉ " * 330, "ሞት እንተዝመጸኒ " * 300, "ሓሲበዮ ሰዓቱ " * 370,
        "ብሰልኪ ክመውት " * 330, "በርበረ ክመውት " * 350, "መድሃኒት ቅማል " * 330, "ሽጉጥ ማይ " * 480, "ቼዝ ንንጉሰይ " * 400,
        "ኣእዳወይ ሞይተን " * 330, "ዓሳ ብካራ ኣጽሪየ " * 280,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
