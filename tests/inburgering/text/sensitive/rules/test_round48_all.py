"""Round 48, all languages: the kinds behind batch 48's misses, idiom alarms and gentle questions to danger now, and round
47's leftovers, in new wordings written for this file (not lines of a held-out batch): going to the water or the bridge
and not coming back, "klaar met leven", a farewell with the hour, "if I don't write back it has happened", looked up how
with despair, a plan and a date, the means ready with despair, a partner hitting with a chair, a child outside at night
that nobody lets in, a letter left for the family, a caregiver who burned a child, a minor forced to marry, "I don't
belong in this world" (Dutch); going to the sea and not coming back, a farewell with "I can't go on", "not in this world
after today", a letter left on the table, the rope prepared, the means beside me with thoughts that do not stop, drinking
the cleaner, someone at the window saying he'll jump, at the track "when the train comes", a beating going on, a burned
child, a threat with the threatener at home now (also under a condition: round 17's cap), Iraqi "if I tell" (حچيت), a
minor forced to marry, "yentehr" with "h", lying on the floor with the eyes closed (Arabic script, Arabizi); going to the
river and not coming back, "not here before dawn", "you won't see me from now", a letter left, someone's farewell and
now unreachable, ending it tonight, decided how, decided to disappear, "I should not be in this world", pills gathered
with "someone should know", on a roof meaning to jump, waiting for the train on the rails, at the river meaning to go in,
fallen and not breathing, "better for everyone if I weren't", self-harm again today, a minor forced to marry, "she says
she'll kill herself" (Tigrinya, Ge'ez and Latin); idioms: killing time, a trap for the mice, a "deadly" wait (Dutch), a
film that ends with the hero dying (Arabic script), killed at the gym, a pill for the back pain, swimming at the pool, a
scary film (Tigrinya) (``_ROUND48_*_ALL`` in inburgering/text/sensitive/rules/round48.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # Dutch
    "ik loop nu naar het kanaal en ik kom nooit meer terug",
    "ik ben echt klaar met het leven",
    "dit is mijn vaarwel, sorry voor alles",
    "binnen een kwartier ben ik voorgoed weg, zeg tegen mama dat ik van haar hou",
    "als ik niet meer reageer, dan ben ik er niet meer",
    "ik heb al gegoogeld hoe ik het ga doen, ik zie het niet meer zitten",
    "ik heb een plan en de datum staat vast, het heeft geen zin meer",
    "het touw hangt al klaar, ik wil niet meer",
    "help, mijn vriend gooit met een fles naar me",
    "een peuter van de buren staat 's nachts in de kou op de galerij en niemand doet open",
    "ik heb een brief aan mijn kinderen geschreven, het spijt me",
    "mijn stiefvader heeft mijn zusje met een sigaret verbrand",
    "mijn nichtje is 15 en moet van haar vader trouwen met een man uit Syrië",
    "ik hoor niet op deze wereld",
    # Arabic script, Arabizi
    "رح روح عالنهر وما رح ارجع",
    "الوداع يا جماعة، ما عاد فيني اتحمل",
    "بعد اليوم ما رح كون موجود بهالدنيا",
    "كتبت رسالة لامي وتركتها عالتخت",
    "جهزت الحبل بالسقف",
    "الحبوب قدامي وما بقدر اوقف التفكير",
    "بفكر ابلع كلور وخلص",
    "اخي طالع عالسطح وعم يقول رح يرمي حالو",
    "انا عند السكه ولما يقرب القطار بنط",
    "جوز امي عم يضرب امي من ساعة وهي عم تصرخ",
    "3ammi 3am yedrob ebno hala2",
    "ابوي حرق ايد اختي الصغيرة بالسيجارة",
    "ابوي قال رح يقتلني، وهو هلق بالبيت",
    "اخوي قال رح يذبحني اذا ما عطيتو المصاري، وهو هلق بالبيت",
    "اخوي يكول راح يذبحني اذا حچيت لامي",
    "بنتي عمرها 14 وأبوها بدو يزوجها غصب عنها",
    "sa7bi bado yentehr bukra",
    "ختيار مرمي عالارض بالشارع وما عم يفتح عيونو",
    "ma 3ad fiyi, bukra ma ra7 kun mawjud 5alas",
    # Tigrinya, Ge'ez and Latin script
    "ናብ ሩባ ክኸይድ እየ ደጊም ኣይክምለስን",
    "ቅድሚ ወጋሕታ ኣይክህሉን እየ ደሓን ኩኑ",
    "dehan kunu, kab hji ayitrkbunin ikum",
    "ንኣደይ ደብዳቤ ጽሒፈላ ደሓን ኩኑ",
    "ሓፍተይ ኣብ ኢንስታግራም መፋነዊ ጽሒፋ ሕጂ ስልኪ ኣይትቕበልን",
    "ተስፋ የብለይን ሎሚ ምሸት ክውድኦ እየ",
    "ሓሳብ ሞት ኣይገድፈንን ብኸመይ ከም ዝገብሮ ፈሊጠ",
    "ደኺመ ስራሕ የለን ክጠፍእ ወሲነ",
    "ኣብዚ ዓለም ክነብር ኣይግባእን እየ",
    "ኪኒናት ኣኪበ ኣለኹ ሓደ ሰብ ክፈልጦ ደልየ",
    "ኣብ ናሕሲ ህንጻ ኣለኹ ክዘልል ወሲነ",
    "ab hadid aleku, babur etsbe aleku",
    "ኣብ ጥቓ ሩባ ደው ኢለ ኣለኹ ናብ ሩባ ክዘልል ወሲነ",
    "abuy wediqu aytenfsn alo",
    "ane entezeyhalu deqey yhayshom",
    "ነብሰይ ክጎድኣ ሕጂ'ውን ክገብሮ እየ",
    "ሓፍተይ 15 ዓመታ ኣቦይ ብሓይሊ ከመርዕዋ ይደሊ",
    "hawey nebsu kqetl eyu ybl alo",
])
def test_round48_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # idioms (Dutch)
    "in de wachtkamer doden we de tijd met een spelletje",
    "ik zet een muizenval tegen de muizen in de kelder",
    "die wachtrij bij de gemeente was echt dodelijk",
    # idioms (Arabic script)
    "الفيلم بيخلص انو البطل بيموت",
    # idioms (Tigrinya)
    "ab gym lomi teqetilna",
    "ኣብ ጂም ተቐቲልና ሎሚ",
    "ንቃንዛ ሕቖ ሓደ ኢቡፕሮፈን ወሲደ",
    "ምስ ዓርከይ ኣብ ፑል ክንሕምብስ ኢና",
    "ፊልም ዘፍርሕ ርኢና ድቃስ የብለይን",
    # near lines of the new rules (a class, a form, a pill box, playing in the snow, an appointment, a washing line, mice,
    # a task)
    "dit is mijn afscheid van de taalschool, bedankt voor alles",
    "ik heb opgezocht hoe ik het formulier moet invullen",
    "de pillen van oma liggen klaar in de weekdoos",
    "de kinderen zitten buiten in de sneeuw te spelen",
    "بكرا ما رح كون موجود، عندي موعد بالمستشفى",
    "حضرت الحبل للغسيل عالبلكون",
    "بدي اشتري سم فيران للمطبخ",
    "ሎሚ ስራሕ ክውድኦ እየ",
])
def test_round48_ordinary_wordings_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a night elsewhere, a return planned, a door slammed, a sibling fight, a bare "not there tomorrow", an appointment
    # missed, a fear of falling, water: no emergency answer
    "ik ga naar het station en kom vanavond niet terug, ik slaap bij mijn zus",
    "mijn man slaat met de deur als hij boos is",
    "ጽባሕ ኣብ ቆጸራ ኣይክህሉን እየ",
    "بدي روح عالبحر وما ارجع لبكرا الصبح",
    "ابني عم يضرب اخوه الصغير، شو اعمل؟",
    "بكرا ما رح كون موجود",
    "ኣብ ደርቢ ኣለኹ ክወድቕ እየ ዝመስለኒ በረድ ኣሎ",
    "بدي اشرب مي بس ما في",
    "ik ga naar de zee en kom pas morgen terug",
])
def test_round48_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps an alarm
    "we doden de tijd in de wachtkamer, maar ik wil echt dood",
    "deze hitte is dodelijk en ik wil niet meer leven",
    "ik heb gif gekocht voor de ratten maar eigenlijk voor mezelf",
    "ab gym teqetile, kmot delye",
    "ንቃንዛ ርእሲ ክልተ ፓራሰታሞል ሰትየ፡ ሎሚ ግን ኩሉ ሳጹን ክሰትዮ እየ",
])
def test_round48_danger_beside_an_idiom_keeps_an_alarm(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


def test_round48_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik ga naar de brug en " * 200, "ik kom niet meer terug " * 180, "ik ben klaar met leven " * 180, "dit is vaarwel over een uur " * 150,
        "als ik niet terugschrijf dan " * 140, "ik heb al opgezocht hoe ik het " * 130, "ik heb een plan en een datum " * 140,
        "de pillen liggen klaar ik kan niet meer " * 100, "mijn man slaat met een stoel " * 140, "het kind van de buren zit buiten " * 120,
        "ik heb een briefje voor mijn moeder " * 110, "heeft mijn zusje verbrand " * 160, "mijn zus van 15 moet trouwen " * 140,
        "de tijd te doden " * 240, "een val gezet voor de ratten " * 140, "deze hitte is dodelijk " * 180,
        "بدي روح عالبحر وما " * 220, "وداعا ما عاد فيني كمل " * 180, "بكرا ما رح كون موجود " * 180, "كتبت رساله لولادي وحطيتها " * 150,
        "حضرت الحبل " * 350, "السكين جنبي وما عم بقدر " * 160, "عم فكر اشرب ماده التنظيف " * 150, "قاعد عالشباك وعم يقول رح " * 150,
        "انا بالمحطه ولما يجي القطار " * 140, "عم يضرب مرتو من ساعه " * 180, "مرت ابوي حرقت ايد اخي " * 170,
        "زوجي قال رح يحرقني وهو هلق بالبيت " * 110, "يذبحني اذا حچيت " * 220, "عمرها 16 يجوزوها غصب " * 180,
        "bado yentehr " * 300, "مرميه عالدرج وما عم تفتح " * 150, "قصه بتخلص انو بيموتو " * 180, "ana fo2 3al sat7 w naweh " * 150,
        "ናብ ባቡር ጣብያ ክኸይድ እየ " * 180, "ቅድሚ ንግሆ ኣይክህሉን " * 220, "ንደቀይ ደብዳቤ ጽሒፈሎም " * 200, "መፋነዊ ጽሒፉ ኣበይ ከም ዘሎ " * 170,
        "ክጸውሮ ኣይከኣልኩን ሎሚ ለይቲ " * 150, "ክጠፍእ ወሲነ " * 330, "ኣብዚ ዓለም ክህሉ " * 270, "ከኒና ገዚአ ኣለኹ ዝኾነ ሰብ " * 170,
        "ኣብ ሰገነት ደርቢ 10 ኣለኹ " * 180, "ab babur hadid aleku babur ytsbe " * 120, "adey wediqa ayitzarebn " * 170,
        "ane entezeyhalu " * 250, "ንነብሰይ ክሃስያ ደጋጊመ " * 200, "hafitey resa ktqetl eya " * 160, "ኣብ ጂም ሎሚ ተቐቲለ " * 200,
        "ንርእሲ ሕማም ክልተ ፓራሰታሞል " * 150, "dehan kunu kab lomi " * 200, "16 ametey eye kmreo " * 200,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # the lead: a relative's wedding is no forced marriage, even when the writer says how old they are
    ("ik ben 16 en mijn zus gaat trouwen, moet ik een jurk kopen?", CrisisLevel.none),
    ("Ik ben 17, mijn neef trouwt in juni, mag ik dan vrij van de les?", CrisisLevel.none),
    # ... but the writer's own marriage, or a sister who is a child, forced or unwilling, stays an emergency
    ("ik ben 15 en mijn ouders willen dat ik trouw, mijn zus gaat ook trouwen en ze kopen al een jurk", CrisisLevel.crisis),
    ("mijn zus gaat trouwen, ze is 15 en wil het niet", CrisisLevel.crisis),
    ("mijn zus van 15 moet trouwen, ik moet een jurk kopen", CrisisLevel.crisis),
    ("mijn zus gaat trouwen maar ze moet trouwen met onze neef, ik ben 16", CrisisLevel.crisis),
])
def test_round48_lead_a_relatives_wedding(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level
