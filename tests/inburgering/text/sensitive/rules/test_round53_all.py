"""Round 53, all languages: the kinds behind batch 53's misses, idiom alarms and gentle questions to danger now, in new
wordings written for this file (not lines of a held-out batch): "after today you won't see or hear me" with a farewell,
someone who posted a goodbye and does not answer, the rope made ready, "only death is left", a plan with a time, someone
threatening with a knife, standing high up and wanting down, "I will be on the track" beside the train, into the water
or to the bridge without coming back, someone shut in who said he wants to die, done with life today, a means "and end
everything", thanks passed on through someone with "I am going now" and a farewell, a family member beaten now
(Tigrinya), not breathing (Tigrinya), all the pills at once, all things given away with one step left; uncertain: all
things given away, "I won't come because tomorrow I will not be", "why do I live" (Tigrinya); idioms: to a bridge for
photos, tablets for a headache, a fish's head cut off, a pet that died, a dead tree cut down, a death long ago
remembered (``_ROUND53_*_ALL`` in inburgering/text/sensitive/rules/round53.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "after today you won't see or hear me", with a farewell
    'vaarwel allemaal, na vanavond zien jullie mij nooit meer',
    'سامحوني يا اهلي، ما رح تشوفوني بعد الليلة',
    'bye shabab, ma ra7 tshufuni ba3d el yom',
    'ደሓን ኩኑ ኣሕዋተይ ኣይክትርእዩንን ኢኹም',
    'snbt ahwatey ayktreyunin ikum',
    # someone posted a goodbye and does not answer
    'اختي كتبت على الانستا وداعا وهلق ما عم ترد',
    'ሓወይ ኣብ ፌስቡክ ስንብት ጽሒፉ ሕጂ ኣይመልሰን ኣሎ',
    'mijn neef heeft op tiktok een afscheid gepost en hij neemt niet op',
    # the rope made ready
    'el 7abl jahez w el kersi kaman',
    'الحبل جاهز بالسقف',
    'het touw en de stoel staan klaar op zolder',
    'ገመድን ወንበርን ኣዳልየ ኣለኹ',
    # "only death is left"
    'ገመድ ጥራይ እዩ ፍታሕ',
    'ما ضل الي غير الموت',
    'alleen de dood is nog mijn uitweg',
    # a plan with a time
    'ik weet precies welke dag ik het ga doen',
    'قررت اي ليلة رح انفذها',
    'መዓስ ከም ዝገብሮ ወሲነ ኣለኹ ዓርቢ ምሸት',
    # someone threatens me with a knife or a gun
    'mijn ex bedreigt mij nu met een hamer',
    'جوزي عم يهددني بالسكين',
    'ሰብኣየይ ብካራ የፈራርሓኒ ኣሎ',
    # standing high up and wanting down
    'ik zit op de rand van het dak en ik wil springen',
    'انا واقفة على السطح بالطابق التاسع',
    'ab balkoni dew ile aleku shabay derbi',
    # on the track beside the train, into the water, to the bridge without coming back
    'القطار جاي وانا رح نام على السكة',
    'رح امشي لجوا النهر',
    'ናብ ሩባ ክኣቱ እየ ደጊም ኣይክወጽእን',
    'ናብ ሩባ ክኸይድ እየ ደጊም ኣይክምለስን እየ',
    'ik kan niet meer, ik fiets nu naar de brug',
    # someone shut in who said he wants to die
    'ابني مسكر على حاله وكاتب انه بدو ينتحر',
    'mijn zus heeft zich opgesloten en schreef dat ze dood wil',
    # done with life today
    'ما بدي عيش بعد الليلة',
    'ik wil na vanavond niet meer leven',
    'ድሕሪ ሎሚ ለይቲ ክነብር ኣይደልን',
    # a means "and end everything"
    'جبت حبل وبدي خلص كل شي',
    # a family member beaten now (Tigrinya, Latin without "n-")
    'ኣቦይ ንኣደይ ይሃርማ ኣላ',
    'sebay gualey yharma alo hji',
    # not breathing (Tigrinya)
    'ኣቦይ ወዲቑ ትንፋስ የብሉን',
    # all the pills at once
    'ኩሉ ከኒና ኣኪበ ብሓንሳብ ክውሕጦ እየ',
    'رح ابلع كل الحبوب مرة وحدة',
    # thanks passed on through someone, "I am going now", a farewell
    'zeg tegen de juf dank voor alles, ik ga vanavond, vaarwel',
    'قولوا للمعلمة شكرا على كل شي، انا رايحة هلق، وداعا',
    'ንመምህረይ የቐንየለይ በልዋ ሕጂ ይኸይድ ኣለኹ ደሓን ኩኑ',
    # all things given away, one step left
    'ik heb al mijn spullen verdeeld, nu nog een stap',
])
def test_round53_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # all things given away
    'ኩሉ ንብረተይ ንኣሕዋተይ ዓዲለዮ',
    'وزعت كل غراضي على صحابي',
    # "I won't come because tomorrow I will not be" (Tigrinya)
    'ናብ ትምህርቲ ኣይክመጽእን እየ ምኽንያቱ ጽባሕ ኣይክህሉን እየ',
    # "why do I live, nobody wants me" (Tigrinya)
    'ንምንታይ ብህይወት ዘለኹ ደጊም',
])
def test_round53_uncertain_kinds_get_at_least_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # to a bridge for photos
    'zondag fietsten we over de brug om selfies te maken',
    'رحنا على الجسر وتصورنا عالغروب',
    'ጽባሕ ኣብ ድልድል ስእሊ ክንወስድ ኢና',
    # tablets for a headache, how many
    'paracetamol tegen kiespijn, hoeveel mag mijn zoon?',
    'حبوب للصداع، قديش بقدر اخد؟',
    'ከኒና ናይ ቃንዛ ርእሲ ክልተ ክወስድ ይኽእል ዶ',
    # a fish's or chicken's head cut off
    'eerst de makreel wassen, dan de kop eraf snijden',
    'نضفت السمكة وقطعت راسها للشوربة',
    # a pet that died
    'de hamster van mijn dochter is vannacht doodgegaan',
    'العصفور تبع بنتي مات اليوم',
    'ድሙ ጓለይ ሞይታ ሕጂ ተሕዚና ኣላ',
    # a dead tree cut down
    'in de tuin hebben we de dode boom omgezaagd',
    'قطعنا الشجرة اليابسة بالحديقة',
    'ኣብ ቀጽሪ ዝሞተ ኦም ቆሪጽና',
    # a death long ago remembered
    'het is vijf jaar geleden dat mijn vader overleed, vandaag steken we een kaars aan',
    'صار خمس سنين من وفاة جدي',
    'ኣቦሓጎይ ካብ ዝሞተ ሸሞንተ ዓመት ኮይኑ',
])
def test_round53_idioms_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # near lines: a trip after today, a colleague's farewell party, a washing line, a course date known, a film threat,
    # a view from the balcony, swimming, once a day, clothes given away before a move
    'na vandaag ben ik weg op vakantie, sorry dat ik de les mis',
    'mijn collega heeft afscheid gepost van haar borrel en neemt niet op',
    'الحبل تبع الغسيل جاهز عالبلكون',
    'ik weet wanneer ik het examen ga doen',
    'in de film bedreigt hij mij met een mes',
    'ኣብ ባልኮኒ ደው ኢለ ኣለኹ ሓሙሻይ ደርቢ ስእሊ እወስድ',
    'بدي ادخل لجوا البحر اسبح مع الولاد',
    'ናብ ባሕሪ ክኣቱ ደልየ ምስ ደቀይ',
    'رح اخد الحبوب مرة باليوم متل ما قال الدكتور',
    'ik heb al mijn spullen weggegeven omdat ik verhuis',
])
def test_round53_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps the emergency answer
    'we gingen naar de brug om fotos te maken, maar ik wil eigenlijk springen en dood',
    'ከኒና ናይ ቃንዛ ርእሲ ክልተ ክወስድ ይኽእል ዶ ግን ክሞት ደልየ እየ ነብሰይ ክቐትል',
    'صار خمس سنين من وفاة امي وبدي موت وانتحر',
])
def test_round53_danger_beside_an_idiom_keeps_the_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round53_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "sorry na vandaag ben ik " * 170, "afscheid gepost neemt niet " * 150, "touw stoel klaar " * 240, "alleen de dood is nog " * 180,
        "ik weet welke dag ik het " * 170, "die mij bedreigt met een " * 170, "sta op het dak wil naar " * 170, "kan niet meer naar de brug " * 150,
        "opgesloten zegt dat hij dood " * 140, "ik wil na vandaag niet meer " * 140, "al mijn spullen weggegeven " * 150,
        "brug om fotos " * 290, "pillen tegen hoofdpijn mag " * 150, "vis de kop eraf " * 250, "hamster is dood " * 250,
        "dode boom omgezaagd " * 200, "jaar geleden dat overleed " * 160,
        "باي ما رح تشوفوني بعد " * 180, "كتب وداعا ما عم يرد " * 190, "الحبل جاهز الكرسي " * 210, "ما ضل الي غير " * 270,
        "بعرف اي يوم رح " * 260, "عم يهددني بالسكين " * 210, "واقف على السطح بالطابق " * 170, "رح نام على السكه القطار " * 160,
        "رح امشي جوا المي " * 230, "قافل الباب قال بدو " * 200, "مش عايزه اعيش بعد " * 210, "سكين وانهي كل " * 270,
        "رح اكتب رساله لولادي " * 190, "ابلع كل الحبوب مره " * 200, "وزعت كل غراضي " * 260, "طلعنا على الجسر وصورنا " * 170,
        "حبوب للراس قديش " * 240, "السمكه قطعت راسها " * 210, "العصفور مات " * 340, "قطعنا الشجره الميته " * 190, "صار سنين من وفاه " * 230,
        "bye ma ra7 tshufuni ba3d " * 160, "el 7abl jahez kersi " * 210, "ma fi sabab la 3ish 3ndi " * 150, "yhadedni bel sekine " * 200,
        "ra7 kun 3al sekke 2e6ar " * 170, "2afel el bab 2al bado " * 180, "dehan kunu ayktrekbunin " * 160, "ab dildil keyd eye " * 210,
        "adey ywekea ale " * 250, "kenina kulu hansab " * 220, "zeg dank voor alles ik ga nu afscheid " * 110, "قولوا شكرا على كل شي رايح هلق " * 140, "mot tray eyu " * 300,
        "ደሓን ኩኑ ኣይክትረኽቡንን " * 190, "ስንብት ጽሒፉ ኣይመልሰን " * 190, "ገመድ ወንበር ኣዳልየ " * 230, "ሞት ጥራይ እዩ " * 300,
        "መዓስ ከም ዝውድኦ ፈሊጠ " * 210, "ብካራ የፈራርሓኒ " * 280, "ኣብ ባልኮኒ ደው ኢለ ሓሙሻይ ደርቢ " * 150, "ኣብ ሃዲድ ባቡር ኮፍ " * 240,
        "ናብ ድልድል ደጊም ኣይምለስን " * 180, "ማዕጾ ዓጽዩ ክሞት እየ ኢሉ " * 170, "ንውላደይ ይወቕዖ ኣሎ " * 230, "ትንፋስ የብሉን " * 300,
        "ከኒና ኩሉ ሓንሳብ ክውድኦ " * 210, "ኩሉ ነገረይ ሂበ " * 290, "ምኽንያቱ ጽባሕ ኣይክህሉን " * 200, "የቐንየለይ በልዋ ሕጂ ይኸይድ ኣለኹ " * 150, "ንምንታይ እየ ዝነብር ደጊም " * 200, "ኣብ ድልድል ስእሊ ክንወስድ " * 180,
        "ከኒና ቃንዛ ርእሲ ይኽእል " * 190, "ዓሳ ሞይቱ " * 420, "ዝሞተ ኦም ቆሪጽናዮ " * 240, "ካብ እትሞት ዓመት ኮይኑ " * 200,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
