"""Round 54, all languages: the kinds behind batch 54's misses, idiom alarms and gentle questions to danger now (and two
misses of batches 50 and 52), in new wordings written for this file (not lines of a held-out batch): standing now on the
railway, a bridge, a roof or at a high window, throwing myself from the balcony (Arabizi), drowning myself or walking into
the water at a time, a rope bought or shown with "done", means at hand beside no hope or talk of dying, all the medicines
in the house or many tablets taken now, someone not waking and not breathing or a child locked in a hot car, a child
beaten now or left outside in the cold with a drunk parent, a farewell ("my time has come", "bye to all because it is
over", "the last greeting", "I will not reach tomorrow"), a plan to end it or to die without pain, "zich van kant maken",
learner "k wil nie meer leve", afraid of myself beside "I will do something", heaven beside everything made ready, shut in
with a note; uncertain: only waiting at the platform for the coming train; idioms: running until I almost fell over, a
relative who died long ago with her birthday today, a tablet taken for a headache and now better, a bridge closed or
under repair (``_ROUND54_*_ALL`` in inburgering/text/sensitive/rules/round54.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # standing now on the railway, a bridge, a roof or at a high window
    'ik zit nu op de rand van de brug',
    'انا واقفة على السكة هلق',
    'ana wa2fe 3al sat7 hala2',
    'ሕጂ ኣብ ናሕሲ ህንጻ ደው ኢለ ኣለኹ',
    'ab meskot nay 7 derbi dew ile aleku',
    # throwing myself from the balcony (Arabizi)
    'baddi erme 7ali mn el shebbek',
    # drowning myself, into the water at a time
    'ik fiets nu naar de rivier en ik ga erin',
    'بدي غرق حالي بالنهر الليلة',
    'bado ghare2 7alo bel nahr',
    'ምሕምባስ ኣይክእልን እየ ናብ ባሕሪ ክኣቱ ደልየ',
    # a rope to buy or bought, or shown with "done"
    'صاحبتي بعتتلي صورة حبل وكتبت باي',
    'ik heb vandaag een strop gekocht',
    'ገመድ ገዚአ ኣለኹ',
    # means at hand beside no hope, a gun found beside talk of dying
    'ما في امل والحبوب بجيبي',
    'ኣሕዋተይ ተስፋ ቆሪጸ ካራ ኣብ ቦርሳይ ኣሎ',
    'ابن عمي بيحكي عن الموت وجاب مسدس',
    # all the medicines in the house, many tablets taken now
    'hij gaat alle pillen in de kast opslikken',
    'رح ابلع كل الحبوب يلي عندي',
    'ik heb net 25 paracetamol geslikt',
    'ሕጂ 30 ከኒና ውሒጠ',
    # someone not waking and not breathing, a child locked in a hot car
    'ابوي ما عم يفيق وما في نفس',
    'ኣደይ ኣብ ክሽነ ወዲቓ ኣይተስተንፍስን ኣላ',
    'er zit een baby opgesloten in de auto en het is heet',
    # a child beaten now, a small child left in the cold with a drunk parent
    'jari 3am yesrakh w emmo 3am yedrobo',
    'een meisje van vier staat alleen buiten in de kou, haar moeder is dronken',
    # a farewell
    'اجا وقتي، سامحوني',
    'bas baddi 2ul bye lal kel la2no 5alas',
    'ናይ መወዳእታ መልእኽቲ ንደቀይ ፍቕሪ',
    'ik schrijf dit zodat jullie weten waarom',
    'انا عالمحطة ناطرة القطار، ما رح ارجع',
    # a plan to end it, to die without pain, "I do not want to live after now"
    'عم خطط كيف انهي حياتي',
    'bfaker kif mut bala waja3',
    'ድሕሪ ሎሚ ምንባር ኣይደልን',
    'knebr aydelin eye dhri lomi',
    # "zich van kant maken", learner "k wil nie meer leve", afraid of myself, heaven beside everything ready
    'mijn broer zegt dat hij zich van kant gaat maken',
    'ik wl nie meer lefe',
    'ik ben bang van mezelf, ik zal iets doen',
    'خايفة من حالي، حاسة رح اعمل شي',
    'ik wil naar mijn vader in de hemel gaan, alles is geregeld',
    # shut in with a note
    'اخوي قافل على حاله وكاتب على ورقة انه رح يموت',
])
def test_round54_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # only waiting at the platform for the coming train
    'ኣብ መድረኽ ኣለኹ ዝሓልፍ ባቡር እጽበ ኣለኹ',
    'ab medreh aleku zhalf babur etsbe aleku',
])
def test_round54_uncertain_kinds_get_at_least_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # running until I (almost) fell over
    'we hebben gevoetbald tot ik er bijna bij neerviel',
    'ركضت بالحديقة لحتى كنت رح اوقع',
    'ክሳብ ዝወድቕ ጎይየ ሎሚ',
    # a relative who died long ago, her birthday today
    'opa is twee jaar geleden overleden, morgen zou hij tachtig worden',
    'امي توفت من سنتين واليوم عيد ميلادها',
    'ኣቦይ ቅድሚ ሰለስተ ዓመት ዓሪፉ ሎሚ ዕለተ ልደቱ እዩ',
    # a tablet taken for a headache, now better
    'kenina nay rsi qanza weside hji hashe',
    'اخدت حبة للراس وهلق احسن',
    # a bridge closed or under repair
    'de brug is dicht, ik fiets om via het centrum',
    'الجسر مسكر عم يصلحوه فتأخرت',
    'ድልድል ተዓጽዩ ስለ ዘሎ ብእግረይ ከይደ',
])
def test_round54_idioms_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # near lines: a view from the bridge, work on the track, a swimming lesson, a washing line, a dose per day, a film,
    # a trip, a course's last greeting, an exam plan, a station on the way to an appointment
    'ik sta nu op de brug en maak fotos van de boten',
    'ኣብ ሓዲድ ባቡር ደው ኢለ ኣለኹ ስራሕ ኣሎኒ',
    'ik fiets nu naar het zwembad voor zwemles',
    'ik heb een touw gekocht voor de was',
    'hij gaat alle pillen per dag innemen zoals de dokter zei',
    'in de film zit een baby opgesloten in de auto in de zon',
    'اجا وقتي بالدور عند البلدية',
    'ik wacht op de trein naar Zwolle voor mijn afspraak',
    'wat betekent "zich van kant maken" in het Nederlands?',
    'ra7 teshrab kel el dawa mitl ma 2al el doctor',
])
def test_round54_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps the emergency answer
    'opa is vorig jaar overleden, morgen zou hij jarig zijn, ik wil ook dood en zelfmoord plegen',
    'الجسر مسكر بس بدي اقتل حالي',
    'ድልድል ተዓጽዩ ግን ክሞት ደልየ እየ ነብሰይ ክቐትል',
])
def test_round54_danger_beside_an_idiom_keeps_the_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round54_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik sta nu op de rand van het spoor " * 110, "ik loop nu naar het water ik ga erin " * 100, "verdrinken ik ga vannacht " * 150,
        "morgen koop ik een touw " * 170, "alle pillen innemen " * 200, "net 30 paracetamol genomen " * 150, "kind opgesloten in de auto zon " * 130,
        "jongetje alleen buiten in de kou dronken " * 100, "ik schrijf dit zodat iemand weet waarom " * 100, "van kant maken " * 270,
        "k wil nie meer leve " * 200, "bang voor mezelf iets ga doen " * 140, "in de hemel zijn klaargelegd " * 140,
        "gelopen tot ik er bijna bij neerviel " * 110, "is vorig jaar overleden vandaag zou ze jarig " * 90, "de brug is dicht " * 240,
        "een paracetamol genomen tegen hoofdpijn beter " * 90, "op het perron wacht op de trein die komt " * 100,
        "انا واقف عالجسر هلق " * 200, "اشتريت حبل صوره حبل خلص " * 160, "رح تشرب كل الادويه يلي بالبيت " * 140, "ما عم تفيق وما في نفس " * 180,
        "عمرو خمس سنين برا بالبرد سكران " * 140, "اجا وقتي سامحيني " * 240, "قول باي للكل لانه خلص " * 180, "عم خطط كيف انهي كل شي " * 170,
        "بفكر كيف بموت بلا وجع " * 180, "خايف من حالي رح اعمل شي " * 160, "قافل على حاله كاتب على الورقه " * 130, "ركضت لحتى كنت رح اوقع " * 170,
        "توفت من سنتين عيد ميلادها " * 150, "الجسر مسكر " * 340, "بالمحطه ناطر القطار ما رح ارجع " * 130,
        "3am faker erme 7ali mn el balcon " * 120, "ra7 ghare2 7ali bel ba7r " * 160, "abouh 3am yedrobo " * 220, "ma 3am tfi2 w ma fi nafas " * 150,
        "ab fonestra nay 4 derbi dew ile " * 130, "nbar aydelin eye dhri hji " * 150, "nay mewedaeta selamta " * 180, "kenina nay ras himam wesidle hashe " * 110,
        "ኣብ ሓዲድ ባቡር ደው ኢለ ኣለኹ " * 180, "ሕጂ ኣብ ልዕሊ ህንጻ ኣለኹ " * 200, "ክሕምብስ ኣይክእልን ኣብ ቀላይ ክኣቱ " * 150, "ገመድ ገዚአ " * 400,
        "ተስፋ የብለይን ከኒና ኣብ ጁባይ ኣሎ " * 150, "ሽጉጥ ረኺበ ይብል ምሟት " * 200, "ኩሉ መድሃኒት ክትሰቲ እያ " * 190, "ሕጂ 40 ፓራሲታሞል ወሲደ " * 180,
        "ኣይትትንፍስን ኣላ " * 300, "ቆልዓ ኣብ መኪና ተዓጽዩ ጸሓይ " * 170, "ናይ መወዳእታ ሰላምታ ደቀይ " * 190, "ንጽባሕ ኣይክበጽሖን እየ " * 200,
        "ምንባር ጸሊኡኒ ሎሚ ከብቅዖ እየ " * 160, "ካብ ርእሰይ እፈርህ ገለ ክገብር እየ " * 140, "ክሳብ ዝወድቕ ጎይየ " * 250, "ድልድል ይዕረ ስለ ዘሎ " * 220,
        "ኣብ መድረኽ ኣለኹ ዝመጽእ ባቡር እጽበ ኣለኹ " * 120,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
