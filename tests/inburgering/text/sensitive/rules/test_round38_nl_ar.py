"""Round 38 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 38 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # pills taken in an amount: "a lot", "I don't know how many", before or after the verb
    "sorry voor de fouten, ik heb een hele hoop slaappillen geslikt",
    "ik heb paracetamol genomen, heel veel, weet niet meer hoeveel",
    "ik heb oxazepam ingenomen ik weet niet hoeveel het waren",
    # a fire and we cannot get out (Dutch, standard Arabic, Levantine, Arabizi)
    "de keuken staat vol rook en de kinderen kunnen er niet uit",
    "er is brand op de trap, wij kunnen nergens naar buiten",
    "اشتعلت النار في الشقة ونحن محاصرين",
    "في حريقة بالطابق التاني ومش قادرين ننزل",
    "wel3et nar bel beit w mesh 2adrin no5roj",
    # a daily vow ("every day I say: the last day") and today it is meant
    "كل ليلة بقول لحالي خلص، بس هالليلة عن جد",
    "kel yom ba2ol a5er yom, hal mara jad",
    "elke avond beloof ik mezelf dat het over is, maar vanavond meen ik het",
])
def test_round38_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # jumping into the canal or from a bridge to swim or cool off
    "mijn zoon sprong gisteren van het bruggetje in de gracht om af te koelen",
    "als het warm is duiken de jongens vanaf de steiger in het meer",
    # the heat "we'll die" (Dutch, Arabic script, Arabizi)
    "wat een hitte in de trein, we gaan echt dood",
    "قديش شوب اليوم، رح موت",
    "el shams ktir 2awye ra7 nmout",
    # a child or a husband "drives me crazy"
    "بنتي الصغيرة عم تجنني بأسئلتها",
    "jozi ra7 yjanenni bel tv",
    # a pain that "kills" with more verbs
    "dahri 3am yewja3ni bi shakel bymawet",
    "الوجع بضرسي مميت",
    # a (female) teacher who will kill me
    "el m3alme ra7 tedba7ni iza t2a5art",
    "el modira 7a t2telni",
])
def test_round38_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "de huisarts zegt dat ik een heleboel pillen per dag moet nemen",
    "heb ik mijn tabletten al genomen? ik weet niet hoeveel er nog over zijn",
    "ik heb mijn medicijnen genomen maar ik weet niet hoeveel ik mag nemen",
    "wat moet je doen als er brand is en je kunt niet naar buiten?",
    "ik zit vast in de file",
    "اذا صار حريق وما فينا نطلع شو لازم نعمل؟",
    "ما بقدر اطلع من البيت اليوم بسبب الشغل",
    "كل يوم بقول بكرا ببطل دخان، بس اليوم جد",
    "kel yom b2ol bokra bballesh rejim, bas el yom jad",
    "elke dag zeg ik dat ik stop met roken, vandaag meen ik het",
])
def test_round38_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a wish or a plan beside them is still read
    "het leven is zinloos, ik ga dood",
    "ik spring van de brug in de rivier, ik wil niet meer leven",
    "ابني رح يجنني وبدي موت",
    "el jaw 7ar ra7 nmut w badi ente7er",
])
def test_round38_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round38_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ik heb pillen genomen " * 200, "ik heb een heleboel " * 200, "brand we kunnen niet " * 200, "er is brand " * 340,
        "في حريق وما " * 340, "كل يوم بقول خلص " * 250, "اليوم جدي " * 400, "kil yom b2ol " * 300, "el jaw 7ar ra7 " * 260,
        "الجو حار رح " * 340, "رح يجنني " * 400, "rasi 3am yewja3ni " * 220, "spring in het kanaal " * 190,
        "elke dag zeg ik " * 250, "e" * 4096, "ا" * 4096,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) a person who "hangs", with a call to come or help, or seen through a window
    ("mijn broer hangt in de schuur, kom snel alsjeblieft", CrisisLevel.crisis),
    ("ik zie de buurvrouw door het raam, ze hangt en beweegt niet", CrisisLevel.crisis),
    # not someone hanging on the sofa or the phone
    ("mijn zoon hangt de hele dag op de bank, help", CrisisLevel.none),
    ("mijn broer hangt aan de telefoon, kom snel eten", CrisisLevel.none),
])
def test_round38_nl_lead_a_person_hanging(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
