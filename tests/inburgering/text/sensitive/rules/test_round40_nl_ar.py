"""Round 40 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 40 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # someone throwing knives, plates, bottles at me, at us, at the children
    "mijn man smijt borden naar mijn hoofd, ik zit in de badkamer",
    "hij gooide een mes naar ons en de kinderen huilen",
    "جوزي عم يرمي الصحون علينا والولاد عم يبكو",
    "abou wladi 3am yermi skakin 3layi",
    # a letter for a loved one, the keys, the bank card laid out, and "I'm going now"
    "ik heb een briefje aan mijn dochter geschreven en mijn sleutels en pincode neergelegd, ik vertrek nu",
    "كتبت رسالة لولادي وحطيت المفاتيح والمصاري عالطاولة، انا ماشي",
    # what is the point of this life, and I want to be done with it
    "شو فايدة هالحياة، بدي ارتاح منها",
    "sho lzoum hal 3ishe, bade khalles menha",
    # the Arabizi word for suicide spelled out with its digit
    "2 e n t e 7 e r",
])
def test_round40_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


def test_round40_nl_ar_pointless_life_alone_asks_gently() -> None:
    assert sensitive.pattern_level("شو معنى حياتي") is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # "my mother will kill me if I fail / repeat the year" (round 17's kind, more trifles)
    "mijn moeder vermoordt me als ik blijf zitten dit jaar",
    "امي رح تقتلني اذا رسبت بالامتحان",
    # the appointments, the queue, the bills "will kill me" (round 28's kind, more things; both orders)
    "hal mawa3id ra7 y2telni",
    "هالطابور رح يموتني",
    "الفواتير هاي رح تقتلني",
    "رح يقتلني هالطابور",
    "ra7 tmawetni hal fawater",
    # someone "kills me" with how much he talks or asks
    "بنتي الصغيرة بتجنني من كتر ما بتسأل",
    "jari bye2telni men kter ma byi7ki",
    # a mosquito, a spider, a fly killed; a wasp that "stung" me
    "ik heb drie muggen doodgeslagen vannacht",
    "gisteren heeft een bij mijn dochter gestoken",
    "قتلت عنكبوت كبير بالحمام",
    "2atalt dbane",
    # how to cut glass, clean a fish without hurting myself
    "hoe kan ik glas snijden zonder mezelf te bezeren",
    "كيف بقشر السمك بدون ما اجرح ايدي",
    # "afmaken" of a task
    "ik ga hem vanavond afmaken, mijn werkstuk voor school",
    "dat werkstuk ga ik morgen afmaken",
    # a phone, a car "is dead, it won't charge / start"
    "mijn telefoon is dood, hij laadt niet meer op",
    # a film, a series with a killing or a suicide in it
    "بالمسلسل في واحد انتحر بالاخر",
    # "even van de wereld zijn": a day offline
    "dit weekend wil ik lekker van de wereld zijn met een boek",
])
def test_round40_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "de jongleur in het circus gooit met messen",
    "ik heb een brief voor mijn zoon op tafel gelegd, ik ga nu naar mijn werk",
    "ik heb mijn sleutels op tafel gelegd, ik ga nu",
    "شو فايدة الكورس هاد",
    "بدي خلص منها اليوم، الوظيفة صعبة",
])
def test_round40_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a wish, a beating, a wrist, a serious condition beside them is still read
    "mijn moeder vermoordt me als ze erachter komt dat ik een vriend heb",
    "الورق هاد رح يقتلني، وبدي انتحر",
    "اخوي بيقتلني من كتر ما بيضربني",
    "المسلسل فيه واحد انتحر وانا بفكر اعمل متله",
    "ik heb de mug doodgeslagen en ik wil dood",
    "een man heeft mij gestoken",
    "de auto is dood, hij start niet meer, en ik wil niet meer leven",
    "hoe snijd ik mijn pols zonder mezelf te bezeren",
    "ik kan geen dag zonder mezelf te snijden",
    "رح يقتلني جوزي",
    "ik wil even van de wereld zijn, voorgoed, ik wil dood",
])
def test_round40_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round40_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "mijn man gooit met mesen naar " * 140, "brief voor mijn zoon bankpas ik ga " * 120, "hoe zonder mezelf te " * 200,
        "die mug dood te slaan " * 200, "ik ga het afmaken mijn " * 180, "de auto is dood hij start " * 160,
        "in de film pleegt " * 240, "mijn moeder vermoordt me als ik " * 130,
        "شو لزوم هالعيشه بدي " * 200, "رح يقتلني من كتر ما " * 200, "عم يرمي السكاكين علي " * 200, "رساله لابني المفاتيح " * 200,
        "المسلسل فيه واحد " * 250, "قتلت الناموسه " * 300, "كيف بدون ما " * 350, "الطابور رح يقتلني " * 220,
        "e n t e 7 " * 400, "ra7 y2telni hal " * 250, "bye2telni men kter ma " * 180, "3am yermi skakin " * 240,
        "e" * 4096, "ا" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize("text", [
    # not cut: a person to "finish off", a wasp sting with a swollen throat, a beating "from how much"
    "ik ga hem afmaken, hij heeft mijn huiswerk verscheurd",
    "mijn dochter is door een bij gestoken en haar tong wordt dik, ze is benauwd",
    "اخوي بيقتلني من كتر ما بيضربني",
    "jozi 3am yermi el s7oun 3layi",
])
def test_round40_nl_ar_idioms_leave_the_serious_ones(text: str) -> None:
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view(text))


@pytest.mark.parametrize("text", [
    # round 27's "the bus / the boss will kill me" idiom read "bas" (Arabizi "but") as the boss
    "marti bas ra7 t2telni",
    "abouy bas ra7 y2telni iza 3ref",
    # round 37's film idiom cut out a writer who wants the same
    "in de serie pleegt een meisje zelfmoord en ik wil het ook",
    "in het boek pleegt de man zelfmoord, dat ga ik ook doen",
])
def test_round40_lead_old_idioms_leave_the_serious_ones(text: str) -> None:
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    "el bas ra7 y2telni kel yom",
    "hal bus ra7 y2telni",
    "in de film pleegt een man zelfmoord, ik vond het ook een mooie film",
])
def test_round40_lead_old_idioms_still_cut(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
