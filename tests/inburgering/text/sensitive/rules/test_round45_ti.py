"""Round 45, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round45.py,
``_ROUND45_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round45
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


def _rules_hit(text: str) -> bool:
    view = patterns._without_idioms(matching_view(text))
    rules = round45._ROUND45_CRISIS_TI + round45._ROUND45_UNCERTAIN_TI
    return any(_compile([rule]).search(view) for rule in rules)


@pytest.mark.parametrize("text", [
    # Latin-script "I want to die" in its spellings, doubled, spaced out and joined up
    "kimut idley",
    "kemot edli lomi",
    "ane kmewt dli",
    "kmot idlie",
    "kimewt ideli eye",
    "kimot yideleyeni alo",
    "kkimoot iidlii",
    "k m o t  d e l y e",
    "k.i.m.u.t i.d.l.i",
    # "end / cut my life" (Latin), and the plain resolve in Ge'ez
    "hiwetey kwedea idli",
    "hywetey kqwarxa hasibe",
    "hiwetey kuarxa delye",
    "nhiwetey kwedo eye lomi leyti",
    "heywetey kewedia delye",
    "ሕይወተይ ከቋርጻ እየ",
    "ንሕይወተይ ክውድኣ ወሲነ",
    # "death is what I want", "only death I want"
    "ምሟት እየ ዝደሊ",
    "ምሟት ጥራይ እደሊ",
    "mmat tray idli",
    "mmuat delye",
    # all the pills swallowed (Latin spellings)
    "kinina kulu seteyo",
    "kinina kulu setiye",
    "kulu kenina wehityeyo",
])
def test_round45_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # a way found to end it, the object left unsaid
    "ሓሲበ ሓሲበ ንኽውድኦ ሜላ ረኺበ",
    "ንምውዳእ ኣገባብ ፈሊጠ ኣለኹ",
    "kwedo mengedi rekibe aleku",
    # "X comes tomorrow, but I will not be (there)"
    "ሬጂሶር ጽባሕ ይመጽእ ኣነ ግን ጽባሕ ኣይክህሉን እየ",
    "deurwaarder tsbah ymetse ane gn tsbah aykhelun eye",
    # "tell X sorry from me, I am going"
    "ንሓወይ ንገሮ ይቕረ ይበለለይ ክኸይድ እየ",
    "ngerwa adey yqre ybeleley keyde",
    # tired of / fed up with life
    "ሕይወት ጸሊኣትኒ",
    "ካብ ሕይወት ደኺመ",
    "ሕይወት ብጣዕሚ ሰልቺዩኒ",
    "hiwet aslchyatni",
    "ane hiwet tseliaye",
    "kab hywet dekime",
    # "I cannot live" without the "I am"; Latin spellings
    "ክነብር ኣይክእልን",
    "kneber aykielin",
    "kineber ayklin iye",
    # "I won't wake up tomorrow"
    "ጽባሕ ኣይክትንስእን እየ",
    "ጽባሕ ኣይክበራበርን",
    "tsbah ayktnsen",
    "xbah aykitnsien eye",
    # death on my mind a lot
    "ብዙሕ ሞት የሐስበኒ",
    "bzuh mot yhasbeni",
    # "my life is over"
    "ሕይወተይ ኣብቂዓ",
    "hiwetey tewediu",
])
def test_round45_ti_uncertain_kinds_ask_at_least_the_gentle_question(text: str) -> None:
    assert sensitive.pattern_level(text) is not CrisisLevel.none
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a plant, a flower dying
    "ተኽለይ ሞይታ ማይ ስለ ዘይሃብክዋ",
    "ዕምባባታተይ ኩሎም ይሞታ ኣለዋ",
    "tekley moyta mai zeyhabkuwa",
    "bloem ey tmewt ala",
    # dying of longing
    "ኣደይ ናፊቐያ ክመውት ቀሪበ",
    "nafiqeya adey kmewt qeribe",
    # a cat killed a mouse, I killed a cockroach
    "ድሙና ሓንቲ ኣንጭዋ ቐቲላ",
    "ኣብ ኩሽና ጣንጡ ቐቲለ",
    "dmuna anchwa qetila",
    # children playing, "I'll kill you" to each other
    "ደቀይ ውግእ ይጻወቱ ኣለዉ ክቐትለካ እየ ይበሃሃሉ",
    "dekey ytsawetu alewu kqetleka eye ybehahalu",
    # "I want to finish my course / the exam"
    "MAP kwedo delye kemey",
    "fetena knm kwedea idli",
    "ኮርሰይ ክውድኦ እደሊ ግን ግዜ የብለይን",
])
def test_round45_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # longing, and a wish to die after it
    "ስድራይ ናፊቐ ክመውት ደልየ ኣለኹ",
    # a threat "like a mouse" to a person
    "ሰብኣየይ ከም ኣንጭዋ ክቐትለኪ እየ ይብለኒ",
    # the children play, the husband threatens for real
    "ደቀይ ይጻወቱ ኣለዉ ሰብኣየይ ግን ክቐትለኪ እየ ይብለኒ ሓግዙኒ",
    # a dying flower, and a wish to die
    "ክመውት እደሊ ዕምባባይ ሞይታ",
    # "end my life", not a course
    "ኮርስ ገዲፈ ህይወተይ ክውድኣ እደሊ",
])
def test_round45_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # not wanting to die; "it is not that I want to die"
    "kimot ayidlin eye",
    "kmot aydelin ane",
    "mot idli aykonen",
    # ending one's days in Holland
    "ሕይወተይ ኣብ ሆላንድ ክውድኣ እደሊ",
    "hiwetey ab holland kwedea idli",
    # a way found to finish a debt, a course, homework
    "ዕዳይ ንኽውድኦ መንገዲ ረኺበ",
    "ኮርስ ንኽውድኦ መንገዲ ረኺበ ኣለኹ",
    "eda kwedo mengedi rekibe",
    # not there tomorrow: at home, at work, someone comes instead, another date
    "ኣነ ግን ጽባሕ ኣብ ገዛ ኣይክህሉን እየ",
    "ኣነ ግን ጽባሕ ኣይክህሉን እየ ስራሕ ኣለኒ",
    "ኣነ ግን ኣይክህሉን እየ ሰበይተይ ክትመጽእ እያ",
    "ane gn tsbah aykhelun eye srah aleni",
    # sorry, going to the doctor; cannot go to the course
    "ንመምህር ንገርዎ ይቕረ ይበለለይ ናብ ሓኪም ክኸይድ እየ",
    "ngerwo regisseur yqre ybeleley nab dokter kkeyd eye",
    # student life, living conditions
    "ሕይወት ተማሃራይ ሰልቺዩኒ",
    "hiwet ab holland xbuq iyu",
    # cannot live without coffee, in this house
    "ብዘይ ቡን ክነብር ኣይክእልን",
    "bzey bun kneber aykielin",
    "ab ezi geza kneber aykelin",
    "ኣብዚ ገዛ ክነብር ኣይክእልን እየ",
    # won't get up early: work, tired
    "ጽባሕ ብግዜ ኣይክትንስእን እየ ስራሕ ኣለኒ",
    "ጽባሕ ኣይክበራበርን እየ ደኺመ",
    "tsbah bgize ayktnsen eye",
    # thinking of my mother's death (grief)
    "ብዙሕ ሞት ኣደይ የሐስበኒ",
    "bzuh mot abuy yhasbeni",
    # student life over; came of age; the test of my life over
    "ሕይወት ተማሃራይ ተወዲኣ",
    "ዕድመይ ኣኺሉ",
    "hiwet temaharay tewediu",
    # one pill taken; the doctor said to take them all
    "kinina seteye rasey hamimuni",
    "kulu kinina ksetyo aleni hakim ilu",
])
def test_round45_ti_rules_need_their_context(text: str) -> None:
    assert not _rules_hit(text)


def test_round45_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "kimot idli " * 370, "kimotidli" * 450, "hiwetey kwedea idli " * 200, "ምሟት ጥራይ እደሊ " * 300,
        "kinina kulu setiye " * 210, "ንኽውድኦ መንገዲ ረኺበ " * 250, "kwedo mengedi rekibe " * 200,
        "ኣነ ግን ጽባሕ ኣይክህሉን እየ " * 200, "ane gn tsbah aykhelun eye " * 160,
        "ንገርዎ ይቕረ ይበለለይ ክኸይድ እየ " * 150, "ngerwo yqre ybeleley kkeyd eye " * 130,
        "ሕይወት ጸሊኣትኒ " * 350, "hiwet tseliatni " * 250, "ክነብር ኣይክእልን " * 300, "kneber aykielin " * 250,
        "ጽባሕ ኣይክትንስእን እየ " * 200, "tsbah ayktnsen eye " * 200, "ብዙሕ ሞት የሐስበኒ " * 250, "bzuh mot yhasbeni " * 220,
        "ሕይወተይ ተወዲኣ " * 300, "hiwetey tewediu " * 250,
        "ዕምባባይ ትመውት ኣላ " * 250, "embabay tmewt ala " * 220, "ናፊቐ ክመውት ቀሪበ " * 250, "nafiqe kmewt qeribe " * 200,
        "ድሙና ኣንጭዋ ቐቲላ " * 250, "dmuna anchwa qetila " * 200, "ይጻወቱ ኣለዉ ክቐትለካ እየ ይበሃሃሉ " * 130,
        "ytsawetu alewu kqetleka eye ybehahalu " * 100, "course ey kwedo idli " * 200, "ኮርሰይ ክውድኦ እደሊ " * 250,
        "ኣ" * 4096, "a" * 4096, "k" * 4096, "k " * 2048, "ክ " * 2048, "h i w e t " * 400,
    ), with_classifier=False) < SPEED_LIMIT_SECONDS
