"""Round 36, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round36.py,
``_ROUND36_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view
from inburgering.text.sensitive.matching import _compile
from inburgering.text.sensitive.rules import round36
from tests.inburgering.text.sensitive.rules.speed import SPEED_LIMIT_SECONDS, slowest_seconds


@pytest.mark.parametrize("text", [
    # weary of living ("it has no meaning", "tired of living"), then "I'll end it (today)"
    "ህይወት ትርጉም የብላን፣ ሕጂ ክውድኦ እየ",
    "ካብ ምንባር ሓርቢተ ደጊም ከብቅዖ እየ",
    "hiwet trgum yeblun lomi kwdo eye",
    # a small child missing at the river or the lake, or feared to have fallen in (Ge'ez and Latin)
    "ጓለይ ሓሙሽተ ዓመታ ኣብ ሩባ ጥቓ ፓርክ ጠፊኣ",
    "ወደይ ካብ ቀትሪ ኣይተመልሰን ኣብ ካናል ከይወደቐ ፈሪሐ ኣለኹ",
    "gualey aytemelsetn ab kanaal keywedeqet efrh",
    # into the lake, the river "not to come back"
    "ናብቲ ቀላይ ክኣቱ እየ ከይምለስ",
    "ሎሚ ናብ ሩባ ክዘልል እየ ዳግማይ ኣይምለስን",
    "nab ruba kzel eye aymelesn",
])
def test_round36_ti_rules_catch_kinds_missed_before(text: str) -> None:
    assert sensitive.pattern_level(text) is CrisisLevel.crisis


@pytest.mark.parametrize("text", [
    # the train gone, the manager "will kill me" (Ge'ez and Latin)
    "ትረይን ሓሊፉኒ፣ ማናጀረይ ክቐትለኒ እዩ",
    "trein halifuni manager kiqetleni eyu",
    # a saying about death, quoted
    "ሞት ዘይበጽሖ ስድራ የለን ይብሃል",
    "ዘይመውት ሰብ የለን ትብል ነይራ ኣደይ",
    "mot zeyatewo seb yelen ybl neyru",
    # the children wore me out, "I died"
    "እዞም ቆልዑ ብዓው ዓው ኣድኪሞምኒ ሞይተ",
    # a laptop or a phone that "died", a few words between
    "ላፕቶፐይ ካብ ጠረጴዛ ወዲቑ ሞይቱ",
    "ተሌፎነይ ኣብ ሽቓቕ ወዲቑ ሞይቱ ኩሉ ቁጽርታት ጠፊኡ",
    # "I'll die before the office calls me back" (Ge'ez and Latin)
    "ክሳብ ጌመንተ ዝድውሉለይ ክመውት እየ",
    "ksab IND zmlsuley kmewt eye",
    # Latin script: "I died of laughter / of the heat / of tiredness"
    "bsehaq moyte ab'zi film",
    "bmuqet motey lomi ab buto",
    "bdikam motna kab srah",
    # Latin script: a father who died years ago, missed now
    "abuy kab 7 amet motu, ynafqo eye",
    # Latin script: how many a day may be taken
    "ibuprofen bmealti kendey ykeal",
])
def test_round36_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # a husband, not a boss; a boss who beats
    "ሰብኣየይ ክቐትለኒ እዩ ኣውቶቡስ ሓሊፉኒ",
    "ሓለቓይ ይወቕዓኒ ኣሎ ደንጒየ ክቐትለኒ እዩ",
    # the saying, and a wish of one's own
    "ሞት ዘይኣተዎ ገዛ የለን፣ ኣነውን ክመውት ደልየ",
    # worn out, and not wanting to live
    "ኣድኪሞምኒ ሞይተ ደጊም ክነብር ኣይደልን",
    # a child among the words between the phone and "died"
    "ሞባይለይ ሒዙ ወደይ ኣብ ማይ ወዲቑ ሞይቱ",
    # waiting for a doctor in pain
    "ክሳብ ዶክተር ዝምልሰለይ ክመውት እየ ቃንዛ ኣዝዩ በርቲዑ",
    # a father who died years ago, and wanting to follow him
    "abuy qdmi 2 amet motu ksiebo deliye",
    # the dose asked, and all of them at once
    "kndey paracetamol ab mealti ykeal, kulu bhansab kwhto eye",
])
def test_round36_ti_idioms_stay_narrow(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # finishing the course or the work, not life
    "ህይወት ኣብ ሆላንድ ከቢድ እዩ ግን ኮርሰይ ክውድኦ እየ",
    "ምንባር ኣሰልቺዩኒ ግን ሎሚ ስራሕ ክውድኦ እየ",
    # the ball lost at the sea; the daughter lost and found again; advice to be careful
    "ወደይ ኣብ ባሕሪ ኩዕሶኡ ጠፊኡ",
    "ጓለይ ኣብ ሩባ ጠፊኣ ነይራ ሕጂ ተረኺባ",
    "ኣብ ማይ ከይወደቐ ተጠንቀቕ ወደይ",
    # a worry before the swimming lesson, nobody gone
    "ወደይ ኣብ ፑል ክሕምብስ ይኸይድ ኣብ ማይ ከይወደቐ እፈርሕ",
    # to the sea until the evening
    "ናብ ባሕሪ ክኸይድ እየ ክሳብ ምሸት ኣይምለስን",
])
def test_round36_ti_rules_need_their_context(text: str) -> None:
    # the round-36 rules themselves (an older rule reads "to the sea ... I won't come back" alone)
    view = patterns._without_idioms(matching_view(text))
    assert not any(_compile([rule]).search(view) for rule in round36._ROUND36_CRISIS_TI)


def test_round36_ti_rules_stay_fast_on_long_messages() -> None:
    assert slowest_seconds((
        "ምንባር ትርጉም የብሉን ሎሚ " * 300, "ወደይ ኣብ ቀላይ " * 400, "ናብ ሩባ ክኣቱ " * 400, "ሞባይለይ ኣብ ማይ " * 400,
        "ክሳብ ዝምልሱ " * 450, "bdkam motey " * 350, "kab 10 amet " * 350, "ksab zmlsu " * 400,
        "ሓለቓይ ኣውቶቡስ " * 450, "ሞት ዘይኣተዎ " * 400, "ኣ" * 4096, "e" * 4096,
    )) < SPEED_LIMIT_SECONDS


@pytest.mark.parametrize(("text", "level"), [
    # (lead) a day at the sea "and I won't be back until the evening" is no farewell
    ("ሎሚ ናብ ባሕሪ ክንከይድ ኢና ክሳብ ሰዓት ሸሞንተ ኣይንምለስን", CrisisLevel.none),
    ("ናብ ሩባ ክኸይድ እየ ክሳብ ምሸቱ ኣይምለስን", CrisisLevel.none),
    # without the time limit, going to the sea and not coming back keeps the emergency answer
    ("ናብ ባሕሪ ክኸይድ እየ ደጊም ኣይምለስን", CrisisLevel.crisis),
])
def test_round36_lead_back_by_the_evening_is_no_farewell(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level
