"""Round 45, ordinary: ordinary messages that share words with crisis talk and got an alarm, the lead's probes and the
ordinary helper's own probes (new wordings written for this file, not lines of a held-out batch), fixed by kind
(``_ROUND45_IDIOMS_ORDINARY`` and ``_ROUND45_UNCERTAIN_ORDINARY`` in inburgering/text/sensitive/rules/round45.py):

- Dutch: "nobody will miss me if I don't come to the lesson / go to work"; "I want to put an end to it, to those debts"
  (the gentle question, not the emergency answer); "I want to disappear out of shame / when the teacher asks me"; "I
  don't see it working out with the language / the exam"; alone with the baby, the partner at work or on a night shift;
  life back on the rails, busy with work and children; "I can't keep it up with two jobs and the course"; "I'm worn out,
  the baby cries all night"; "no desire any more for those letters"; a man on the roof mending the gutter.
- Arabic (Arabic script, Arabizi): "luck hit me"; "school / the homework suffocated me"; "I can't bear the fine / the
  cold / this printer any more"; ashamed, "I want to disappear"; on the roof to hang the washing or mend the gutter;
  "I take pills for blood pressure"; "life here is hard, but we are learning".
- Tigrinya (Ge'ez, Latin script): alone with the baby, the husband at work; "I take pills for blood pressure", "the
  doctor gave me pills for my head"; tired, the children cried all night; on the roof to spread the washing, to the
  bridge with the class; bored of school / the course / the letters; "I can't with this fine / this computer". And one
  near-crisis probe that was missed: "I can't live" with the verb last ("ayklin eye kneber"): the gentle question.

Near-crisis lines with the same words (real danger) keep their level.

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # Dutch
    "niemand zal me missen als ik niet naar de les kom toch?",
    "niemand zal me missen als ik een keer niet naar mijn werk ga",
    "niemand mist me als ik morgen niet op de cursus ben",
    "ik wil verdwijnen van schaamte als ik nederlands praat",
    "ik wil verdwijnen van de schaamte toen ik fout sprak",
    "ik wil verdwijnen als de leraar mij een vraag stelt haha",
    "ik zie het niet meer zitten met die taal, hoe oefen ik beter",
    "ik zie het niet meer zitten met dat examen, zo moeilijk",
    "mijn man is weg naar zijn werk, ik ben alleen met de baby vandaag",
    "ik ben vanavond alleen thuis met de kinderen, mijn man heeft nachtdienst",
    "hoe lang duurt het voordat ik mijn leven weer op de rails heb met werk",
    "mijn leven is druk met drie kinderen en werk",
    "ik houd het niet meer vol met twee banen en de cursus",
    "ik ben op, de baby huilt de hele nacht",
    "ik heb geen zin meer in al die brieven",
    "ik heb echt geen zin meer in dat huiswerk",
    "de loodgieter staat op het dak om de dakgoot te vervangen",
    # Arabic script, Arabizi
    "ضربني الحظ بالامتحان هههه",
    "الحظ ضربني بالشغل الجديد هههه",
    "darabni el 7az bel imti7an hhhh",
    "خنقتني المدرسة، كتير واجبات",
    "ما عاد فيني اتحمل الغرامة، بدي ساعدة بالمصاري",
    "ما عاد فيني اتحمل هالبرد، في مساعدة بالتدفئة؟",
    "ما عاد فيني مع هالطابعة، ما عم تشتغل",
    "ma 3ad fini at7ammal el gharame, baddi msa3de",
    "ma 3ad fini ma3 hal internet",
    "انا خجلانة كتير لما احكي هولندي، بدي اختفي هههه",
    "5ajlane ktir lamma e7ki, bade e5tefi",
    "طلعت عالسطح لحتى انشر الغسيل",
    "في واحد عالسطح عم يصلح المزراب",
    "باخد حبوب للضغط، لازم قول للبلدية؟",
    "عم اخد دوا للسكري، بيأثر عالدوام؟",
    "الحياة هون صعبة بس عم نتعلم",
    # Tigrinya (Ge'ez, Latin script)
    "ኣብ ገዛ በይነይ እየ ምስ ህጻን፡ ሰብኣየይ ኣብ ስራሕ",
    "ab geza bayney iye mis hxan, sebayey ab srah alo",
    "ከኒና ንጸቕጢ ደም እወስድ እየ",
    "hakim kenina hibuni nrsi",
    "ሎሚ ብዙሕ ደኺመ ደቀይ ኩሉ ለይቲ በኺዮም",
    "ኣብ ናሕሲ ደይበ ክዳውንቲ ክዝርግሕ",
    "ab dldl kedna mis kfli",
    "selchiyu iye kab timhrti",
    "kab kors selchiyuni lomi",
    "ayklin eye kab ezi qxat",
    "ኣይክእልን ምስ እዚ ኮምፒተር",
])
def test_ordinary_messages_with_crisis_words_get_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik wil er een eind aan maken, aan die schulden, hoe kan ik hulp krijgen met geld",
    "ik wil er nu echt een eind aan maken aan die boetes, wie helpt mij",
])
def test_an_end_to_the_debts_gets_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # Dutch
    "ik wil er een eind aan maken",
    "ik wil er een eind aan maken, aan mijn leven",
    "ik wil er een eind aan maken aan die schulden en aan mijn leven",
    "niemand zal me missen als ik er niet meer ben",
    "niemand zal me missen als ik van de brug spring",
    "ik zie het niet meer zitten met mijn leven",
    "ik zie het niet meer zitten met de taal, ik wil dood",
    "ik wil verdwijnen van schaamte, voorgoed",
    "ik ben alleen thuis met de kinderen en mijn man dreigt met een mes",
    "ik ben alleen met de baby en ik wil niet meer leven",
    "ik houd het niet meer vol met de kinderen, ik wil dood",
    "ik heb alle pillen van de huisarts tegelijk genomen",
    "ik sta op het dak en ik spring",
    # Arabic script, Arabizi
    "جوزي ضربني قدام الولاد",
    "ضربني جوزي بالحزام",
    "خنقني جوزي بايدو",
    "ما عاد فيني اتحمل الغرامة، بدي موت",
    "ma 3ad fini at7ammal el gharame, bade mout",
    "خجلانة من حالي، بدي اختفي للابد",
    "بلعت كل حبوب الضغط",
    "الحياة هون صعبة وما عاد بدي عيش",
    "انا عالسطح هلق وبدي انط",
    # Tigrinya (Ge'ez, Latin script)
    "በይነይ እየ ምስ ሕጻን፡ ክመውት እደሊ",
    "bayney iye, kmewt delye",
    "ኩሉ ከኒና ንጸቕጢ ደም ውሒጠዮ",
    "kulu kenina setiyeyo",
    "ኣብ ድልድል ኣለኹ ሕጂ ክዘልል እየ",
    "ሕይወት ሰልቺዩኒ ክመውት እደሊ",
])
def test_near_crisis_lines_with_the_same_words_keep_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "ما عاد فيني اتحمل الضرب",
    "hiwet selchiyuni kab kors",
    "ayklin eye kneber",
    "ኣይክእልን እየ ክነብር",
])
def test_near_crisis_lines_still_get_an_alarm(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "iemand probeert mijn deur in te trappen, ik ben alleen met mijn baby",
    "ابني بلع من حبوب الضغط تبع ستو، ما بعرف كم حبة",
    "كم حبة من دوا النوم بتكفي لحتى ما اصحى أبداً؟",
    "ከኒና ንሕማም ርእሲ 20 ወሲደ",
])
def test_a_danger_beside_the_ordinary_words_is_not_cut_out(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_round45_ordinary_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "niemand zal me missen als ik niet naar de les kom " * 80, "ik wil er een eind aan maken aan die schulden " * 90,
        "ik ben alleen met de baby mijn man heeft nachtdienst " * 80, "ik ben op de baby huilt " * 170,
        "ma 3ad fini at7ammal el gharame " * 130, "ما عاد فيني اتحمل الغرامة " * 150, "باخد حبوب للضغط " * 250,
        "طلعت عالسطح لحتى انشر الغسيل " * 140, "ከኒና ንጸቕጢ ደም እወስድ እየ " * 170, "selchiyu iye kab timhrti " * 160,
        "ab dldl kedna mis kfli " * 180, "ayklin eye kab ezi qxat " * 170, "er " * 1300, "ik wil er " * 400,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
