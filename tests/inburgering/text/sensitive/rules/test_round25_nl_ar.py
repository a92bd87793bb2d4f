"""Round 25 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 25 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # a child not back from school, searched for
    "mijn dochter van 7 is niet thuisgekomen van school, we zoeken al twee uur",
    "ons kind is nog niet thuis en zijn telefoon staat uit, de politie weet het",
    "بنتي ما رجعت من المدرسة وتلفونها مسكر من ساعتين",
    "ابني ما اجا من المدرسة وصرلو ٣ ساعات",
    # going to God soon: a veiled goodbye (also Arabizi)
    "ik ga binnenkort naar God, ik heb alles geregeld",
    "rayi7 la3end rabbi 2ariban, sakkart kel shi",
    "مسافر لعند الله، سامحوني",
    # the waters broken far too early, labour at home without help
    "de vliezen zijn gebroken en ik ben maar 30 weken zwanger",
    "mijn water is gebroken, ik ben pas 25 weken",
    "mijn vrouw bevalt thuis en de ambulance is er nog niet",
    "مي الراس نزلت وأنا بالشهر السابع والإسعاف ما وصل",
    "مرتي بلشت تولد وما في حدا معنا، شو اعمل",
    "marti 3am twled bel bet w el is3af ma eja",
    # burning oneself on purpose
    "ik brand mezelf elke avond met een sigaret",
    "ik heb mijzelf weer verbrand met een aansteker",
    "حرقت إيدي بالولاعة عن قصد تالت مرة هالأسبوع",
    "7ara2t idi bel wal3a",
    # a noose or rope made and hanging
    "het touw hangt al aan de balk, er zit een strop aan die ik zelf heb gemaakt",
    "ربطت حبل بالسقف",
    "7abel m3alla2 bel ghorfe min jem3a",
    # a small child alone by the motorway or the railway
    "een peuter loopt alleen op het spoor bij het station",
    "een kleuter zonder ouders loopt op de rails",
    "في طفل لحالو عم يمشي عالاوتوستراد",
    "بنت الجيران عمرها ٥ سنين لحالها عالطريق السريع",
    # a child bleeding from the head; trapped under furniture
    "mijn zoontje bloedt uit zijn hoofd na een val van de trap",
    "opa ligt bekneld onder de kast en kan niet opstaan",
    "mijn oom zit klem onder een boom in de tuin",
    "جدتي علقانة تحت الخزانة من الصبح",
    # sextortion
    "hij zegt dat hij mijn naaktfoto's verspreidt als ik niet betaal",
    "بدو مصاري ولا رح ينشر الصور",
    "شب عم يهددني اذا ما بعتلو صور تانية بينشر الفيديو",
    # unconscious (low sugar), not waking up
    "mijn vader heeft een hypo en reageert niet meer",
    "ابوي واقع عالارض وما عم يفيق",
    "mama wa2e3a 3al 2ard w ma 3am tfi2",
    # smoke and flames indoors
    "er komen vlammen uit de meterkast en de gang staat vol zwarte rook",
    "er slaan vlammen uit de droger en de hal staat vol rook",
    "طالع دخان كثيف من المطبخ عند الجيران",
    # an attack planned with a bomb or a weapon
    "mijn buurjongen wil zaterdag op school schieten, hij heeft een pistool",
    "واحد بالكامب عم يحكي إنو رح يفجر حالو بالسوق، معو حزام ناسف",
    # the same kinds in Arabizi
    "fi walad zghir la7alo 3al autostrad",
    "jeddi 3al2an ta7t el khzene",
    "tal3a dukhan aswad mn bet el jiran",
    "fi wa7ed ra7 yfajjer 7alo bel souk",
])
def test_round25_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # someone's last day, a request to forgive or pray
    "mijn vriendin schrijft dat dit haar laatste nacht is en dat ik haar moet vergeven",
    "اليوم آخر يوم إلي بالدنيا، سامحوني",
    # thanks and a veiled goodbye
    "dankjewel voor alles, dit is mijn laatste bericht",
    # after death: the body, the debts, next to "I can't anymore" or "I am fine"
    "wat gebeurt er met je lichaam als je hier doodgaat zonder familie? maak je geen zorgen met mij gaat het goed",
    "لو انا مت مين بيدفع ديوني؟ تعبت",
    # a letter for the family, then into the sea; "I won't be there, won't need anything"
    "ik heb een brief voor mijn zus geschreven en morgen vroeg ga ik de zee in",
    "كتبت رسالة لأمي وبكرا رح فوت بالبحر",
    "ما رح كون موجود بكرا، وما عاد رح احتاج شي منكم",
    # evicted, in the street with a baby or the children
    "we zijn op straat gezet en zitten nu met de baby op het station",
    "طردونا من البيت ونايمين بالحديقة مع ولادي",
    "tarduna mn el bet w halla2 2a3dine bel m7atta ma3 el baby",
])
def test_round25_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ضاعت المفاتيح وابني عم يدور عليها",
    "قتلني الحر اليوم بالشغل",
    "الشوب ذبحنا بالصيف هون",
    "2atalni el 7ar",
    "wat moet je doen als er brand is? dat vraagt het examen",
    "vandaag hadden we een brandoefening op school",
    "عملنا تمرين على الإخلاء بالشغل اليوم",
    "بحبك موت يا قلبي",
    "ma badi mot abel ma shuf Amsterdam",
    "ik wil niet doodgaan voordat ik mijn kleinkinderen heb gezien",
    "mijn laptop viel van tafel en nu is hij helemaal dood",
    "in de les leerden we over huiselijk geweld en Veilig Thuis",
])
def test_round25_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "ik kook op een hoge vlam in de keuken",
    "ابني ما بيصحى بكير للمدرسة",
    "السكر عندي نزل شوي، شو لازم آكل؟",
    "wat een strop, de trein is weer te laat",
    "الحبل تبع الغسيل معلق بالبلكون",
    "laatste dag van de cursus, dank voor alles en doe de groeten aan de juf",
    "ik ben 28 weken zwanger en alles gaat goed",
    "een kind mag alleen naar school lopen vanaf welke leeftijd?",
    "de rookmelder piept, moet ik de batterij vervangen?",
    "جرس الدخان عم يزمر، لازم غير البطارية؟",
    "الدخان تبع الأركيلة عم يطلع من البلكون",
    "ابني ما رجع لسا من النادي، ايمتى بيسكر؟",
    "ik heb mijn hand gebrand aan de strijkbout, welke zalf moet ik gebruiken",
    "baddi el8i el maw3ed, marti 3am twled",
    "مرتي عم تولد هلق بالمستشفى، بدي الغي الموعد",
    "ما رح كون موجود يوم الخميس، فيني غير الموعد؟",
    "in de film gaat hij de bom laten ontploffen",
    "رايح عالجامع صلي لربي",
])
def test_round25_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round25_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ضاعت " * 900 + "رساله", "vlammen " * 600 + "keuken", "bom " * 900 + "gaat doen", "ما رح كون " * 500,
        "kind " * 900 + "alleen snelweg", "طفل " * 900 + "لحالو", "knm boek " * 500 + "over geweld",
        "brief " * 900 + "geschreven",
    )) < SPEED_LIMIT_SECONDS
