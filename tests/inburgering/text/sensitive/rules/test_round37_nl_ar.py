"""Round 37 crisis rules for Dutch (with some English inside Dutch messages) and Arabic (Levantine, standard,
Arabizi), by kind.

The probes are written for this test (new wordings of the kinds batch 37 missed or falsely alarmed on), never
copied from a held-out batch. Arabic: NON-NATIVE WRITTEN, needs review by a native speaker.
"""

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # someone beating or kicking a child, and the child now still or not breathing
    "mijn vader schopte mijn broertje en nu ligt de kleine heel stil",
    "de buurvrouw schudt haar baby en hij ademt niet meer",
    # stabbed or shot in the street
    "ze hebben me neergestoken bij het station",
    "ik ben gestoken in mijn buik, er is veel bloed",
    # kidnapped, locked in, not knowing where I am
    "ik ben gekidnapt en zit in een kofferbak",
    "ze hebben me opgesloten, ik weet niet waar ik ben",
    # a plan with a place, and "tonight it is time"
    "ik zeg al weken dat ik naar de brug ga. vanavond is het zover",
    # English inside a Dutch message
    "he is beating me please help",
    "my boyfriend is choking me",
    "i cant take it anymore, i bought a rope",
    # "this is my farewell" with forgiveness asked of all (Arabic script, Arabizi)
    "هذا وداعي الأخير، سامحوني",
    "hayda wada3i, sam7ouni kellkon",
    # someone following me for a while, and afraid
    "في واحد لاحقني من نص ساعة وخايفة",
    "fi wa7ad 3am yel7a2ni sarlo rob3 sa3a w khayfe",
    "iemand volgt me al een kwartier, ik ben bang",
    # heavy bleeding from a body part
    "الدم كتير من راس ابني وما عم يوقف",
    "dam ktir mn ras ibni",
    # wanting to kill someone now, a knife in the hand
    "رح اقتلو هلق، ماسك السكين بايدي",
    "ra7 e2tlo, mesek el sekin",
    "ik ga hem vermoorden, ik heb het mes al",
])
def test_round37_nl_ar_rules_catch_crisis_kinds(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # going to kill him when he comes home again (the condition is no trivial one)
    "ik ga hem vermoorden als hij weer thuiskomt",
    "ik ga mijn ex afmaken",
    # a neighbour beating a child, seen by me
    "de buurvrouw slaat haar kinderen elke avond",
    # "this is my farewell" alone
    "هيدا وداعي",
])
def test_round37_nl_ar_signals_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # a pain or an ailment that "kills me"
    "die kiespijn die me doodt, morgen naar de tandarts",
    "صداع عم يقتلني من الصبح",
    "rasi 3am ywaja3ni ktir bi2tol",
    # an errand that "was suicide"
    "المشوار للبلدية بهالتلج كان انتحار",
    "el shoghl el yom kan ente7ar",
    # flowers or a plant that wilted and died
    "النعنع يلي زرعتو عالبلكون يبس ومات",
    "el ward yalli jabli yeh ibni dbel w mat",
    # a water pistol
    "ik heb een waterpistool voor mijn dochter gekocht",
    # a character in a book or a film who takes his life
    "in de film voor school pleegt de koning zelfmoord, waarom eigenlijk?",
    # "I kill that level" in Dutch
    "vanavond ga ik die level killen",
    # "I'll finish you off at cards"
    "mijn oom zegt: ik ga je inmaken met kaarten",
    # no gas left in the lighter or the barbecue
    "er zit geen gas meer in de aansteker",
    # fighting over the remote
    "mijn zusje en ik knokken weer om de laatste koek",
    # "enough to make you depressed"
    "die file is om moedeloos van te worden",
])
def test_round37_nl_ar_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # the same words in an ordinary message
    "ik ben gestoken door een wesp in mijn hand",
    "ik heb de stekker in het stopcontact gestoken",
    "vandaag is de dag van mijn examen, ik ga met de trein",
    "het boek gaat over een jongen die ontvoerd werd",
    "هذا وداعي للشغل، شكرا لكل زملائي",
    "في حدا ماشي ورايي بالطابور",
    "تحليل الدم كتير غالي",
    "بدي اقطع البصل، ماسك السكين",
    "ik ga mijn huiswerk afmaken met een pen",
    "he is hitting the ball",
    "i have the rope ready for the tent",
])
def test_round37_nl_ar_rules_need_their_context(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the idioms stay narrow: a wish or a means of one's own beside them is still read
    "hoofdpijn die me doodt en ik wil niet meer leven",
    "صداع بيقتل وبدي موت",
    "in het boek pleegt de man zelfmoord en ik wil ook dood",
    "kanet 7arara 3alye w badi mout",
    "كانت حرارتو عالية وبدي انتحر",
    "ik ga hem afmaken met een mes als hij thuiskomt",
])
def test_round37_nl_ar_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


def test_round37_nl_ar_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "vandaag is het die dag " * 200, "ik ben gestoken " * 260, "hoofdpijn die me " * 250, "in het boek pleegt de man " * 160,
        "صداع عم " * 500, "في حدا ماشي وراي " * 250, "الدم كتير من " * 300, "fi dam ktir mn " * 280, "kanet " * 700,
        "ik ga hem afmaken als hij " * 160, "ان " * 1300, "e" * 4096, "ا" * 4096,
    ), with_classifier=True) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) "X me (word) dood" is an idiom ("die film verveelt me echt dood"), but a glued "ikwil" is no such word
    ("help me ikwil dood", CrisisLevel.crisis),
    ("die film verveelt me echt dood", CrisisLevel.none),
    # (lead) "als hij nog een keer thuiskomt": a person coming home is no trivial condition (round 33's idiom for a
    # brother's habit and round 34's rule now know the word as one)
    ("ik ga hem vermoorden als hij nog een keer thuiskomt", CrisisLevel.uncertain),
    ("ik ga mijn broer afmaken als hij nog een keer mijn oplader pakt", CrisisLevel.none),
    # (lead) "enough to cry about": a complaint about prices or a queue
    ("de huur hier is gewoon om te janken", CrisisLevel.none),
])
def test_round37_nl_lead_rules(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
