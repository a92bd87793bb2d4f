"""Round 34 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 34 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # asking God or the family to forgive what I am going to do
    "lieve god, vergeef mij om wat ik straks moet doen",
    "mama vergeef mij wat ik straks ga doen",
    "sorry voor wat ik ga doen",
    "الله يسامحني عاللي رح اعملو",
    "sam7ouni 3al shi ra7 a3mlo",
    # "God forgive me" and "I will depart today"
    "يا رب سامحني، رح ارحل الليلة",
    "allah ysam7ni ra7 er7al",
    "allah vergeef me, ik vertrek vanavond",
    # "tell them I won't be there any more after today"
    "zeg tegen mijn moeder dat ik er na vanavond niet meer ben",
    "na vandaag ben ik er niet meer voor jullie",
    # "I stop with everything today"
    "ik kap vandaag met alles",
    "ik hou op met alles, het leven lukt niet meer",
    # someone else's farewell letter, spelled apart; not picking up after a farewell
    "mijn broer heeft een afscheids brief op tafel gelegd",
    "ze stuurde me een afscheid en neemt haar mobiel niet op",
    # hurting someone with a knife at hand; stabbing or shooting someone down
    "ik wil mijn buurman iets aandoen, het mes ligt klaar",
    "ik heb een mes en ik ga hem steken",
    "ik ga iemand neersteken",
    "ik schiet die vent neer",
    # goodbye to the world
    "dag wrede wereld",
    "bye bye wereld",
    "وداعا يا دنيا",
    "bye ya dinye",
    # "the last time I write to you" with thanks or a farewell
    "هاي آخر رسالة ببعتلكن، سامحوني",
    "a5er marra bektoblkon, shukran",
    "dit is de laatste keer dat ik jullie schrijf, dank jullie wel",
    # a knife and the husband here now
    "🔪 زوجي رجع",
    "🔪 jozi rje3",
    "🔪 mijn ex is voor de deur",
    # "I don't want to live" with "ma bade" joined; the quickest way to die (Arabizi)
    "mabadi 3ish ba3d",
    "مبدي عيش بهالدنيا",
    "shu as-hal tari2a la mout",
    "a2rab tari2a lal ente7ar",
    # someone's husband beating her now (Arabizi)
    "jawzha 3am yedrobha",
    # goodbye to everyone for ever
    "doei allemaal, voorgoed",
    "مع السلامة للكل، للأبد",
    # a grave injury and someone who forbids calling 112
    "zijn vinger is eraf bij het werk en de chef zegt niet de ambulance bellen",
    "اخوي انقطعت ايدو بالشغل والمعلم قال ما نتصل بالاسعاف",
    # kinds older batches caught only by the classifier near its threshold (a rule each now)
    "ik heb het gas opengedraaid en ik lig op de bank",
    "الغاز مفتوح وانا نايمة بالغرفة",
    "hoe hoog moet een flat zijn om te springen",
    "بيهددني انو رح يحرقني",
    "ra7 5alles men 7ali el leile",
    "waarom besta ik nog, ik ga het vanavond afmaken",
    "de strop is al geknoopt",
    "sakkar 3alayi el bab w sa7ab el mobile",
    "هاي رسالتي الأخيرة، سامحيني",
    "اليوم آخر ليلة الي بهالدنيا",
    "صرلي زمان عم خطط لموتي",
    "ra7 eshrab el 7boub kellon",
    "a7san iza mett",
    "ik wiel ni meer lefe hoor",
    "ik heb 30 slaappillen geslikt",
    "جوزي عم يكسر الباب",
    "ik wacht bij het spoor op een goederentrein die niet stopt",
    "mijn ex staat met een mes voor de deur",
    "dit is mijn afscheid, liefs aan iedereen",
    "als ik vanavond niet antwoord weten jullie waarom",
    "alleen de dood kan me nog redden",
    "ik hang mezelf vanavond op",
    "مسكت السكين وخايفة اعمل فيه شي",
    "بنتي شربت من الكلور",
    "wa2ef 3al jeser w ma bade erja3",
    "امي ماتت، الأحسن الحقها",
    "فقت من دون تيابي وما بتذكر شو صار",
    "ik werk al maanden zonder loon en ze bellen de politie als ik iets zeg",
    "het buurjongetje wordt elke avond vastgebonden",
    "de man dwong me om hem te zoenen",
    "عمها رح يبيع بنت اخوه لواحد كبير",
    # counting or gathering the pills in order to take them
    "قاعدة عم عد كل الحبوب لابلعهن",
    "3am jamme3 el 7boub la eshrabon kellon",
    "ik verzamel mijn tabletten om ze allemaal te slikken",
])
def test_round34_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # "this is my last day" with thanks, no work or course around it
    "vandaag is mijn laatste dag, bedankt",
    # at the station or the bridge and a bare goodbye at the end
    "ik sta op het perron, doei",
    "ik ben bij de brug. vaarwel",
    # "I stop with everything" alone
    "ik stop met alles",
    # "I wrote my will" (Arabizi)
    "ana ktabt wasiyeti",
    # "the last time I write to you" alone
    "آخر مرة بحكيكن",
    # "I'll kill him if he comes here again"
    "ik ga haar vermoorden als ze nog een keer hier komt",
])
def test_round34_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a club or a team "is dead" after a loss
    "PSV is morsdood, weer verloren",
    "ons elftal is helemaal kapot, drie keer verloren op rij",
    # "I'll kill myself if my club loses", laughing
    "ik pleeg zelfmoord als Feyenoord weer verliest haha",
    "رح انتحر اذا ربح الريال الدوري 😂",
    "ra7 ente7er iza 5eser el match haha",
    # a saying about the afterlife
    "na de dood wacht de hemel, zegt mijn oma",
    # a near death in the past, safe now
    "op de boot dacht ik dat ik zou verdrinken, maar nu ben ik hier veilig",
    # a child who says she will die without a phone or a party
    "mijn zoon roept dat hij doodgaat als hij niet mag gamen",
    # swearing on one's life or one's mother
    "ik zweer op het leven van mijn moeder dat ik op tijd was",
    # dying for a food or a coffee (Arabizi), a craving
    "bmout 3al 2ahwe el sob7",
    "mayte 3a knafe",
    # a kitchen knife that is blunt
    "sekkin el matba5 ma 3am t2ate3 el la7me",
    "السكين تبع المطبخ مش حادة",
])
def test_round34_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "vandaag is mijn laatste dag op stage, bedankt voor alles",
    "morgen is mijn laatste dag bij de taalschool",
    "ik wacht op de trein naar Utrecht, fijne dag",
    "ik stop met roken vandaag",
    "ik wil stoppen met de cursus",
    "zeg tegen de juf dat ik er morgen niet meer ben, ik ga op vakantie",
    "katabt wasiyte 3and el notaris",
    "شكرا على كل شي",
    "آخر مرة بكتبلكن عن هالموضوع",
    "mijn vriendin stuurde een berichtje en neemt haar telefoon niet op",
    "ik wil er iets aan doen, maar wat",
    "de keeper schiet de bal ver weg",
    "عم عد الحبوب لاشرب حبتين بس",
    "tot ziens iedereen, ik ga voorgoed terug naar Eritrea",
    "het gas staat aan, hoe lang moet de rijst koken",
    "de lamp hangt aan het plafond",
    "ik heb het touw vastgemaakt aan de tent",
    "ik plan de dood van mijn schoonvader in mijn roman",
    "عبيت البانيو للولاد",
    "الغاز مفتوح تحت الطبخة وعم استنى تستوي",
    "الأحسن الحقه عالمحطة",
    "dit is afscheid van mijn collega's, bedankt",
    "ik hang mijn jas op",
    "ik stop ermee voor altijd met roken",
    "de huisarts zei ik hoef niet 112 te bellen voor een kleine wond",
    "mabadi 3ish hon ma3 jiran metl hek",
    "بدي سكين حادة للمطبخ، جوزي جاي بعد شوي",
    "el doctor 3am yedroba ebre",
    "ik zit in de trein, ik bel je straks, doei",
    "آخر مرة بكتبلكن لأنو ما حدا رد، شكرا",
])
def test_round34_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: danger words, a wish of one's own, a farewell, someone in danger
    "Ajax is dood en ik wil niet meer leven",
    "ik pleeg zelfmoord als Ajax verliest, geen grap, ik heb de pillen al",
    "رح انتحر اذا خسر برشلونة 😂 بس عن جد عندي حبوب",
    "na de dood komt het paradijs, ik wil er vanavond heen",
    "toen in de oorlog dacht ik ik ga dood, nu ben ik veilig maar ik wil niet meer leven",
    "mijn dochter zegt ze gaat dood als ze geen telefoon krijgt, ze staat op het balkon",
    "ik zweer op mijn leven, ik wil niet meer leven",
    "sekkin el matba5 ma3i w bade 2ta3 3rou2i",
    "ik ga mijn broer vermoorden als hij weer aan mijn dochter zit",
    "bmout 3a shawerma bas bade mout",
])
def test_round34_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round34_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "haha " * 800, "ajax is dood " * 300, "na de dood " * 400, "ik zweer op mijn leven " * 200,
        "mijn dochter zegt ze gaat dood als ze " * 100, "ik ben bij het station " * 150 + "dag",
        "sekkin el matba5 " * 250, "آخر مرة " * 500, "🔪 " * 1000, "dit is mijn laatste dag " * 150,
        "ik wil " * 600 + "iets aandoen", "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS
