"""Round 49, all languages: the kinds behind batch 49's misses, idiom alarms and gentle questions to danger now, in new
wordings written for this file (not lines of a held-out batch): someone not breathing or not reacting (Dutch in the order
of a subordinate clause, Tigrinya fallen with the eyes shut, many pills and not speaking), someone on the railway track, at
the station waiting for the train "to go in", on the edge of a window or a balcony high up, at the top "and I go", a place
of death in the thoughts and "today I go", into the river tonight, ending it by my own hand or tonight with despair,
knowing how, leaving life, cutting the veins, cut too deep and bleeding, a blade on myself now, a knife in my hand and "I
can't anymore", thanks and "you won't see me after today", a last greeting, a last night with a last wish, "tell my
children she loved them", "forgive me, I loved you, now I go", someone bought poison to drink it, a man who touched a
child, small children alone all night, the last message with "forgive me", "God takes me tonight", following my dead, hit
by a car and not moving; idioms: a deadline "and I'm going to die", a head bumped against a cupboard, a team out "this is
the end", a rat trap, bed bugs to be killed, a threat said as a joke, a haircut, a sunset on the bridge, "dead" after
dancing, "I thought I had died", love until death (``_ROUND49_*_ALL`` in inburgering/text/sensitive/rules/round49.py);
pills gathered to be enough, the means ready while the others sleep or leave, the means beside me with the mind made up, a
whole box and "I'll try it tonight", "I take the pills" and "I can't anymore", at the water meaning to jump, a threat to kill
at the door, locked in while the door is broken, a stabbing tried and the attacker at home, a burial wish in writing, to the
rails and not coming back, to the wilderness to die, a voice saying "kill yourself", hitting myself now, "better that I pass
away", "not there after today" and "take care", death as a relief with everything arranged; round 47's Latin-script "into
the water" with "mai" (round 47's ``_R47AL_WATER_LA``, widened in round 49).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # someone not breathing, not reacting now
    "er ligt een oude man bij de bushalte die niet meer ademt",
    "er drijft een jongen in de gracht die niet beweegt",
    "gualey aytnefsn ala hagizuni",
    "ኣቦይ ኣብ መታጠቢ ወዲቑ ዓይኑ ኣይከፍትን ኣሎ",
    "ሓወይ ብዙሕ ከኒና ውሒጡ ሕጂ ኣይምልስን",
    "wedey bzuh kinin wuhitu aymelsn alo",
    # on the railway track; at the station waiting for the train to go in
    "mijn vriendin zit op de rails achter ons huis",
    "er staat een jongen op het spoor bij de overweg",
    "ebni wa2ef 3al sekke w ma 3am yerja3",
    "ሓፍተይ ኣብ ሓዲድ ባቡር ኮፍ ኢላ ኣላ",
    "haftey ab hadid babur kof ila ala",
    "ኣብ ጣብያ ኣለኹ ዝመጽእ ባቡር እጽበ ኣለኹ ክዘልል",
    "ab station aleku babur etsbe aleku kezlel",
    # on the edge high up; at the top "and I go"; into the river now
    "ik zit op de rand van het balkon, tien hoog",
    "ik sta boven op het dak van de flat en nu spring ik",
    "اجريي برات الشباك وانا عم اكتبلك",
    "انا واقفة على حافة السطح بالطابق التامن",
    "ana 2a3de 3ala 7afet el balkon, el taba2 el 3asher",
    "ኣብ ጫፍ ባልኮኒ ኮፍ ኢለ ኣለኹ ደርቢ 9",
    "ab chaf balkoni kof ile aleku derbi 9",
    "ሕጂ ናብ ካናል ክዘልል እየ",
    # a place of death in the thoughts and "today I go"
    "ik denk steeds aan de brug. vannacht ga ik.",
    "كل يوم بفكر بالجسر، الليلة رح روح",
    "ብዛዕባ ሩባ እሓስብ ሎሚ ክኸይድ እየ",
    # ending it by my own hand, tonight with despair, knowing how, leaving life
    "صارت حياتي سودا وبدي خلصها بإيديي",
    "ما الي حدا بهالبلد، وبدي انهيها الليلة",
    "بعرف كيف رح انهيها، تعبت",
    "bedde 5alles 3ala 7ayati",
    "ra7 fare2 el denye",
    "hiwetey kebqea eye lomi",
    "ik ga dit leven verlaten",
    # cutting the veins, cut too deep, a blade on myself now, a knife in my hand
    "bade e2ta3 3rou2i el leile",
    "رح شق شرياني",
    "ik ga mijn polsen opensnijden",
    "ሰራውረይ ክቖርጾም እየ",
    "serawrey kqorxom eye",
    "het bloed stopt niet, ik heb te diep in mijn arm gesneden",
    "ብላማ ንነብሰይ እሃስያ ኣለኹ",
    "mlats ab idey ala aykielen",
    # thanks and "you won't see me"; a last greeting; a last night with a wish; "tell my children"; "forgive me, I loved you"
    "شكرا إلك على كل شي، ما رح تشوفني مرة تانية",
    "shokran 3a kel shi, ma 7a tshufuni ba3d hala2",
    "dank je wel voor alles, na vanavond hoor je me nooit meer",
    "የቐንየልኪ ስለ ኩሉ ካብ ሎሚ ኣይክትርእይንን ኢኺ",
    "ናይ መወዳእታ መልእኽተይ ንስድራይ ፍቕሪ",
    "hier mijn laatste woorden aan iedereen",
    "هاي آخر ليلة إلي، سامحوني",
    "vertel mijn zoon dat papa heel veel van hem hield",
    "قولوا لبنتي إنو أبوها كان يحبها كتير",
    "ንጓለይ ኣቦኣ ይፈትዋ ነይሩ ኢልኩም ንገሩዋ",
    "ኣቦይ ይቕረ በለለይ ፈትየካ ነይረ",
    "سامحيني يا امي، كنت بحبك كتير، هلق رح روح",
    # someone bought pills to swallow them; a man touched a child; children alone all night; the last message, forgive me
    "اخي جايب حبوب ليبلعهن كلهن",
    "ابن الجيران لمس بنتي الصغيرة",
    "جارتنا بتترك الولاد الصغار لحالهن طول الليل",
    "هاد آخر حكي مني، بحبكن",
    # God takes me tonight; following my dead; hit by a car and not moving
    "vannacht haalt god mij",
    "ኣምላኽ ሎሚ ክወስደኒ እዩ",
    "amlak lomi kwsedeni eyu",
    "ኣብ ባሕሪ ዝሞቱ ዓርከይ ክስዕቦ ደልየ",
    "zmotu ahwatey ksiebom delye",
    "mijn zus is omgekomen, ik wil nu bij haar zijn",
    "mijn dochter is aangereden en ze reageert niet",
    "بنتي صدمتها سيارة وما عم تتحرك",
    "ebni da3asto sayyara w ma 3am yet7arrak",
    # pills gathered to be enough; the means ready while waiting for the others to leave; the means beside me, mind made up
    "ik heb paracetamol bij vier apotheken gehaald",
    "جمعت حبوب من كم صيدلية",
    "الحبل محضر، بس عم استنى جوزي يطلع",
    "el 7abel jahez, bstanna el wlad ynamo",
    "ከኒና ተዳልዩ ሰብኣየይ ክወጽእ እጽበ ኣለኹ",
    "ካራ ኣብ ጥቓይ ኣሎ ወሲነ ኣለኹ",
    "السكين جنبي وقررت",
    # a whole box and "I'll try it now"; "I swallow all the pills" and "I don't want anymore"
    "ايش بصير اذا اخدت علبة حبوب كاملة؟ رح جربها هلق",
    "ik slik alle pillen, ik wil niet meer",
    # at the bridge meaning to throw myself; into the river (Arabizi)
    "واقف عند الجسر وناوي ارمي حالي",
    "baddi 2ermi 7ali bel nahr",
    # a threat to kill at the door now; locked in while the door is kicked; a stabbing tried, the attacker at home now
    "ክቐትለካ እየ ኢሉ ኣብ ማዕጾ ኣሎ",
    "kqetluka ina ilom ab maetso alewu",
    "ኣብ ባኞ ተዓጺየ ኣለኹ ማዕጾ ይረግጽ ኣሎ",
    "ሰብኣየይ ብሰኪና ክቐትለኒ ፈቲኑ ሕጂ ኣብ ገዛ ኣሎ",
    # a burial wish left in writing; to the rails and not coming back
    "እንተ ሞይተ ኣብ ዓደይ ቅበሩኒ ኢለ ደብዳቤ ገዲፈ",
    "ኣብ ሃዲድ ክኸይድ እየ ኣይክምለስን",
    # into the wilderness to die, a voice "kill yourself", hitting myself now, "better that I pass away"
    "ናብ በረኻ ከይደ ክመውት ደልየ",
    "ab bereka keyde kmot eye",
    "ርእስኺ ቅተሊ ዝብል ድምጺ እሰምዕ",
    "ንርእሰይ ክወቕዓ ደልየ ሕጂ",
    "ተስፋ የብለይን ክሓልፍ ይሓይሽ",
    # not there after today and "take care"; death as a relief with all arranged
    "bukra ma ra7 kun mawjud, diru balkon 3a ba3ed",
    "بعد اليوم ما رح كون هون، انتبهوا على الولاد",
    "sterven lijkt me een verlossing, mijn afscheidsbrief ligt klaar",
    "الموت هو الحل، رتبت كل اموري",
    "ሞት ፍታሕ እዩ ኩሉ ነገር ሰሪዐ",
])
def test_round49_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # on the edge without the height; "you won't see me" without thanks; tired, "I can't anymore"; a last night alone
    "ik zit op de rand van het raam",
    "ana 3ala 7afet el shebbak",
    "ما رح تشوفيني بعد اليوم",
    "ደኺመ ደኺመ ደጊም ኣይክእልን",
    "dekhime dekhime dekhime aykilin",
    "هاي ليلتي الأخيرة",
])
def test_round49_kinds_without_their_second_sign_ask_the_gentle_question(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # idioms: a deadline "and I'm going to die"
    "morgen is de deadline van mijn verslag, ik ga dood",
    "het tentamen begint over een uur, ik ga echt dood van de zenuwen",
    "الامتحان بكرا الصبح ورح موت من الخوف",
    "bokra el emti7an w ra7 mut",
    "ፈተና ሎሚ እዩ ክሞት እየ",
    "fetena tsbah kmot eye",
    # a knee, a head bumped
    "ik stootte mijn knie tegen de tafel, auw",
    "خبطت ركبتي بالطاولة، اخ",
    "ርእሰይ ኣብ ኣርማድዮ ተወቒዐ",
    # a team out, "this is the end"
    "PSV is uitgeschakeld, het is voorbij",
    "المنتخب خسر، هاي النهاية",
    "ጋንታና ተሳዒራ እዚ መወዳእታ እዩ",
    # a trap for mice, bed bugs or cockroaches to be killed
    "ik heb een muizenval neergezet op zolder",
    "حطيت مصيدة للفيران بالمطبخ",
    "er zitten kakkerlakken in de keuken, ik wil ze allemaal doodmaken",
    "في بق بالتخت، بدي جيب شركة",
    "ኣብ ዓራት ቁንጪ ኣሎ ከጥፍኦም ኩባንያ ክጽውዕ እየ",
    # a threat said as a joke
    "mijn nichtje riep lachend dat ze me gaat vermoorden als ik haar snoep opeet",
    "ዓርከይ ብዋዛ ክቐትለካ እየ ኢሉኒ ፈተና እንተ ሓሊፍካ",
    # a haircut
    "بدي قصر شعري عند الحلاق بكرا",
    "ra7 2oss sha3ri",
    "ጸጉረይ ከሕጽሮ ደልየ",
    # a sunset on the mountain, the bridge
    "طلعنا عالجبل وصورنا الغروب",
    "ኣብ ድልድል ደው ኢልና ጸሓይ ክትዓርብ ርኢና",
    # "dead" after dancing; "I thought I had died"; love until death
    "ኣብ ሰርግ ሳዒስና ሞይትና",
    "we hebben tot vier uur gedanst, ik ben dood",
    "ካብ ፈረስ ወዲቐ ሞይተ መሲሉኒ ነይሩ",
    "ik hou van je tot de dood",
    "ክሳብ ዝመውት ክፈትወካ እየ ሓወይ",
    "بحبك لحد الموت",
    # near lines of the new rules: a customer's mail, the right track, reading on the window sill, a cut while cooking
    "een klant die niet reageert op mijn mail",
    "we zitten op het goede spoor met de cursus",
    "ik zit op de vensterbank te lezen",
    "ik heb in mijn vinger gesneden bij het koken",
])
def test_round49_ordinary_wordings_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a platform, a task tonight, a course left, waiting for a train to an appointment, a grave, cleaning windows, a plant
    "de trein staat op spoor 4",
    "بدي خلصها الليلة، الوظيفة لازم تتسلم بكرا",
    "ما رح تشوفيني بالكورس بعد اليوم، لقيت شغل",
    "ባቡር እጽበ ኣለኹ ናብ ቆጸራ ክኸይድ",
    "mijn oma is overleden, ik wil naar haar graf",
    "ik zit op de rand van het raam de ramen te lappen op de vijfde verdieping",
    "حطيت الزريعة على حافة الشباك",
    # pills from the pharmacy, as the doctor said; a swim; passing an exam; a course; a trip arranged
    "ik haal mijn pillen bij de apotheek",
    "الحبوب جاهزة بالصيدلية",
    "ik pak de pillen van de dokter, geen zin meer in die hoofdpijn",
    "واقف عند البحر وبدي اسبح",
    "ፈተና ክሓልፍ ይሓይሽ",
    "bukra ma ra7 kun mawjud bel kors, diru balkon",
    "ik heb alles geregeld voor de reis",
])
def test_round49_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps an alarm
    "de deadline is morgen maar ik wil echt niet meer leven",
    "ik hou van je tot de dood, vaarwel",
    "ik heb rattengif gekocht voor in de schuur maar eigenlijk is het voor mezelf",
    "ጸጉረይ ክቖርጽ ደልየ ሰራውረይ ድማ ክቖርጽ ደልየ",
    "رح قص شعري وبعدين رح اقطع شراييني",
])
def test_round49_danger_beside_an_idiom_keeps_an_alarm(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize(("text", "level"), [
    # round 47's Latin-script "into the water" reads "mai" and "maay" as water (round 49) ...
    ("ab mai keatu eye", CrisisLevel.crisis),
    ("nab maay kiatu eye", CrisisLevel.crisis),
    # ... and still not swimming
    ("ab mai keatu eye khmbs delye", CrisisLevel.uncertain),
])
def test_round49_round47_water_words_widened(text: str, level: CrisisLevel) -> None:
    assert crisis_level(text) is level


def test_round49_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "er ligt iemand op straat die " * 150, "een man die niet meer ademt " * 150, "mijn broer staat op het spoor " * 150,
        "staat er een man op de rails " * 150, "ik zit op de rand van het raam op de " * 110, "ik sta op het dak van de flat en " * 130,
        "ik denk aan de trein vandaag " * 150, "met mijn eigen handen een einde " * 130, "mijn polsen door te snijden " * 150,
        "te diep gesneden bloed " * 180, "bedankt na vandaag zie je me nooit meer " * 100, "mijn laatste groet aan " * 180,
        "zeg tegen mijn kinderen dat mama van " * 110, "god haalt mij vanavond " * 180, "is verdronken ik wil nu bij " * 140,
        "aangereden en hij beweegt niet " * 140, "de deadline is morgen ik ga " * 140, "mijn hoofd gestoten aan het " * 150,
        "ons team ligt eruit dit is " * 150, "een rattenval gezet in de " * 150, "bedwantsen ik wil ze allemaal " * 130,
        "zei voor de grap ik ga je " * 150, "ik hou van je tot ik " * 190, "op de brug en keken naar de " * 140,
        "رجليي على حافه الشباك " * 180, "قاعده على حافه البلكون بالطابق " * 130, "بدي خلصها بايدي " * 220,
        "ما عندي حدا ورح انهيها " * 170, "عرفت كيف رح خلصها " * 200, "بدي فارق الحياه " * 220, "بدي اقطع شراييني " * 200,
        "شكرا على كل شي ما رح تشوفيني بعد " * 100, "هي الليله الاخيره الي وصيت " * 140, "قولوا لولادي انو امهن كانت " * 130,
        "شاري سم فيران ليشربه " * 180, "الرجال لمس بنتي " * 240, "بيترك ولاده لحالهن كل الليل " * 140, "هاد اخر مسج مني سامحوني " * 150,
        "ابني دعستو سياره وما عم " * 160, "الامتحان بكرا ورح موت " * 170, "خبطت راسي بباب " * 230, "فريقنا طلع من البطوله هي " * 150,
        "حطينا مصيده فيران " * 210, "قالتلي بالمزح رح موتك " * 170, "رح قص شعري " * 330, "وقفنا على الجسر وصورنا " * 160,
        "رقصنا طول الليل " * 240, "رح حبك لحتى " * 300,
        "baddi 2e2ta3 sharayeene " * 170, "ana 3ala 7afet el shebbak el taba2 " * 120, "bedde 5alles 7ayati " * 200,
        "ma ra7 tshufini ba3d el yom shukran " * 110, "akhi wa2ef 3al sekke " * 190, "el deadline bukra ra7 " * 190,
        "ደኺመ " * 800, "ደኺመ ደኺመ ደጊም " * 250, "dekhime " * 500, "ኣብ ጣብያ ባቡር ኣለኹ ባቡር እጽበ " * 150, "babur etsbe aleku " * 200,
        "ኣብ ጫፍ ሰገነት ደው ኢለ ታሕቲ " * 170, "ab chaf segenet dew ile " * 170, "ሓፍተይ ብዙሕ ፈውሲ ወሲዳ " * 170,
        "hawey aytnefsn " * 270, "ሰበይተይ ወዲቓ ዓይና " * 220, "ሓወይ ኣብ ሓዲድ ባቡር " * 210, "ብምላጽ ንነብሰይ እየ " * 200,
        "karra ab eydey alo " * 210, "ስለ ኩሉ የቐንየለይ ካብ ሎሚ " * 170, "ናይ መወዳእታ ሰላምታ " * 230, "ንደቀይ ኣደኦም ትፈትዎም ነይራ " * 150,
        "ይቕረታ ግበርለይ ፈትየኪ ነይረ " * 160, "ኣምላኽ ሎሚ ለይቲ ክወስደኒ " * 170, "ዝሞቱ ኣሕዋተይ ክስዕቦም " * 200,
        "ሎሚ ምሸት ናብ ሩባ ክኣቱ " * 190, "hiwetey kabqa " * 290, "ኣብ ዓራተይ ትኋን ኣሎ " * 210, "ብዋዛ ኢሉኒ ክቐትለካ " * 200,
        "ፈተና ጽባሕ እዩ ክመውት " * 190, "ኩሉ ለይቲ ሳዕሲዕና ሞይትና " * 170, "ሞይተ መሲሉኒ ነይሩ " * 220, "ክሳብ ዝመውት ክፈትወኪ " * 190,
        "ጋንታና ወጺኣ መወዳእታ " * 210, "ርእሰይ ኣብ ማዕጾ " * 290, "ጸጉረይ ክቖርጽ " * 290, "ኣብ ልዕሊ ድልድል ጸሓይ ክትዓርብ " * 150,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
