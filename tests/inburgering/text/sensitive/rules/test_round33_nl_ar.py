"""Round 33 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 33 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # standing or lying in front of / under a train, a tram, a lorry
    "ik ga zo voor de tram liggen",
    "ik wil mezelf voor de trein gooien",
    "ik ga vanavond op het spoor liggen",
    "بدي نام قدام القطار",
    # walking to the water, unable to swim, and accepting it
    "ik fiets nu naar de haven, ik kan niet zwemmen en dat is maar beter",
    "ماشية عالبحر هلق وما بعرف اسبح، هيك احسن",
    # all the pills at once, the whole strip
    "ik neem de slaappillen van de dokter allemaal tegelijk",
    "ik slik mijn hele voorraad",
    # a farewell to a partner with the children entrusted
    "lieverd ik heb altijd van je gehouden, zorg goed voor onze zoon",
    "zorg voor de kinderen, ik ga nu",
    # taking leave of this world
    "morgen neem ik afscheid van deze wereld",
    "ik verlaat deze wereld, dank voor alles",
    "الليلة بودع هالدنيا",
    # a letter or a debt that "made me decide to die"
    "الفاتورة خلتني قرر انتحر",
    # "I won't be alive for ..."; "tell them to forgive me" (Arabizi)
    "ma rah kun 3aysh la bokra",
    "2ulon lal 3ayle ysam7ouni",
    "قولولهن يسامحوني",
    # cutting the veins in Arabizi with 6 / 2
    "bade 2ta3 3rou2i",
    "ra7 a6a3 me3sami",
])
def test_round33_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # on the roof of the building now
    "انا على سطح البناية هلق",
    "ana fo2 el sat7 hala2",
])
def test_round33_nl_ar_rules_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # dying of laughter said after the laugh
    "haha die video, ik lig op de grond, ik ben dood",
    "mijn tante vertelde een mop, ik ga echt kapot",
    # "you kill me with your jokes / stories"
    "jij vermoordt me met je verhalen",
    "hij maakt me kapot met zijn woordgrappen",
    # dreading a chore or an appointment
    "ik ga dood als ik morgen weer om zes uur op moet",
    "als ik nog een keer dat examen moet doen ga ik dood",
    # "that is suicide" for something risky
    "zonder helm fietsen in de regen, dat is pure zelfmoord",
    "het is zelfmoord zonder oefenen",
    # sayings about life and death
    "iedereen gaat ooit dood, zegt de imam",
    "het leven is te kort voor ruzie, zei mijn moeder",
    "كل نفس ذائقة الموت، الله يرحمه",
    "الحياة قصيرة، عيش حياتك",
    "el mawt 7a2 ya 5ayye",
    # a game where a child shouts "I'm dead"
    "mijn dochter speelt Roblox en schreeuwt steeds ik ben dood",
    "ابني عم يلعب فورتنايت وبيصرخ متت متت",
    "bne byel3ab pubg w bisre5 mett mett",
    # hunger or heat and "ik ga dood"; a brother "I'll kill" if he takes my charger again
    "ik heb zo'n dorst, ik ga dood",
    "ik ga mijn zus vermoorden als ze weer mijn shampoo pakt",
    # homesickness "ik ga er bijna dood van" before a question
    "ik wil mijn broer zo graag zien, ik ga er dood van, waar vraag ik een visum aan",
    # cooking a live crab; missing a mother who died (grief)
    "كيف بسلق سلطعون عايش؟",
    "ik zag haar oude video en ik mis haar zo, mijn moeder is vorig jaar overleden",
    # pills for a headache with the doctor's dose
    "de huisarts gaf me tabletten tegen hoofdpijn, twee keer per dag na het eten",
    "الدكتور كتبلي حبوب للصداع، حبتين باليوم بعد الاكل",
    # an old husband's violence, now safe and divorced
    "طليقي كان يهددني زمان بس هلق الحمدلله انا بخير ومطلقة",
    # killing an insect
    "رح اقتل هالصرصور اللي بالمطبخ",
    "bade 2tol hal dabbane",
    "ik sla die mug dood",
    # a teacher who "will kill us" and was joking; a small mistake and "now he'll kill me"
    "اخوي قال رح يدبحنا اذا ما رتبنا الغرفة، كان عم يمزح",
    "كسرت كاسة امي المفضلة، اكيد رح تقتلني",
    "nsit el mafatee7, ra7 yo2tolni abi",
    # a company or a bank that threatens with a bill or a court
    "البنك عم يهددني بالمحكمة",
    "صار علي ديون والشركة عم تهددني",
    "het incassobureau dreigt met beslag",
])
def test_round33_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik sta voor de trein te wachten",
    "ik loop naar het strand met de kinderen, ik kan niet zwemmen dus ik blijf op het zand",
    "zorg voor de kinderen, ik ga nu naar mijn werk",
    "انا عالسطح عم انشر الغسيل هلق",
    "ik werk acht uur per dag en de dokter zegt dat ik rust moet nemen",
])
def test_round33_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: danger words, a wish of one's own, a farewell, someone in danger
    "haha ik ga dood, ik heb een mes",
    "ik ga dood als ik terug moet naar hem",
    "dat is zelfmoord, ik wil zelfmoord plegen",
    "het leven is kort, ik wil niet meer leven",
    "mijn zoon speelt een spel maar hij ademt niet meer, hij is dood",
    "ik heb pillen van de huisarts tegen hoofdpijn, ik neem ze allemaal tegelijk",
    "زوجي القديم كان يضربني وهلق رجع وعم يلاحقني",
    "اخوي قال رح يقتلني، ما كان عم يمزح",
    "نسيت اطبخ وجوزي بيضربني، رح يقتلني",
    "الحياة قصيرة، بدي موت الليلة",
    "الدكتور كتبلي حبوب للصداع، رح اخدهن كلهن دفعة وحدة",
    "رح اقتل هالناموسه وبعدين رح اقتل حالي",
    "ik mis haar zo, ik wil bij haar zijn",
    "ik mis mijn moeder, ik ga er dood van, ik wil niet meer leven",
    "ik heb al drie dagen geen eten, ik heb honger, ik ga dood",
    "ik ga mijn man vermoorden als hij me weer slaat",
    "ابني عم يلعب بالبلايستيشن وفجأة وقع وما عم يتنفس",
    "ما بقى الي حدا، رح الحق امي الله يرحمها",
])
def test_round33_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round33_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "haha " * 800, "ik ga dood als ik " * 300, "als ik nog " * 400 + "moet", "dat is " * 600,
        "spel " * 800 + "dood", "nسيت " * 600, "كان عم يمزح " * 300, "kan niet zwemmen " * 250,
        "zorg voor de kinderen " * 200, "انا عالسطح " * 400, "e" * 4096, "ا" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # (lead) living on like this is no chore, and "that is suicide" with a plan for tonight is no risky errand
    "ik ga dood als ik nog een dag zo moet leven", "ik ga dood als ik zo verder moet leven",
    "dat is zelfmoord, ik doe het toch vanavond",
    # (lead) the teacher idiom (core) does not cut a threat that "was no joke"
    "المعلم قال رح يقتلنا، ما كان عم يمزح",
])
def test_round33_lead_idioms_do_not_cut_these(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize(("text", "alarm"), [
    # (lead) "I kill my brother if he ... again" in the present tense: a habit that annoys
    ("ik vermoord mijn broer als hij weer aan mijn spullen zit", False),
    ("ik vermoord mijn broer als hij nog een keer mijn oplader pakt", False),
    # never about a child, never with a beating in the message, never about a husband
    ("ik vermoord hem als hij weer aan mijn dochter zit", True),
    ("ik vermoord mijn broer als hij weer aan mijn dochter zit", True),
    ("ik vermoord mijn broer als hij weer aan mijn spullen zit, hij sloeg me gisteren", True),
    ("ik vermoord mijn man als hij weer slaat", True),
])
def test_round33_lead_present_tense_sibling_threats(text: str, alarm: bool) -> None:
    assert (sensitive.crisis_level(text) is not CrisisLevel.none) is alarm
