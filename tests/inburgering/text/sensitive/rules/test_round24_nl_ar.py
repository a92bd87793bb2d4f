"""Round 24 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 24 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import time

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, crisis_level, matching_view


@pytest.mark.parametrize("text", [
    # a lethal amount or height asked for oneself
    "wat is een dodelijke dosis slaappillen? ik vraag het voor mezelf",
    "hoe hoog moet een brug zijn om het niet te overleven",
    "قديش حبة دوا ضغط بتموت؟ عم اسأل عن حالي",
    "kam 7abbet panadol bt2tol? 3am bs2al la 2ili",
    # a young child missing
    "mijn zoontje van 6 is kwijt, ik zoek al twee uur overal",
    "بنتي مش لاقيتها من ساعتين، دورت بكل مكان",
    "ebni da3 bel souk, 3omro 5 snin, mish la2ino",
    # no food for days, hungry children, no money
    "al drie dagen geen eten in huis en de kinderen huilen van de honger",
    # hot oil or boiling water, the skin comes off
    "kokend water over de benen van mijn dochter, de huid komt los",
    # a child with a very high fever who hardly reacts or fits
    "zoon gloeit van de koorts, 40,5, hij is heel slap en reageert nauwelijks",
    "ابني حرارتو عالية كتير وعم يختلج",
    # "I don't know if I'll be alive tomorrow", "I won't be alive", "I took something"
    "ik weet niet of ik morgen nog leef",
    "ما بعرف اذا رح كون عايش بكرا",
    "موعدي الخميس بس ما رح كون عايشة لهداك الوقت",
    "بلعت شي وهلق راسي تقيل، ما بدي قول شو",
    # going to a dead relative tonight
    "mama is vorig jaar gestorven, vannacht ga ik naar haar toe",
    "بدي الحق امي اللي ماتت، الليلة رح كون معها",
    # pregnant and bleeding, first person (Dutch, Arabizi)
    "ik ben zwanger en ik bloed heel erg",
    "ana 7amel w 3am enzef ktir",
    # all my named medicines swallowed
    "ik heb al mijn slaappillen ingenomen",
    # jumping from a high place (Arabic, Arabizi)
    "بدي نط من البلكون",
    "baddi n2ot min el balkon",
    # an engine or charcoal in a closed room
    "المحرك شغال والكراج مسكر وانا جوا",
    "ولعت فحم بالغرفه وسكرت الشبابيك",
    "ana bel sayyara bel garage w el motor sh8'al",
    # a blade on the wrist or throat
    "de schaar staat op mijn pols",
    "حاطط الموس على رقبتي",
    "el sekkine 3ala ma3sami",
    # a battery or magnet swallowed (Arabizi)
    "binti bal3et battaria",
    # petrol or paraffin drunk
    "ابني شرب كاز من القنينة",
    "ibni shereb kaz min el 2annine",
    # the same kinds in standard Arabic
    "لا أجد ابنتي منذ الصباح، عمرها خمس سنوات",
    "أشعلت الفحم في غرفة النوم وأغلقت النوافذ",
    "لا أعرف إن كنت سأبقى حياً حتى الغد",
    "سأقفز من الشرفة الآن",
    "أنا حامل وأنزف بشدة",
    "ابتلع ابني بطارية صغيرة",
    "ابني حرارته ٤٠ ولا يستجيب",
    # lying down on the railway, a baby thrown, pills prepared "to end everything", sent abroad to marry
    "بدي نام ع سكة القطار الليلة",
    "زوجي هز البيبي بقوة ورماه عالكنباية",
    "جهزت الحبوب تحت المخدة وعم فكر خلص من حياتي",
    "بدهم يسفروا اختي الصغيرة لتتزوج وهي ما بدها وعم تبكي",
])
def test_round24_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "hoeveel slaappillen zijn dodelijk voor een volwassene",
    "ik wil gewoon springen",
    "بدي انط",
    "mijn kind is vermist sinds vanmiddag",
])
def test_round24_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "de stroom is uitgevallen, alles donker, nu weer licht",
    "vanochtend viel het licht in de hele flat uit, nu is het gemaakt",
    "الكهربا انقطعت بكل الحارة ساعتين",
    "we hadden ruzie over de vakantie maar het is bijgelegd",
    "تشاكلت مع اختي بس رجعنا تصالحنا",
    "t5ana2t ma3 jozi bas tsala7na",
    "بنتي قالت رح اقتلك لاخوها وهي عم تمزح",
    "bij ons zeggen ze 'ik maak je af' als grap tegen vrienden",
    "b7ebak mout ya albi",
    "is het erg als de baby een klein beetje tandpasta heeft ingeslikt?",
    "na de marathon: mijn benen zijn helemaal dood",
    "الرشح هدني اسبوع بس هلق احسن",
    "ما رح ضل عايش بلا قهوة الصبح",
])
def test_round24_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    "mijn dochter is weg naar school",
    "kind kwijt in de winkel, na 5 minuten gevonden bij de kassa",
    "hoeveel paracetamol is te veel per dag? het is voor mezelf, ik heb hoofdpijn",
    "ابني ضاع منو الموبايل بالمدرسة",
    "binti da3et el mobile taba3a",
    "ik heb mijn tong verbrand aan de hete soep",
    "mijn zoon heeft koorts, 39 graden, hij slaapt veel maar drinkt goed",
    "ما رح كون موجود بالبيت بكرا، فيكن تجو بعد الضهر؟",
    "رح كون ميت من التعب بعد الشغل",
    "ابوي توفى الله يرحمو، رح روح لعند امي بكرا",
    "ik ben zwanger en moet bloed laten prikken, waar kan dat?",
    "mijn opa is vorig jaar overleden, vandaag ga ik naar zijn graf",
    "ik spring een gat in de lucht, ik ben geslaagd",
    "بدي نط عالترامبولين مع الولاد",
    "ولعنا فحم للارجيله عالبلكون",
    "de schaar ligt op tafel, kun je hem pakken",
    "ik heb iets genomen tegen de hoofdpijn",
    "السيارة بتشرب بنزين كتير",
    "ما رح كون عايش بلا النت",
])
def test_round24_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


def test_round24_nl_ar_a_quarrel_with_blows_is_not_cut_out() -> None:
    # The quarrel that was "made up" is an idiom only without blows in between.
    assert sensitive.pattern_level("تخانقت مع جوزي وضربني وكسر ايدي بس بعدين تصالحنا") is CrisisLevel.crisis
    assert crisis_level("we hadden ruzie en hij sloeg me tot ik bloedde, daarna hebben we het goedgemaakt") is not CrisisLevel.none


def test_round24_nl_ar_rules_stay_fast_on_long_messages() -> None:
    sensitive.pattern_level("warm up")
    for text in ("ruzie " + "maar en " * 700, "تخانقت " + "بس و " * 700, "hoeveel " * 500 + "voor mezelf", "ik " * 1500 + "springen",
                 "binti " * 800 + "da3at", "zwanger " * 500 + "bloed"):
        text = text[:4096]
        start = time.process_time()
        sensitive.pattern_level(text)
        assert time.process_time() - start < 1.0  # backtracking took seconds; these take well under 0.2 s
