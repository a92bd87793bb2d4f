"""Round 41 crisis rules for Dutch and Arabic (Levantine, standard, Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 41 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "when you read this I am already dead" (a farewell note)
    "wanneer mijn zus deze brief vindt ben ik er al niet meer",
    "als jullie dit lezen dan ben ik al overleden",
    "لما تقري هالرسالة بكون ميتة",
    "lamma t2ro hal risale bkun mayte",
    # "I won't be alive next week / on Sunday"
    "annuleer mijn les maar, ik leef zondag niet meer",
    "over twee dagen leef ik niet meer",
    # afraid for my own life (now)
    "wij zijn doodsbang voor ons leven, hij staat voor de deur",
    "ik vrees echt voor mijn leven sinds hij vrij is",
    "ana 5ayef 3a 7ayati mn jozi",
    # a friend wrote "bye forever" and turned off the phone / does not answer
    "mijn vriendin appte vaarwel voor altijd en nu neemt ze niet op",
    "اختي بعتتلي مع السلامة للابد وسكرت تلفونها",
    "5ayye ba3atli wada3an lal abad w ma 3am yrod",
    # pills taken "too many" (round 38's kind, more amounts) and by mistake (Arabizi)
    "ik heb teveel slaappillen ingenomen",
    "a5adt 7boub ktir bel ghalat",
])
def test_round41_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    "mijn broer stuurde 'doei voor altijd'",
    "sa7bti katbetli bye lal abad",
])
def test_round41_nl_ar_farewell_forever_alone_asks_gently(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # "I could slap myself on the head" (a forgetting)
    "ik kan mezelf wel voor mijn hoofd slaan, sleutels weer laten liggen",
    "ik sloeg mezelf voor de kop toen ik de bus zag wegrijden",
    # bread, a cake cut with a big knife
    "ik heb het stokbrood gesneden met het broodmes",
    "met een scherp mes de watermeloen in stukken gesneden",
    # someone "looked at me as if he wanted to kill me" (a look)
    "de buschauffeur staarde alsof hij ons wilde vermoorden omdat we te laat waren",
    "المعلمة طلعت فيني كأنو بدها تقتلني لأني نسيت الدفتر",
    # someone else "acts as if he is dying" with a cold
    "mijn man doet altijd of hij stervende is bij een beetje koorts",
    "اخوي بيعمل حالو عم يموت من الرشح",
    # in a game "I die all the time"
    "bel pubg sert mout kel daw2a",
    "بالببجي صرت موت كل شوي",
    # a grandmother who died long ago, God have mercy on her
    "sitti matet mn snin alla yer7ama",
    "ستي ماتت من زمان الله يرحمها",
    # "my head will explode" from the lessons
    "راسي رح ينفجر من الدراسة",
    "demaghi ra7 yenfijer mn el emti7anat",
    # a film with someone who kills himself in it (round 40's kind, present forms)
    "بالفيلم في شب بينتحر بالاخر، كان فيلم حلو",
    # "shame's vein burst"
    "طقلو شرش الحيا",
    # "I have to go to work, bye" closing a chat
    "ok ik moet nu gaan naar school, tot later",
])
def test_round41_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "als je dit leest, ben ik al op vakantie",
    "ik leef volgende week niet meer in Utrecht maar in Zwolle",
    "morgen ben ik niet meer ziek, denk ik",
    "ik was bang voor mijn leven in de achtbaan haha",
    "hij zei tot ziens en zette zijn telefoon uit, hij ging slapen",
    "اخي بعتلي باي وطفى التلفون لأنو نام",
    "ana 5ayef 3a el emti7an",
    "ik heb medicijnen genomen tegen de hoofdpijn",
])
def test_round41_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a beating, a partner, a wish, a wrist, a weapon beside them is still read
    "ik sla mezelf voor mijn kop tot het bloedt",
    "ik heb het brood gesneden met een mes en toen mijn pols",
    "mijn man keek alsof hij me wilde vermoorden en pakte een mes",
    "mijn vader doet alsof hij doodgaat en nu reageert hij niet meer",
    "jeddi mat mn zaman w bade el7a2o",
    "جدي مات من زمان وبدي الحقو",
    "راسي رح ينفجر وبدي انتحر",
    "بالفيلم في واحد بينتحر وانا بفكر اعمل متلو",
    "in de game ga ik dood maar ik wil echt dood",
    "ik moet weg uit dit leven, doei",
])
def test_round41_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round41_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "als jij dit leest ben ik al " * 150, "ik leef volgende week niet " * 150, "ik ben bang voor mijn " * 180,
        "stuurde vaarwel voor altijd telefoon " * 110, "ik sla mezelf voor mijn kop " * 140, "taart gesneden met een mes " * 150,
        "keek alsof hij me wilde " * 170, "mijn broer doet alsof hij " * 160, "ik heb te veel pillen " * 180,
        "لما تقرا الرساله بكون " * 200, "بعتلي باي للابد طفى " * 200, "بالببجي صرت بموت " * 220, "ستي ماتت من زمان " * 220,
        "راسي رح ينفجر من " * 230, "بيعمل حالو عم يموت " * 200, "طلع فيني كأنو بدو " * 200,
        "lamma t2ra bkun mayet " * 180, "katabli bye lal abad tafa " * 150, "bl game ba2a mout " * 220,
        "jeddi mat mn zaman alla " * 170, "rasi ra7 yenfijer mn " * 190, "5ayef 3a 7ayati " * 240,
        "e" * 4096, "ا" * 4096, "a" * 4096,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
