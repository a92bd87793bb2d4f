"""Round 43, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round43.py,
``_ROUND43_*_TI``, and the earlier lists round 43 extended: round 38's trivial things that "kill us" (the cold "zhul",
Latin), round 37's message left behind (thanks passed on, "I won't meet her again"), round 37's someone not breathing
(Latin "ayestenfsin", "aboy") and round 36's life without meaning and "I'll end it" (Latin "tergum yebelan", "kwedo")).
The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round43
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # "I want to die" in spaced-out letters broken inside a word
    "ክመ ው ት ደ ል የ",
    "km ot e d e l i",
    # "help me, help me" cried out again
    "ሓግዙኒ በጃኹም ሓግዙኒ",
    "hagezuni hagzuni 😢",
    # "call 112 / an ambulance for me"
    "112 ጸውዑለይ በጃኹም",
    "ambulance xewuley hji",
    # a farewell and "I won't see you any more"
    "ሰላም ኩኑ ኣሕዋተይ ድሕሪ ሎሚ ኣይክርእየኩምን እየ",
    "dehan kunu kulkum degim aykreyekumn",
    # thanks passed on and "I won't meet her again" (round 37 widened)
    "ንመምህረይ ንገሩዋ የቐንየለይ ኢለ ደጊም ኣይክራኸባን እየ",
    # belongings given away, "I won't need them"
    "ሞባይለይ ንሓፍተይ ሂበያ ድሕሪ ሎሚ ኣየድልየንን",
    "ኩሉ ንብረተይ ንጎረቤተይ ሂበዮ ኣየድልየንን እዩ",
    "genzebey nhawey sedide aykedleyenen",
    # into the river, "I won't come back"
    "ናብ ሩባ ክኸይድ እየ ደጊም ኣይክምለስን",
    # thoughts of death, "tonight I'll do it"
    "ሓሳብ ሞት ኣይሓድገንን ሎሚ ለይቲ ክገብሮ እየ",
    # a child lost on me, not found; a child not seen since yesterday
    "ወደይ ኣብ መናፈሻ ጠፊኡኒ ኣይረኸብክዎን",
    "ጓለይ ካብ ትማሊ ኣይተራእየትን",
    "gualey ab dukan tefiatni ayrekebkuwan",
    "wedey kab ngho ayterayen slki aymlsn",
    # bleeding and not waking
    "ኣቦይ ደም ይውሕዝ ኣሎ ኣይበራበርን",
    "haftey dem tfess ala aytzareben",
    # the bridge and "I'll jump"; the ex breaking the door; pills and alcohol (Latin)
    "hji ab dildil aleku kzlel eye",
    "ex sebayey ab door alo ysebr alo",
    "paracetamol ms wiski weside",
    # someone not breathing (round 37 widened, Latin)
    "aboy ayestenfsen alo",
    # life has no meaning, "today I'll end it" (round 36 widened, Latin)
    "hiwet tergum yebelan lomi kwedo eye",
])
def test_round43_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # on the way to the railway track now (as round 34's standing on the tracks)
    "ሕጂ ናብ ሓዲድ ባቡር ክኸይድ እየ",
    "hji nab hadid babur kheyde",
    # "I can't, I can't" and nothing else
    "ኣይከኣልኩን ኣይከኣልኩን",
    "aykelin aykelin aykelin",
    "aykealkun aykealkun",
    # "help me, help me" with a form to fill in: the gentle question only
    "ሓግዙኒ ሓግዙኒ እዚ ፎርም ክመልእ",
])
def test_round43_ti_uncertain_kinds_ask_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.uncertain


@pytest.mark.parametrize("text", [
    # "killing time" in the waiting room, at the station
    "ኣብ መጽበዪ ክፍሊ ግዜ እቐትል ኣለኹ ብሞባይለይ",
    "ab station gze nqetl alena",
    # the children "drive me crazy"
    "ደቀይ ሎሚ የዕብዱኒ ኣለዉ",
    "deqey lomi yexleluni alewu",
    # cutting onions, carrots (with a knife)
    "ንድራር ሽጉርቲን ካሮትን ይቖርጽ ኣለኹ",
    "karot bkara yqorts aleku",
    # the cold of the Netherlands "kills us" (round 38 widened, Latin)
    "zhul nay amsterdam yqetleni alo",
])
def test_round43_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # killing time, and then killing myself
    "ግዜ እቐትል ኣለኹ ድሕሪኡ ርእሰይ ክቐትል እየ",
    # the children drive me crazy, and a wish to die
    "ቆልዑ የዕብዱኒ ኣለዉ ክመውት ደልየ",
    # cutting onions, and cutting myself
    "ሽጉርቲ ይቖርጽ ኔረ ሕጂ ነብሰይ ብካራ ክቖርጽ እየ",
    # the cold of the Netherlands, and sleeping in the street; and a wish to die (Latin)
    "zhul nay holand yqetlena ab dege ndqes alena",
    "zhul nay amsterdam yqetleni kmot delye",
])
def test_round43_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # old clothes given away, a new phone bought
    "ኣረጊት ክዳውንተይ ንዓርከይ ሂበዮ ኣየድልዩንን",
    "ኣረጊት ሞባይለይ ንሓወይ ሂበዮ ድሕሪ ሎሚ ኣየድልየንን ሓድሽ ገዚአ",
    # a question about 112; the neighbours called the police
    "112 እንታይ እዩ መዓስ ክድውል ይግባእ",
    "ጎረቤት ፖሊስ ደውሉ ትማሊ",
    # goodbye until tomorrow; the train station
    "ደሓን ኩኑ ጽባሕ ክንራኸብ ኢና",
    "ናብ ጣቢያ ባቡር እኸይድ ኣለኹ",
    # "help me" once; my son's phone lost; at school since the morning
    "ሓግዙኒ ነዚ ደብዳቤ",
    "ስልኪ ወደይ ጠፊኡኒ ኣይረኸብክዎን",
    "slki wedey tefiuni ayrekebkuwon",
    "ወደይ ካብ ንግሆ ኣብ ቤት ትምህርቲ እዩ",
    # swimming in the sea and back at three; "I can't come tomorrow"
    "ኣብ ባሕሪ ክሕምብስ እየ ሰዓት ሰለስተ ክምለስ እየ",
    "ኣይክእልን እየ ጽባሕ ክመጽእ",
])
def test_round43_ti_rules_need_their_context(text: str) -> None:
    view = patterns._without_idioms(matching_view(text))
    rules = round43._ROUND43_CRISIS_TI + round43._ROUND43_UNCERTAIN_TI
    assert not any(_compile([rule]).search(view) for rule in rules)


def test_round43_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ሓግዙኒ " * 600, "ሓግዙኒ በጃኹም " * 400, "112 ጸውዑለይ " * 400, "ደሓን ኩኑ ደጊም ኣይክርእየኩምን " * 150,
        "ኩሉ ንብረተይ ሂበዮ ኣየድልየንን " * 150, "ናብ ሩባ ክኸይድ ኣይክምለስን " * 200, "ሓሳብ ሞት ሎሚ ክገብሮ እየ " * 180,
        "ወደይ ጠፊኡኒ ካብ ንግሆ ኣይተራእየን " * 150, "ደም ይውሕዝ ኣይዛረብን " * 250, "ናብ ሓዲድ ባቡር ክኸይድ " * 250,
        "ግዜ እቐትል " * 450, "ቆልዑ የዕብዱኒ " * 400, "ሽጉርቲ ይቖርጽ " * 400, "ክ ሞ ት ደ ል የ " * 300, "ኣይክእልን " * 500,
        "hagzuni " * 500, "112 xweuleley " * 300, "dehan kunu degim aykreyekumn " * 120, "kulu nebretey hibe ayedleyenen " * 120,
        "gze eqetl aleku " * 250, "qolu yexleluni " * 250, "shigurti yqorx " * 250, "k m o t e d e l i " * 200,
        "ab dldl kezlel " * 250, "ex door ksebro " * 250, "kenina alcohol weside " * 180, "aykelin " * 500,
        "gualey tefiatni ayrekebkuwan " * 150, "wedey ayterayen kab ngho " * 160, "dem tfess aytzareben " * 200,
        "ኣ" * 4096, "a" * 4096, "ክ" * 4096, "k " * 2048, "ክ " * 2048, "ሓ ግ ዙ ኒ " * 500,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
