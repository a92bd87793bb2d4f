"""Round 39 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 39 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # why did I not die (with the others, in the sea), and I want it now still
    "had ik maar ook verdronken op die boot, nu wil ik het toch",
    "waarom ben ik toen niet samen met mijn broer omgekomen, ik wil nu ook dood",
    "ليش ما غرقت مع الباقيين، هلق بدي",
    # a fight with knives or weapons and someone down or bleeding
    "op het plein is een steekpartij, een jongen ligt op straat te bloeden",
    "ruzie bij de buren met een pistool en iemand is gewond",
    "في طوشة بالسكاكين تحت البناية وفي واحد عم ينزف",
    # I wish I had not woken up; I do not want to wake up tomorrow
    "ياريتني ما فقت اليوم",
    "وما بدي اصحى بعد اليوم",
    "ma bade es7a bokra",
    # holding a knife or pills, "I don't know what I'll do to myself"
    "الموس بايدي وخايفة اذي حالي",
    "حامل الحبوب وما بعرف شو رح اعمل بنفسي",
    # "God have mercy on me", with a goodbye for ever
    "سامحوني، هاي اخر رسالة",
    "اقرولي الفاتحة، الوداع الاخير",
    # "you will find me dead"
    "رح تلاقوني مشنوق بالغرفة",
    "bokra btla2ouni mayte",
])
def test_round39_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a letter, a form, the tax that "kills me"
    "dat formulier van de gemeente vermoordt me",
    "deze grammatica wordt echt mijn dood",
    # a fire, a plant "is dead"
    "ik heb het kampvuur niet goed bijgehouden en het is dood",
    # a mother "kills" her son over a trifle
    "ik vermoord hem als hij nog een keer zijn natte handdoek op bed gooit",
    # a boss or a teacher who goes mad
    "de juf wordt echt boos als ik mijn huiswerk vergeet",
    # doing something reckless "is suicide"
    "met die gladheid fietsen is pure zelfmoord",
    "السواقة بهالتلج بلا كاوتشوك شتوي انتحار",
    # a sign or a question about a danger word
    "wat betekent hoogspanning op dat kastje?",
    # a knife that cuts food
    "mijn oma heeft een scherp mes, ze snijdt de kip in stukjes",
    "السكينة الكبيرة منيحة لتقطيع اللحمة",
    # poison for rats or insects
    "وين بلاقي سم صراصير منيح؟",
    "lazem jib sem fieran lal 2abo",
    "في صراصير بالمطبخ، لازم جيب سم",
    # a dish "to die for", a bill "will ruin my house", a ball "hit me", a washing line, the weather "kills"
    "الكنافة عندهم بتموت",
    "فاتورة الكهربا عم تخرب بيتنا",
    "الكورة ضربتني بالمدرسة",
    "الحبال تبع الغسيل انقطعت",
    "el bard hon byi2tol",
    "الشتي هون بيقتل",
    # a mishap that makes one want to cry
    "mijn bril is gebroken, ik kan wel janken",
])
def test_round39_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "waarom ben ik niet gestopt met roken, ik wil het nu alsnog",
    "in de film is er een vechtpartij met messen en iemand ligt op de grond",
    "ما بدي اصحى بكرا بكير عالشغل",
    "انا ماسك السكين وعم قطع البصل",
    "مع السلامة، بشوفكم بكرا",
    "بتلاقوني ميت من الجوع اذا ما طبختوا",
])
def test_round39_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a wish, a drink of poison, a threat beside them is still read
    "ik vermoord mijn man als hij me nog een keer slaat",
    "اشتريت سم فيران وبدي اشربه",
    "جبت حبل غسيل وبدي اشنق حالي",
    "de barbecue is uit, het is dood, en ik wil niet meer leven",
])
def test_round39_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round39_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "waarom ben ik niet " * 250, "vechtpartij met mesen iemand ligt " * 120, "ik vermoord mijn zoon als hij " * 140,
        "de telefoon is kapot " * 200, "met het mes snijdt " * 220, "zonder leren gaan is " * 200, "het vuur het is " * 250,
        "تمنيت لو ما " * 340, "ماسك السكين شو بدي " * 200, "الله يرحمني وداع " * 250, "بتلاقوني " * 400,
        "سم فيران " * 400, "الطلعة بالبرد " * 300, "اكلة امي " * 400, "el 6a2s hon " * 300, "طوشه بالسكاكين " * 250,
        "e" * 4096, "ا" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) "you will find me dead": announced, not an idiom
    ("morgen vinden jullie me dood", CrisisLevel.crisis),
    ("ze treffen mij straks dood aan in mijn kamer", CrisisLevel.crisis),
    ("jullie vinden mij morgenochtend dood", CrisisLevel.crisis),
    # the old "X me dood" idiom still cuts what it was for
    ("die les verveelt me dood", CrisisLevel.none),
    ("mijn baas werkt me dood", CrisisLevel.none),
])
def test_round39_nl_lead_found_dead(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
