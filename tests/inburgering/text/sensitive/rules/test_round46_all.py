"""Round 46, all languages: the kinds behind batch 46's misses and idiom alarms, in new wordings written for this file
(not lines of a held-out batch): learner Dutch "no longer here tomorrow", the last day in the world, no way out but
death, "tomorrow you won't find me" (Arabizi), "say goodbye to my children for me", at the window on a high floor (Arabic script, Arabizi), no reason to live
and "end my life" with "ከብቅዓ" (Tigrinya); idioms: a story about someone who dies, finishing a task, a knife for food,
"in de vingers snijden", "ik heb het gehad met" a thing (Dutch), prices "slaughtering us", "rather dead than this
embarrassment", a disease killing the plants, a form "killing me", "I'll die of the noise", my heart jumped at the bell (Arabic script, Arabizi), a
death anniversary, a joking "I'll kill you", killing the insects (Tigrinya) (``_ROUND46_*_ALL`` in
inburgering/text/sensitive/rules/round46.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # my last day in the world (Arabic script, Arabizi)
    "اليوم آخر يوم إلي بهالدنيا، سامحوني",
    "hayda a5er yom ili b holanda w bel donya",
    # no way out but death
    "ma fi 7al gher el mout",
    "mafi 7al ella l ente7ar",
    "ما ضل قدامي الا الموت",
    # tomorrow you won't find me (Arabizi)
    "bokra ma 7a tshoufouni",
    # say goodbye to them for me
    "ودعولي امي وابوي",
    "wad3ouli ahli",
    "wade3o emmi 3anni",
    # at the window on a high floor, with despair
    "انا عالشباك بالطابق العاشر ووداعا",
    "ana 3al balcon bel tabe2 el tamen w ma 3ad fiyi",
    # no reason to live (Tigrinya)
    "ዋላ ሓደ ዝነብረሉ ምኽንያት የብለይን",
    "ምኽንያት ንምንባር የብለይን",
    "znebrelu mkniyat yeblen",
    # end my life with "ከብቅዓ" in Latin script
    "hiwetey kebka ideli",
    "hywetey kbqa hasibe",
])
def test_round46_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # no longer here tomorrow, in learner Dutch
    "ik bin morge nie mer hier",
    "morge ik zij nie meer hier",
    # at the window, the balcony on a high floor (nothing else said)
    "انا واقف عالبلكون بالطابق التامن",
])
def test_round46_vaguer_kinds_ask_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # Dutch
    "Ik kijk een film over een vrouw die aan het einde doodgaat",
    "ik lees een boek over een jongen die verdrinkt in de rivier",
    "we moeten dit werkstuk morgen afmaken",
    "ik ga dit hoofdstuk vanavond nog afmaken",
    "ik heb een scherp mes gekocht om het vlees te snijden",
    "het broodmes is te bot, ik kan het brood niet snijden",
    "de uien moet je met een klein mes snijden",
    "je snijdt jezelf in de vingers als je niet komt",
    "hij snijdt zichzelf in de vingers met dat contract",
    "ik heb het echt gehad met de regen",
    "ik heb het gehad met die printer, hij werkt nooit",
    "ik ben morgen nie meer hier, ik verhuis naar Utrecht",
    # Arabic script, Arabizi
    "الإيجار والفواتير عم يذبحونا",
    "الديون عم تدبحنا",
    "el as3ar ra7 t2telna",
    "ياريتني مت ولا هالفضيحة قدام الصف",
    "ya retni mot wala hal e7raj",
    "بفضل موت ولا هالاحراج",
    "الحشرات عم تاكل الزرع",
    "الصقيع قتل الورد بالجنينه",
    "el 7asharat 3am t2atel el banadora",
    "el wara2 hayda bye2tolni",
    "el imti7an 3am yi2tolni",
    "ra7 mout mn el 7ar",
    "وقع قلبي لما انسكر الباب بقوة",
    "enkhala3 2albi lamma ran el telefon",
    "rah mot mn el malal",
    "رح موت من الضجه",
    "هاد آخر يوم إلي بهولندا، بكرا مسافر",
    "ودعوا ولادي عني، انا مسافر بكرا عالمطار",
    "انا عالشباك بالطابق التاني بالبلدية",
    "ana 3al shebbak el tabe2 el 5ames 3am shuf el matar",
    # Tigrinya (Ge'ez, Latin script)
    "ዓባየይ ካብ ዝሞተት ክልተ ዓመት ኮይኑ",
    "abohagoy zmotelu mealti lomi amet koynu",
    "ሓወይ ብዋዛ ክቐትለካ እየ ኢሉኒ",
    "sebeytey bwaza kqetleka eye ilatni",
    "ሓሳኻ ኣብ ገዛ ክቐትሎም እደሊ",
    "anchwa ab kushina kqetlen delye",
    "ኣንጭዋ ኣብ ክሽና ክቐትለን ደልየ",
    "ኣብ ሆላንድ ዝነብረሉ ምኽንያት የብለይን",
])
def test_round46_ordinary_wordings_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps the emergency answer
    "ik wil deze opdracht afmaken en dan wil ik dood",
    "ik heb een mes gekocht om mezelf te snijden",
    "het mes is scherp, ik wil mezelf snijden",
    "ik snijd mezelf in de vingers met een mes",
    "ik heb het gehad met mijn man, hij slaat me",
    "الاسعار عم تذبحنا وجوزي بيضربني",
    "ياريتني مت ولا هالعيشة",
    "رح موت من الضجه بدي انتحر",
    "jozi 3am ye2tolni",
    "ኣቦይ ዝሞተሉ ዕለት ሎሚ እዩ ክመውት ደልየ",
    "ሰብኣየይ ክቐትለኪ እየ ኢሉኒ ፈሪሐ",
    "ودعوا ولادي عني، ما رح تشوفوني",
    "انخلع قلبي لما جوزي كسر الباب",
    "انخلع قلبي لما دق الجرس، بدي موت",
])
def test_round46_danger_beside_an_idiom_keeps_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "Ik lees een boek over een man die sterft, ik wil ook dood",
    "ik heb het gehad met het leven",
    "ik heb het gehad met alles",
    "kem hasaka kqetlom eye",
    "ከም ሓሳኻ ክቐትሎም እየ",
    "bukra ma ra7 tla2ouni, msafer 3a almanya",
    # a debt with a person's threat told is no idiom
    "خالي قال اذا ما دفعت الدين رح يدبحني",
])
def test_round46_near_lines_still_raise_an_alarm(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_round46_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik ben morgen niet meer hier " * 150, "ik heb het gehad met de bus " * 150, "boek over een man die " * 200,
        "ik wil deze opdracht " * 200, "mes om de watermeloen " * 200, "ik snijd mezelf in de " * 200,
        "هاد آخر يوم إلي " * 250, "ما في حل " * 300, "ودعوا ولادي " * 300, "انا عالشباك بالطابق " * 250,
        "الاسعار عم " * 300, "ياريتني مت ولا " * 250, "في مرض عم يقتل " * 250, "رح موت من " * 300,
        "ana 3al shebbak el tabe2 " * 200, "ma fi 7al ella " * 250, "wad3o wlade " * 300, "el form hayda 3am " * 200,
        "ra7 moot mn el " * 250, "ya retni mot wala " * 200,
        "انخلع قلبي لما " * 250, "bukra ma ra7 " * 300, "enkhala3 2albi lamma " * 200,
        "ዝነብረሉ ምኽንያት " * 300, "ኣቦሓጎይ ዝሞተሉ መዓልቲ " * 250, "ብዋዛ ክቐትለካ እየ " * 250, "ሓሳኻ ኣብ ገዛ " * 300,
        "zinebrelu mknyat " * 300, "hiwetey kbka " * 300, "hasaka ab geza " * 300, "abohagoy zmotelu " * 300,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
