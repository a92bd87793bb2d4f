"""Round 33, Tigrinya (Ge'ez and Latin script): rules and idioms by kind (inburgering/text/sensitive/rules/round33.py,
``_ROUND33_*_TI``). The probes are new wordings written for this file, not lines of a held-out batch.

NON-NATIVE WRITTEN: needs review by a native speaker.
"""

from __future__ import annotations

import pytest

from inburgering.text import sensitive
from inburgering.text.sensitive import patterns
from inburgering.text.sensitive import CrisisLevel, matching_view


@pytest.mark.parametrize(("text", "level"), [
    # "now / tonight I will die" with the copula joined ("ክመውት'የ" is "ክመውትየ" in the view)
    ("ሕጂ ክመውት'የ ኣይትጽበዩኒ", CrisisLevel.crisis),
    ("ሎሚ ምሸት ክሞት'የ", CrisisLevel.crisis),
    # in front of a car, a truck or a bus
    ("ኣብ ቅድሚ ካሚዮን ክወድቕ'የ", CrisisLevel.crisis),
    ("ርእሰይ ኣብ ቅድሚ ታክሲ ክድርቦ እየ", CrisisLevel.crisis),
    ("qidmi truck kwedq eye", CrisisLevel.crisis),
    # a rope held or ready, and giving up
    ("ገመድ ረኺበ ኣለኹ ተስፋ ቆሪጸ", CrisisLevel.crisis),
    ("gemed adalye aleku aykiln", CrisisLevel.crisis),
    # no reason to live (Latin script)
    ("kneber tesfa yelen", CrisisLevel.crisis),
    # "I will die" with the copula joined, alone; no reason for tomorrow: the gentle question
    ("ክመውት'የ", CrisisLevel.uncertain),
    ("ንጽባሕ ተስፋ የብለይን", CrisisLevel.uncertain),
    # someone threatens me now
    ("ሓደ ጎረቤት ይፈራርሃኒ ኣሎ", CrisisLevel.uncertain),
])
def test_round33_ti_rules_catch_kinds_missed_before(text: str, level: CrisisLevel) -> None:
    assert sensitive.pattern_level(text) is level


@pytest.mark.parametrize("text", [
    # condolences (third person)
    "እግዚኣብሄር መንግስተ ሰማያት የዋርሶ ንሓውኹም", "ነፍሱ ብሰላም ትዕረፍ", "fetari mhret ygberela",
    # death as everyone's lot, we all die one day
    "ሞት ንኹሉ ሰብ ኣይተርፍን እዩ", "ኩሉ ሰብ ሓደ መዓልቲ ክመውት እዩ", "kulom knmot ina",
    # nearly died of laughing (Latin); a head that will burst over the grammar
    "bsehaq kmot qeribe", "ርእሰይ ክፈንጅር'ዩ ብሰዋሰው", "rsey kfenjr eyu",
    # a chore that "kills me", said laughing; someone who "kills me" with questions, copula joined
    "ጓለይ 'ሳሕኒ ምሕጻብ ይቐትለኒ'ዩ' ትብል", "ሓወይ ብሕቶታት ይቐትለኒ'ዩ",
    # a kitchen cut by mistake
    "ድንሽ ክቖርጽ ኢደይ ብጌጋ ቆሪጸ", "bgega idey qoritse ab kushna",
    # a near death at sea years ago, well now
    "ቅድሚ ሸውዓተ ዓመት ኣብ ባሕሪ ክሞት ቀሪበ ነይረ ሕጂ ግን ጽቡቕ ኣለኹ",
    "qdmi 5 amet ab sahara kmewt qeribe neyre hiji grm aleku",
    # a rope for the laundry, a tent, a move
    "ንድንኳን ገመድ የድልየና", "ንምግዓዝ ገመድ ገዚአ", "gemed nkdan gezie",
    # nearly drowned as a child; "I'll die", said of an exam as a joke; dying in a game
    "ቆልዓ እንከለኹ ኣብ ባሕሪ ክጥሕል ቀሪበ ነይረ", "ዓርከይ 'ፈተና ክሞት'የ' ይብል ብዋዛ", "ኣብ ፑብጂ ክልተ ግዜ ሞይተ",
    "kmewt eye ab fortnite",
    # Latin script: nearly drowned as a child; hunger "killed me" while fasting
    "qolea kleku ab ruba ktehel qeribe neyre", "tsome aleku tmyet qetiluni",
    # crying with joy; a long run-up to "are you a person or a computer?"
    "ፍቓድ መንበሪ መጺኡኒ ብሓጎስ ክበኪ ደልየ", "bhagos kbeki qeribe",
    "ክልተ መዓልቲ እጽሕፍ ኣለኹ መልስታት ቀልጢፎም ይመጹ ኮምፒተር ዲኹም ወይስ ሰብ",
    # the battery: "I'll be back tonight, bye"
    "ባትሪ ስልከይ ተወዲኡ ድሕሪ ምሸት ክምለስ እየ ደሓን ኩኑ",
    "telefoney bateri tewediu dhri mshet kmeles eye dehan kunu",
])
def test_round33_ti_idioms_are_cut_out(text: str) -> None:
    assert sensitive.IDIOM_MARK in patterns._without_idioms(matching_view(text))
    assert sensitive.crisis_level(text) is CrisisLevel.none


@pytest.mark.parametrize("text", [
    # God's mercy asked for myself before dying; everyone dies and I go tonight
    "ኣምላኽ ምሕረት ይግበረለይ ሎሚ ለይቲ ክመውት'የ",
    "ኩላትና ክንመውት ኢና ኣነ ግን ሎሚ ክመውት'የ",
    # a kitchen cut that does not stop bleeding; a cut on purpose, again
    "ኣብ ክሽነ ኢደይ ብጌጋ ቆሪጸ ብዙሕ ደም ኣሎ ሓግዙኒ",
    "ኣብ ክሽነ ኢደይ ደጊመ ቆሪጸ ባዕለይ",
    # near death in the past, and now again
    "ቅድሚ ሰለስተ ዓመት ኣብ ባሕሪ ክመውት ቀሪበ ነይረ ሕጂ ውን ክመውት ደልየ",
    # a rope with the neck, a rope and giving up, even next to a word of the laundry
    "ገመድ ገዚአ ንክሳደይ", "ገመድ ናይ ክዳውንቲ ሒዘ ኣለኹ ደጊም ኣይክእልን",
    # a chore word with a knife; "kills me" said laughing but my husband
    "ሳሕኒ ምሕጻብ ይቐትለኒ ካራ ሒዙ", "ሰብኣየይ ክቐትለኒ እዩ ይብል ብስሕቂ",
    # the battery, but never coming back
    "ባትሪ ስልከይ ተወዲኡ ድሕሪ ሕጂ ኣይክምለስን እየ ንሓዋሩ ደሓን ኩኑ",
    # in front of the car
    "ኣብ ቅድሚ መኪና ክድርበ'የ",
    # my head spins and I nearly fall (a symptom)
    "ስኳር ኣለኒ ርእሰይ ይዞረኒ ክወድቕ'የ",
    # nearly drowned as a child, and now wanting it
    "ቆልዓ ከለኹ ኣብ ሩባ ክጥሕል ቀሪበ ነይረ ሕጂ ክጥሕል ደልየ",
    # "are you a person or a computer?" and danger at home
    "ሰብ ዲኹም ወይስ ኮምፒተር ሓግዙኒ ሰብኣየይ ይሃርመኒ ኣሎ",
    # nearly died at sea, and wanting it now (Latin script)
    "ab bahri kmot qeribe neyre hji wn kmot deliye",
    # a game, and then dying for real
    "ኣብ ጌም ሞይተ ሕጂ ብሓቂ ክመውት ደልየ",
])
def test_round33_ti_idioms_stay_narrow_alarm(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.none


@pytest.mark.parametrize("text", [
    # back to work tomorrow with a goodbye, but held by force and afraid; a rope for the laundry and giving up
    "ጽባሕ ናብ ስራሕ ክምለስ ኣለኒ ደሓን ኩኑ ግን ሓላፊ ብሓይሊ ሒዙኒ እፈርህ",
    "ገመድ ንክዳውንቲ ገዚአ ደጊም ኣይክእልን",
    # a kitchen cut by mistake, but bleeding that does not stop
    "ኣብ ክሽነ ብጌጋ ኢደይ ቆሪጸ ደም ኣይጠጠወን",
    # the sea years ago, and now again wanting it
    "ቅድሚ ሓሙሽተ ዓመት ኣብ ባሕሪ ክመውት ቀሪበ ነይረ ሕጂ ግን ጽቡቕ ኣይኮንኩን ክመውት ደልየ",
])
def test_round33_ti_idiom_vetoes_leave_the_message_whole(text: str) -> None:
    assert sensitive.IDIOM_MARK not in patterns._without_idioms(matching_view(text))


@pytest.mark.parametrize("text", [
    # a car parked in front of the house; "I will come tonight"; reason for tomorrow's absence asked
    "ኣብ ቅድሚ ገዛ መኪና ኣላ", "ሎሚ ምሸት ክመጽእ'የ", "ንጽባሕ ዝኸውን ቆጸራ ኣሎኒ ዶ",
    "ብጥሜት ክመውት'የ ምሳሕ መዓስ'ዩ",
])
def test_round33_ti_rules_need_their_context(text: str) -> None:
    assert sensitive.crisis_level(text) is not CrisisLevel.crisis


def test_round33_lead_a_daughter_on_the_bridge_sending_photos_keeps_an_alarm() -> None:
    # (lead) the round-25 idiom "standing on a bridge for a photo" no longer cuts someone there who sends me the photos
    assert sensitive.crisis_level("ጓለይ ኣብ ድልድል ደው ኢላ ስእሊ ሩባ ሰዲዳትለይ") is not CrisisLevel.none
    assert sensitive.crisis_level("ኣብ ድልድል ደው ኢለ ስእሊ ወሲደ") is CrisisLevel.none
