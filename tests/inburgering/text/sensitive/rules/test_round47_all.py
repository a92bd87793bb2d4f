"""Round 47, all languages: the kinds behind batch 47's misses, idiom alarms and gentle questions to danger now, in new
wordings written for this file (not lines of a held-out batch): a jump from a parking garage or a viaduct, a child
missing or taken by a stranger, the smoke alarm with the children upstairs, choking, chest pain with speech failing, the
means in the hand, pills taken and dizzy, on the bridge or at the track with a goodbye, the farewell letter ready, my
things given away (Dutch); "2arrart mout", the lethal number of pills, a child missing or abducted, the fire eating the
house, pills beside me with despair, pills taken and dizzy, "he says he'll slaughter me", on the bridge, "she said
she'll kill herself", chased with a knife, "I entrust my children to you after me", "best to die and spare everyone",
"عايز أموت" (Arabic script, Arabizi); a child missing or taken, a fire in our house, "enter the train when it comes",
the lethal number of pills, "rsey ktgoda eye", cannot breathe, all the pills gathered, pills taken and not waking, into
the river, to the railway with a goodbye, on the track with the train due, a plan to end it, "the world better without
me", a beating going on, the door being broken, a fall with much blood, a gun at the door, everything given away, locked
in with a baby and no water, a cut hand bleeding (Tigrinya, Ge'ez and Latin); idioms: "er is geen geweld", a thing that
"vermoordt me", a cat and a mouse, "het zou mijn dood niet zijn", killing in a game, "zich doodgespeeld", "I don't know
how to pay it", swatting the mosquitoes (Dutch), the stairs that "kill", "killed me with the joke", killing time, not
living on benefits, the daily dose (Arabic script, Arabizi), dead tired, "can't live without coffee" (Tigrinya)
(``_ROUND47_*_ALL`` in inburgering/text/sensitive/rules/round47.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # Dutch
    "vanavond spring ik van het viaduct",
    "ik ga morgen van de kerktoren springen",
    "ik laat me straks vallen van het parkeerdak",
    "mijn zoontje is weg, ik vind hem nergens",
    "een onbekende man heeft mijn dochter meegenomen",
    "de rookmelder gaat af en mijn baby ligt boven, ik kom er niet door",
    "mijn dochter stikt in een snoepje",
    "mijn vader heeft pijn op de borst en praat raar",
    "ik heb al mijn pillen in mijn hand, ik doe het",
    "ik lig in bad met het mes",
    "ik heb een hele strip oxazepam geslikt",
    "ik heb veel tabletten genomen en ik ben duizelig",
    "ik sta op het viaduct, vaarwel",
    "mijn afscheidsbrief ligt klaar, vanavond ben ik er niet meer",
    "ik heb alles al weggegeven, na vannacht heb ik niets meer nodig",
    # Arabic script, Arabizi
    "qarart mout lyom",
    "قديش حبة بانادول بتقتل",
    "2addesh 7abbe panadol bt2tol",
    "بنتي ضاعت بالسوق من ساعة",
    "ebni ma rej3 mn el madrase w ma 3am yrod",
    "واحد غريب خطف ابني",
    "zalame gharib a5ad ebni",
    "النار ماسكه بالمطبخ",
    "el nar 3am tekol el beit",
    "السكين جنبي وما في امل",
    "بلعت حبوب كتير وعم دوخ",
    "زوجي دوم يكول راح يكتلني",
    "ana 2a3ed 3al jisr w bfakker not",
    "انا واقفة على الجسر وبفكر انط",
    "khayyi 2al inno ra7 yente7er",
    "wa7ad 3am yla7a2ni w ma3o msadas",
    "وصيتكم بامي من بعدي",
    "bwasikon b ahli mn ba3di",
    "الافضل اموت واريح اهلي",
    "a7san 2mout w ray7 ahli",
    "تركت رسالة لولادي، ما في حل",
    "عاوزة أموت",
    "ana 3awza amut",
    # Tigrinya, Ge'ez and Latin script
    "ወደይ ካብ ንግሆ ጠፊኡ ኣይረኸብናዮን",
    "wladey kab tmali tefiu ayrekebnayon",
    "ሓደ ዘይፍለጥ ሰብ ወደይ ወሲድዎ",
    "ሰብኣየይ ንጓለይ ወሲድዋ ክቐትላ እየ ኢሉ",
    "ሓዊ ኣብ ክሽነ ገዛና ተላኺፉ",
    "ab gezay hawi telakifu",
    "ትራም ክመጽእ ከሎ ክኣትዎ እየ",
    "babur kmexe kelo kiatwo eye",
    "ክንደይ ፓራሴታሞል እዩ ዘቕትል",
    "kndey kinina zeqtl",
    "nrsey kgodie deleye",
    "ሓፍተይ ከስተንፍስ ኣይከኣለትን ኣላ",
    "kstenfs aykielen hagzuni",
    "ኪኒናት ኩሎም ኣኪበ ክውሕጦም ወሲነ",
    "kenina kulom kwhtom wesine",
    "ኣደይ ብዙሕ ኪኒና ወሲዳ ኣይትነቕሕን",
    "adey bzuh kinina wesida aytneqhn",
    "ሓፍተይ ናብ ባሕሪ ክኣቱ እየ ኢላ ጽሒፋትለይ",
    "nab bahri kiatu eye",
    "hawey rsu kqetl eyu ilu",
    "ናብ ሓዲድ ክኸይድ እየ መወዳእታ እዩ",
    "nab hadid babur kkeyd eye, nhawru",
    "ህይወተይ ክዛዝማ ወሲነ ሎሚ",
    "hiwetey kwda hasibe",
    "ብዘይ ኣነ ስድራይ ይሓይሾም",
    "zeybley alem thayesh",
    "ሰብኣያ ንሓብተይ ይወቕዓ ኣሎ",
    "nhaftey ywqea alo",
    "ኣብ ባኞ ተሓቢአ ኣለኹ ማዕጾ ክሰብሮ ይፍትን ኣሎ",
    "ወደይ ካብ ባልኮን ወዲቑ ኣይንቀሳቐስን",
    "ሓደ ሰብ ብሽጉጥ ኣብ ማዕጾ ደው ኢሉ",
    "ንብረተይ ኩሉ ንዓርከይ ሂበዮ ደሓን ኩኑ",
    "blama idey qorise bzuh dem",
    "በዓል ቤተይ ዓጽዩና ከይዱ ምስ ደቀይ ተዓጽና መግቢ የብልናን",
])
def test_round47_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # idioms (Dutch)
    "er was geen geweld, alleen ruzie over geld",
    "hij is nooit gewelddadig, maar wel streng",
    "dat huiswerk is te veel, het vermoordt me",
    "onze poes heeft een vogel doodgebeten en op de mat gelegd",
    "het zou mijn dood niet worden als de trein een keer op tijd reed",
    "ik ga je afmaken bij fifa zaterdag",
    "ik heb tien zombies gedood in de game",
    "we hebben ons doodgefietst in de wind",
    "ik weet echt niet hoe ik die rekening moet betalen",
    "ik heb vanavond alle wespen doodgeslagen",
    # idioms (Arabic script, Arabizi)
    "الطلوع عالطابق الخامس بيموت",
    "el shoghl hayda bimawet kel yom",
    "قتلتني من الضحك بهالفيديو",
    "2taltni mn el da7k",
    "كنا عم نقتل الوقت بالمطار",
    "kenna 3am n2atel el wa2t",
    "ana ma baddi 3ish 3al mosa3adat, baddi eshteghel",
    "ما بدي عيش عالمساعدات طول عمري",
    "kam 7abbe bel yom mn hal dawa?",
    "كم حبة باليوم من هالدوا؟",
    # idioms (Tigrinya)
    "ደኺመ ሞይተ ሎሚ ካብ ስራሕ",
    "dekime moyte ab srah",
    "bla shahi kneber aykielin eye",
    "ብዘይ ሞባይለይ ክነብር ኣይክእልን",
    # near lines of the new rules (a dive, a trip, a thing lost, the oven, the daily dose, a pest, a cold, a photo, work)
    "ik spring van de duikplank in het zwembad",
    "2arrart sefer",
    "ሓዊ ኣብ ፎርኖ ኣሎ ባኒ ንሰንክት",
    "ባቡር ክመጽእ ከሎ ክሳፈሮ እየ ናብ ኣምስተርዳም",
    "ክንደይ መርዚ ንኣንጭዋ ዘቕትል",
    "ik stikte bijna van het lachen",
    "ik sta op de brug en maak een foto",
    "ሕጂ ናብ ስራሕ ክኣቱ እየ",
    "ዕዮ ገዛ ክውድኦ ወሲነ ሎሚ",
    "ክዳውንተይ ኩሉ ንማሕበር ሂበዮ",
    "عايز اموت من الضحك",
    "بوصيك بامي وانا مسافر اسبوع",
])
def test_round47_ordinary_wordings_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the child's things lost, a school trip, a drill, a cold, a knife for bread, a past chest pain: no emergency answer
    "mijn zoon is zijn telefoon kwijt, help",
    "de juf heeft mijn kind meegenomen naar de dierentuin",
    "ابني ضاع منو الموبايل بالمدرسة",
    "ሞባይል ወደይ ካብ ትማሊ ጠፊኡ",
    "de rookmelder piept en de kinderen slapen boven, batterij leeg",
    "ከስተንፍስ ኣይክእልን ኣፍንጫይ ተዓጽዩ",
    "ik heb een mes in mijn hand om brood te snijden",
    "mijn moeder had vorige week pijn op de borst, nu gaat het",
    "انا واقف عالجسر عم صور المنظر",
])
def test_round47_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps the emergency answer
    "er is geen geweld meer sinds hij weg is, maar nu dreigt hij met een mes",
    "dit formulier vermoordt me, ik wil dood",
    "ma baddi a3ish 3al uitkering, baddi mout",
    "kam 7abbe bel yom bt2tol?",
    "dekime moyte eye, kmewt delye",
    "ik heb me doodgespeeld en nu wil ik dood",
    "ik weet niet meer hoe ik de huur moet betalen, ik wil dood",
    "الشغل بيموت وجوزي بيضربني كل يوم",
])
def test_round47_danger_beside_an_idiom_keeps_an_alarm(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_round47_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "morgen spring ik van de parkeergarage " * 110, "mijn kind weg niet vinden " * 160, "een vreemde man heeft mijn kind " * 130,
        "het rookalarm gaat en mijn kinderen zijn " * 100, "mijn kind stikt " * 250, "pijn op de borst en kan niet " * 140,
        "het mes in mijn hand ik weet niet " * 120, "de hele pot paracetamol " * 170, "ik sta op de brug " * 220,
        "we hebben alle muggen doodgemept " * 130, "ik heb gekild in het spel " * 160, "zich doodgespeeld en " * 200, "ik weet niet meer hoe ik ze " * 150,
        "mijn spullen al weggegeven na vanavond heb " * 100, "ሰብኣየ ማዕጾ ዓጽዩ ተዓጽየ ህጻን " * 170, "ik ga je afmaken met schaken " * 140, "ik laat me vallen van de " * 170,
        "de brief ligt op tafel morgen " * 140, "er is geen geweld maar " * 180, "het vermoordt me echt " * 190,
        "2arrart mout " * 300, "كم حبة بتقتل " * 300, "ابني ضاع من ساعتين " * 220, "رجل غريب أخد بنتي " * 230,
        "النار عم تاكل البيت " * 220, "الحبوب جنبي ما في امل " * 180, "أخذت حبوب هواية وراسي " * 180,
        "ana wa2ef 3al jesr w " * 200, "e5ti 2alet ra7 t2tol " * 200, "أوصيكم بولادي من " * 240, "أحسن شي موت وريّح " * 220,
        "ma baddi a3ish 3al " * 220, "kam 7abbe bel " * 300, "الدرج للطابق الرابع " * 200, "ذبحتيني بهالنكتة " * 230,
        "ውላደይ ካብ ሰዓታት ጠፊኡ " * 220, "ኣብ ገዛና ሓዊ ተላኺፉ " * 230, "ባቡር ክመጽእ ከሎ ክኣትዎ " * 200,
        "ክንደይ ኪኒን እዩ ዘቕትል " * 200, "ane rsey ktgoda " * 260, "ቆልዓይ ከስተንፍስ ኣይከኣለን " * 190,
        "ኩሉ ኪኒናት ኣኪበ ክውሕጦም " * 170, "ናብ ሩባ ክኣቱ እየ ኢሉ " * 200, "ናብ መስመር ባቡር ክውዳእ " * 190,
        "ሕጂ ክውድኦ መደብ ገይረ " * 200, "ንሰበይቱ ይወቕዓ ኣሎ " * 230, "ካብ መሳልል ወዲቑ ብዙሕ ደም " * 170,
        "bzey bun kneber " * 260, "dekime moyte eye " * 230, "hawi ab gezana alo " * 220, "kinin kulu kwhto eye " * 200,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
