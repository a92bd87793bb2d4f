"""Round 51, all languages: the kinds behind batch 51's misses, idiom alarms and gentle questions to danger now, in new
wordings written for this file (not lines of a held-out batch): waiting for the train not to board it, a means thought of (or
"nobody would grieve") and "today I do it", water deep enough and "I go in" or in the water and not coming back, a plan with the
day set, my child beaten now (Latin-script Tigrinya, Arabizi), throwing myself before the train and someone else who wants to
kill himself tonight (Arabizi), the knife already in my hand, someone with a knife who threatens or chases me, driving the car
into a tree or a wall, "the river is the solution", nights awake thinking how I'll do it and planning how to die, Maghrebi "I
want to die", all the medicine laid out before me, medicine named and "I'll take it all", on a high floor and wanting to jump
(Tigrinya), "don't wait for me" with the rails or a bridge, "forgive me, all of you" written and no answer (Tigrinya), a baby
alone at home for hours, burning myself on purpose, "when I'm gone" with my things or children handed over, throwing plates or
chairs with the children crying, thinking all the time "of making myself away", going to a bridge with "the last time I
write", pills saved up, "better for them without me", "why am I alive" and an end put to everything, ending everything after
the children are asleep; idioms: killing time, an exam "will make me die", a knife for the food, dying of muscle ache
or of laughter, killed in a video game, a thing that "won't any more", a threat to kill "you" if you don't come to a party,
where to buy poison for pests (``_ROUND51_*_ALL`` in inburgering/text/sensitive/rules/round51.py).

NON-NATIVE WRITTEN (Arabic script, Arabizi, Tigrinya): needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text.sensitive import CrisisLevel, crisis_level
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # waiting for the train, not to board it
    'ik sta bij het perron en wacht op de sprinter, niet om in te stappen',
    'انا عالرصيف عم استنى الترين، مش لحتى اركب فيه',
    'ana 3al ma7atta 3am estanna el 2atar bas mesh la erkab',
    'ኣብ መደበር ባቡር ኣለኹ ነታ ባቡር እጽበያ ኣለኹ ክሳፈራ ግን ኣይኮንኩን',
    'ab station babur etsbe aleku ksafera aykonkun',
    # a means thought of, or nobody would grieve, and "today I do it"
    'ik denk al weken aan het spoor. vanavond doe ik het',
    'als ik dood ben mist niemand me, vannacht doe ik het',
    'كل يوم بفكر بالجسر، الليلة بعملها',
    'kel yom bfakker bel jisr, el leile ba3melha',
    'ብዛዕባ ድልድል ወትሩ እሓስብ ሎሚ ለይቲ ክፍጽሞ እየ',
    'entemotku zbeki yelen lomi kfsmo eye',
    # water deep enough and "I go in"; in the water and not coming back
    'de rivier is diep genoeg, ik stap erin',
    'انا بالنهر هلق وما رح ارجع',
    'ana bel ba7r w ma baddi erja3',
    'ኣብ ሩባ ኣለኹ ደጊም ኣይክምለስን',
    'ab ruba aleku aykmelesn',
    # a plan and the day set
    'ik heb een plan en de datum al gekozen',
    'عندي خطة ورسمت كل شي وحددت الليلة',
    '3andi 5ota w 7adadt el se3a',
    'መደብ ኣለኒ መዓልቲ ወሲነ',
    # my child beaten now (Latin-script Tigrinya, Arabizi)
    'gualey yhrmuwa alewu hji',
    '3am yedrbo binti hala2',
    # before the train; someone else tonight (Arabizi)
    'ra7 ermi 7ali ta7t el 2atar',
    'bidda tento7er el leile',
    # the knife already in my hand now
    'ik heb dat scheermesje nu in mijn hand',
    'kara ab idey ala hiji',
    'السكينة بإيدي هلق',
    # someone with a knife who threatens, chases me
    'hij loopt met een mes door het huis en dreigt',
    'عم يلحقنا بسكينة هلق',
    '3am yel7a2ni b sekkine',
    'ሓደ ሰብ ብካራ ይሰጉገኒ ኣሎ',
    # driving the car into a tree, a wall
    'ik rij zo met mijn auto tegen een boom',
    'بدي فوت بسيارتي عالشجرة',
    'ra7 sou2 el sayyara 3al 7et',
    # the spoor, the sea, the rope "is the solution"
    'misschien is het spoor de enige uitweg',
    'يمكن البحر هو الحل',
    'ገመድ ጥራይ እያ መፍትሒ',
    # nights awake thinking how I'll do it; planning how to die
    'ik lig al weken wakker en denk na hoe ik het ga doen',
    'عم فكر كيف انتحر',
    '3am fakker kif mut',
    'ብኸመይ ከም ዝሞት እሓስብ ኣለኹ',
    'bkemey kmot ehasb',
    # Maghrebi "I want to die"
    'بغيت نتحر',
    'bghit nmout',
    # all the medicine laid out before me
    'ik heb al mijn slaappillen naast me klaargelegd',
    'صفيت كل الحبوب جنبي عالتخت',
    'ኩሉ ከኒና ኣብ ቅድመይ ኣቐሚጠ',
    # medicine named and "I'll take it all"
    'عندي حبوب منوم وبدي ابلعهن كلهن',
    'ik heb een doos paracetamol gekocht, ik neem ze vannacht allemaal in',
    'ኩሉ ፓራሲታሞል ኩሉ ክውሕጦ እየ',
    'medhanit geziye kulu kwesdo eye',
    # on a high floor and wanting to jump (Tigrinya)
    'ኣብ ናሕሲ ህንጻ ኣለኹ ክዘልል ሓሲበ',
    'ab nahsi aleku knetir hasibe',
    # "don't wait for me" with the bridge
    'ደጊም ኣይትጸበዩኒ ናብ ድልድል ይኸይድ ኣለኹ',
    'wacht niet meer op mij, ik ga naar de brug',
    'لا تستنوني، رايحة عالجسر',
    # "forgive me, all of you" written and no answer (Tigrinya)
    'ንኹልኹም ይቕረታ ኢሉ ጽሒፉለይ ሕጂ ተሌፎኑ ኣይለዓልን',
    # a baby alone at home for hours
    'ህጻን በይኑ ኣብ ገዛ ሰዓታት ኮይኑ ይበኪ',
    'de peuter van de buren is al uren alleen thuis',
    'الطفل لحاله بالبيت من ساعات',
    # burning myself on purpose
    'ik brand mezelf met een sigaret',
    'حرقت ايدي بالسيجارة',
    'ነብሰይ ብሽጋራ ኣቃጺለ',
    # "when I'm gone" with my children; "from tomorrow I won't be alive, thanks for everything"
    'als ik er niet meer ben, zorg dan voor mijn kinderen',
    'من بكرا ما رح كون عايشة، شكرا على كل شي',
    # throwing plates, chairs with the children crying
    'mijn man gooit met borden, de kinderen huilen, help',
    'جوزي عم يكسر ويرمي الصحون والولاد عم يبكوا',
    # thinking all the time "of making myself away" (Dutch)
    'ik denk er de hele tijd aan om mezelf van kant te maken',
    'ik dacht er vaak aan om mezelf te doden',
    # going now to a bridge with "the last time I write"
    'ik ga nu naar de brug, dit is de laatste keer dat ik iets stuur',
    'رايح هلق عالجسر، هاي آخر مرة بكتبلكن',
    'ray7 hala2 3al jisr, akher marra bekteblkon',
    'ሕጂ ናብ ድልድል ክኸይድ እየ ናይ መወዳእታ ግዜ እየ ዝጽሕፍ',
    # pills saved up together (Dutch)
    'ik spaar al weken slaappillen op',
    'ik heb de pillen stiekem bij elkaar gespaard',
    # better for them without me
    'انا عبء على اهلي، احسن يرتاحوا مني',
    'احسن لعيلتي من دوني',
    'a7san yerta7u menni',
    'ብዘይብኣይ ይሓይሾም ስድራይ',
    # "why am I alive" and an end put to everything
    'ليش بعدني عايش، رح حط حد لكل شي',
    'lesh ba3dni 3ayesh, ra7 7ott 7add la kel shi',
    # decided to end everything after the children are asleep
    'تعبت، قررت انهي كل شي بعد ما ينامو ولادي',
    '2arrart anhi kel shi ba3d ma ynamo el wlad',
    'ደቀይ ምስ ደቀሱ ኩሉ ከብቅዖ እየ',
    'dekey ms deqesu kulu kebqeo eye',
])
def test_round51_crisis_kinds_get_the_emergency_answer(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # killing time
    'we doden de tijd met een spelletje kaart tot de bus komt',
    'عم نموت الوقت بالقهوة',
    '2a2tol el wa2t bel mobile',
    'ግዜ ንምቕታል ፊልም ረኣና',
    'gize nmqtal film reina',
    # an exam "will make me die" (Arabizi, Arabic script)
    'el emti7an bukra ra7 ymawwetni',
    'الفحص رح يموتني',
    # a knife for the food
    'قطعي اللحمة بالسكينة الكبيرة',
    'baddi 2atte3 el bati5 bel sekkine el kbire',
    'ስጋ ብካራ ቖሪጸዮ ኣብ ድስቲ ኣእትየዮ',
    'sga bkara qoritseyo',
    # dying of muscle ache; of laughter (Tigrinya spelling with ብስሕቕ)
    'na die training ga ik echt dood van de spierpijn',
    'ብቪድዮ ብስሕቕ ሞይተ',
    'bshq kmewt qeribe',
    # killed in a video game, the English loan
    'in die game heeft hij me meteen gekild',
    # a thing that "won't any more"
    'het is afgelopen met mijn oude laptop',
    'mijn scooter wil niet meer starten',
    # a threat to kill "you" if you don't come to a party
    'ናብ ሰርግና ዘይመጺእካ ክቐትለካ እየ 😂',
    'als je niet op mijn bruiloft komt, vermoord ik je haha',
    'اذا ما اجيت على عرسي بقتلك',
    # where to buy poison for pests
    'er zitten ratten in de schuur, waar koop ik rattengif',
    'في صراصير بالمطبخ، وين بشتري مبيد',
    'fi fi2ran bel bet, wein beshtri sam',
    'ኣብ ገዛና ኣንጭዋ ኣለዉ መርዚ ኣበይ ይርከብ',
    'anchwa alewu merzi abey yrkeb',
])
def test_round51_idioms_raise_no_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # near lines of the new rules: a train to meet someone, a bus instead, an exam to do today, swimming with the children, a
    # plan for a move or a wedding, a knife for bread or onions, a near accident told afterwards, the train against traffic
    # jams, nights awake over an exam, dying of laughter (Maghrebi), a week box, late and meeting friends at the bridge, a
    # baby asleep, burnt on a pan, away on holiday, a toddler's toys
    'ik wacht op de trein, niet om in te stappen maar om mijn zus op te halen',
    'de trein is uitgevallen, ik stap niet in de bus',
    'القطار تأخر، مش رح اركب فيه، باخد باص',
    'ik denk elke dag aan het examen, vandaag doe ik het',
    'كل يوم بفكر بالامتحان، اليوم بعملها',
    'انا بالبحر عم اسبح مع الولاد وما بدي اطلع',
    'ik heb een plan en de datum gekozen voor de verhuizing',
    'عندي خطة للعرس وحددت اليوم',
    'ik heb het mes al in mijn hand om het brood te snijden',
    'hij staat met een mes in de keuken uien te snijden',
    'ik ga bijna met de auto tegen een boom, het was glad',
    'de trein is de oplossing voor de files',
    'ik lig al nachten wakker en denk na hoe ik het ga doen met het examen',
    'بغيت نموت من الضحك',
    'ik heb al mijn pillen in de weekdoos gesorteerd',
    'wacht niet op mij, ik ben laat, ik ga eerst naar de brug om vrienden te zien',
    'de baby slaapt, ik ben even alleen thuis',
    'ik heb me gebrand aan de pan',
    'als ik er morgen niet meer ben omdat ik op vakantie ga, geef de planten water',
    'mijn zoontje gooit met zijn speelgoed en huilt',
    'ik ga nu naar de brug om vrienden te zien, dit is de laatste keer dat ik iets stuur vandaag',
    'احسن لولادي يروحو عالمدرسة بكير',
    'بدي حط حد لكل شي مع جاري، تعبت من المشاكل',
    'ደቀይ ምስ ደቀሱ ኩሉ ዕዮ ገዛ ክውድኦ እየ',
])
def test_round51_near_lines_get_no_emergency_answer(text: str) -> None:
    assert crisis_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a real danger beside the idiom keeps the emergency answer (the vetoes, and the poison's "not for the mice")
    'ik dood de tijd op het station, maar eigenlijk wil ik dood',
    'عم موت الوقت بالمحطة، بس بدي انتحر',
    'ግዜ ንምቕታል ኣብ ጣብያ ኣለኹ ግን ክሞት ደልየ',
    'baddi 2atte3 el bati5 bel sekkine, bas ana baddi mut',
    'er zitten ratten in de schuur, waar koop ik rattengif? niet voor de ratten, voor mezelf',
    'وين بشتري سم فيران؟ مو للفيران، الي',
    'ik ga dood van de spierpijn en ik wil eigenlijk dood',
    'mijn laptop wil niet meer opladen en ik wil niet meer leven',
])
def test_round51_danger_beside_an_idiom_keeps_the_alarm(text: str) -> None:
    assert crisis_level(text) is CrisisLevel.crisis


def test_round51_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik wacht op de trein niet om in te " * 110, "ik denk steeds aan de brug vandaag doe ik het " * 90,
        "de rivier is diep genoeg ik stap " * 120, "ik heb een plan en de datum " * 140, "ik heb het mes al in " * 190,
        "staat met een mes en dreigt " * 150, "ik ga met de auto tegen een " * 140, "is de rivier de enige " * 170,
        "nachten wakker denk na hoe ik het ga " * 110, "ik heb al mijn pillen naast me " * 130, "paracetamol ik neem ze " * 170,
        "wacht niet meer op mij ik ga naar " * 120, "baby alleen thuis uren " * 170, "ik brand mezelf met een " * 160,
        "als ik er niet meer ben zorg voor mijn " * 100, "gooit met borden help " * 180, "de tijd doden " * 290,
        "ga dood van de spierpijn " * 160, "heeft hij me gekild " * 200, "is afgelopen met mijn oude " * 150,
        "mijn scooter wil niet meer " * 150, "verjaardag vermoord ik je " * 150, "ratten waar koop ik gif " * 170,
        "انا بالمحطه عم استني القطار بس مو لاركب " * 100, "كل يوم بفكر بالجسر الليله بعملها " * 120, "انا بالنهر وما رح ارجع " * 170,
        "عندي خطه وحددت اليوم " * 190, "السكين بايدي هلق " * 230, "عم يلحقني بسكين " * 240, "رح سوق السياره عالحيط " * 180,
        "البحر هو الحل " * 270, "عم خطط كيف موت " * 250, "بغيت نموت " * 400, "حطيت كل الادويه قدامي " * 180,
        "دوا الضغط بدي اشربه كله " * 160, "لا تستنوني رايحه عالجسر " * 160, "الطفل لحاله بالبيت من ساعات " * 140,
        "حرقت ايدي بالسيجاره " * 200, "بكرا ما رح كون موجود شكرا علي كل شي " * 110, "عم يكسر ويرمي الصحون عم يبكو " * 130,
        "عم موت وقت " * 370, "الامتحان رح يموتني " * 200, "قطعي اللحمه بالسكينه الكبيره " * 140, "عرسي بقتلك " * 340,
        "وين بشتري سم فيران " * 210,
        "3am estanna el 2atar mesh la erkab " * 120, "bfakker bel jisr el leile ba3melha " * 120, "bel ba7r ma baddi erja3 " * 170,
        "3ndi 5otta w 7addadt el yom " * 140, "3am yedrbo binti hala2 " * 180, "ra7 ermi 7ali 2oddam el train " * 140,
        "bdo yento7er el lele " * 200, "el sekkine b2idi hala2 " * 180, "3am yel7a2ni b sekkine " * 180,
        "ra7 sou2 el sayyara 3al 7et " * 140, "3am fakker kif mut " * 210, "bghit nmout " * 350, "el emti7an ra7 ymawwetni " * 160,
        "mawwet wa2t " * 340, "bati5 bel sekkine el kbire " * 150, "fi2ran wein beshtri sam " * 170,
        "ኣብ ጣብያ ባቡር እጽበ ክሳፈሮ ኣይኮንኩን " * 130, "እንተሞትኩ ዝሓዝን የለን ሎሚ ክፍጽሞ እየ " * 120, "ኣብ ሩባ ኣለኹ ኣይክምለስን " * 170,
        "መደብ ኣለኒ መዓልቲ ወሲነ " * 190, "ብካራ ይሰጉገኒ ኣሎ " * 230, "ገመድ ጥራይ እያ መፍትሒ " * 190, "ብኸመይ ከም ዝሞት እሓስብ " * 190,
        "ኩሉ ከኒና ኣብ ቅድመይ ኣቐሚጠ " * 160, "ፓራሲታሞል ኩሉ ክወስዶ እየ " * 170, "ኣብ ሓምሳይ ደርቢ ኣለኹ ክዘልል ደልየ " * 140,
        "ደጊም ኣይትጸበዩኒ ክሓልፍ እየ " * 160, "ይቕረታ ግበሩለይ ጽሒፉለይ ስልኪ ኣይምልስን " * 120, "ሕጻን በይኑ ሰዓታት " * 230,
        "ነብሰይ ብሽጋራ ኣቃጺለ " * 210, "ግዜ ንምቕታል " * 370, "ብስሕቕ ክመውት ቀሪበ " * 220, "ዓሳ ብካራ ኣጽርየዮ " * 250,
        "ልደት ክቐትለካ እየ " * 250, "ኣንጭዋ መርዚ ኣበይ ይግዛእ " * 180,
        "wedey yewqawo alewu hji " * 170, "kara ab idey ala hji " * 200, "ab station babur ksafero aykonkun " * 120,
        "ab derbi aleku kzel hsibe " * 160, "anatsu meqtali abey ygezea " * 150, "gize nmqtal " * 340,
        "ik denk er steeds aan om mezelf " * 130, "naar de brug laatste keer dat ik " * 130, "pillen bij elkaar gespaard " * 150,
        "احسن يرتاحوا مني " * 240, "ليش لسا عايش رح حط حد " * 180, "قررت انهي كل شي بعد ما ينامو " * 130,
        "a7san yerta7u menni " * 200, "ብዘይብኣይ ይሓይሾም " * 260, "ደቀይ ምስ ደቀሱ ኩሉ ከብቅዖ " * 170,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS
